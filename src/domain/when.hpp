#pragma once
// WHEN expressions: how the user names a day and, optionally, a time.
#include <optional>
#include <string_view>

#include "domain/civil.hpp"

namespace ipt::domain {

struct When {
  Date day;
  std::optional<TimeOfDay> time;
  bool year_inferred = false;  ///< written as MM-DD: the year is the most recent fitting one
  friend bool operator==(const When&, const When&) = default;
};

/// Parses a WHEN expression relative to `today` (the local calendar day). Accepted, case
/// insensitive, surrounding spaces ignored:
///   today | yesterday | tomorrow | N days ago | N day ago | -Nd
///   mon..sun, monday..sunday   the most recent such day, today included
///   last monday                the one before that (7..13 days back)
///   YYYY-MM-DD                 a real date, never rolled over (2026-02-30 is an error)
///   MM-DD                      this year, or last year if this year's would be after today
/// each optionally followed by a time: HH:MM (24 h), 9pm, 9am, 9:30pm, 12am (00:00), 12pm (noon).
/// Throws UsageError naming the problem. Does not reject future days: callers decide that.
When parse_when(std::string_view text, Date today);

}  // namespace ipt::domain
