#pragma once
// The safety rules (the IPT domain notes, section 6): which signals hold
// on a day, and the crisis lines ipt ships. Pure: the journal's figures come in, decisions come
// out; the command line says them. These are design rules, not clinical advice: each signal has
// its own switch, and ipt never contacts anyone.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil.hpp"

namespace ipt::domain {

/// The switches of [safety] in the configuration; all on by default.
struct SafetySettings {
  bool item9 = true;          ///< PHQ-9 item 9 above 0: help right away
  bool words = true;          ///< words of self-harm in a note or answer: help right away
  bool low_checkin = true;    ///< a check-in at mood 2 or lower: a word, once a day
  bool low_days = true;       ///< 3 logged days in a row at mood 3 or lower
  bool low_week = true;       ///< the last 7 days' mean at 3 or lower
  bool mood_drop = true;      ///< the last 7 days 3 points or more below the 7 before
  bool phq9 = true;           ///< PHQ-9 of 15 or more, or two of 10 or more in a row
  bool gentle_weeks = true;   ///< gentle prompts while a persisting signal or item 9 holds
  bool fear = true;           ///< fear in a relationship: resources, and exercises set aside
  bool non_response = true;   ///< termination without improvement: no reassurance of gains
  int check_every_weeks = 4;  ///< PHQ-9 and GAD-7 due at a course's start and this often
};

/// The thresholds, as named in the docs and tests.
inline constexpr int kLowCheckinMood = 2;  ///< a check-in at this or lower
inline constexpr int kLowMood = 3;         ///< a day, or a week's mean, at this or lower
inline constexpr int kLowDaysInARow = 3;
inline constexpr double kMoodDrop = 3.0;
inline constexpr int kPhq9High = 15;
inline constexpr int kPhq9Twice = 10;
/// A signal's figures count from this many days back, and a PHQ-9 holds this long (the
/// questionnaire covers two weeks).
inline constexpr int kSignalWindowDays = 14;

/// Signals that persist: each holds while its figures do.
enum class Signal { low_days, low_week, mood_drop, phq9_high };
std::string_view to_string(Signal s);
/// "3 logged days in a row at mood 3 or lower": for people.
std::string describe(Signal s);

/// One logged day: the mean mood of its check-ins.
struct DayMood {
  Date day;
  double mood = 0;
};

/// One PHQ-9 result.
struct Phq9Result {
  Date day;
  int total = 0;
  bool item9 = false;
};

/// What the signals are computed from: the days up to `today`, oldest first (at least the last
/// kSignalWindowDays), and PHQ-9 results oldest first.
struct SafetyFigures {
  Date today;
  std::vector<DayMood> days;
  std::vector<Phq9Result> phq9;
};

/// The persisting signals that hold on `f.today`, in the order of Signal.
std::vector<Signal> persisting_signals(const SafetyFigures& f, const SafetySettings& s);
/// A PHQ-9 with item 9 above 0 in the last kSignalWindowDays (and the switch on).
bool recent_item9(const SafetyFigures& f, const SafetySettings& s);
/// True when the weekly prompts should be the gentle set: a persisting signal or a recent
/// item-9 answer holds (and the gentle-weeks switch is on).
bool gentle_week(const SafetyFigures& f, const SafetySettings& s);

/// A crisis line ipt ships, checked against the service's own pages on `checked`.
struct CrisisLine {
  std::string_view where;      ///< "United States"
  std::string_view countries;  ///< ISO 3166 codes it serves, comma-separated: "us"
  std::string_view line;       ///< "988 Suicide & Crisis Lifeline: call or text 988"
};
/// The day the shipped lines were last checked (the IPT domain notes, section 6).
inline constexpr std::string_view kLinesChecked = "2026-12-01";
/// Crisis lines, emergency numbers and the international directory, in the order shown; with
/// a country, its line first.
std::vector<CrisisLine> crisis_lines(std::optional<std::string_view> country = std::nullopt);
/// Domestic-abuse lines, in the order shown; with a country, its line first.
std::vector<CrisisLine> abuse_lines(std::optional<std::string_view> country = std::nullopt);
/// True when ipt ships a line for `country` (an ISO 3166 alpha-2 code, lower case).
bool has_crisis_line(std::string_view country);

}  // namespace ipt::domain
