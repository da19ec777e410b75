#include "domain/entry.hpp"

#include <array>
#include <utility>

#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 4> kTypes{"checkin", "event", "reflection", "measure"};
constexpr std::array<std::string_view, 4> kTypeLabels{"check-in", "event", "reflection",
                                                      "questionnaire"};
constexpr std::array<std::string_view, 8> kKinds{"conflict", "support",   "closeness", "loss",
                                                 "change",   "avoidance", "talk",      "other"};
constexpr std::array<std::string_view, 3> kCircles{"inner", "middle", "outer"};
constexpr std::array<std::string_view, 4> kContacts{"daily", "weekly", "monthly", "rarely"};

static_assert(kTypes.size() == std::variant_size_v<EntryBody>,
              "every entry type has a name, in the order of EntryBody");

}  // namespace

std::string_view to_string(EntryType t) {
  return kTypes[static_cast<std::size_t>(t)];
}
std::string_view entry_type_label(EntryType t) {
  return kTypeLabels[static_cast<std::size_t>(t)];
}
std::string_view to_string(EventKind k) {
  return kKinds[static_cast<std::size_t>(k)];
}
std::string_view to_string(Circle c) {
  return kCircles[static_cast<std::size_t>(c)];
}
std::string_view to_string(Contact c) {
  return kContacts[static_cast<std::size_t>(c)];
}

std::optional<EntryType> entry_type_from(std::string_view s) {
  return enum_from<EntryType>(kTypes, s);
}
std::optional<EventKind> event_kind_from(std::string_view s) {
  return enum_from<EventKind>(kKinds, s);
}
std::optional<Circle> circle_from(std::string_view s) {
  return enum_from<Circle>(kCircles, s);
}
std::optional<Contact> contact_from(std::string_view s) {
  return enum_from<Contact>(kContacts, s);
}

std::span<const std::string_view> entry_type_names() {
  return kTypes;
}
std::span<const std::string_view> event_kind_names() {
  return kKinds;
}
std::span<const std::string_view> circle_names() {
  return kCircles;
}
std::span<const std::string_view> contact_names() {
  return kContacts;
}

const std::string& text_of(const Entry& e) {
  return std::visit(Overloaded{[](const Checkin& c) -> const std::string& { return c.note; },
                               [](const Event& v) -> const std::string& { return v.text; },
                               [](const Reflection& r) -> const std::string& { return r.answer; },
                               [](const Measure& m) -> const std::string& { return m.note; }},
                    e.body);
}

std::string& text_of(Entry& e) {
  return const_cast<std::string&>(text_of(std::as_const(e)));
}

}  // namespace ipt::domain
