#pragma once
// The review a person brings to a session (ipt report): what the app layer fetches for a period
// (ReportData) and what build_report() makes of it (Report), section by section in the order
// the report shows them. Pure: every figure is computed here, with the statistics module; the
// renderers only print.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/agenda.hpp"
#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "domain/measure.hpp"
#include "domain/metric.hpp"
#include "domain/safety.hpp"
#include "domain/safety_plan.hpp"
#include "domain/stats.hpp"

namespace ipt::domain {

/// How the period was asked for.
enum class PeriodKind { week, month, range, course };
std::string_view to_string(PeriodKind k);

/// A prompt asked by ipt reflect in a week of the period, and what became of it.
struct AskedInPeriod {
  Date week;
  std::string prompt_id;  ///< "ID#followup" for a follow-up
  std::string text;       ///< as it was shown
  std::string task;       ///< from the library, when the prompt is still in it
  std::optional<std::string> answer;
};

/// Everything the app layer fetches for a report, with indexed range queries.
struct ReportData {
  PeriodKind kind = PeriodKind::week;
  Period period;
  bool previous = false;  ///< the default week fell back to last week
  Date today;
  std::optional<Course> course;  ///< the course the period belongs to
  Phase phase = Phase::none;     ///< at the period's end (or today)
  bool phase_pinned = false;
  std::optional<Area> focus;           ///< at the period's end, with its stage then
  std::vector<Area> areas;             ///< every area, with stage history
  std::vector<Entry> entries;          ///< check-ins, events and measures in the period
  std::vector<Sample> previous_moods;  ///< the period of the same length before
  std::vector<Sample> baseline_moods;  ///< the course's first two weeks
  std::vector<Person> people;          ///< everyone, for circles and who is new
  std::vector<AreaRating> ratings;     ///< of the focus area, up to the period's end
  std::vector<AskedInPeriod> asked;    ///< prompts asked in the period's weeks
  std::vector<Entry> course_measures;  ///< questionnaires since the course began (or ever)
  SafetySettings safety;
  SafetyFigures figures;  ///< as of the period's end (or today)
  SafetyPlan plan;
  std::vector<AgendaItem> agenda;   ///< open, or added in the period
  std::vector<MetricScale> scales;  ///< the configured scales, for their labels and ranges
};

struct ReportHeader {
  Period period;
  PeriodKind kind = PeriodKind::week;
  std::optional<int> course_week_from;  ///< course weeks the period spans
  std::optional<int> course_week_to;
  std::optional<int> course_weeks;  ///< the course's planned length
  std::optional<std::int64_t> course_id;
  Phase phase = Phase::none;
  bool phase_pinned = false;
  bool previous = false;  ///< last week, by the rule for a week's first days
  std::optional<Area> focus;
  int checkin_days = 0;
  int days = 0;  ///< days of the period up to today
};

/// Only when something holds: plain counts, never a score of risk.
struct SafetyPanel {
  int low_days = 0;  ///< days with a check-in at kLowCheckinMood or lower
  std::vector<Signal> persisting;
  std::optional<int> item9;  ///< the latest PHQ-9's item 9, when above 0
  std::optional<Date> item9_day;
  bool item9_recent = false;      ///< within kSignalWindowDays of the period's end
  std::optional<int> phq9_total;  ///< the latest PHQ-9, for the words of its signal
  std::optional<Date> phq9_day;

  bool any() const { return low_days > 0 || !persisting.empty() || item9.has_value(); }
};

/// A day's mean mood, or none: one point of the chart for every day of the period.
struct ChartDay {
  Date day;
  std::optional<double> mood;  ///< the mean of the day's check-ins
  std::optional<double> mood_min, mood_max;
  int checkins = 0;
  std::optional<double> anxiety, energy, sleep;  ///< means, where logged
  int events = 0;
  int conflicts = 0;
  int supports = 0;
  int measures = 0;  ///< questionnaires taken
};

struct MoodSection {
  std::vector<ChartDay> chart;  ///< every day of the period up to today
  Summary mood;
  std::optional<double> change_previous;  ///< against the period of the same length before
  std::optional<double> change_baseline;  ///< against the course's first two weeks
  std::optional<double> baseline_mean;
  Summary anxiety, energy, sleep;
};

/// One of the person's own scales ([[metric]]) over the period.
struct MetricSection {
  std::string name;
  std::string label;            ///< as configured; empty for a scale no longer configured
  std::optional<int> min, max;  ///< the configured range; none for a scale no longer configured
  Summary summary;
  std::vector<DayStats> days;  ///< the days with a value, oldest first
};

/// A day with its events, for the lowest and highest days.
struct DayWithEvents {
  DayStats stats;
  std::vector<Entry> events;
};

/// On days with X against days without: an association, never a cause.
struct Association {
  enum class What { person, kind, tag };
  What what = What::person;
  std::string name;  ///< the person, the event kind or the tag
  Split split;
  bool mourned = false;  ///< the person of a grief area: days you wrote about them
};
std::string_view to_string(Association::What w);

/// Week by week, for a course report.
struct WeekRow {
  int week = 0;  ///< course week
  Period period;
  Phase phase = Phase::none;
  Summary mood;
  int events = 0;
  int conflicts = 0;
};

struct PersonContact {
  std::string name;
  std::optional<Circle> circle;
  int entries = 0;
  int days = 0;
};

/// The people of a grief area (the one who died) are not "contact": they are left out here.
struct PeopleSection {
  std::vector<PersonContact> contacts;     ///< by circle (inner first), then most days
  std::vector<std::string> inner_without;  ///< inner-circle people with no contact
  std::vector<std::string> new_people;     ///< added in the period
};

struct FocusSection {
  std::optional<Area> focus;
  int attached = 0;                   ///< entries of the period attached to it
  std::vector<StageChange> stages;    ///< stage changes in the period
  std::vector<AreaRating> ratings;    ///< every rating up to the period's end
  std::vector<AreaRating> in_period;  ///< those in the period
  std::vector<Area> resolved;         ///< areas resolved in the period
};

struct ReflectionSection {
  int asked = 0;
  int answered = 0;
  int skipped = 0;
  std::vector<AskedInPeriod> prompts;
};

struct MeasureResult {
  Date day;
  Scale scale = Scale::phq9;
  int total = 0;
  std::string band;  ///< the published band of the total
  int item9 = 0;     ///< PHQ-9 only
};

/// One scale's results: in the period, and the change from the first since the course began.
struct ScaleTrend {
  Scale scale = Scale::phq9;
  std::vector<MeasureResult> in_period;
  std::optional<MeasureResult> first;   ///< since the course began (or the first ever)
  std::optional<MeasureResult> latest;  ///< up to the period's end
  std::optional<int> change() const;    ///< latest - first, when they differ
};

struct TerminationSection {
  bool applies = false;                      ///< the period reaches the termination phase
  std::vector<AskedInPeriod> warning_signs;  ///< answers to warning-signs and plan prompts
  SafetyPlan plan;
  /// Neither mood nor PHQ-9 is better than at the course's start (ipt-domain.md section 1:
  /// offer another treatment; section 6: no reassurance of gains).
  bool not_improved = false;
};

struct Report {
  ReportHeader header;
  SafetyPanel safety;
  MoodSection mood;
  /// Each scale with values in the period: the configured ones in their order, then the
  /// others (no longer configured) by name.
  std::vector<MetricSection> metrics;
  std::optional<DayWithEvents> lowest;  ///< with 3 check-in days and a real difference
  /// Also only when its mood is above kLowHighestDay: a "best day" of a hard week is not one.
  std::optional<DayWithEvents> highest;
  std::vector<Association> associations;  ///< 3 days with and 3 without, largest first
  /// The period's losses and changes, oldest first: big events, also outside the focus.
  std::vector<Entry> losses;
  std::vector<WeekRow> weeks;  ///< course reports
  PeopleSection people;
  FocusSection focus;
  ReflectionSection reflections;
  std::vector<ScaleTrend> measures;  ///< PHQ-9 then GAD-7, when any was taken
  TerminationSection termination;
  std::vector<AgendaItem> agenda;
};

/// The smallest difference of daily means that counts as "a real difference" between the
/// lowest and highest days, and for an association to be shown.
inline constexpr double kRealDifference = 1.0;
/// The highest day is named only above this mood.
inline constexpr double kLowHighestDay = 4.0;
/// Check-in days a period (and the one it is compared with) needs before its lowest and highest
/// days or a change are named.
inline constexpr int kClaimDays = 3;
/// A change smaller than this is "about the same".
inline constexpr double kSameChange = 0.5;
/// Days on each side an association needs.
inline constexpr int kAssociationDays = 3;

Report build_report(const ReportData& data);

/// For markdown and html without --notes: the wording of asked prompts (it can quote an event
/// or last week's answer) and the text of entries put on the agenda are left out.
void leave_out_notes(Report& r);

/// What a shared report leaves out or replaces.
enum class Redact { none, people, all };
/// Replaces names with stable placeholders ("Person 3", by the person's order in the journal)
/// in every field, free text included; `all` also drops every free text (notes, event texts,
/// answers, titles, agenda items, the plan) and replaces tags.
void redact(Report& r, Redact level, const std::vector<Person>& people);

}  // namespace ipt::domain
