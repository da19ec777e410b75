// The report's mood figures: the daily chart, the period's summaries and changes, the
// person's own scales and, for a course, week by week (domain/report_build.hpp).
#include <algorithm>
#include <map>

#include "domain/report_build.hpp"

namespace ipt::domain::report_detail {

namespace {

std::vector<Sample> samples(const std::vector<Entry>& entries,
                            std::optional<double> (*pick)(const Checkin&)) {
  std::vector<Sample> out;
  for (const auto& e : entries) {
    if (const auto* c = e.as<Checkin>()) {
      if (auto v = pick(*c))
        out.push_back({e.day, *v});
    }
  }
  return out;
}

std::optional<double> mood_of(const Checkin& c) {
  return c.mood;
}
std::optional<double> anxiety_of(const Checkin& c) {
  return c.anxiety ? std::optional<double>(*c.anxiety) : std::nullopt;
}
std::optional<double> energy_of(const Checkin& c) {
  return c.energy ? std::optional<double>(*c.energy) : std::nullopt;
}
std::optional<double> sleep_of(const Checkin& c) {
  return c.sleep;
}

}  // namespace

Period lived(const Period& p, Date today) {
  return {p.from, std::min(p.to, std::max(p.from, today))};
}

std::vector<Sample> mood_samples(const std::vector<Entry>& entries) {
  return samples(entries, mood_of);
}

MoodSection mood_section(const ReportData& d, const Series& moods) {
  MoodSection m;
  const auto shown = lived(d.period, d.today);
  std::map<Date, ChartDay> days;
  for (Date day = shown.from; day <= shown.to; day = add_days(day, 1))
    days[day].day = day;
  for (const auto& s : moods.days()) {
    if (auto it = days.find(s.day); it != days.end()) {
      it->second.mood = s.mean;
      it->second.mood_min = s.min;
      it->second.mood_max = s.max;
      it->second.checkins = s.count;
    }
  }
  const Series anxiety(shown, samples(d.entries, anxiety_of));
  const Series energy(shown, samples(d.entries, energy_of));
  const Series sleep(shown, samples(d.entries, sleep_of));
  for (auto& [day, c] : days) {
    if (const auto* x = anxiety.day(day))
      c.anxiety = x->mean;
    if (const auto* x = energy.day(day))
      c.energy = x->mean;
    if (const auto* x = sleep.day(day))
      c.sleep = x->mean;
  }
  for (const auto& e : d.entries) {
    auto it = days.find(e.day);
    if (it == days.end())
      continue;
    it->second.measures += e.as<Measure>() ? 1 : 0;
    const auto* ev = e.as<Event>();
    if (!ev)
      continue;
    ++it->second.events;
    it->second.conflicts += ev->kind == EventKind::conflict ? 1 : 0;
    it->second.supports += ev->kind == EventKind::support ? 1 : 0;
  }
  for (auto& [day, c] : days)
    m.chart.push_back(c);
  m.mood = moods.summary();
  // A change is named only from enough days on both sides (ipt-domain.md, claims from data).
  const Series before(d.period.before(), d.previous_moods);
  if (m.mood.days >= kClaimDays && before.summary().days >= kClaimDays)
    m.change_previous = change(m.mood, before.summary());
  if (d.course && !d.baseline_moods.empty()) {
    const Period first_two{d.course->start, add_days(d.course->start, 13)};
    const Series baseline(first_two, d.baseline_moods);
    m.baseline_mean = baseline.summary().mean;
    // Against the start only when the period is not itself the start.
    const bool enough = m.mood.days >= kClaimDays && baseline.summary().days >= kClaimDays;
    if (enough && (d.period.from > first_two.to || d.kind == PeriodKind::course))
      m.change_baseline = change(m.mood, baseline.summary());
  }
  m.anxiety = Series(d.period, samples(d.entries, anxiety_of)).summary();
  m.energy = Series(d.period, samples(d.entries, energy_of)).summary();
  m.sleep = Series(d.period, samples(d.entries, sleep_of)).summary();
  return m;
}

std::vector<MetricSection> metrics_of(const ReportData& d) {
  std::map<std::string, std::vector<Sample>> values;
  for (const auto& e : d.entries) {
    if (const auto* c = e.as<Checkin>(); c && d.period.contains(e.day)) {
      for (const auto& [name, v] : c->metrics)
        values[name].push_back({e.day, static_cast<double>(v)});
    }
  }
  std::vector<MetricSection> out;
  auto add = [&](const std::string& name, const MetricScale* scale) {
    const auto it = values.find(name);
    if (it == values.end())
      return;
    const Series series(d.period, it->second);
    MetricSection m;
    m.name = name;
    if (scale) {
      m.label = scale->label;
      m.min = scale->min;
      m.max = scale->max;
    }
    m.summary = series.summary();
    m.days = series.days();
    out.push_back(std::move(m));
    values.erase(it);
  };
  for (const auto& s : d.scales)
    add(s.name, &s);
  while (!values.empty())
    add(values.begin()->first, nullptr);
  return out;
}

std::vector<WeekRow> weeks_of(const ReportData& d) {
  std::vector<WeekRow> out;
  if (d.kind != PeriodKind::course || !d.course)
    return out;
  const auto& c = *d.course;
  const auto shown = lived(d.period, d.today);
  for (int w = 1;; ++w) {
    const Period p{add_days(c.start, 7 * (w - 1)), add_days(c.start, 7 * w - 1)};
    if (p.from > shown.to)
      break;
    WeekRow row;
    row.week = w;
    row.period = p;
    row.phase = phase_of_week(c, w);
    std::vector<Sample> moods;
    for (const auto& e : d.entries) {
      if (!p.contains(e.day))
        continue;
      if (const auto* ch = e.as<Checkin>())
        moods.push_back({e.day, static_cast<double>(ch->mood)});
      if (const auto* ev = e.as<Event>()) {
        ++row.events;
        row.conflicts += ev->kind == EventKind::conflict ? 1 : 0;
      }
    }
    row.mood = Series(p, moods).summary();
    out.push_back(row);
  }
  return out;
}

}  // namespace ipt::domain::report_detail
