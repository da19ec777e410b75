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

/// The local calendar day at `now`.
Date today(Instant now);

}  // namespace ipt::domain
