#include "app/course.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

using domain::Course;

namespace {

domain::Date day_of(const std::optional<domain::When>& when, domain::Instant now) {
  return domain::resolve_moment(
             when ? std::optional<domain::When>(domain::When{when->day, {}}) : std::nullopt, now)
      .day;
}

RuntimeFailure no_open_course() {
  return RuntimeFailure(Errc::no_open_course, "no course is open");
}

void apply(Course& c, const CourseShape& shape) {
  if (shape.weeks)
    c.weeks = *shape.weeks;
  if (shape.initial_weeks)
    c.initial_weeks = *shape.initial_weeks;
  if (shape.termination_weeks)
    c.termination_weeks = *shape.termination_weeks;
  domain::check_course_shape(c.weeks, c.initial_weeks, c.termination_weeks);
}

}  // namespace

Course start_course(Journal& j, const std::optional<domain::When>& when, const CourseShape& shape) {
  const auto now = j.now();
  Course c;
  c.uuid = j.new_uuid();
  c.start = day_of(when, now);
  c.weeks = shape.weeks.value_or(domain::kDefaultWeeks);
  const auto phases = domain::default_phase_weeks(c.weeks);
  c.initial_weeks = phases.initial;
  c.termination_weeks = phases.termination;
  apply(c, shape);
  return j.store().write([&](storage::Repos& r) {
    if (auto open = r.courses().open()) {
      throw RuntimeFailure(Errc::course_already_open, "a course is already open (started " +
                                                          domain::format_date(open->start) + ")");
    }
    c.id = r.courses().insert(c, now);
    return c;
  });
}

Course end_course(Journal& j, const std::optional<domain::When>& when) {
  const auto day = day_of(when, j.now());
  return j.store().write([&](storage::Repos& r) {
    auto c = r.courses().open();
    if (!c)
      throw no_open_course();
    if (day < c->start) {
      throw UsageError("a course can't end (" + domain::format_date(day) + ") before it starts (" +
                       domain::format_date(c->start) + ")");
    }
    c->end = day;
    r.courses().update(*c, j.now());
    return *c;
  });
}

Course edit_course(Journal& j, const CourseShape& shape, const std::optional<domain::When>& start) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    auto c = r.courses().open();
    if (!c)
      throw no_open_course();
    apply(*c, shape);
    if (start)
      c->start = day_of(start, now);
    r.courses().update(*c, j.now());
    return *c;
  });
}

std::vector<Course> list_courses(Journal& j) {
  return j.store().read([](storage::Repos& r) { return r.courses().list(); });
}

domain::CourseOverview course_view(Journal& j) {
  const auto today = domain::today(j.now());
  return j.store().read([&](storage::Repos& r) {
    domain::CourseOverview v;
    v.today = today;
    v.course = r.courses().latest();
    v.pin = r.courses().phase_pin();
    v.phase = domain::current_phase(v.course, v.today, v.pin);
    if (v.course) {
      v.status = domain::course_status(*v.course, v.today, v.pin);
      v.dates = domain::phase_dates(*v.course);
    }
    v.focus = r.areas().focus();
    for (auto& a : r.areas().list()) {
      if (a.status == domain::AreaStatus::open)
        v.open_areas.push_back(std::move(a));
    }
    std::sort(v.open_areas.begin(), v.open_areas.end(),
              [](const domain::Area& a, const domain::Area& b) { return a.id < b.id; });
    // Choosing a focus is the initial phase's last task: due in its last week.
    v.initial_over =
        v.course && v.phase != domain::Phase::none &&
        (v.phase != domain::Phase::initial || v.status->week >= v.course->initial_weeks);
    return v;
  });
}

void pin_phase(Journal& j, std::optional<domain::Phase> phase) {
  const auto now = j.now();
  j.store().write([&](storage::Repos& r) { r.courses().set_phase_pin(phase, now); });
}

}  // namespace ipt::app
