#pragma once
// The use case of ipt calendar: a year of daily mean mood with the problem areas in focus.
#include <optional>

#include "app/journal.hpp"
#include "domain/calendar.hpp"

namespace ipt::app {

/// The calendar of `year` (default: the year of today, by the journal's clock), read in one
/// transaction: the year's check-in moods, or the values of `metric` (an indexed range on the
/// day), and the focus history.
domain::Calendar year_calendar(Journal& j, std::optional<int> year,
                               const std::optional<domain::MetricScale>& metric = std::nullopt);

}  // namespace ipt::app
