#include "app/safety.hpp"
#include "app/safety_rows.hpp"

#include <algorithm>
#include <map>

#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

using domain::Entry;

MeasureRecorded record_measure(Journal& j, const domain::Measure& m,
                               const std::optional<domain::When>& when) {
  EntryCommon common;
  common.when = when;
  MeasureRecorded out;
  out.logged = log_measure(j, m, common);
  out.entry = get_entry(j, out.logged.id);
  const auto history = measure_history(j);
  for (const auto& e : history) {
    const auto* other = e.as<domain::Measure>();
    if (e.id == out.entry.id || !other || other->scale != m.scale)
      continue;
    if (std::pair(e.at, e.id) < std::pair(out.entry.at, out.entry.id))
      out.previous = e;
  }
  return out;
}

std::vector<Entry> measure_history(Journal& j) {
  domain::EntryFilter f;
  f.type = domain::EntryType::measure;
  return list_entries(j, f);
}

std::optional<domain::Course> open_course(Journal& j) {
  return j.store().read([](storage::Repos& r) { return r.courses().open(); });
}

std::vector<MeasureDue> measures_due(const std::vector<Entry>& history,
                                     const std::optional<domain::Course>& course,
                                     domain::Date today, int every_weeks) {
  std::vector<MeasureDue> out;
  for (auto scale : {domain::Scale::phq9, domain::Scale::gad7}) {
    MeasureDue d;
    d.scale = scale;
    for (const auto& e : history) {
      if (const auto* m = e.as<domain::Measure>(); m && m->scale == scale)
        d.last = std::max(d.last.value_or(e.day), e.day);
    }
    const bool since_start = d.last && (!course || *d.last >= course->start);
    if (since_start)
      d.due = domain::add_days(*d.last, 7 * every_weeks);
    else if (course)
      d.due = course->start;
    else
      d.due = today;
    out.push_back(d);
  }
  return out;
}

domain::SafetyFigures safety_figures_of(const SafetyRows& rows, domain::Date today) {
  domain::SafetyFigures f;
  f.today = today;
  std::map<domain::Date, std::pair<double, int>> days;
  for (const auto& m : rows.moods) {
    if (m.day > today)
      continue;
    auto& [sum, n] = days[m.day];
    sum += m.value;
    ++n;
  }
  for (const auto& [day, sn] : days)
    f.days.push_back({day, sn.first / sn.second});
  std::vector<const Entry*> phq;
  for (const auto& e : rows.measures) {
    const auto* m = e.as<domain::Measure>();
    if (m && m->scale == domain::Scale::phq9 && e.day <= today)
      phq.push_back(&e);
  }
  std::sort(phq.begin(), phq.end(), [](const Entry* a, const Entry* b) {
    return std::pair(a->at, a->id) < std::pair(b->at, b->id);
  });
  for (const auto* e : phq) {
    const auto& m = *e->as<domain::Measure>();
    f.phq9.push_back({e->day, m.total(), m.item9()});
  }
  return f;
}

SafetyRows safety_rows(storage::Repos& r, domain::Date day, domain::Date measures_to) {
  SafetyRows rows;
  rows.moods = r.entries().moods(domain::add_days(day, -27), day);
  domain::EntryFilter measures;
  measures.type = domain::EntryType::measure;
  measures.to = measures_to;
  rows.measures = r.entries().list(measures);
  return rows;
}

domain::SafetyFigures safety_figures(Journal& j, domain::Date today) {
  // After every command: two small queries, no entries built, nothing that grows with the
  // journal's age. The signals read the PHQ-9s of their window and the two last ones (the
  // "twice in a row" rule); three days more cover a day that is another by the time zone.
  return j.store().read([&](storage::Repos& r) {
    SafetyRows moods_only;
    moods_only.moods = r.entries().moods(domain::add_days(today, -27), today);
    auto f = safety_figures_of(moods_only, today);
    f.phq9 = r.entries().phq9_results(
        today, domain::add_days(today, 1 - domain::kSignalWindowDays - 3), 2);
    return f;
  });
}

domain::SafetyPlan safety_plan(Journal& j) {
  return j.store().read([](storage::Repos& r) { return r.safety().plan(); });
}

std::vector<domain::PlanAnswer> safety_plan_history(Journal& j) {
  return j.store().read([](storage::Repos& r) { return r.safety().history(); });
}

void save_plan_steps(Journal& j,
                     const std::vector<std::pair<domain::PlanStep, std::string>>& steps) {
  if (steps.empty())
    return;
  const auto now = j.now();
  j.store().write([&](storage::Repos& r) {
    for (const auto& [step, text] : steps) {
      domain::PlanAnswer a;
      a.step = step;
      a.text = text;
      a.at = now;
      a.day = domain::today(now);
      r.safety().save(a);
    }
    return 0;
  });
}

}  // namespace ipt::app
