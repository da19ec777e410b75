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

enum class EntryType { checkin, event, reflection };

enum class EventKind { conflict, support, closeness, loss, change, avoidance, talk, other };

enum class Circle { inner, middle, outer };

/// How often you are in touch with someone (the interpersonal inventory).
enum class Contact { daily, weekly, monthly, rarely };

std::string_view to_string(EntryType t);
std::string_view to_string(EventKind k);
std::string_view to_string(Circle c);
std::string_view to_string(Contact c);
std::optional<EntryType> entry_type_from(std::string_view s);
std::optional<EventKind> event_kind_from(std::string_view s);
std::optional<Circle> circle_from(std::string_view s);
std::optional<Contact> contact_from(std::string_view s);
/// Every valid value, in display order, for help texts and error messages.
std::span<const std::string_view> event_kind_names();
std::span<const std::string_view> circle_names();
std::span<const std::string_view> contact_names();

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
  std::optional<std::int64_t> area_id;     ///< the problem area it is attached to
  std::string prompt_id;                   ///< reflections: the prompt answered
  std::string prompt_text;                 ///< reflections: the prompt as it was shown
  std::optional<Date> week;                ///< reflections: first day of the week reflected on
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
  // The interpersonal inventory (ipt-domain.md section 3).
  std::optional<Contact> contact;
  std::string satisfying;          ///< what is good in the relationship
  std::string unsatisfying;        ///< what is hard in it
  std::string my_expectations;     ///< what you expect of them
  std::string their_expectations;  ///< what you think they expect of you
  std::string wish;                ///< what you would like to change
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
  std::optional<std::int64_t> area;  ///< attached to this area; 0 means attached to none
};

}  // namespace ipt::domain
