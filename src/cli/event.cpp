// ipt event TEXT: a relationship event.
#include "app/entries.hpp"
#include "cli/commands.hpp"
#include "cli/drafts.hpp"
#include "cli/editor.hpp"
#include "cli/entry_options.hpp"
#include "cli/input.hpp"
#include "cli/report_log.hpp"
#include "cli/safety.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

namespace {

struct EventOpts {
  std::vector<std::string> text;
  EventDetailOpts detail;
  CommonOpts common;
  bool edit = false;
};

void run_event(const EventOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  check_edit_alone(o.edit, o.text, "TEXT");
  if (!o.edit && o.text.empty()) {
    throw UsageError("TEXT is required",
                     "give it as words, '-' to read it from stdin, or --edit to write it in your "
                     "editor");
  }
  auto common = common_of(ctx, o.common);  // checked before a word is read or written
  auto in = event_of("", o.detail);
  std::optional<EditedText> edited;
  if (o.edit) {
    edited.emplace(
        ctx, Drafts(ctx.db_path()),
        EntryDraft{"event",
                   new_entry_header("A relationship event (ipt event).", nullptr, &in, common), "",
                   "event text", "ipt event --edit", ""});
  }
  in.text = edited ? domain::check_text("the event text", edited->text(), true)
                   : text_arg(ctx, "the event text", o.text, true);
  const auto notes = check_near_names(inv, common.people);
  WordsGuard words(ctx, in.text);
  const auto logged = app::log_event(inv.journal(), in, common);
  if (edited)
    edited->saved();
  report_logged(ctx, logged, common.when);
  for (const auto& n : notes)
    ctx.note(n);
  words.saved();
}

}  // namespace

Run setup_event(CLI::App& cmd) {
  auto o = std::make_shared<EventOpts>();
  cmd.footer(
      "Record something that happened with someone: what happened, with whom, what kind of\n"
      "event it was and how it moved your mood. TEXT '-' reads it from stdin; --edit writes\n"
      "it in your editor instead (give one of them).\n"
      "People not yet in your list are added (a note on stderr says so).\n" +
      std::string(kEditHelp));
  cmd.add_option("TEXT", o->text, "What happened ('-' reads stdin); required without --edit");
  add_event_detail_options(cmd, o->detail, false);
  add_common_options(cmd, o->common);
  add_edit_flag(cmd, o->edit, "what happened");
  return [o](Invocation& inv) { run_event(*o, inv); };
}

}  // namespace ipt::cli
