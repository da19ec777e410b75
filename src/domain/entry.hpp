#pragma once
// The journal's records. Check-ins, relationship events, reflections and questionnaires share
// one timeline and one id space: each is its own type (Checkin, Event, Reflection, Measure)
// inside an Entry, whose header
// holds what every entry has. Code that handles "any entry" visits the body, so a new entry
// type is a compile error everywhere it must be handled.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"
#include "domain/measure.hpp"
#include "domain/metric.hpp"

namespace ipt::domain {

/// The order matches the alternatives of EntryBody.
enum class EntryType { checkin, event, reflection, measure };

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
std::span<const std::string_view> entry_type_names();
std::span<const std::string_view> event_kind_names();
std::span<const std::string_view> circle_names();
std::span<const std::string_view> contact_names();
/// "check-in", "event", "reflection": the words used in sentences.
std::string_view entry_type_label(EntryType t);

/// A mood check-in.
struct Checkin {
  int mood = 0;                 ///< 0 (the worst you have felt) .. 10 (the best)
  std::optional<int> anxiety;   ///< 0..10
  std::optional<int> energy;    ///< 0..10
  std::optional<double> sleep;  ///< hours, 0..24
  std::string note;
  MetricValues metrics{};  ///< the person's own scales ([[metric]]), by name
};

/// Something that happened with someone.
struct Event {
  std::string text;
  EventKind kind = EventKind::other;
  std::optional<int> impact;               ///< how it moved your mood, -3..+3
  std::vector<std::string> feelings;       ///< normalised emotion words
  std::optional<std::int64_t> checkin_id;  ///< logged together with this check-in
};

/// An answer to a weekly reflection prompt.
struct Reflection {
  std::string prompt_id;    ///< the prompt answered ("ID#followup" for a follow-up)
  std::string prompt_text;  ///< the prompt as it was shown
  Date week;                ///< the first day of the week reflected on
  std::string answer;
};

using EntryBody = std::variant<Checkin, Event, Reflection, Measure>;

struct Entry {
  std::int64_t id = 0;                  ///< the short id the user types
  std::string uuid;                     ///< stable across export and merge
  Instant at = 0;                       ///< when it happened, UTC
  int utc_offset = 0;                   ///< seconds east of UTC on the user's clock at that moment
  Date day;                             ///< the user's local calendar day
  std::vector<std::string> people;      ///< display names
  std::vector<std::string> tags;        ///< normalised
  std::optional<std::int64_t> area_id;  ///< the problem area it is attached to
  Instant created = 0;
  Instant updated = 0;
  EntryBody body;

  EntryType type() const { return static_cast<EntryType>(body.index()); }
  template <typename T>
  const T* as() const {
    return std::get_if<T>(&body);
  }
  template <typename T>
  T* as() {
    return std::get_if<T>(&body);
  }
};

/// The free text of any entry: a check-in's note, an event's text, a reflection's answer.
const std::string& text_of(const Entry& e);
std::string& text_of(Entry& e);

/// For std::visit with one lambda per alternative.
template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

struct Person {
  std::int64_t id = 0;
  std::string uuid;
  std::string name;  ///< display case as first typed
  std::optional<Circle> circle;
  std::string role;
  std::string note;
  // The interpersonal inventory (the "Techniques" section of the IPT domain notes).
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
  std::optional<Date> last_contact;  ///< the day of the latest entry naming them
  std::optional<double> mean_impact;
};

/// One check-in or event naming a person, beside the user's mean mood that day (when they
/// checked in).
struct PersonMoment {
  Entry event;
  std::optional<double> day_mood;
};

/// A person with their events, each beside the mood of its day (`ipt people show`).
struct PersonDetail {
  PersonSummary summary;
  std::vector<PersonMoment> timeline;
};

/// What `ipt list` selects. Empty fields do not filter.
struct EntryFilter {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<int> last;            ///< only the last N of what matches
  std::optional<std::string> person;  ///< a person's name, in any case
  std::optional<EventKind> kind;
  std::optional<std::string> tag;
  std::optional<std::string> contains;
  std::optional<EntryType> type;
  std::optional<std::int64_t> area;  ///< attached to this area; 0 means attached to none
};

}  // namespace ipt::domain
