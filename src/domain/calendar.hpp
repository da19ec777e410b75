#pragma once
// A year of daily mean mood at a glance (ipt calendar): the year's days month by month, each
// month starting on its weekday so that weeks line up, with each day's check-ins and the
// problem area in focus. Pure: the app layer fetches the moods and the focus history.
#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/area.hpp"
#include "domain/civil.hpp"
#include "domain/metric.hpp"
#include "domain/stats.hpp"

namespace ipt::domain {

/// The years a calendar can show.
inline constexpr int kFirstCalendarYear = 1900;
inline constexpr int kLastCalendarYear = 9999;

/// A row of the focus history: `area_id` (none: no area) became the focus on `day`.
struct FocusChange {
  std::optional<std::int64_t> area_id;
  std::string title;  ///< the area's, when there is one
  AreaKind kind = AreaKind::grief;
  Date day;
};

/// The days an area was the focus, both ends included.
struct FocusPeriod {
  std::int64_t area_id = 0;
  std::string title;
  AreaKind kind = AreaKind::grief;
  Date from;
  std::optional<Date> to;  ///< unset while it is still the focus

  bool covers(Date d) const { return d >= from && (!to || d <= *to); }
  friend bool operator==(const FocusPeriod&, const FocusPeriod&) = default;
};

/// The periods of a focus history given oldest first (by day, then the moment of the change).
/// A day's focus is the one in force at its end (as AreaRepo::focus_on reads it): a later
/// change the same day replaces an earlier one, and a period ends the day before the next
/// change. Changes naming the area already in focus continue its period.
std::vector<FocusPeriod> focus_periods(std::span<const FocusChange> changes);

/// One day of the calendar.
struct CalendarDay {
  Date day;
  /// The day's check-in moods (or values of the scale shown); none: no check-in (value).
  std::optional<DayStats> mood;
  std::optional<std::size_t> focus;  ///< the day's focus period, an index into Calendar::focus
};

/// One month: a row of the calendar.
struct CalendarMonth {
  std::chrono::month month;
  /// The weekday of its first day, Monday 0 to Sunday 6: the empty cells before it, so that
  /// every month's Mondays fall in the same columns.
  int lead = 0;
  std::vector<CalendarDay> days;
};

struct Calendar {
  /// The columns of the widest month: 31 days after 6 empty cells.
  static constexpr int kColumns = 37;

  std::chrono::year year;
  std::array<CalendarMonth, 12> months;
  /// The focus periods that touch the year, oldest first, whole (they may begin before it or
  /// end after it).
  std::vector<FocusPeriod> focus;
  /// The year's check-ins taken together.
  Summary summary;
  /// The scale shown instead of mood (ipt calendar --metric NAME); none: mood.
  std::optional<MetricScale> metric;

  /// A day's mean as a level 0..10: the mood itself, or where it stands on the scale's range.
  int level(double mean) const;
};

/// The calendar of `year` from the series of the year's moods, or of a scale's values (its
/// summary becomes the calendar's), and the focus periods. A period still open is marked up to
/// `today` only: the days after it have no focus yet.
Calendar build_calendar(std::chrono::year year, const Series& moods,
                        std::span<const FocusPeriod> periods, Date today);

/// The days of `year`, January 1 to December 31.
Period year_period(std::chrono::year year);

/// A day's mean mood as a whole level from 0 to 10, halves rounded up.
int mood_level(double mean);

}  // namespace ipt::domain
