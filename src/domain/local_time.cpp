#include "domain/local_time.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <string>

#include "domain/errors.hpp"

namespace ipt::domain {

namespace {

constexpr Instant kSecondsPerDay = 86400;

std::tm local_tm(Instant instant) {
  const std::time_t t = static_cast<std::time_t>(instant);
  std::tm tm{};
  if (localtime_r(&t, &tm) == nullptr) {
    throw RuntimeFailure("cannot convert time " + std::to_string(instant) + " to local time");
  }
  return tm;
}

int offset_at(Instant instant) {
  return static_cast<int>(local_tm(instant).tm_gmtoff);
}

// The wall-clock reading as a count of seconds, as if the local zone were UTC. Done with
// <chrono> calendar arithmetic because timegm is not standard.
Instant wall_seconds(Date date, TimeOfDay time) {
  const Instant days = std::chrono::sys_days{date}.time_since_epoch().count();
  return days * kSecondsPerDay + time.hour * 3600 + time.minute * 60;
}

}  // namespace

LocalDateTime to_local(Instant instant) {
  const std::tm tm = local_tm(instant);
  LocalDateTime out;
  out.date = Date{std::chrono::year{tm.tm_year + 1900},
                  std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)},
                  std::chrono::day{static_cast<unsigned>(tm.tm_mday)}};
  out.time = TimeOfDay{tm.tm_hour, tm.tm_min};
  out.second = tm.tm_sec;
  out.utc_offset = static_cast<int>(tm.tm_gmtoff);
  return out;
}

Instant to_instant(Date date, TimeOfDay time) {
  // Not mktime: with tm_isdst = -1, glibc resolves a repeated time to the first occurrence in
  // some zones (New York) and to the second in others (Berlin). Instead, take the offsets in
  // force a day either side and keep the earliest candidate the zone actually agrees with.
  const Instant wall = wall_seconds(date, time);
  const int before = offset_at(wall - kSecondsPerDay);
  const int after = offset_at(wall + kSecondsPerDay);

  const Instant early = wall - std::max(before, after);
  const Instant late = wall - std::min(before, after);
  if (offset_at(early) == std::max(before, after)) {
    return early;
  }
  if (offset_at(late) == std::min(before, after)) {
    return late;
  }
  // Neither offset reads this wall time: it falls in a gap. Applying the offset from before the
  // gap lands as far past the gap as the time was past its start (02:30 becomes 03:30).
  return wall - before;
}

std::string format_iso8601(Instant instant) {
  const LocalDateTime local = to_local(instant);
  const char sign = local.utc_offset < 0 ? '-' : '+';
  const int magnitude = local.utc_offset < 0 ? -local.utc_offset : local.utc_offset;
  const int off_h = magnitude / 3600;
  const int off_m = magnitude / 60 % 60;
  const int off_s = magnitude % 60;

  std::array<char, 64> buf{};
  int n = std::snprintf(buf.data(), buf.size(), "%sT%02d:%02d:%02d%c%02d:%02d",
                        format_date(local.date).c_str(), local.time.hour, local.time.minute,
                        local.second, sign, off_h, off_m);
  // Local mean time before ~1900 has offsets like +00:53:28. Dropping the seconds would make the
  // string name a different instant, so keep them (as Python's isoformat does).
  if (off_s != 0 && n > 0 && static_cast<std::size_t>(n) < buf.size()) {
    std::snprintf(buf.data() + n, buf.size() - static_cast<std::size_t>(n), ":%02d", off_s);
  }
  return buf.data();
}

}  // namespace ipt::domain
