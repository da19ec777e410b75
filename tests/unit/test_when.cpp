// parse_when, table-driven: each row is its own SECTION named after its input and `today`, so a
// failure names the exact row.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"
#include "domain/when.hpp"

using ipt::domain::Date;
using ipt::domain::format_date;
using ipt::domain::format_time;
using ipt::domain::parse_when;

namespace {

// A Wednesday, so every weekday name lands on a different day of the same or previous week.
constexpr std::string_view kWed = "2026-03-18";

Date day(std::string_view iso) {
  const auto d = ipt::domain::parse_iso_date(iso);
  REQUIRE(d.has_value());
  return *d;
}

// "2026-03-17" or "2026-03-17 21:30": readable in failure output without StringMakers.
std::string show(std::string_view input, std::string_view today) {
  const ipt::domain::When w = parse_when(input, day(today));
  return format_date(w.day) + (w.time ? " " + format_time(*w.time) : "");
}

// The UsageError message, or a marker that none was thrown. Other exception types propagate,
// which fails the test.
std::string error_of(std::string_view input, std::string_view today) {
  try {
    const ipt::domain::When w = parse_when(input, day(today));
    return "(no error; got " + format_date(w.day) + ")";
  } catch (const ipt::UsageError& e) {
    return e.what();
  }
}

struct Row {
  std::string_view input;
  std::string_view today;
  std::string_view expected;  // a result for check_results, a message fragment for check_errors
};

void check_results(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    DYNAMIC_SECTION("'" << r.input << "' on " << r.today) {
      CHECK(show(r.input, r.today) == r.expected);
    }
  }
}

void check_errors(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    DYNAMIC_SECTION("'" << r.input << "' on " << r.today << " is an error") {
      CHECK_THAT(error_of(r.input, r.today), Catch::Contains(std::string(r.expected)));
    }
  }
}

}  // namespace

TEST_CASE("parse_when: today and yesterday", "[when]") {
  check_results({
      {"today", kWed, "2026-03-18"},
      {"yesterday", kWed, "2026-03-17"},
      {"tomorrow", kWed, "2026-03-19"},  // read, so callers can refuse it as the future
      {"Tomorrow", kWed, "2026-03-19"},
      {"  Today  ", kWed, "2026-03-18"},
      {"YESTERDAY", kWed, "2026-03-17"},
      {"\ttoday\n", kWed, "2026-03-18"},
  });
}

TEST_CASE("parse_when: month ends", "[when]") {
  check_results({
      {"yesterday", "2026-03-01", "2026-02-28"},
      {"yesterday", "2026-05-01", "2026-04-30"},
      {"-1d", "2026-08-01", "2026-07-31"},
      {"3 days ago", "2026-03-02", "2026-02-27"},
      {"31 days ago", "2026-03-31", "2026-02-28"},
      {"sun", "2026-03-01", "2026-03-01"},
      {"sat", "2026-03-01", "2026-02-28"},
      {"04-30", "2026-05-01", "2026-04-30"},
  });
}

TEST_CASE("parse_when: year ends", "[when]") {
  // 2027-01-01 is a Friday.
  check_results({
      {"yesterday", "2027-01-01", "2026-12-31"},
      {"12-31", "2027-01-01", "2026-12-31"},
      {"01-01", "2027-01-01", "2027-01-01"},
      {"01-02", "2027-01-01", "2026-01-02"},
      {"12-31", "2026-12-31", "2026-12-31"},
      {"last friday", "2027-01-01", "2026-12-25"},
      {"friday", "2027-01-01", "2027-01-01"},
      {"thursday", "2027-01-01", "2026-12-31"},
      {"-1d", "2027-01-01", "2026-12-31"},
      {"365 days ago", "2027-01-01", "2026-01-01"},
  });
}

TEST_CASE("parse_when: leap days", "[when]") {
  check_results({
      {"2028-02-29", kWed, "2028-02-29"},
      {"2000-02-29", kWed, "2000-02-29"},
      {"02-29", "2028-03-01", "2028-02-29"},
      {"02-29", "2028-02-29", "2028-02-29"},
      {"02-29", "2029-01-15", "2028-02-29"},
      {"1 day ago", "2028-03-01", "2028-02-29"},
      {"yesterday", "2028-03-01", "2028-02-29"},
  });
  check_errors({
      {"2027-02-29", kWed, "not a real date: '2027-02-29'"},
      {"1900-02-29", kWed, "not a real date: '1900-02-29'"},
      {"2100-02-29", kWed, "not a real date: '2100-02-29'"},
      {"02-29", "2028-02-28", "not a real date: '02-29' (no such day in 2027)"},
      {"02-29", "2027-03-01", "not a real date: '02-29' (no such day in 2027)"},
  });
}

TEST_CASE("parse_when: weekdays mean the most recent such day including today", "[when]") {
  check_results({
      {"mon", kWed, "2026-03-16"},      {"tue", kWed, "2026-03-17"},
      {"wed", kWed, "2026-03-18"},      {"thu", kWed, "2026-03-12"},
      {"fri", kWed, "2026-03-13"},      {"sat", kWed, "2026-03-14"},
      {"sun", kWed, "2026-03-15"},      {"monday", kWed, "2026-03-16"},
      {"tuesday", kWed, "2026-03-17"},  {"wednesday", kWed, "2026-03-18"},
      {"thursday", kWed, "2026-03-12"}, {"friday", kWed, "2026-03-13"},
      {"saturday", kWed, "2026-03-14"}, {"sunday", kWed, "2026-03-15"},
      {"tues", kWed, "2026-03-17"},     {"weds", kWed, "2026-03-18"},
      {"thur", kWed, "2026-03-12"},     {"thurs", kWed, "2026-03-12"},
      {"FRIDAY", kWed, "2026-03-13"},   {"Sat", kWed, "2026-03-14"},
  });
}

TEST_CASE("parse_when: last weekday is a week before the most recent one", "[when]") {
  check_results({
      {"last mon", kWed, "2026-03-09"},
      {"last tue", kWed, "2026-03-10"},
      {"last wed", kWed, "2026-03-11"},
      {"last thu", kWed, "2026-03-05"},
      {"last fri", kWed, "2026-03-06"},
      {"last sat", kWed, "2026-03-07"},
      {"last sun", kWed, "2026-03-08"},
      {"last   monday", kWed, "2026-03-09"},
      {"LAST Thursday", kWed, "2026-03-05"},
      {"last thurs", kWed, "2026-03-05"},
  });
}

TEST_CASE("parse_when: -Nd", "[when]") {
  check_results({
      {"-0d", kWed, "2026-03-18"},
      {"-1d", kWed, "2026-03-17"},
      {"-7d", kWed, "2026-03-11"},
      {"-18d", kWed, "2026-02-28"},
      {"-78d", kWed, "2025-12-30"},
      {"-36500d", kWed, "1926-04-12"},
      {"-3D", kWed, "2026-03-15"},
  });
}

TEST_CASE("parse_when: N days ago", "[when]") {
  check_results({
      {"0 days ago", kWed, "2026-03-18"},
      {"1 day ago", kWed, "2026-03-17"},
      {"1 days ago", kWed, "2026-03-17"},
      {"2 days ago", kWed, "2026-03-16"},
      {"18 days ago", kWed, "2026-02-28"},
      {"78 days ago", kWed, "2025-12-30"},
      {"365 days ago", kWed, "2025-03-18"},
      {"36500 days ago", kWed, "1926-04-12"},
      {"007 days ago", kWed, "2026-03-11"},
      {"3    Days   AGO", kWed, "2026-03-15"},
  });
}

TEST_CASE("parse_when: YYYY-MM-DD and MM-DD", "[when]") {
  check_results({
      {"2026-03-01", kWed, "2026-03-01"},
      {"2026-11-02", kWed, "2026-11-02"},  // future days are the caller's business
      {"1900-01-01", kWed, "1900-01-01"},
      {"9999-12-31", kWed, "9999-12-31"},
      {"11-02", kWed, "2025-11-02"},
      {"03-18", kWed, "2026-03-18"},
      {"03-19", kWed, "2025-03-19"},
      {"01-01", kWed, "2026-01-01"},
  });
}

TEST_CASE("parse_when: times on their own mean today", "[when]") {
  check_results({
      {"21:30", kWed, "2026-03-18 21:30"},   {"0:05", kWed, "2026-03-18 00:05"},
      {"00:00", kWed, "2026-03-18 00:00"},   {"23:59", kWed, "2026-03-18 23:59"},
      {"09:30", kWed, "2026-03-18 09:30"},   {"9pm", kWed, "2026-03-18 21:00"},
      {"9am", kWed, "2026-03-18 09:00"},     {"9:30am", kWed, "2026-03-18 09:30"},
      {"9:30pm", kWed, "2026-03-18 21:30"},  {"9:30 pm", kWed, "2026-03-18 21:30"},
      {"9 pm", kWed, "2026-03-18 21:00"},    {"9  PM", kWed, "2026-03-18 21:00"},
      {"9PM", kWed, "2026-03-18 21:00"},     {"12am", kWed, "2026-03-18 00:00"},
      {"12pm", kWed, "2026-03-18 12:00"},    {"12:30am", kWed, "2026-03-18 00:30"},
      {"12:30pm", kWed, "2026-03-18 12:30"}, {"1am", kWed, "2026-03-18 01:00"},
      {"11:59pm", kWed, "2026-03-18 23:59"}, {"09am", kWed, "2026-03-18 09:00"},
  });
}

TEST_CASE("parse_when: a day followed by a time", "[when]") {
  check_results({
      {"today 9pm", kWed, "2026-03-18 21:00"},
      {"yesterday 21:30", kWed, "2026-03-17 21:30"},
      {"2026-03-01 9pm", kWed, "2026-03-01 21:00"},
      {"last monday 9:30 am", kWed, "2026-03-09 09:30"},
      {"-3d 0:05", kWed, "2026-03-15 00:05"},
      {"3 days ago 12pm", kWed, "2026-03-15 12:00"},
      {"fri 7am", kWed, "2026-03-13 07:00"},
      {"03-01 23:59", kWed, "2026-03-01 23:59"},
      {"  Yesterday   11:15PM  ", kWed, "2026-03-17 23:15"},
  });
}

TEST_CASE("parse_when: the generic error names the input and the accepted forms", "[when]") {
  CHECK(error_of("tomorow", kWed) ==
        "can't read 'tomorow' as a date; try today, yesterday, 3 days ago, -3d, monday, last "
        "monday, 2026-11-02 or 11-02, optionally followed by a time like 21:30 or 9pm");
  CHECK_THROWS_AS(parse_when("abc", day(kWed)), ipt::UsageError);
}

TEST_CASE("parse_when: unreadable input", "[when]") {
  check_errors({
      {"", kWed, "no date given; try today"},
      {"   ", kWed, "no date given; try today"},
      {"abc", kWed, "can't read 'abc' as a date"},
      {"-d", kWed, "can't read '-d' as a date"},
      {"pm", kWed, "can't read 'pm' as a date"},
      {"monday pm", kWed, "can't read 'monday pm' as a date"},
      {"today 9", kWed, "can't read 'today 9' as a date"},
      {"today yesterday", kWed, "can't read 'today yesterday' as a date"},
      {"next monday", kWed, "can't read 'next monday' as a date"},
      {"21:30 today", kWed, "can't read '21:30 today' as a date"},
      {"3 days", kWed, "can't read '3 days' as a date"},
      {"three days ago", kWed, "can't read 'three days ago' as a date"},
      {"20260302", kWed, "can't read '20260302' as a date"},
  });
}

TEST_CASE("parse_when: dates that are not real or not well formed", "[when]") {
  check_errors({
      {"2026-13-01", kWed, "not a real date: '2026-13-01'"},
      {"2026-02-30", kWed, "not a real date: '2026-02-30'"},
      {"2026-04-31", kWed, "not a real date: '2026-04-31'"},
      {"2026-00-10", kWed, "not a real date: '2026-00-10'"},
      {"2026-01-00", kWed, "not a real date: '2026-01-00'"},
      {"13-01", kWed, "not a real date: '13-01'"},
      {"02-30", kWed, "not a real date: '02-30'"},
      {"00-10", kWed, "not a real date: '00-10'"},
      {"2026-2-3", kWed,
       "write dates as YYYY-MM-DD or MM-DD, with two-digit months and days: "
       "'2026-2-3'"},
      {"3-4", kWed, "write dates as YYYY-MM-DD or MM-DD"},
      {"26-03-04", kWed, "write dates as YYYY-MM-DD or MM-DD"},
      {"1899-12-31", kWed, "year out of range: '1899-12-31' (years run from 1900 to 9999)"},
      {"0000-01-01", kWed, "year out of range: '0000-01-01'"},
  });
}

TEST_CASE("parse_when: times that are not real or not well formed", "[when]") {
  check_errors({
      {"25:00", kWed, "not a real time: '25:00' (hours run from 0 to 23)"},
      {"24:00", kWed, "not a real time: '24:00'"},
      {"today 12:60", kWed, "not a real time: '12:60' (minutes run from 00 to 59)"},
      {"9:5pm", kWed, "minutes need two digits: '9:5pm'"},
      {"21:5", kWed, "minutes need two digits: '21:5'"},
      {"9:5 pm", kWed, "minutes need two digits: '9:5 pm'"},
      {"13pm", kWed, "not a real time: '13pm' (with am or pm, hours run from 1 to 12)"},
      {"21:30pm", kWed, "not a real time: '21:30pm'"},
      {"0am", kWed, "not a real time: '0am'"},
      {"123:00", kWed, "can't read '123:00' as a time"},
      {"9:", kWed, "can't read '9:' as a time"},
      {"2026-11-02T21:30", kWed, "can't read '2026-11-02T21:30' as a time"},
  });
}

TEST_CASE("parse_when: last and counted days out of range", "[when]") {
  check_errors({
      {"last", kWed, "'last' needs a weekday after it, e.g. 'last monday'"},
      {"last 9pm", kWed, "'last' needs a weekday after it"},
      {"last foo", kWed, "'foo' is not a weekday in 'last foo'"},
      {"-36501d", kWed, "too far back: '-36501d' (at most 36500 days)"},
      {"36501 days ago", kWed, "too far back: '36501 days ago' (at most 36500 days)"},
      {"99999999999999999999 days ago", kWed, "too far back"},
      {"-1.5d", kWed, "the number of days must be a whole number from 0 to 36500: '-1.5d'"},
      {"1.5 days ago", kWed, "whole number from 0 to 36500: '1.5 days ago'"},
      {"-3 days ago", kWed, "whole number from 0 to 36500: '-3 days ago'"},
      {"3 weeks ago", kWed, "only days can be counted back: '3 weeks ago'"},
      {"2 months ago", kWed, "only days can be counted back"},
  });
}
