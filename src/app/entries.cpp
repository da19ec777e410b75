#include "app/entries.hpp"

#include <array>

#include "app/people_links.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/names.hpp"
#include "domain/text.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

using domain::Entry;

namespace {

constexpr std::array<std::string_view, 8> kClearable{"anxiety", "energy", "sleep", "impact",
                                                     "note",    "with",   "tags",  "feel"};

Entry new_entry(Journal& j, const domain::Moment& m, const EntryCommon& common,
                domain::EntryBody body) {
  Entry e;
  e.uuid = j.new_uuid();
  e.at = m.at;
  e.utc_offset = m.utc_offset;
  e.day = m.day;
  e.tags = common.tags;
  e.created = e.updated = j.now();
  e.body = std::move(body);
  return e;
}

domain::Event event_of(const EventInput& in) {
  domain::Event ev;
  ev.text = in.text;
  ev.kind = in.kind;
  ev.impact = in.impact;
  ev.feelings = in.feelings;
  return ev;
}

NotFound no_such_area(std::int64_t id) {
  ErrorDetail d;
  d.id = id;
  return NotFound(Errc::no_such_area, "there is no problem area #" + std::to_string(id), d);
}

NotFound no_such_entry(std::int64_t id) {
  ErrorDetail d;
  d.id = id;
  return NotFound(Errc::no_such_entry, "there is no entry #" + std::to_string(id), d);
}

/// The area id an entry should carry: the one named (checked to exist), none for 0, else the
/// focus area if one is set.
std::optional<std::int64_t> resolve_area(storage::Repos& r,
                                         const std::optional<std::int64_t>& requested) {
  if (requested) {
    if (*requested == 0)
      return std::nullopt;
    if (!r.areas().exists(*requested))
      throw no_such_area(*requested);
    return requested;
  }
  return r.areas().focus_id();
}

}  // namespace

namespace {

/// Records `body` and, when given, an event linked to it (`ipt log --event`): one write unit,
/// the same moment, people, tags and area.
LogResult record(Journal& j, const EntryCommon& common, domain::EntryBody body,
                 const std::optional<EventInput>& linked) {
  const auto moment = domain::resolve_moment(common.when, j.now());
  return j.store().write([&](storage::Repos& r) {
    auto people = resolve_people(r, j, common.people);
    LogResult out;
    out.area_id = resolve_area(r, common.area);
    out.day = moment.day;
    Entry first = new_entry(j, moment, common, std::move(body));
    first.area_id = out.area_id;
    out.id = r.entries().insert(first, people.ids);
    if (linked) {
      auto ev = event_of(*linked);
      ev.checkin_id = out.id;
      Entry event = new_entry(j, moment, common, std::move(ev));
      event.area_id = out.area_id;
      out.event_id = r.entries().insert(event, people.ids);
    }
    if (common.agenda) {
      domain::AgendaItem item;
      item.uuid = j.new_uuid();
      item.entry_id = out.event_id.value_or(out.id);
      item.day = domain::today(first.created);
      item.created = item.updated = first.created;
      out.agenda_id = r.agenda().insert(item);
    }
    out.new_people = std::move(people.added);
    return out;
  });
}

}  // namespace

LogResult log_checkin(Journal& j, const CheckinInput& in, const EntryCommon& common) {
  return record(j, common,
                domain::Checkin{in.mood, in.anxiety, in.energy, in.sleep, in.note, in.metrics},
                in.event);
}

LogResult log_event(Journal& j, const EventInput& in, const EntryCommon& common) {
  return record(j, common, event_of(in), std::nullopt);
}

LogResult log_measure(Journal& j, const domain::Measure& m, const EntryCommon& common) {
  auto c = common;
  c.area = 0;
  return record(j, c, m, std::nullopt);
}

std::vector<Entry> list_entries(Journal& j, const domain::EntryFilter& filter) {
  return j.store().read([&](storage::Repos& r) {
    // An unknown area is a mistake to point out, as it is for log --area, not an empty list.
    if (filter.area && *filter.area != 0 && !r.areas().exists(*filter.area))
      throw no_such_area(*filter.area);
    // So is a person nobody is called: "no entries match" would hide the typo.
    if (filter.person && !r.people().find(domain::fold_case(*filter.person))) {
      ErrorDetail d;
      d.name = *filter.person;
      throw NotFound(Errc::no_such_person,
                     "nobody called '" + *filter.person + "' is in your people", d);
    }
    return r.entries().list(filter);
  });
}

Entry get_entry(Journal& j, std::int64_t id) {
  auto e = j.store().read([&](storage::Repos& r) { return r.entries().find(id); });
  if (!e)
    throw no_such_entry(id);
  return std::move(*e);
}

std::span<const std::string_view> clearable_names() {
  return kClearable;
}

bool EntryEdit::empty() const {
  return !when && !mood && !anxiety && !energy && !sleep && !impact && !kind && !text && !tags &&
         !people && !feelings && !area && metrics.empty() && clear.empty();
}

namespace {

/// Refuses a field that the entry's type does not have: `field` applies to `owner` entries.
void refuse(const Entry& e, std::string_view field, domain::EntryType owner) {
  ErrorDetail d;
  d.field = std::string(field);
  d.value = std::string(domain::entry_type_label(owner));
  d.name = std::string(domain::entry_type_label(e.type()));
  d.id = e.id;
  const auto label = d.name;
  throw UsageError(Errc::field_not_for_type,
                   std::string(field) + " applies to " + d.value + "s, and #" +
                       std::to_string(e.id) + " is " + (label.front() == 'e' ? "an " : "a ") +
                       label,
                   d);
}

void refuse_empty_text(const Entry& e, bool cleared) {
  ErrorDetail d;
  d.id = e.id;
  d.name = std::string(domain::entry_type_label(e.type()));
  const std::string what =
      e.type() == domain::EntryType::reflection ? "a reflection's answer" : "an event's text";
  throw UsageError(Errc::text_required, what + (cleared ? " can't be cleared" : " can't be empty"),
                   d);
}

/// Every field of `edit` the entry's type lacks is refused, naming the first.
void check_applicable(const Entry& e, const EntryEdit& edit) {
  using domain::EntryType;
  auto cleared = [&](Clearable c) { return edit.clear.count(c) > 0; };
  const bool checkin = e.type() == EntryType::checkin;
  const bool event = e.type() == EntryType::event;
  // A questionnaire's note may be empty, like a check-in's; its answers are retaken, not edited.
  const bool text_optional = checkin || e.type() == EntryType::measure;
  if (!event) {
    if (edit.kind)
      refuse(e, "kind", EntryType::event);
    if (edit.impact || cleared(Clearable::impact))
      refuse(e, "impact", EntryType::event);
    if (edit.feelings || cleared(Clearable::feel))
      refuse(e, "feel", EntryType::event);
  }
  if (!checkin) {
    if (edit.mood)
      refuse(e, "mood", EntryType::checkin);
    if (edit.anxiety || cleared(Clearable::anxiety))
      refuse(e, "anxiety", EntryType::checkin);
    if (edit.energy || cleared(Clearable::energy))
      refuse(e, "energy", EntryType::checkin);
    if (edit.sleep || cleared(Clearable::sleep))
      refuse(e, "sleep", EntryType::checkin);
    if (!edit.metrics.empty())
      refuse(e, "metric", EntryType::checkin);
  }
  if (!text_optional) {
    if (edit.text && edit.text->empty())
      refuse_empty_text(e, false);
    if (cleared(Clearable::note) && !edit.text)
      refuse_empty_text(e, true);
  }
}

template <typename T>
void apply(std::optional<T>& field, const std::optional<T>& value, bool cleared) {
  if (cleared)
    field.reset();
  if (value)
    field = value;
}

void apply_metrics(const Entry& e, domain::Checkin& c,
                   const std::map<std::string, std::optional<int>>& changes) {
  for (const auto& [name, value] : changes) {
    if (value) {
      c.metrics[name] = *value;
    } else if (c.metrics.erase(name) == 0) {
      ErrorDetail d;
      d.id = e.id;
      d.name = name;
      throw UsageError(Errc::no_metric_value,
                       "#" + std::to_string(e.id) + " has no value of '" + name + "' to remove", d);
    }
  }
}

void apply_edit(Entry& e, const EntryEdit& edit) {
  auto cleared = [&](Clearable c) { return edit.clear.count(c) > 0; };
  std::visit(domain::Overloaded{[&](domain::Checkin& c) {
                                  if (edit.mood)
                                    c.mood = *edit.mood;
                                  apply(c.anxiety, edit.anxiety, cleared(Clearable::anxiety));
                                  apply(c.energy, edit.energy, cleared(Clearable::energy));
                                  apply(c.sleep, edit.sleep, cleared(Clearable::sleep));
                                  apply_metrics(e, c, edit.metrics);
                                },
                                [&](domain::Event& v) {
                                  if (edit.kind)
                                    v.kind = *edit.kind;
                                  apply(v.impact, edit.impact, cleared(Clearable::impact));
                                  if (cleared(Clearable::feel))
                                    v.feelings.clear();
                                  if (edit.feelings)
                                    v.feelings = *edit.feelings;
                                },
                                [&](domain::Reflection&) {}, [&](domain::Measure&) {}},
             e.body);
  if (cleared(Clearable::note))
    domain::text_of(e).clear();
  if (edit.text)
    domain::text_of(e) = *edit.text;
  if (cleared(Clearable::tags))
    e.tags.clear();
  if (edit.tags)
    e.tags = *edit.tags;
  if (cleared(Clearable::with))
    e.people.clear();
  if (edit.people)
    e.people = *edit.people;
}

}  // namespace

EditResult edit_entry(Journal& j, std::int64_t id, const EntryEdit& edit) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    auto found = r.entries().find(id);
    if (!found)
      throw no_such_entry(id);
    Entry e = std::move(*found);
    check_applicable(e, edit);
    if (edit.when) {
      const auto m = domain::resolve_moment(edit.when, now);
      e.at = m.at;
      e.utc_offset = m.utc_offset;
      e.day = m.day;
    }
    apply_edit(e, edit);
    if (edit.area)
      e.area_id = resolve_area(r, edit.area);
    auto people = resolve_people(r, j, e.people);
    e.updated = now;
    r.entries().update(e, people.ids);
    return EditResult{*r.entries().find(id), std::move(people.added)};
  });
}

void check_edit(const Entry& e, const EntryEdit& edit) {
  check_applicable(e, edit);
}

void remove_entry(Journal& j, std::int64_t id) {
  j.store().write([&](storage::Repos& r) {
    if (!r.entries().remove(id))
      throw no_such_entry(id);
  });
}

}  // namespace ipt::app
