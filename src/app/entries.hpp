#pragma once
// Use cases of the timeline: log, event, list, show, edit, rm. Inputs arrive validated (domain
// parsers); these functions add the rules that need the journal, and never print.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/journal.hpp"
#include "domain/entry.hpp"
#include "domain/when.hpp"

namespace ipt::app {

/// An event to record, alone or with a check-in.
struct EventInput {
  std::string text;
  domain::EventKind kind = domain::EventKind::other;
  std::optional<int> impact;
  std::vector<std::string> feelings;
};

struct CheckinInput {
  int mood = 0;
  std::optional<int> anxiety;
  std::optional<int> energy;
  std::optional<double> sleep;
  std::string note;
  domain::MetricValues metrics;     ///< checked against the configured scales already
  std::optional<EventInput> event;  ///< `ipt log --event`: linked, same transaction
};

/// What every new entry shares.
struct EntryCommon {
  std::optional<domain::When> when;
  std::vector<std::string> people;  ///< names as typed; unknown ones are added
  std::vector<std::string> tags;
  /// The problem area to attach to: unset means the focus area (if any), 0 means none.
  std::optional<std::int64_t> area;
  /// Put the entry (the event, for a check-in logged with one) on the session agenda.
  bool agenda = false;
};

struct LogResult {
  std::int64_t id = 0;
  std::optional<std::int64_t> event_id;
  std::optional<std::int64_t> area_id;    ///< the area it was attached to
  std::optional<std::int64_t> agenda_id;  ///< the agenda item it became (--agenda)
  std::vector<std::string> new_people;    ///< names added to people by this command
  domain::Date day;                       ///< the day it was recorded for
};

LogResult log_checkin(Journal& j, const CheckinInput& in, const EntryCommon& common);
LogResult log_event(Journal& j, const EventInput& in, const EntryCommon& common);
/// A questionnaire's answers (`ipt check`): attached to no area, whatever the focus.
LogResult log_measure(Journal& j, const domain::Measure& m, const EntryCommon& common);

std::vector<domain::Entry> list_entries(Journal& j, const domain::EntryFilter& filter);
/// Throws NotFound (no_such_entry) when there is no such entry.
domain::Entry get_entry(Journal& j, std::int64_t id);

/// The fields a change can empty.
enum class Clearable { anxiety, energy, sleep, impact, note, with, tags, feel };
std::span<const std::string_view> clearable_names();

/// A change to one entry: set fields are replaced; `clear` names fields to empty.
struct EntryEdit {
  std::optional<domain::When> when;
  std::optional<int> mood;
  std::optional<int> anxiety;
  std::optional<int> energy;
  std::optional<double> sleep;
  std::optional<std::string> text;
  std::optional<domain::EventKind> kind;
  std::optional<int> impact;
  std::optional<std::vector<std::string>> people;
  std::optional<std::vector<std::string>> tags;
  std::optional<std::vector<std::string>> feelings;
  std::optional<std::int64_t> area;  ///< re-attach: an area id, or 0 for none
  /// Check-ins' own scales: a value sets one, none removes it (the entry must hold it).
  std::map<std::string, std::optional<int>> metrics;
  std::set<Clearable> clear;

  bool empty() const;
};

struct EditResult {
  domain::Entry entry;
  std::vector<std::string> new_people;
};

/// Applies `edit` to entry `id`. A field of another entry type (a mood on an event) is refused
/// with UsageError (field_not_for_type), and removing a scale the check-in has no value of
/// with UsageError (no_metric_value), before anything is written.
EditResult edit_entry(Journal& j, std::int64_t id, const EntryEdit& edit);
/// The same refusals edit_entry makes (UsageError field_not_for_type), for `e` as it is, so a
/// command can refuse before it asks for the text in the editor.
void check_edit(const domain::Entry& e, const EntryEdit& edit);
/// Deletes entry `id`. Events logged with a check-in stay, unlinked. NotFound when missing.
void remove_entry(Journal& j, std::int64_t id);

}  // namespace ipt::app
