#pragma once
// Conversions between UTC instants and local wall-clock time, through the C library's time zone
// rules (TZ). g++ 12 has no C++20 time-zone database, so this is the one place that knows about
// localtime_r and mktime.
#include <cstdint>

#include "domain/civil.hpp"

namespace ipt::domain {

/// Seconds since the Unix epoch, UTC.
using Instant = std::int64_t;

struct LocalDateTime {
  Date date;
  TimeOfDay time;
  int second = 0;
  int utc_offset = 0;  ///< seconds east of UTC in force at that instant
};

/// The local wall-clock reading of an instant.
LocalDateTime to_local(Instant instant);

/// The instant at which the local clock reads `time` on `date`. A time skipped by a daylight
/// saving change (02:30 on a spring-forward night) resolves to the same wall-clock distance past
/// the gap, as mktime does; a repeated time resolves to its first occurrence.
Instant to_instant(Date date, TimeOfDay time);

/// ISO 8601 with the offset in force then: "2026-03-29T09:30:00+02:00".
std::string format_iso8601(Instant instant);

}  // namespace ipt::domain
