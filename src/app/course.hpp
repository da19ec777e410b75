#pragma once
// Use cases of the course of therapy and its phase.
#include <optional>
#include <vector>

#include "app/journal.hpp"
#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/when.hpp"

namespace ipt::app {

struct CourseShape {
  std::optional<int> weeks;
  std::optional<int> initial_weeks;
  std::optional<int> termination_weeks;
};

/// Starts a course on `when` (default today; a future day is refused). Refused with
/// RuntimeFailure while another course is open.
domain::Course start_course(Journal& j, const std::optional<domain::When>& when,
                            const CourseShape& shape);
/// Ends the open course on `when` (default today). RuntimeFailure when none is open.
domain::Course end_course(Journal& j, const std::optional<domain::When>& when);
/// Changes the open course's length, phases or first day. RuntimeFailure when none is open.
domain::Course edit_course(Journal& j, const CourseShape& shape,
                           const std::optional<domain::When>& start);
std::vector<domain::Course> list_courses(Journal& j);

domain::CourseOverview course_view(Journal& j);

/// Pins the phase, or returns to the calendar's phase with nullopt.
void pin_phase(Journal& j, std::optional<domain::Phase> phase);

}  // namespace ipt::app
