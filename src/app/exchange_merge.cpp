#include "app/exchange_merge.hpp"

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace ipt::app {

using namespace domain;

namespace {

ErrorDetail at(const Origin& w, std::string field = {}, std::string value = {}) {
  ErrorDetail d;
  d.record = w.record;
  d.name = w.uuid;
  d.field = std::move(field);
  d.value = std::move(value);
  return d;
}

/// Newer wins; the same or older changes nothing.
template <typename Stamp>
bool newer(const std::optional<Stamp>& stored, Instant updated) {
  return stored && updated > stored->updated;
}

}  // namespace

void Merger::merge(ExchangeRecord&& rec, const Origin& w) {
  ++summary_.records;
  std::visit(Overloaded{[&](PersonRecord& p) { person(p, w); }, [&](AreaRecord& a) { area(a, w); },
                        [&](FocusRecord& f) { focus_change(f, w); },
                        [&](CourseRecord& c) { course(c, w); },
                        [&](PinRecord& p) {
                          const bool added = r_.exchange().add_pin(p);
                          pins_changed_ = pins_changed_ || added;
                          ++(added ? counts(4).added : counts(4).kept);
                        },
                        [&](EntryRecord& e) { entry(e, w); },
                        [&](PlanRecord& p) {
                          ++(r_.exchange().add_plan_version(p) ? counts(6).added : counts(6).kept);
                        },
                        [&](AgendaRecord& a) { agenda(a, w); },
                        [&](AskedRecord& a) {
                          ++(r_.exchange().add_asked(a) ? counts(8).added : counts(8).kept);
                        }},
             rec);
}

void Merger::dangling(const Origin& w, const char* field, const std::string& uuid,
                      const char* what) {
  throw UsageError(Errc::import_dangling,
                   std::string("refers to ") + what + " " + uuid +
                       ", which is neither earlier in the file nor in the journal",
                   at(w, field, uuid));
}

std::int64_t Merger::person_id(const std::string& uuid, const Origin& w, const char* field) {
  if (auto it = people_.find(uuid); it != people_.end())
    return it->second;
  auto st = r_.exchange().person(uuid);
  if (!st)
    dangling(w, field, uuid, "person");
  people_.emplace(uuid, st->id);
  return st->id;
}

std::int64_t Merger::area_id(const std::string& uuid, const Origin& w, const char* field) {
  if (auto it = areas_.find(uuid); it != areas_.end())
    return it->second;
  auto st = r_.exchange().area(uuid);
  if (!st)
    dangling(w, field, uuid, "problem area");
  areas_.emplace(uuid, st->id);
  return st->id;
}

std::optional<std::int64_t> Merger::entry_id(const std::string& uuid) {
  if (auto st = r_.exchange().entry(uuid))
    return st->id;
  return std::nullopt;
}

void Merger::settle_name(PersonRecord& p, std::int64_t self) {
  auto& x = r_.exchange();
  const auto holder = x.name_holder(fold_case(p.person.name));
  if (!holder || holder->id == self)
    return;
  // The one made first keeps the name, whichever journal it came from, so two journals that
  // merge each other's exports end with the same names.
  const bool incoming_later = p.person.created > holder->created ||
                              (p.person.created == holder->created && p.person.uuid > holder->uuid);
  const std::string base = incoming_later ? p.person.name : holder->name;
  std::string name;
  bool theirs = false;
  for (int n = 2;; ++n) {
    name = base + " (" + std::to_string(n) + ")";
    // The incoming person may hold that name already, from importing an earlier version: it
    // is theirs to keep, not taken (else every update would rename them "Sam (3)", "Sam (4)").
    const auto taken = x.name_holder(fold_case(name));
    theirs = incoming_later && taken && taken->id == self;
    if (!taken || theirs)
      break;
  }
  if (theirs) {
    p.person.name = name;  // called so already: nothing is renamed
    return;
  }
  if (incoming_later) {
    summary_.renamed.emplace_back(holder->name, name);
    p.person.name = name;
  } else {
    summary_.renamed.emplace_back(p.person.name, name);
    x.rename_person(holder->id, name);
  }
}

void Merger::person(PersonRecord& p, const Origin& w) {
  (void)w;
  auto& x = r_.exchange();
  const auto st = x.person(p.person.uuid);
  std::int64_t id = 0;
  if (!st) {
    settle_name(p, 0);
    id = x.insert_person(p);
    ++counts(0).added;
  } else if (newer(st, p.updated)) {
    settle_name(p, st->id);
    x.update_person(st->id, p);
    id = st->id;
    ++counts(0).updated;
  } else {
    id = st->id;
    ++counts(0).kept;
  }
  people_[p.person.uuid] = id;
}

void Merger::area(AreaRecord& a, const Origin& w) {
  auto& x = r_.exchange();
  std::vector<std::int64_t> people;
  for (const auto& u : a.people)
    people.push_back(person_id(u, w, "people"));
  const auto st = x.area(a.uuid);
  const bool take = !st || newer(st, a.updated);
  if (take && a.status == AreaStatus::focus) {
    // One area is the focus: the more recently changed of the two.
    if (auto current = x.focus_area(); current && current->uuid != a.uuid) {
      if (a.updated > current->created) {
        x.set_area_status(current->id, AreaStatus::open);
        summary_.focus.emplace_back(a.title, current->name);
      } else {
        a.status = AreaStatus::open;
        summary_.focus.emplace_back(current->name, a.title);
      }
    }
  }
  std::int64_t id = 0;
  if (!st) {
    id = x.insert_area(a, people);
    ++counts(1).added;
  } else if (take) {
    id = st->id;
    x.update_area(id, a, people);
    ++counts(1).updated;
  } else {
    id = st->id;
  }
  const int history = x.merge_area_history(id, a);
  if (st && !take)
    ++(history > 0 ? counts(1).updated : counts(1).kept);
  areas_[a.uuid] = id;
}

void Merger::focus_change(const FocusRecord& f, const Origin& w) {
  std::optional<std::int64_t> area;
  if (f.area)
    area = area_id(*f.area, w, "area");
  ++(r_.exchange().add_focus_change(area, f) ? counts(2).added : counts(2).kept);
}

void Merger::course(const CourseRecord& c, const Origin& w) {
  auto& x = r_.exchange();
  const auto st = x.course(c.course.uuid);
  const bool take = !st || newer(st, c.updated);
  if (take && !c.course.end) {
    if (auto open = x.open_course(); open && open->uuid != c.course.uuid) {
      throw RuntimeFailure(Errc::import_conflict,
                           "the file has an open course (started " + format_date(c.course.start) +
                               ") and this journal has another one (started " + open->name +
                               "); a journal has one open course at a time",
                           at(w));
    }
  }
  if (!st) {
    x.insert_course(c);
    ++counts(3).added;
  } else if (take) {
    x.update_course(st->id, c);
    ++counts(3).updated;
  } else {
    ++counts(3).kept;
  }
}

void Merger::entry(EntryRecord& rec, const Origin& w) {
  auto& x = r_.exchange();
  std::vector<std::int64_t> people;
  for (const auto& u : rec.people)
    people.push_back(person_id(u, w, "people"));
  auto& e = rec.entry;
  e.area_id = rec.area ? std::optional(area_id(*rec.area, w, "area")) : std::nullopt;
  std::optional<std::string> later_checkin;
  if (auto* ev = e.as<Event>()) {
    ev->checkin_id.reset();
    if (rec.checkin) {
      ev->checkin_id = entry_id(*rec.checkin);
      if (!ev->checkin_id)
        later_checkin = rec.checkin;
    }
  }
  const auto st = x.entry(e.uuid);
  std::int64_t id = 0;
  if (!st) {
    id = r_.entries().insert(e, people);
    ++counts(5).added;
  } else if (newer(st, e.updated)) {
    e.id = id = st->id;
    if (auto* ev = e.as<Event>(); ev && !rec.checkin) {
      // An export of some days (--from/--to) says null for a check-in outside them: that says
      // nothing of the link, which only deleting the check-in ends, so the stored one stays.
      if (const auto stored = r_.entries().find(id); stored && stored->as<Event>())
        ev->checkin_id = stored->as<Event>()->checkin_id;
    }
    r_.entries().update(e, people);
    ++counts(5).updated;
  } else {
    ++counts(5).kept;
    return;
  }
  if (later_checkin)
    pending_.push_back({id, *later_checkin, w});
}

void Merger::agenda(const AgendaRecord& a, const Origin& w) {
  auto& x = r_.exchange();
  std::optional<std::int64_t> entry;
  if (a.entry) {
    entry = entry_id(*a.entry);
    if (!entry)
      dangling(w, "entry", *a.entry, "entry");
  }
  const auto st = x.agenda_item(a.uuid);
  if (!st) {
    x.insert_agenda(a, entry);
    ++counts(7).added;
  } else if (newer(st, a.updated)) {
    x.update_agenda(st->id, a, entry);
    ++counts(7).updated;
  } else {
    ++counts(7).kept;
  }
}

ImportSummary Merger::finish() {
  for (const auto& p : pending_) {
    const auto checkin = entry_id(p.checkin);
    if (!checkin)
      dangling(p.where, "checkin", p.checkin, "check-in");
    r_.exchange().set_checkin(p.event, checkin);
  }
  if (pins_changed_)
    r_.exchange().settle_pin();
  return std::move(summary_);
}

}  // namespace ipt::app
