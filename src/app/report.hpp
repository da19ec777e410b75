#pragma once
// Use case of the session review (ipt report): the period asked for, fetched with indexed range
// queries in one read transaction, and built by the domain.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "app/journal.hpp"
#include "domain/prompt.hpp"
#include "domain/report.hpp"

namespace ipt::app {

struct ReportRequest {
  domain::PeriodKind kind = domain::PeriodKind::week;
  std::optional<domain::Date> day;        ///< week, month: a day in it (none: by the default rule)
  std::optional<domain::Date> from, to;   ///< range
  std::optional<std::int64_t> course_id;  ///< course: none means the current or latest
  domain::SafetySettings safety;
  std::vector<domain::MetricScale> scales;  ///< the configured scales ([[metric]])
};

/// The report and the people it names (for redaction). Reads only.
struct ReportResult {
  domain::Report report;
  std::vector<domain::Person> people;
};

/// The week is, by default, the one `ipt prompts` reflects on; a month is the calendar month;
/// a course runs from its start to its planned last day (or its end). Throws UsageError for a
/// range that ends before it starts, NotFound for an unknown course and RuntimeFailure
/// (no_open_course) when a course report is asked for without any course.
ReportResult make_report(Journal& j, std::span<const domain::Prompt> library,
                         const ReportRequest& req);

}  // namespace ipt::app
