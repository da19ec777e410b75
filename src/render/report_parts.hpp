#pragma once
// For render/report_*.cpp only: the pieces of the report that several formats print.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "render/report.hpp"

namespace ipt::render {

inline constexpr std::string_view kAssociationNote =
    "These are associations between your days, not causes: they are for you and your therapist "
    "to wonder about together.";
inline constexpr std::string_view kDisclaimer =
    "ipt is a self-help journal, not treatment; its scores are screening aids, not a diagnosis.";

/// The mood of each day as one character: a block from ▁ to █ (UTF-8), else the rounded mean
/// as a digit (X for 10); a day without a check-in is a middle dot (UTF-8) or a dot.
std::string chart_row(const std::vector<domain::ChartDay>& chart, bool utf8);
/// "Mon 11-23 .. Sun 11-29" under the chart row.
std::string chart_span(const std::vector<domain::ChartDay>& chart);
/// "conflict with Sam: argued about chores" (the text only with `notes`).
std::string event_summary(const domain::Entry& e, bool notes);
std::vector<std::string> mood_lines(const domain::MoodSection& m, domain::PeriodKind kind);
/// "irritability (0 to 10: 0 calm, 10 furious): mean 2.5, lowest 1, highest 4, 5 check-ins on
/// 4 days", a line for each scale of your own with values in the period.
std::vector<std::string> metric_lines(const std::vector<domain::MetricSection>& metrics);
/// The heading of the section of those lines.
inline constexpr std::string_view kMetricsTitle = "Your own scales";
std::vector<std::string> people_lines(const domain::PeopleSection& p);
std::vector<std::string> focus_lines(const domain::FocusSection& f);
/// A prompt as asked, or, when its wording was left out (it can quote your notes), what it was
/// about: "a prompt on communication analysis".
std::string prompt_shown(const domain::AskedInPeriod& a);
/// "Tue 2026-11-24: loss with Grandma Rose (outside your focus area)" for the period's losses
/// and changes.
std::vector<std::string> loss_lines(const domain::Report& r, bool notes);
/// "Your mood and PHQ-9 are not better than at the start ..." (termination without improvement).
std::string_view not_improved_line();
/// The quiet line every report ends with.
inline constexpr std::string_view kHelpNowFooter =
    "ipt help-now lists people you can reach at any time.";
/// "3 prompts asked: 2 answered, 1 skipped".
std::string reflection_count(const domain::ReflectionSection& r);
std::vector<std::string> measure_lines(const std::vector<domain::ScaleTrend>& m);
std::vector<std::string> termination_lines(const domain::TerminationSection& t, bool answers,
                                           bool notes);
/// Every line of `text` after `prefix`.
std::string indent_text(const std::string& text, const std::string& prefix);
/// Markdown's special characters escaped, so a note cannot become markup.
std::string md_escape(std::string_view s);
/// The questionnaires' attribution, on one line.
std::string attribution_line();

void report_json(std::ostream& out, const ReportDoc& doc);
void report_csv(std::ostream& out, const ReportDoc& doc);

}  // namespace ipt::render
