#include "app/areas.hpp"

#include "app/guard.hpp"
#include "app/people_links.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/uuid.hpp"
#include "storage/area_repo.hpp"
#include "storage/entry_repo.hpp"

namespace ipt::app {

using domain::Area;
using domain::AreaStatus;

namespace {

NotFound no_such_area(std::int64_t id) {
  return NotFound("there is no problem area #" + std::to_string(id),
                  "ipt area lists them with their ids");
}

Area require_area(storage::Database& db, std::int64_t id) {
  auto a = storage::find_area(db.sql(), id);
  if (!a)
    throw no_such_area(id);
  return std::move(*a);
}

}  // namespace

AreaAdded add_area(Journal& j, const domain::Clock& clock, const AreaInput& in) {
  domain::check_stage_applies(in.kind, in.stage);
  const auto now = clock.now();
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    AreaAdded r;
    auto people = resolve_people(j.db(), in.people, now);
    r.new_people = people.added;
    r.area.uuid = domain::random_uuid();
    r.area.kind = in.kind;
    r.area.title = in.title;
    r.area.stage = in.stage;
    r.area.created_day = domain::today(now);
    r.became_focus = !storage::focus_area(j.db().sql());
    r.area.status = r.became_focus ? AreaStatus::focus : AreaStatus::open;
    r.area.id = storage::insert_area(j.db().sql(), r.area, people.ids, now);
    tx.commit();
    r.area = *storage::find_area(j.db().sql(), r.area.id);
    return r;
  });
}

std::vector<domain::AreaSummary> list_areas(Journal& j) {
  return guarded(j, [&] { return storage::list_areas(j.db().sql()); });
}

AreaDetail show_area(Journal& j, std::int64_t id) {
  return guarded(j, [&] {
    AreaDetail d;
    bool found = false;
    for (auto& s : storage::list_areas(j.db().sql())) {
      if (s.area.id == id) {
        d.summary = std::move(s);
        found = true;
        break;
      }
    }
    if (!found)
      throw no_such_area(id);
    domain::EntryFilter f;
    f.area = id;
    d.entries = storage::find_entries(j.db().sql(), f);
    return d;
  });
}

Area focus_area(Journal& j, std::int64_t id) {
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    Area a = require_area(j.db(), id);
    if (a.status == AreaStatus::resolved) {
      throw RuntimeFailure("area #" + std::to_string(id) + " is resolved",
                           "reopen it first with: ipt area reopen " + std::to_string(id));
    }
    if (auto current = storage::focus_area(j.db().sql()); current && current->id != id) {
      current->status = AreaStatus::open;
      storage::update_area(j.db().sql(), *current);
    }
    a.status = AreaStatus::focus;
    storage::update_area(j.db().sql(), a);
    tx.commit();
    return a;
  });
}

Area set_area_stage(Journal& j, const domain::Clock& clock, std::int64_t id,
                    domain::DisputeStage stage) {
  const auto now = clock.now();
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    Area a = require_area(j.db(), id);
    domain::check_stage_applies(a.kind, stage);
    a.stage = stage;
    storage::update_area(j.db().sql(), a);
    storage::add_stage_change(j.db().sql(), id, stage, domain::today(now), now);
    tx.commit();
    return *storage::find_area(j.db().sql(), id);
  });
}

AreaResolved resolve_area(Journal& j, const domain::Clock& clock, std::int64_t id,
                          const std::optional<std::string>& note) {
  const auto now = clock.now();
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    AreaResolved r;
    r.area = require_area(j.db(), id);
    if (r.area.status == AreaStatus::resolved) {
      throw RuntimeFailure("area #" + std::to_string(id) + " is already resolved");
    }
    r.was_focus = r.area.status == AreaStatus::focus;
    r.area.status = AreaStatus::resolved;
    r.area.resolved_day = domain::today(now);
    if (note)
      r.area.note = *note;
    storage::update_area(j.db().sql(), r.area);
    std::vector<Area> all;
    for (auto& s : storage::list_areas(j.db().sql()))
      all.push_back(std::move(s.area));
    for (const auto* a : domain::next_focus_candidates(all, id))
      r.open_others.push_back(*a);
    tx.commit();
    return r;
  });
}

Area reopen_area(Journal& j, std::int64_t id) {
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    Area a = require_area(j.db(), id);
    if (a.status != AreaStatus::resolved) {
      throw RuntimeFailure("area #" + std::to_string(id) + " is not resolved; it is " +
                           std::string(domain::to_string(a.status)));
    }
    a.status = AreaStatus::open;
    a.resolved_day.reset();
    storage::update_area(j.db().sql(), a);
    tx.commit();
    return a;
  });
}

}  // namespace ipt::app
