#include "app/areas.hpp"

#include "app/people_links.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/text.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

using domain::Area;
using domain::AreaStatus;

namespace {

ErrorDetail about(std::int64_t id) {
  ErrorDetail d;
  d.id = id;
  return d;
}

NotFound no_such_area(std::int64_t id) {
  return NotFound(Errc::no_such_area, "there is no problem area #" + std::to_string(id), about(id));
}

Area require_area(storage::Repos& r, std::int64_t id) {
  auto a = r.areas().find(id);
  if (!a)
    throw no_such_area(id);
  return std::move(*a);
}

/// The areas with their entry counts and mean moods, from two indexed queries.
std::vector<domain::AreaSummary> summaries(storage::Repos& r, std::vector<Area> areas,
                                           std::optional<std::int64_t> only = {}) {
  std::vector<std::pair<std::int64_t, domain::Date>> attached;
  std::set<domain::Date> days;
  for (const auto& ad : r.entries().area_days(only)) {
    attached.emplace_back(ad.area_id, ad.day);
    days.insert(ad.day);
  }
  const auto moods = r.entries().moods_on(days);
  return domain::summarize_areas(std::move(areas), attached, moods);
}

}  // namespace

AreaAdded add_area(Journal& j, const AreaInput& in) {
  domain::check_stage_applies(in.kind, in.stage);
  if (in.afraid && in.kind != domain::AreaKind::dispute)
    throw UsageError("--afraid is asked of a role dispute, and this is a " +
                     std::string(domain::to_string(in.kind)) + " area");
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    AreaAdded out;
    auto people = resolve_people(r, j, in.people);
    out.new_people = people.added;
    Area a;
    a.uuid = j.new_uuid();
    a.kind = in.kind;
    a.title = in.title;
    a.stage = in.stage;
    a.afraid = in.afraid;
    a.created_day = domain::today(now);
    out.became_focus = !r.areas().focus_id();
    a.status = out.became_focus ? AreaStatus::focus : AreaStatus::open;
    const auto id = r.areas().insert(a, people.ids, now);
    if (out.became_focus)
      r.areas().record_focus(id, a.created_day, now);
    out.area = *r.areas().find(id);
    return out;
  });
}

std::vector<domain::AreaSummary> list_areas(Journal& j) {
  return j.store().read([](storage::Repos& r) { return summaries(r, r.areas().list()); });
}

domain::AreaDetail show_area(Journal& j, std::int64_t id) {
  constexpr domain::Date kEarliest = std::chrono::year{1} / 1 / 1;
  const auto today = domain::today(j.now());
  return j.store().read([&](storage::Repos& r) {
    domain::AreaDetail d;
    std::vector<Area> one{require_area(r, id)};
    d.summary = std::move(summaries(r, std::move(one), id).front());
    domain::EntryFilter f;
    f.area = id;
    d.entries = r.entries().list(f);
    d.ratings = r.ratings().list(id);
    // Mood on days naming its people against the other days, from the first day one of
    // them is named (or the area was added, if earlier) to today: the person may have logged
    // the dispute or the loss before recording it as an area.
    const auto& a = d.summary.area;
    if (!a.people.empty()) {
      std::set<domain::Date> with;
      for (const auto& name : a.people) {
        if (auto p = r.people().find(domain::fold_case(name))) {
          const auto days = r.people().days_named(p->id, kEarliest, today);
          with.insert(days.begin(), days.end());
        }
      }
      const auto from = with.empty() ? a.created_day : std::min(a.created_day, *with.begin());
      if (from > today)
        return d;
      const domain::Series series({from, today}, r.entries().moods(from, today));
      d.with_people =
          domain::split_days(series, [&](domain::Date day) { return with.count(day) > 0; });
    }
    return d;
  });
}

Area focus_area(Journal& j, std::int64_t id) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    Area a = require_area(r, id);
    if (a.status == AreaStatus::resolved)
      throw RuntimeFailure(Errc::area_resolved, "area #" + std::to_string(id) + " is resolved",
                           about(id));
    if (auto current = r.areas().focus(); current && current->id != id) {
      current->status = AreaStatus::open;
      r.areas().update(*current, now);
    }
    a.status = AreaStatus::focus;
    r.areas().update(a, now);
    r.areas().record_focus(id, domain::today(now), now);
    return a;
  });
}

Area set_area_stage(Journal& j, std::int64_t id, domain::DisputeStage stage) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    Area a = require_area(r, id);
    domain::check_stage_applies(a.kind, stage);
    a.stage = stage;
    r.areas().update(a, now);
    r.areas().add_stage_change(id, stage, domain::today(now), now);
    return *r.areas().find(id);
  });
}

AreaResolved resolve_area(Journal& j, std::int64_t id, const std::optional<std::string>& note) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    AreaResolved out;
    out.area = require_area(r, id);
    if (out.area.status == AreaStatus::resolved)
      throw RuntimeFailure(Errc::area_already_resolved,
                           "area #" + std::to_string(id) + " is already resolved", about(id));
    out.was_focus = out.area.status == AreaStatus::focus;
    out.area.status = AreaStatus::resolved;
    out.area.resolved_day = domain::today(now);
    if (note)
      out.area.note = *note;
    r.areas().update(out.area, now);
    if (out.was_focus)
      r.areas().record_focus(std::nullopt, *out.area.resolved_day, now);
    const auto all = r.areas().list();
    for (const auto* a : domain::next_focus_candidates(all, id))
      out.open_others.push_back(*a);
    return out;
  });
}

Area reopen_area(Journal& j, std::int64_t id) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    Area a = require_area(r, id);
    if (a.status != AreaStatus::resolved) {
      throw RuntimeFailure(Errc::area_not_resolved,
                           "area #" + std::to_string(id) + " is not resolved; it is " +
                               std::string(domain::to_string(a.status)),
                           about(id));
    }
    a.status = AreaStatus::open;
    a.resolved_day.reset();
    r.areas().update(a, now);
    return a;
  });
}

domain::Area set_area_afraid(Journal& j, std::int64_t id, std::optional<bool> afraid) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    Area a = require_area(r, id);
    if (a.kind != domain::AreaKind::dispute)
      throw UsageError("--afraid is asked of a role dispute, and area #" + std::to_string(id) +
                       " is a " + std::string(domain::to_string(a.kind)) + " area");
    a.afraid = afraid;
    r.areas().update(a, now);
    return *r.areas().find(id);
  });
}

}  // namespace ipt::app
