#pragma once
// Writers for the course of therapy, its phase, and the list of courses.
#include <string_view>
#include <vector>

#include "domain/course.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt course`: where you are; json {"today", "phase", "pinned", "course", "focus"}.
const View<domain::CourseOverview>& course_view();

struct CourseList {
  std::vector<domain::Course> courses;
  domain::Date today;
};
/// `ipt course list`: a table; json (an array of course objects); csv.
const View<CourseList>& course_list_view();

/// `ipt phase`: on a terminal the phase with its week and purpose; elsewhere just the word, for
/// $(ipt phase); json {"phase", "pinned", "week", "weeks"}.
struct PhaseLine {
  domain::CourseOverview overview;
  bool terminal = false;
};
const View<PhaseLine>& phase_view();

/// One sentence on what the phase is for.
std::string_view phase_purpose(domain::Phase p);

}  // namespace ipt::render
