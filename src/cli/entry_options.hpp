#pragma once
// The options `ipt log` and `ipt event` share: what every new entry has (when, who, tags, area)
// and what describes an event (kind, impact, feelings), added and read in one place.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/entries.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"

namespace ipt::cli {

struct CommonOpts {
  std::optional<std::string> date;
  std::vector<std::string> with;
  std::vector<std::string> tags;
  std::optional<std::string> area;
  bool agenda = false;
};

struct EventDetailOpts {
  std::optional<std::string> kind;
  std::optional<std::string> impact;
  std::vector<std::string> feel;

  bool any() const { return kind || impact || !feel.empty(); }
};

/// -d/--date, --with, -t/--tag, --area and --agenda.
void add_common_options(CLI::App& cmd, CommonOpts& o);
/// --kind, --impact and --feel, described as belonging to "the event" (log) or to "it".
void add_event_detail_options(CLI::App& cmd, EventDetailOpts& o, bool with_checkin);

/// The checked values; a future WHEN is refused here, before any journal is opened.
app::EntryCommon common_of(Context& ctx, const CommonOpts& o);

/// A name typed with --with that is close to someone's in your people is likely a typo: on a
/// terminal ipt asks whether that person was meant (and uses them); elsewhere, or when told
/// no, it goes on and returns the notes to print once the entry is saved.
std::vector<std::string> check_near_names(Invocation& inv, std::vector<std::string>& names);
/// An event with `text` and the checked kind, impact and feelings.
app::EventInput event_of(std::string text, const EventDetailOpts& o);

/// What --help says about --edit, for ipt log, event and edit alike.
inline constexpr const char* kEditHelp =
    "--edit opens $VISUAL or $EDITOR (else vi; split at spaces, run without a shell) on a\n"
    "draft. The other fields are shown as '#:' comment lines, for context: only the text\n"
    "written below them is saved, and an empty one saves nothing (exit 1). The draft is kept\n"
    "until the entry is saved, and the next --edit offers to resume it.";

/// --edit: the text is written in $VISUAL or $EDITOR (cli/editor.hpp) instead of given as
/// `words` (NOTE, TEXT), which must then be absent; "ipt log" says which command it is.
CLI::Option* add_edit_flag(CLI::App& cmd, bool& edit, const std::string& what);
void check_edit_alone(bool edit, const std::vector<std::string>& words, const std::string& name);
/// The note lines of the draft --edit opens for a new entry: `about`, then what the entry
/// holds besides the text, as the command line gave it: the check-in's ratings (ipt log), the
/// event's text when it is not the one written (log --event), kind, impact and feelings, and
/// `common`. Only the text is read back from the draft.
std::string new_entry_header(const std::string& about, const app::CheckinInput* checkin,
                             const app::EventInput* event, const app::EntryCommon& common);

}  // namespace ipt::cli
