#pragma once
// For domain/report*.cpp only: the parts of build_report() that several files share, and the
// mood figures (report_mood.cpp): the chart, summaries, the person's own scales, week by week.
#include <optional>
#include <vector>

#include "domain/report.hpp"

namespace ipt::domain::report_detail {

/// The days of the period that have passed: a report never shows days still to come.
Period lived(const Period& p, Date today);
/// Every check-in's mood in `entries`.
std::vector<Sample> mood_samples(const std::vector<Entry>& entries);
MoodSection mood_section(const ReportData& d, const Series& moods);
std::vector<MetricSection> metrics_of(const ReportData& d);
std::vector<WeekRow> weeks_of(const ReportData& d);

}  // namespace ipt::domain::report_detail
