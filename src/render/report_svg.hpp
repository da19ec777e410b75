#pragma once
// For render/report_html.cpp: the html report's two pictures as inline SVG (no script, no
// external reference, no xmlns URL: inline SVG in HTML needs none).
#include <ostream>
#include <string>
#include <vector>

#include "domain/report.hpp"

namespace ipt::render {

/// The mood chart: a point per day with a mood (0..10), lines between consecutive days and gaps
/// for days without; below the axis a triangle for a day with a conflict, a circle for one with
/// a support event and a square for one with any other event.
void mood_chart_svg(std::ostream& out, const std::vector<domain::ChartDay>& chart);

/// The closeness circle: three rings (inner, middle, outer) around "you", with each contact
/// that has a circle named in the band of their ring. Returns the names it had no room for.
std::vector<std::string> circle_svg(std::ostream& out,
                                    const std::vector<domain::PersonContact>& contacts);

}  // namespace ipt::render
