#include "app/people.hpp"

#include "app/guard.hpp"
#include "app/people_links.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "domain/uuid.hpp"
#include "storage/people_repo.hpp"

namespace ipt::app {

using domain::Person;

namespace {

NotFound no_such_person(const std::string& name) {
  return NotFound("nobody called '" + name + "' is in your people",
                  "ipt people lists them; ipt people add NAME adds someone");
}

Person require_person(storage::Database& db, const std::string& name) {
  auto p = storage::find_person(db.sql(), domain::fold_case(name));
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

}  // namespace

ResolvedPeople resolve_people(storage::Database& db, const std::vector<std::string>& names,
                              domain::Instant now) {
  ResolvedPeople r;
  for (const auto& name : names) {
    const auto key = domain::fold_case(name);
    std::int64_t id = 0;
    if (auto p = storage::find_person(db.sql(), key)) {
      id = p->id;
    } else {
      Person fresh;
      fresh.uuid = domain::random_uuid();
      fresh.name = name;
      fresh.created = now;
      id = storage::insert_person(db.sql(), fresh);
      r.added.push_back(name);
    }
    bool seen = false;
    for (auto existing : r.ids)
      seen = seen || existing == id;
    if (!seen)
      r.ids.push_back(id);
  }
  return r;
}

Person get_person(Journal& j, const std::string& name) {
  return guarded(j, [&] { return require_person(j.db(), name); });
}

std::vector<domain::PersonSummary> list_people(Journal& j) {
  return guarded(j, [&] { return storage::list_people(j.db().sql()); });
}

Person add_person(Journal& j, const domain::Clock& clock, const std::string& name,
                  const PersonFields& fields) {
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    if (auto existing = storage::find_person(j.db().sql(), domain::fold_case(name))) {
      throw RuntimeFailure("'" + existing->name + "' is already in your people",
                           "change them with: ipt people edit '" + existing->name + "' ...");
    }
    Person p;
    p.uuid = domain::random_uuid();
    p.name = name;
    p.created = clock.now();
    apply(p, fields);
    p.id = storage::insert_person(j.db().sql(), p);
    tx.commit();
    return p;
  });
}

Person edit_person(Journal& j, const std::string& name, const PersonFields& fields) {
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    Person p = require_person(j.db(), name);
    apply(p, fields);
    if (fields.rename) {
      auto other = storage::find_person(j.db().sql(), domain::fold_case(*fields.rename));
      if (other && other->id != p.id) {
        throw RuntimeFailure("'" + other->name + "' is already in your people",
                             "pick another name, or remove one of them first");
      }
      p.name = *fields.rename;
    }
    storage::update_person(j.db().sql(), p);
    tx.commit();
    return p;
  });
}

PersonDetail show_person(Journal& j, const std::string& name) {
  return guarded(j, [&] {
    const auto key = domain::fold_case(name);
    PersonDetail d;
    bool found = false;
    for (auto& s : storage::list_people(j.db().sql())) {
      if (domain::fold_case(s.person.name) == key) {
        d.summary = std::move(s);
        found = true;
        break;
      }
    }
    if (!found)
      throw no_such_person(name);
    d.timeline = storage::person_timeline(j.db().sql(), key);
    return d;
  });
}

Removed remove_person(Journal& j, const std::string& name, bool force) {
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    Person p = require_person(j.db(), name);
    const int linked = storage::count_person_entries(j.db().sql(), p.id);
    if (linked > 0 && !force) {
      throw RuntimeFailure("'" + p.name + "' is named in " + std::to_string(linked) +
                               (linked == 1 ? " entry" : " entries") + ", so they were not removed",
                           "add --force to remove them and keep those entries without their name");
    }
    storage::delete_person(j.db().sql(), p.id);
    tx.commit();
    return Removed{p.name, linked};
  });
}

}  // namespace ipt::app
