#pragma once
// Calendar days and times of day, as the user sees them (local, no time zone attached).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ipt::domain {

using Date = std::chrono::year_month_day;

struct TimeOfDay {
  int hour = 0;    ///< 0..23
  int minute = 0;  ///< 0..59
  friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

/// "YYYY-MM-DD".
std::string format_date(Date d);
/// "HH:MM".
std::string format_time(TimeOfDay t);
/// Strict "YYYY-MM-DD" (four-digit year, two-digit month and day, a real date); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);
/// "Mon", "Tue", ...
std::string_view weekday_short(Date d);

inline Date add_days(Date d, int days) {
  return Date{std::chrono::sys_days{d} + std::chrono::days{days}};
}
inline int days_between(Date from, Date to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

}  // namespace ipt::domain
