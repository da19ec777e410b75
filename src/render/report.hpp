#pragma once
// Writers for the session review (ipt report): text (a sparkline on a UTF-8 terminal, an ASCII
// row otherwise), markdown and html to share, json (a versioned schema, documented in the man
// page) and csv (one row per day).
#include <string>

#include "domain/report.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// The version of the report's JSON schema ("format": "ipt-report", "version": N).
inline constexpr int kReportJsonVersion = 1;

/// A report and how it is to be shown.
struct ReportDoc {
  domain::Report report;
  /// Notes and event texts: always in text and json (they stay on this machine); in markdown
  /// and html only when asked (--notes), as those are made to be shared.
  bool notes = true;
  /// Reflection answers, in every format only when asked (--answers).
  bool answers = false;
  domain::Redact redact = domain::Redact::none;
  bool utf8 = true;           ///< the terminal shows UTF-8: a sparkline, else an ASCII row
  std::string help_now_line;  ///< the line that points to ipt help-now, said once
};

const View<ReportDoc>& report_view();

/// The one-page HTML report: inline CSS and SVG only, and a Content-Security-Policy that forbids
/// every network request (render/report_html.cpp).
void report_html(std::ostream& out, const ReportDoc& doc);

// Shared wording, so every format says the same thing.
/// "Week of 2026-11-23 to 2026-11-29", "November 2026", "2026-11-02 to 2026-11-15",
/// "Course #1, 2026-09-07 to 2026-12-27".
std::string period_title(const domain::ReportHeader& h);
/// "course week 9 of 16, middle phase" / "middle phase (set by hand)"; empty without a course.
std::string course_line(const domain::ReportHeader& h);
/// "#2 dispute: Sam and chores (impasse)"; "none" without a focus.
std::string focus_line(const std::optional<domain::Area>& a);
/// "On days with Sam your mood averaged 4.1, on other days 6.0 (5 and 9 days)."
std::string association_sentence(const domain::Association& a);
/// "3 days with a check-in at mood 2 or lower", and the other safety facts, one per line.
std::vector<std::string> safety_lines(const domain::SafetyPanel& p);
/// "6.2" with one decimal; "-" when none.
std::string one_decimal(const std::optional<double>& v);
/// "+1.2" / "-0.5" / "0.0".
std::string signed_one_decimal(double v);

}  // namespace ipt::render
