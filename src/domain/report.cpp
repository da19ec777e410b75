#include "domain/report.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "domain/report_build.hpp"
#include "domain/text.hpp"

namespace ipt::domain {

std::string_view to_string(PeriodKind k) {
  switch (k) {
    case PeriodKind::week:
      return "week";
    case PeriodKind::month:
      return "month";
    case PeriodKind::range:
      return "range";
    case PeriodKind::course:
      return "course";
  }
  return "week";
}

std::string_view to_string(Association::What w) {
  switch (w) {
    case Association::What::person:
      return "person";
    case Association::What::kind:
      return "kind";
    case Association::What::tag:
      return "tag";
  }
  return "person";
}

std::optional<int> ScaleTrend::change() const {
  if (!first || !latest || first->day == latest->day)
    return std::nullopt;
  return latest->total - first->total;
}

namespace {

using report_detail::lived;

ReportHeader header_of(const ReportData& d, const Series& moods) {
  ReportHeader h;
  h.period = d.period;
  h.kind = d.kind;
  h.phase = d.phase;
  h.phase_pinned = d.phase_pinned;
  h.previous = d.previous;
  h.focus = d.focus;
  h.checkin_days = moods.summary().days;
  h.days = lived(d.period, d.today).days();
  if (d.course) {
    const auto& c = *d.course;
    const int from = course_week(c, d.period.from), to = course_week(c, d.period.to);
    if (to > 0) {
      h.course_week_from = std::max(1, from);
      h.course_week_to = to;
      h.course_weeks = c.weeks;
      h.course_id = c.id;
    }
  }
  return h;
}

SafetyPanel safety_of(const ReportData& d) {
  SafetyPanel p;
  std::set<Date> low;
  for (const auto& e : d.entries) {
    if (const auto* c = e.as<Checkin>(); c && c->mood <= kLowCheckinMood)
      low.insert(e.day);
  }
  p.low_days = static_cast<int>(low.size());
  p.persisting = persisting_signals(d.figures, d.safety);
  // The latest PHQ-9 up to the period's end: its item 9, when above 0.
  const Entry* latest = nullptr;
  for (const auto& e : d.course_measures) {
    if (const auto* m = e.as<Measure>(); m && m->scale == Scale::phq9 && e.day <= d.period.to)
      latest = &e;
  }
  if (latest) {
    const auto* m = latest->as<Measure>();
    p.phq9_total = m->total();
    p.phq9_day = latest->day;
    if (m->answers.size() == 9 && m->answers[8] > 0) {
      p.item9 = m->answers[8];
      p.item9_day = latest->day;
      p.item9_recent = days_between(latest->day, d.period.to) < kSignalWindowDays;
    }
  }
  return p;
}

/// The lowest day; among days as low, the first with a conflict or a loss, so a tie never
/// hides the hard event behind an empty day.
const DayStats* hardest_lowest(const Series& moods, const std::vector<Entry>& entries) {
  const auto* lo = moods.lowest();
  if (!lo)
    return lo;
  for (const auto& day : moods.days()) {
    if (day.mean != lo->mean)
      continue;
    for (const auto& e : entries) {
      const auto* ev = e.as<Event>();
      if (e.day == day.day && ev &&
          (ev->kind == EventKind::conflict || ev->kind == EventKind::loss))
        return &day;
    }
  }
  return lo;
}

DayWithEvents day_with_events(const DayStats& s, const std::vector<Entry>& entries) {
  DayWithEvents out{s, {}};
  for (const auto& e : entries) {
    if (e.day == s.day && e.as<Event>())
      out.events.push_back(e);
  }
  return out;
}

/// Each person, event kind and tag with enough days on each side, largest difference first.
/// The case-folded names of the people of grief areas: the ones who died.
std::set<std::string> mourned_of(const ReportData& d) {
  std::set<std::string> out;
  for (const auto& a : d.areas) {
    if (a.kind == AreaKind::grief) {
      for (const auto& n : a.people)
        out.insert(fold_case(n));
    }
  }
  return out;
}

std::vector<Association> associations_of(const ReportData& d, const Series& moods) {
  const auto mourned = mourned_of(d);
  std::map<std::pair<Association::What, std::string>, std::set<Date>> with;
  std::map<std::string, std::string> shown_name;  // folded -> as displayed
  for (const auto& e : d.entries) {
    if (e.as<Measure>())
      continue;
    for (const auto& p : e.people) {
      const auto key = fold_case(p);
      shown_name.emplace(key, p);
      with[{Association::What::person, key}].insert(e.day);
    }
    if (const auto* ev = e.as<Event>())
      with[{Association::What::kind, std::string(to_string(ev->kind))}].insert(e.day);
    for (const auto& t : e.tags)
      with[{Association::What::tag, t}].insert(e.day);
  }
  std::vector<Association> out;
  for (const auto& [key, days_of] : with) {
    // A named reference: clang before 16 cannot capture a structured binding (fuzz/ builds
    // with clang 14).
    const auto& days = days_of;
    const auto split = split_days(moods, [&](Date day) { return days.count(day) > 0; });
    if (!split.enough(kAssociationDays))
      continue;
    const auto diff = split.difference();
    if (!diff || std::abs(*diff) < kSameChange)
      continue;  // no difference to speak of
    Association a;
    a.what = key.first;
    a.name = key.first == Association::What::person ? shown_name[key.second] : key.second;
    a.split = split;
    a.mourned = key.first == Association::What::person && mourned.count(key.second) > 0;
    out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const Association& a, const Association& b) {
    return std::abs(*a.split.difference()) > std::abs(*b.split.difference());
  });
  return out;
}

int circle_rank(const std::optional<Circle>& c) {
  return c ? static_cast<int>(*c) : 3;
}

PeopleSection people_of(const ReportData& d) {
  PeopleSection s;
  std::map<std::string, PersonContact> contacts;  // by folded name
  std::map<std::string, std::set<Date>> days;
  std::map<std::string, const Person*> by_key;
  for (const auto& p : d.people)
    by_key[fold_case(p.name)] = &p;
  const auto mourned = mourned_of(d);
  // Naming someone in a loss (a death, a break-up) is not contact with them.
  std::set<std::string> only_in_loss;
  for (const auto& e : d.entries) {
    if (e.as<Measure>())
      continue;
    const auto* ev = e.as<Event>();
    if (ev && ev->kind == EventKind::loss) {
      for (const auto& name : e.people)
        only_in_loss.insert(fold_case(name));
      continue;
    }
    for (const auto& name : e.people) {
      const auto key = fold_case(name);
      if (mourned.count(key))
        continue;
      auto& c = contacts[key];
      if (c.name.empty()) {
        c.name = name;
        if (auto it = by_key.find(key); it != by_key.end())
          c.circle = it->second->circle;
      }
      ++c.entries;
      days[key].insert(e.day);
    }
  }
  for (auto& [key, c] : contacts) {
    c.days = static_cast<int>(days[key].size());
    s.contacts.push_back(c);
  }
  std::stable_sort(s.contacts.begin(), s.contacts.end(),
                   [](const PersonContact& a, const PersonContact& b) {
                     if (circle_rank(a.circle) != circle_rank(b.circle))
                       return circle_rank(a.circle) < circle_rank(b.circle);
                     return a.days > b.days;
                   });
  const auto from = to_instant(d.period.from, {0, 0});
  const auto to = to_instant(add_days(d.period.to, 1), {0, 0});
  for (const auto& p : d.people) {
    const auto key = fold_case(p.name);
    if (p.circle == Circle::inner && !contacts.count(key) && !mourned.count(key) && p.created < to)
      s.inner_without.push_back(p.name);
    // "New" is someone you met, not the person who died nor one first named in a loss.
    const bool met = !mourned.count(key) && (contacts.count(key) || !only_in_loss.count(key));
    if (p.created >= from && p.created < to && met)
      s.new_people.push_back(p.name);
  }
  return s;
}

FocusSection focus_of(const ReportData& d) {
  FocusSection f;
  f.focus = d.focus;
  if (d.focus) {
    for (const auto& e : d.entries)
      f.attached += e.area_id == d.focus->id ? 1 : 0;
    for (const auto& a : d.areas) {
      if (a.id != d.focus->id)
        continue;
      for (const auto& c : a.stages) {
        if (d.period.contains(c.day))
          f.stages.push_back(c);
      }
    }
    for (const auto& r : d.ratings) {
      if (r.area_id != d.focus->id || r.day > d.period.to)
        continue;
      f.ratings.push_back(r);
      if (d.period.contains(r.day))
        f.in_period.push_back(r);
    }
  }
  for (const auto& a : d.areas) {
    if (a.resolved_day && d.period.contains(*a.resolved_day))
      f.resolved.push_back(a);
  }
  return f;
}

ReflectionSection reflections_of(const ReportData& d) {
  ReflectionSection r;
  r.prompts = d.asked;
  for (const auto& a : d.asked) {
    ++r.asked;
    (a.answer ? r.answered : r.skipped)++;
  }
  return r;
}

MeasureResult result_of(const Entry& e) {
  const auto& m = *e.as<Measure>();
  MeasureResult r;
  r.day = e.day;
  r.scale = m.scale;
  r.total = m.total();
  r.band = std::string(band(m.scale, r.total));
  r.item9 = m.scale == Scale::phq9 && m.answers.size() == 9 ? m.answers[8] : 0;
  return r;
}

std::vector<ScaleTrend> measures_of(const ReportData& d) {
  std::vector<ScaleTrend> out;
  for (const auto scale : {Scale::phq9, Scale::gad7}) {
    ScaleTrend t;
    t.scale = scale;
    for (const auto& e : d.course_measures) {
      const auto* m = e.as<Measure>();
      if (!m || m->scale != scale || e.day > d.period.to)
        continue;
      const auto r = result_of(e);
      if (!t.first)
        t.first = r;
      t.latest = r;
      if (d.period.contains(e.day))
        t.in_period.push_back(r);
    }
    if (t.latest)
      out.push_back(std::move(t));
  }
  return out;
}

/// `now` is the period's mood, `measures` the report's questionnaire trends.
TerminationSection termination_of(const ReportData& d, const Summary& now,
                                  const std::vector<ScaleTrend>& measures) {
  TerminationSection t;
  if (d.course) {
    const auto dates = phase_dates(*d.course);
    t.applies = d.period.to >= dates.termination && d.period.from < dates.maintenance;
  }
  t.applies = t.applies || d.phase == Phase::termination;
  if (!t.applies)
    return t;
  for (const auto& a : d.asked) {
    if (a.answer && (a.task == "warning-signs" || a.task == "plan"))
      t.warning_signs.push_back(a);
  }
  t.plan = d.plan;
  if (d.safety.non_response && d.course) {
    // Mood not above the first two weeks, and no PHQ-9 below the first: no improvement.
    const Period first_two{d.course->start, add_days(d.course->start, 13)};
    const auto base = Series(first_two, d.baseline_moods).summary();
    const bool mood_same =
        base.days >= kClaimDays && now.days >= kClaimDays && *now.mean <= *base.mean;
    const auto phq9 = std::find_if(measures.begin(), measures.end(),
                                   [](const ScaleTrend& t) { return t.scale == Scale::phq9; });
    const bool phq_same = phq9 == measures.end() || phq9->latest->total >= phq9->first->total;
    t.not_improved = mood_same && phq_same;
  }
  return t;
}

}  // namespace

Report build_report(const ReportData& d) {
  Report r;
  const Series moods(d.period, report_detail::mood_samples(d.entries));
  r.header = header_of(d, moods);
  r.safety = safety_of(d);
  r.mood = report_detail::mood_section(d, moods);
  r.metrics = report_detail::metrics_of(d);
  // The lowest and highest days say something only with 3 days and a real difference.
  if (moods.summary().days >= kClaimDays) {
    const auto* lo = hardest_lowest(moods, d.entries);
    const auto* hi = moods.highest();
    if (lo && hi && hi->mean - lo->mean >= kRealDifference) {
      r.lowest = day_with_events(*lo, d.entries);
      if (hi->mean > kLowHighestDay)
        r.highest = day_with_events(*hi, d.entries);
    }
  }
  r.associations = associations_of(d, moods);
  for (const auto& e : d.entries) {
    const auto* ev = e.as<Event>();
    if (ev && (ev->kind == EventKind::loss || ev->kind == EventKind::change))
      r.losses.push_back(e);
  }
  r.weeks = report_detail::weeks_of(d);
  r.people = people_of(d);
  r.focus = focus_of(d);
  r.reflections = reflections_of(d);
  r.measures = measures_of(d);
  r.termination = termination_of(d, r.mood.mood, r.measures);
  r.agenda = d.agenda;
  return r;
}

}  // namespace ipt::domain
