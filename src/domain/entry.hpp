#pragma once
// The journal's records: check-ins and relationship events share one timeline and one id space.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"

namespace ipt::domain {

enum class EntryType { checkin, event };

enum class EventKind { conflict, support, closeness, loss, change, avoidance, talk, other };

enum class Circle { inner, middle, outer };

std::string_view to_string(EntryType t);
std::string_view to_string(EventKind k);
std::string_view to_string(Circle c);
std::optional<EntryType> entry_type_from(std::string_view s);
std::optional<EventKind> event_kind_from(std::string_view s);
std::optional<Circle> circle_from(std::string_view s);
/// Every valid value, in display order, for help texts and error messages.
std::span<const std::string_view> event_kind_names();
std::span<const std::string_view> circle_names();

struct Entry {
  std::int64_t id = 0;  ///< the short id the user types
  std::string uuid;     ///< stable across export and merge
  EntryType type = EntryType::checkin;
  Instant at = 0;                 ///< when it happened, UTC
  int utc_offset = 0;             ///< seconds east of UTC on the user's clock at that moment
  Date day;                       ///< the user's local calendar day
  std::optional<int> mood;        ///< check-ins: 0 (worst) .. 10 (best)
  std::optional<int> anxiety;     ///< check-ins: 0..10
  std::optional<int> energy;      ///< check-ins: 0..10
  std::optional<double> sleep;    ///< check-ins: hours, 0..24
  std::string text;               ///< the note of a check-in, what happened for an event
  std::optional<EventKind> kind;  ///< events
  std::optional<int> impact;      ///< events: -3..+3
  std::optional<std::int64_t> checkin_id;  ///< events logged together with a check-in
  std::vector<std::string> people;         ///< display names
  std::vector<std::string> tags;
  std::vector<std::string> feelings;  ///< events
  Instant created = 0;
  Instant updated = 0;
};

struct Person {
  std::int64_t id = 0;
  std::string uuid;
  std::string name;  ///< display case as first typed
  std::optional<Circle> circle;
  std::string role;
  std::string note;
  Instant created = 0;
};

/// A person with what the timeline says about them.
struct PersonSummary {
  Person person;
  int events = 0;
  std::optional<Date> last_contact;  ///< the day of their latest event
  std::optional<double> mean_impact;
};

/// One event with a person, beside the user's mean mood that day (when they checked in).
struct PersonMoment {
  Entry event;
  std::optional<double> day_mood;
};

/// What `ipt list` selects. Empty fields do not filter.
struct EntryFilter {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<int> last;            ///< only the last N of what matches
  std::optional<std::string> person;  ///< case-folded name
  std::optional<EventKind> kind;
  std::optional<std::string> tag;
  std::optional<std::string> contains;
  std::optional<EntryType> type;
};

}  // namespace ipt::domain
