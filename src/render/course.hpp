#pragma once
// Writers for the course of therapy, its phase, and the list of courses.
#include <ostream>
#include <vector>

#include "domain/area.hpp"
#include "domain/course.hpp"
#include "render/style.hpp"

namespace ipt::render {

using CourseReport = domain::CourseOverview;

void course_text(std::ostream& out, const CourseReport& r, const Style& st);
/// {"today", "phase", "pinned", "course": {...} | null, "focus": {...} | null}
void course_json(std::ostream& out, const CourseReport& r);
void courses_text(std::ostream& out, const std::vector<domain::Course>& courses, domain::Date today,
                  const Style& st);
void courses_json(std::ostream& out, const std::vector<domain::Course>& courses);

/// One sentence on what the phase is for, from ipt-domain.md.
std::string_view phase_purpose(domain::Phase p);

}  // namespace ipt::render
