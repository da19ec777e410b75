// WHEN expressions (domain/when.hpp) against a few todays: a leap day, the turn of a year, a
// Monday. A day it returns is a real one (and one of the past century, or tomorrow, when named
// in words), and
// reads back as itself when written as YYYY-MM-DD (with its time as HH:MM).
#include <array>
#include <cctype>
#include <chrono>
#include <string>

#include "domain/errors.hpp"
#include "domain/when.hpp"
#include "fuzz.hpp"

using namespace std::chrono;
using ipt::domain::Date;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = ipt::fuzz::as_text(data, size);
  static constexpr std::array<Date, 4> kTodays{2026y / March / 2, 2024y / February / 29,
                                               2027y / January / 1, 2026y / December / 31};
  for (const Date today : kTodays) {
    ipt::domain::When w;
    try {
      w = ipt::domain::parse_when(text, today);
    } catch (const ipt::UsageError&) {
      continue;
    }
    IPT_FUZZ_CHECK(w.day.ok());
    const auto first = text.find_first_not_of(" \t\n\r\v\f");
    if (first == text.npos || !std::isdigit(static_cast<unsigned char>(text[first]))) {
      // Words (today, 3 days ago, last monday) name a day of the past century.
      const int back = ipt::domain::days_between(w.day, today);
      IPT_FUZZ_CHECK(back <= 36500 + 13 && back >= -1);
    }
    if (w.time) {
      IPT_FUZZ_CHECK(w.time->hour >= 0 && w.time->hour <= 23);
      IPT_FUZZ_CHECK(w.time->minute >= 0 && w.time->minute <= 59);
    }
    std::string again = ipt::domain::format_date(w.day);
    if (w.time)
      again += " " + ipt::domain::format_time(*w.time);
    const auto back = ipt::domain::parse_when(again, today);
    IPT_FUZZ_CHECK(back.day == w.day && back.time == w.time);
  }
  return 0;
}
