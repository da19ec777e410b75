#include "app/people.hpp"

#include <algorithm>

#include "app/people_links.hpp"
#include "domain/errors.hpp"
#include "domain/stats.hpp"
#include "domain/text.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

using domain::Person;

namespace {

NotFound no_such_person(const std::string& name) {
  ErrorDetail d;
  d.name = name;
  return NotFound(Errc::no_such_person, "nobody called '" + name + "' is in your people", d);
}

Person require_person(storage::Repos& r, const std::string& name) {
  auto p = r.people().find(domain::fold_case(name));
  if (!p)
    throw no_such_person(name);
  return std::move(*p);
}

void apply(Person& p, const PersonFields& f) {
  if (f.circle)
    p.circle = f.circle;
  if (f.role)
    p.role = *f.role;
  if (f.note)
    p.note = *f.note;
  if (f.contact)
    p.contact = f.contact;
  if (f.satisfying)
    p.satisfying = *f.satisfying;
  if (f.unsatisfying)
    p.unsatisfying = *f.unsatisfying;
  if (f.my_expectations)
    p.my_expectations = *f.my_expectations;
  if (f.their_expectations)
    p.their_expectations = *f.their_expectations;
  if (f.wish)
    p.wish = *f.wish;
}

RuntimeFailure taken(Errc code, const Person& existing) {
  ErrorDetail d;
  d.name = existing.name;
  return RuntimeFailure(code, "'" + existing.name + "' is already in your people", d);
}

}  // namespace

ResolvedPeople resolve_people(storage::Repos& r, Journal& j,
                              const std::vector<std::string>& names) {
  ResolvedPeople out;
  for (const auto& name : names) {
    std::int64_t id = 0;
    if (auto p = r.people().find(domain::fold_case(name))) {
      id = p->id;
    } else {
      Person fresh;
      fresh.uuid = j.new_uuid();
      fresh.name = name;
      fresh.created = j.now();
      id = r.people().insert(fresh);
      out.added.push_back(name);
    }
    if (std::find(out.ids.begin(), out.ids.end(), id) == out.ids.end())
      out.ids.push_back(id);
  }
  return out;
}

Person get_person(Journal& j, const std::string& name) {
  return j.store().read([&](storage::Repos& r) { return require_person(r, name); });
}

std::vector<domain::PersonSummary> list_people(Journal& j) {
  return j.store().read([](storage::Repos& r) { return r.people().summaries(); });
}

Person add_person(Journal& j, const std::string& name, const PersonFields& fields) {
  return j.store().write([&](storage::Repos& r) {
    if (auto existing = r.people().find(domain::fold_case(name)))
      throw taken(Errc::person_exists, *existing);
    Person p;
    p.uuid = j.new_uuid();
    p.name = name;
    p.created = j.now();
    apply(p, fields);
    p.id = r.people().insert(p);
    return p;
  });
}

Person edit_person(Journal& j, const std::string& name, const PersonFields& fields) {
  return j.store().write([&](storage::Repos& r) {
    Person p = require_person(r, name);
    apply(p, fields);
    if (fields.rename) {
      auto other = r.people().find(domain::fold_case(*fields.rename));
      if (other && other->id != p.id)
        throw taken(Errc::rename_taken, *other);
      p.name = *fields.rename;
    }
    r.people().update(p);
    return p;
  });
}

domain::PersonDetail show_person(Journal& j, const std::string& name) {
  return j.store().read([&](storage::Repos& r) {
    const auto key = domain::fold_case(name);
    auto summary = r.people().summary(key);
    if (!summary)
      throw no_such_person(name);
    domain::PersonDetail d;
    d.summary = std::move(*summary);
    domain::EntryFilter f;
    f.person = key;
    f.type = domain::EntryType::event;
    auto events = r.entries().list(f);
    if (!events.empty()) {
      const auto moods = r.people().moods_on_their_days(d.summary.person.id);
      const auto [first, last] = std::minmax_element(
          events.begin(), events.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
      const domain::Series series({first->day, last->day}, moods);
      for (auto& e : events) {
        domain::PersonMoment m{std::move(e), std::nullopt};
        if (const auto* day = series.day(m.event.day))
          m.day_mood = day->mean;
        d.timeline.push_back(std::move(m));
      }
    }
    return d;
  });
}

Removed remove_person(Journal& j, const std::string& name, bool force) {
  return j.store().write([&](storage::Repos& r) {
    Person p = require_person(r, name);
    const int linked = r.people().count_entries(p.id);
    if (linked > 0 && !force) {
      ErrorDetail d;
      d.name = p.name;
      d.id = linked;
      throw RuntimeFailure(Errc::person_still_named,
                           "'" + p.name + "' is named in " + std::to_string(linked) +
                               (linked == 1 ? " entry" : " entries") + ", so they were not removed",
                           d);
    }
    r.people().remove(p.id);
    return Removed{p.name, linked};
  });
}

}  // namespace ipt::app
