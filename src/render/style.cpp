#include "render/style.hpp"

#include "domain/stats.hpp"
#include "domain/text.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace ipt::render {

namespace {

struct Split {
  std::chrono::year_month_day day;
  long long seconds_of_day;
};

Split split(domain::Instant at, int utc_offset) {
  const long long local = at + utc_offset;
  long long days = local / 86400;
  long long secs = local % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  return {std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}}, secs};
}

}  // namespace

std::string iso8601(domain::Instant at, int utc_offset) {
  const auto s = split(at, utc_offset);
  const int off = std::abs(utc_offset) / 60;
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld%c%02d:%02d",
                static_cast<int>(s.day.year()), static_cast<unsigned>(s.day.month()),
                static_cast<unsigned>(s.day.day()), s.seconds_of_day / 3600,
                (s.seconds_of_day / 60) % 60, s.seconds_of_day % 60, utc_offset < 0 ? '-' : '+',
                off / 60, off % 60);
  return buf;
}

std::string clock_time(domain::Instant at, int utc_offset) {
  const auto s = split(at, utc_offset);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld", s.seconds_of_day / 3600,
                (s.seconds_of_day / 60) % 60);
  return buf;
}

std::size_t display_width(std::string_view s) {
  return domain::display_width_of(s);
}

std::string pad(std::string_view s, std::size_t width) {
  std::string out(s);
  for (auto w = display_width(s); w < width; ++w)
    out += ' ';
  return out;
}

std::string short_number(double v) {
  const double r = domain::round_to(v, 1);
  char buf[32];
  if (r == std::floor(r)) {
    std::snprintf(buf, sizeof buf, "%.0f", r);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", r);
  }
  return buf;
}

std::string signed_int(int v) {
  return v > 0 ? "+" + std::to_string(v) : std::to_string(v);
}

}  // namespace ipt::render
