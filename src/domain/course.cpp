#include "domain/course.hpp"

#include <array>

#include "domain/errors.hpp"
#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 5> kPhases{"none", "initial", "middle", "termination",
                                                  "maintenance"};

}  // namespace

std::string_view to_string(Phase p) {
  return kPhases[static_cast<std::size_t>(p)];
}

std::optional<Phase> phase_from(std::string_view s) {
  return enum_from<Phase>(kPhases, s);
}

std::span<const std::string_view> phase_names() {
  return kPhases;
}

PhaseWeeks default_phase_weeks(int weeks) {
  if (weeks <= 4)
    return {1, 1};
  if (weeks <= 10)
    return {2, 2};
  return {3, 3};
}

void check_course_shape(int weeks, int initial_weeks, int termination_weeks) {
  if (weeks < kMinWeeks || weeks > kMaxWeeks) {
    throw UsageError("a course lasts from " + std::to_string(kMinWeeks) + " to " +
                         std::to_string(kMaxWeeks) + " weeks; got " + std::to_string(weeks),
                     "IPT usually runs 12 to 16 weekly sessions; 16 is the default");
  }
  if (initial_weeks < 1 || termination_weeks < 1) {
    throw UsageError("the initial and termination phases last at least one week each");
  }
  if (initial_weeks + termination_weeks >= weeks) {
    throw UsageError("with " + std::to_string(initial_weeks) + " initial and " +
                     std::to_string(termination_weeks) + " termination weeks, a " +
                     std::to_string(weeks) + "-week course has no middle phase left");
  }
}

int course_week(const Course& c, Date day) {
  const int days = days_between(c.start, day);
  if (days < 0)
    return 0;
  return days / 7 + 1;
}

Phase phase_of_week(const Course& c, int week) {
  if (week <= 0)
    return Phase::none;
  if (week > c.weeks)
    return Phase::maintenance;
  if (week <= c.initial_weeks)
    return Phase::initial;
  if (week > c.weeks - c.termination_weeks)
    return Phase::termination;
  return Phase::middle;
}

Phase current_phase(const std::optional<Course>& latest, Date today, std::optional<Phase> pin) {
  if (pin)
    return *pin;
  if (!latest)
    return Phase::none;
  if (latest->end && *latest->end <= today)
    return Phase::maintenance;
  return phase_of_week(*latest, course_week(*latest, today));
}

PhaseDates phase_dates(const Course& c) {
  return PhaseDates{c.start, add_days(c.start, 7 * c.initial_weeks),
                    add_days(c.start, 7 * (c.weeks - c.termination_weeks)),
                    add_days(c.start, 7 * c.weeks)};
}

CourseStatus course_status(const Course& c, Date today, std::optional<Phase> pin) {
  CourseStatus s;
  s.week = course_week(c, today);
  s.weeks = c.weeks;
  s.weeks_left = s.week >= c.weeks ? 0 : c.weeks - s.week;
  s.ended = c.end && *c.end <= today;
  s.pinned = pin.has_value();
  s.phase = current_phase(c, today, pin);
  return s;
}

}  // namespace ipt::domain
