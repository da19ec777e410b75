#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil.hpp"

using namespace std::chrono_literals;
using ipt::domain::add_days;
using ipt::domain::Date;
using ipt::domain::days_between;
using ipt::domain::format_date;
using ipt::domain::format_time;
using ipt::domain::parse_iso_date;
using ipt::domain::TimeOfDay;
using ipt::domain::weekday_short;

namespace {

// Strings rather than optional<Date>, so failures print readably without StringMakers.
std::string parsed(std::string_view text) {
  const std::optional<Date> d = parse_iso_date(text);
  return d ? format_date(*d) : "(rejected)";
}

}  // namespace

TEST_CASE("civil: format_date pads every field", "[civil]") {
  CHECK(format_date(2026y / 3 / 5) == "2026-03-05");
  CHECK(format_date(2026y / 12 / 31) == "2026-12-31");
  CHECK(format_date(1900y / 1 / 1) == "1900-01-01");
  CHECK(format_date(999y / 1 / 1) == "0999-01-01");
  CHECK(format_date(9999y / 12 / 31) == "9999-12-31");
}

TEST_CASE("civil: format_time is HH:MM", "[civil]") {
  CHECK(format_time(TimeOfDay{0, 0}) == "00:00");
  CHECK(format_time(TimeOfDay{0, 5}) == "00:05");
  CHECK(format_time(TimeOfDay{9, 30}) == "09:30");
  CHECK(format_time(TimeOfDay{23, 59}) == "23:59");
}

TEST_CASE("civil: parse_iso_date accepts real dates", "[civil]") {
  CHECK(parsed("2026-03-05") == "2026-03-05");
  CHECK(parsed("2028-02-29") == "2028-02-29");
  CHECK(parsed("2000-02-29") == "2000-02-29");
  CHECK(parsed("9999-12-31") == "9999-12-31");
  CHECK(parsed("1900-01-01") == "1900-01-01");
}

TEST_CASE("civil: format_date and parse_iso_date round trip", "[civil]") {
  for (Date d = 2027y / 12 / 20; d != 2028y / 3 / 10; d = add_days(d, 1)) {
    CAPTURE(format_date(d));
    CHECK(parsed(format_date(d)) == format_date(d));
  }
}

TEST_CASE("civil: parse_iso_date is strict", "[civil]") {
  const std::vector<std::string_view> rejected{
      "",
      "2026-02-30",
      "2027-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-04-31",
      "2026-2-3",
      "2026-02-3",
      "26-02-03",
      "02026-02-03",
      " 2026-02-03",
      "2026-02-03 ",
      "2026/02/03",
      "2026-02-03x",
      "+026-02-03",
      "2026-+2-03",
      "2026-02- 3",
      "2026_02_03",
      "20260203",
      "abcd-ef-gh",
      "2026-02-03T00:00",
  };
  for (std::string_view text : rejected) {
    CAPTURE(text);
    CHECK(parsed(text) == "(rejected)");
  }
}

TEST_CASE("civil: weekday_short names each day", "[civil]") {
  // 2026-03-16 is a Monday.
  const std::vector<std::string_view> names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (int i = 0; i < 7; ++i) {
    const Date d = add_days(2026y / 3 / 16, i);
    CAPTURE(format_date(d));
    CHECK(weekday_short(d) == names[static_cast<std::size_t>(i)]);
  }
  CHECK(weekday_short(2027y / 1 / 1) == "Fri");
  CHECK(weekday_short(2028y / 2 / 29) == "Tue");
}

TEST_CASE("civil: add_days crosses month and year ends", "[civil]") {
  CHECK(format_date(add_days(2026y / 12 / 31, 1)) == "2027-01-01");
  CHECK(format_date(add_days(2027y / 1 / 1, -1)) == "2026-12-31");
  CHECK(format_date(add_days(2028y / 2 / 28, 1)) == "2028-02-29");
  CHECK(format_date(add_days(2027y / 2 / 28, 1)) == "2027-03-01");
  CHECK(format_date(add_days(2028y / 3 / 1, -1)) == "2028-02-29");
  CHECK(format_date(add_days(2026y / 3 / 18, 0)) == "2026-03-18");
  CHECK(format_date(add_days(2026y / 1 / 1, 365)) == "2027-01-01");
  CHECK(format_date(add_days(2028y / 1 / 1, 366)) == "2029-01-01");
  CHECK(format_date(add_days(2026y / 3 / 18, -36500)) == "1926-04-12");
}

TEST_CASE("civil: days_between counts calendar days, signed", "[civil]") {
  CHECK(days_between(2026y / 3 / 18, 2026y / 3 / 18) == 0);
  CHECK(days_between(2026y / 12 / 31, 2027y / 1 / 1) == 1);
  CHECK(days_between(2027y / 1 / 1, 2026y / 12 / 31) == -1);
  CHECK(days_between(2028y / 1 / 1, 2029y / 1 / 1) == 366);
  CHECK(days_between(2027y / 1 / 1, 2028y / 1 / 1) == 365);
  CHECK(days_between(2028y / 2 / 28, 2028y / 3 / 1) == 2);
  CHECK(days_between(2027y / 2 / 28, 2027y / 3 / 1) == 1);
  CHECK(days_between(1970y / 1 / 1, 2026y / 3 / 18) == 20530);
}
