#include "domain/civil.hpp"

#include <array>
#include <cstdio>

namespace ipt::domain {

namespace {

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return !s.empty();
}

// Only called on strings already checked by all_digits, and at most four digits long, so no
// overflow and no sign handling.
int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) {
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

std::string format_date(Date d) {
  // Big enough for any int year with sign, so snprintf can never truncate.
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf.data();
}

std::string format_time(TimeOfDay t) {
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%02d:%02d", t.hour, t.minute);
  return buf.data();
}

std::optional<Date> parse_iso_date(std::string_view text) {
  // Strict on purpose: dates are stored and compared as text elsewhere, so "2026-2-3" must not
  // sneak in as a second spelling of "2026-02-03".
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const std::string_view y = text.substr(0, 4);
  const std::string_view m = text.substr(5, 2);
  const std::string_view d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) {
    return std::nullopt;
  }
  const Date date{std::chrono::year{to_int(y)},
                  std::chrono::month{static_cast<unsigned>(to_int(m))},
                  std::chrono::day{static_cast<unsigned>(to_int(d))}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

std::string_view weekday_short(Date d) {
  static constexpr std::array<std::string_view, 7> kNames{"Sun", "Mon", "Tue", "Wed",
                                                          "Thu", "Fri", "Sat"};
  return kNames[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

}  // namespace ipt::domain
