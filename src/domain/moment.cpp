#include "domain/moment.hpp"

#include "domain/errors.hpp"

namespace ipt::domain {

Date today(Instant now) {
  return to_local(now).date;
}

Moment resolve_moment(const std::optional<When>& when, Instant now) {
  const LocalDateTime local_now = to_local(now);
  Instant at = now;
  if (when) {
    if (when->day > local_now.date) {
      throw UsageError(Errc::future_moment, format_date(when->day) + " is in the future");
    }
    if (when->time) {
      at = to_instant(when->day, *when->time);
      if (at > now) {
        throw UsageError(Errc::future_moment, format_date(when->day) + " " +
                                                  format_time(*when->time) + " is in the future");
      }
    } else if (when->day < local_now.date) {
      at = to_instant(when->day, TimeOfDay{12, 0});
    }
  }
  const LocalDateTime local = to_local(at);
  return Moment{at, local.utc_offset, local.date};
}

}  // namespace ipt::domain
