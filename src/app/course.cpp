#include "app/course.hpp"

#include "app/guard.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/uuid.hpp"
#include "storage/area_repo.hpp"
#include "storage/course_repo.hpp"

namespace ipt::app {

using domain::Course;

namespace {

domain::Date day_of(const std::optional<domain::When>& when, domain::Instant now) {
  return domain::resolve_moment(
             when ? std::optional<domain::When>(domain::When{when->day, {}}) : std::nullopt, now)
      .day;
}

RuntimeFailure no_open_course() {
  return RuntimeFailure("no course is open", "start one with: ipt course start --weeks 16");
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

Course start_course(Journal& j, const domain::Clock& clock, const std::optional<domain::When>& when,
                    const CourseShape& shape) {
  const auto now = clock.now();
  Course c;
  c.uuid = domain::random_uuid();
  c.start = day_of(when, now);
  apply(c, shape);
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    if (auto open = storage::open_course(j.db().sql())) {
      throw RuntimeFailure(
          "a course is already open (started " + domain::format_date(open->start) + ")",
          "end it first with: ipt course end");
    }
    c.id = storage::insert_course(j.db().sql(), c, now);
    tx.commit();
    return c;
  });
}

Course end_course(Journal& j, const domain::Clock& clock, const std::optional<domain::When>& when) {
  const auto day = day_of(when, clock.now());
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    auto c = storage::open_course(j.db().sql());
    if (!c)
      throw no_open_course();
    if (day < c->start) {
      throw UsageError("a course can't end (" + domain::format_date(day) + ") before it starts (" +
                       domain::format_date(c->start) + ")");
    }
    c->end = day;
    storage::update_course(j.db().sql(), *c);
    tx.commit();
    return *c;
  });
}

Course edit_course(Journal& j, const domain::Clock& clock, const CourseShape& shape,
                   const std::optional<domain::When>& start) {
  const auto now = clock.now();
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    auto c = storage::open_course(j.db().sql());
    if (!c)
      throw no_open_course();
    apply(*c, shape);
    if (start)
      c->start = day_of(start, now);
    storage::update_course(j.db().sql(), *c);
    tx.commit();
    return *c;
  });
}

std::vector<Course> list_courses(Journal& j) {
  return guarded(j, [&] { return storage::list_courses(j.db().sql()); });
}

domain::CourseOverview course_view(Journal& j, const domain::Clock& clock) {
  return guarded(j, [&] {
    domain::CourseOverview v;
    v.today = domain::today(clock.now());
    v.course = storage::latest_course(j.db().sql());
    v.pin = storage::phase_pin(j.db().sql());
    v.phase = domain::current_phase(v.course, v.today, v.pin);
    if (v.course) {
      v.status = domain::course_status(*v.course, v.today, v.pin);
      v.dates = domain::phase_dates(*v.course);
    }
    v.focus = storage::focus_area(j.db().sql());
    return v;
  });
}

void pin_phase(Journal& j, const domain::Clock& clock, std::optional<domain::Phase> phase) {
  guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    storage::set_phase_pin(j.db().sql(), phase, clock.now());
    tx.commit();
  });
}

}  // namespace ipt::app
