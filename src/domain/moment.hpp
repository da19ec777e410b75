#pragma once
// When an entry happened: the instant stored, from what the user typed (or now).
#include <optional>

#include "domain/local_time.hpp"
#include "domain/when.hpp"

namespace ipt::domain {

struct Moment {
  Instant at = 0;
  int utc_offset = 0;
  Date day;
};

/// The moment to record for an entry. No WHEN means now. A day without a time means now when it
/// is today, and noon local time on an earlier day (so entries backdated to a day sort in the
/// middle of it). Throws UsageError for a moment after `now`: a journal records what happened.
Moment resolve_moment(const std::optional<When>& when, Instant now);

/// The journal day at `now`: the local calendar day, except before the configured start of the
/// day (day_starts_at), when it is still the day before.
Date today(Instant now);

/// The journal day of a local wall-clock reading.
Date journal_day(const LocalDateTime& local);

/// Sets the minute of the local day at which a new journal day begins (day_starts_at, 0..719;
/// 0 is midnight). Like the time zone, it holds for the whole process: set it once at start-up.
void set_day_start(int minute_of_day);

}  // namespace ipt::domain
