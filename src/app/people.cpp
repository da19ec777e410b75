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

RuntimeFailure taken(Errc code, const Person& existing, const std::string& other = {}) {
  ErrorDetail d;
  d.name = existing.name;
  d.value = other;
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

std::vector<NearName> near_names(Journal& j, const std::vector<std::string>& names) {
  if (names.empty())
    return {};
  return j.store().read([&](storage::Repos& r) {
    std::vector<NearName> out;
    std::vector<domain::PersonSummary> people;
    for (const auto& name : names) {
      const auto key = domain::fold_case(name);
      if (r.people().find(key))
        continue;
      if (people.empty())
        people = r.people().summaries();
      const std::size_t allowed = domain::display_width_of(key) <= 4 ? 1 : 2;
      std::size_t best = allowed + 1;
      for (const auto& p : people) {
        const auto d = domain::edit_distance(key, domain::fold_case(p.person.name));
        if (d > 0 && d < best) {
          best = d;
          if (out.empty() || out.back().typed != name)
            out.push_back({name, p.person.name});
          else
            out.back().existing = p.person.name;
        }
      }
    }
    return out;
  });
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
        throw taken(Errc::rename_taken, *other, p.name);
      p.name = *fields.rename;
    }
    r.people().update(p, j.now());
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
    // Every check-in and event naming them: a check-in with someone is contact too.
    domain::EntryFilter f;
    f.person = key;
    auto events = r.entries().list(f);
    std::erase_if(events, [](const domain::Entry& e) {
      return e.type() != domain::EntryType::checkin && e.type() != domain::EntryType::event;
    });
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

Merged merge_people(Journal& j, const std::string& from, const std::string& into) {
  return j.store().write([&](storage::Repos& r) {
    const Person source = require_person(r, from);
    Person target = require_person(r, into);
    if (source.id == target.id) {
      throw UsageError("'" + source.name + "' and '" + target.name + "' are the same person",
                       "name two different people: FROM, whose entries move, and INTO");
    }
    Merged out;
    out.from = source.name;
    auto take = [&](auto& mine, const auto& theirs, bool empty, const char* name) {
      if (empty) {
        mine = theirs;
        out.fields.emplace_back(name);
      }
    };
    take(target.circle, source.circle, !target.circle && source.circle, "circle");
    take(target.role, source.role, target.role.empty() && !source.role.empty(), "role");
    take(target.note, source.note, target.note.empty() && !source.note.empty(), "note");
    take(target.contact, source.contact, !target.contact && source.contact, "contact");
    take(target.satisfying, source.satisfying,
         target.satisfying.empty() && !source.satisfying.empty(), "satisfying");
    take(target.unsatisfying, source.unsatisfying,
         target.unsatisfying.empty() && !source.unsatisfying.empty(), "unsatisfying");
    take(target.my_expectations, source.my_expectations,
         target.my_expectations.empty() && !source.my_expectations.empty(), "my_expectations");
    take(target.their_expectations, source.their_expectations,
         target.their_expectations.empty() && !source.their_expectations.empty(),
         "their_expectations");
    take(target.wish, source.wish, target.wish.empty() && !source.wish.empty(), "wish");
    r.people().update(target, j.now());
    out.moved = r.people().move_links(source.id, target.id);
    out.into = target;
    return out;
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
      throw UsageError(Errc::person_still_named,
                       "'" + p.name + "' is named in " + std::to_string(linked) +
                           (linked == 1 ? " entry" : " entries") + ", so they were not removed",
                       d);
    }
    r.people().remove(p.id);
    return Removed{p.name, linked};
  });
}

}  // namespace ipt::app
