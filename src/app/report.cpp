#include "app/report.hpp"

#include <algorithm>
#include <limits>

#include "app/safety_rows.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/week.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

namespace {

using domain::Date;
using domain::Period;
using domain::PeriodKind;

domain::Course find_course(storage::Repos& r, std::optional<std::int64_t> id) {
  if (id) {
    for (auto& c : r.courses().list()) {
      if (c.id == *id)
        return c;
    }
    ErrorDetail d;
    d.id = *id;
    throw NotFound(Errc::unspecified, "there is no course #" + std::to_string(*id), std::move(d));
  }
  if (auto c = r.courses().latest())
    return *c;
  throw RuntimeFailure(Errc::no_open_course, "no course of therapy is recorded");
}

/// The last day of a course: the day it ended, else its planned last day.
Date course_last_day(const domain::Course& c) {
  const Date planned = domain::add_days(c.start, 7 * c.weeks - 1);
  return c.end ? std::min(*c.end, planned) : planned;
}

Period month_of(Date day) {
  const auto ym = day.year() / day.month();
  return {Date{ym / 1}, Date{ym / std::chrono::last}};
}

/// The period asked for, and the course it belongs to.
Period period_of(storage::Repos& r, const ReportRequest& req, Date today,
                 std::optional<domain::Course>& course, bool& previous) {
  switch (req.kind) {
    case PeriodKind::week: {
      if (req.day) {
        const auto w = domain::week_containing(*req.day, r.courses().covering(*req.day, *req.day));
        return {w.start, w.end};
      }
      // The week `ipt prompts` reflects on, by the same rule.
      const auto now = r.courses().covering(today, today);
      const auto current = domain::week_containing(today, now);
      const auto before = domain::week_containing(
          domain::add_days(current.start, -1), r.courses().covering(current.start, current.start));
      const auto chosen = domain::week_to_reflect(today, now, r.prompts().answered(before.start));
      // ... but never a week before anything was logged, as for someone who just began.
      previous = chosen.previous && !r.entries().moods(before.start, before.end).empty();
      const auto& w = previous ? before : current;
      return {w.start, w.end};
    }
    case PeriodKind::month:
      return month_of(req.day.value_or(today));
    case PeriodKind::range:
      return {*req.from, *req.to};
    case PeriodKind::course: {
      course = find_course(r, req.course_id);
      return {course->start, course_last_day(*course)};
    }
  }
  return {today, today};
}

std::vector<domain::AskedInPeriod> asked_in(storage::Repos& r, const Period& p,
                                            std::span<const domain::Prompt> library) {
  std::vector<domain::AskedInPeriod> out;
  for (const auto& week : r.prompts().weeks_asked(p.from, p.to)) {
    for (auto& a : r.prompts().asked(week)) {
      domain::AskedInPeriod x;
      x.week = week;
      x.prompt_id = a.prompt_id;
      x.text = std::move(a.text);
      x.answer = std::move(a.answer);
      const auto base = x.prompt_id.substr(0, x.prompt_id.find('#'));
      const auto it = std::find_if(library.begin(), library.end(),
                                   [&](const domain::Prompt& p) { return p.id == base; });
      if (it != library.end())
        x.task = it->task;
      out.push_back(std::move(x));
    }
  }
  return out;
}

}  // namespace

ReportResult make_report(Journal& j, std::span<const domain::Prompt> library,
                         const ReportRequest& req) {
  if (req.kind == PeriodKind::range && (!req.from || !req.to || *req.to < *req.from)) {
    throw UsageError(Errc::invalid_value, "--to is before --from", ErrorDetail::of_field("--to"));
  }
  const Date today = domain::today(j.now());
  return j.store().read([&](storage::Repos& r) {
    domain::ReportData d;
    d.kind = req.kind;
    d.today = today;
    std::optional<domain::Course> course;
    d.period = period_of(r, req, today, course, d.previous);
    const Date seen = std::min(d.period.to, today);
    d.course = course ? course : r.courses().covering(d.period.from, d.period.to);
    const auto pin = r.courses().pin_on(seen);
    d.phase = domain::current_phase(d.course, seen, pin);
    d.phase_pinned = pin.has_value();
    d.focus = r.areas().focus_on(seen);
    d.areas = r.areas().list();
    domain::EntryFilter f;
    f.from = d.period.from;
    f.to = d.period.to;
    for (auto& e : r.entries().list(f)) {
      if (e.type() != domain::EntryType::reflection)
        d.entries.push_back(std::move(e));
    }
    const auto before = d.period.before();
    d.previous_moods = r.entries().moods(before.from, before.to);
    if (d.course) {
      d.baseline_moods = r.entries().moods(d.course->start, domain::add_days(d.course->start, 13));
    }
    d.people = r.people().added_between(std::numeric_limits<domain::Instant>::min(),
                                        std::numeric_limits<domain::Instant>::max());
    if (d.focus)
      d.ratings = r.ratings().list(d.focus->id, d.period.to);
    d.asked = asked_in(r, d.period, library);
    // Questionnaires: since the course began (else every one), up to the period's end.
    const auto rows = safety_rows(r, seen, d.period.to);
    for (const auto& e : rows.measures) {
      if (!d.course || e.day >= d.course->start)
        d.course_measures.push_back(e);
    }
    d.safety = req.safety;
    d.scales = req.scales;
    d.figures = safety_figures_of(rows, seen);
    d.plan = r.safety().plan();
    // The agenda as it stood in the period: an item done after it was still open then.
    const auto end = domain::to_instant(domain::add_days(d.period.to, 1), {0, 0});
    d.agenda = r.agenda().in_period(domain::to_instant(d.period.from, {0, 0}), d.period.to);
    for (auto& a : d.agenda) {
      if (a.done && *a.done >= end)
        a.done.reset();
    }
    ReportResult out;
    out.report = domain::build_report(d);
    out.people = std::move(d.people);
    return out;
  });
}

}  // namespace ipt::app
