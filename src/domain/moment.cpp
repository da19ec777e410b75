#include "domain/moment.hpp"

#include "domain/errors.hpp"

namespace ipt::domain {

namespace {
int g_day_start = 0;  // minutes after midnight
}  // namespace

void set_day_start(int minute_of_day) {
  g_day_start = minute_of_day;
}

Date journal_day(const LocalDateTime& local) {
  const int minute = local.time.hour * 60 + local.time.minute;
  return minute < g_day_start ? add_days(local.date, -1) : local.date;
}

Date today(Instant now) {
  return journal_day(to_local(now));
}

Moment resolve_moment(const std::optional<When>& when, Instant now) {
  const Date today_now = today(now);
  Instant at = now;
  if (when) {
    // A calendar day after today's is the future, except a time typed on it before the day's
    // start (01:30 on the calendar's next day, with day_starts_at = "04:00").
    if (when->day > today_now && !(when->time && when->day == add_days(today_now, 1))) {
      throw UsageError(Errc::future_moment, format_date(when->day) + " is in the future");
    }
    if (when->time) {
      at = to_instant(when->day, *when->time);
      if (at > now) {
        throw UsageError(Errc::future_moment, format_date(when->day) + " " +
                                                  format_time(*when->time) + " is in the future");
      }
    } else if (when->day < today_now) {
      at = to_instant(when->day, TimeOfDay{12, 0});
    }
  }
  const LocalDateTime local = to_local(at);
  return Moment{at, local.utc_offset, journal_day(local)};
}

}  // namespace ipt::domain
