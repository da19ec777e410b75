// The year grid of ipt calendar and the focus periods it marks, on hand-made moods and focus
// histories: no journal, no clock.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/calendar.hpp"

using namespace ipt::domain;
using namespace std::literals::chrono_literals;

namespace {

Series year_of(std::chrono::year y, const std::vector<Sample>& samples) {
  return Series(year_period(y), samples);
}

/// The day's cell, found by its date.
const CalendarDay& cell(const Calendar& c, Date d) {
  const auto& m = c.months[static_cast<unsigned>(d.month()) - 1];
  return m.days.at(static_cast<unsigned>(d.day()) - 1);
}

/// The area in focus on `d`, 0 for none.
std::int64_t focus_on(const Calendar& c, Date d) {
  const auto& f = cell(c, d).focus;
  return f ? c.focus.at(*f).area_id : 0;
}

FocusChange change(std::optional<std::int64_t> area, Date day) {
  return {area, area ? "area " + std::to_string(*area) : "", AreaKind::dispute, day};
}

/// "1 2025-11-03..2026-02-14", "2 2026-02-15..": readable when a check fails.
std::vector<std::string> describe(const std::vector<FocusPeriod>& periods) {
  std::vector<std::string> out;
  for (const auto& p : periods)
    out.push_back(std::to_string(p.area_id) + " " + format_date(p.from) + ".." +
                  (p.to ? format_date(*p.to) : ""));
  return out;
}

constexpr Date kToday = 2026y / 6 / 10;

}  // namespace

TEST_CASE("calendar: every day of the year, each month starting under its weekday",
          "[unit][calendar]") {
  const auto cal = build_calendar(2026y, year_of(2026y, {}), {}, kToday);
  CHECK(cal.year == 2026y);
  int days = 0;
  for (unsigned m = 0; m < 12; ++m) {
    const auto& row = cal.months[m];
    CHECK(static_cast<unsigned>(row.month) == m + 1);
    REQUIRE_FALSE(row.days.empty());
    for (std::size_t i = 0; i < row.days.size(); ++i) {
      const auto& d = row.days[i];
      CHECK(d.day == 2026y / row.month / std::chrono::day{static_cast<unsigned>(i + 1)});
      // The column of a day, counted from the row's first cell, is its weekday (Monday 0).
      const int column = row.lead + static_cast<int>(i);
      CHECK(column % 7 ==
            static_cast<int>(std::chrono::weekday{std::chrono::sys_days{d.day}}.iso_encoding()) -
                1);
      CHECK(column < Calendar::kColumns);
      ++days;
    }
  }
  CHECK(days == 365);
  CHECK(cal.months[0].lead == 3);  // Thursday 2026-01-01
  CHECK(cal.months[1].days.size() == 28);
  CHECK(cal.months[1].lead == 6);  // Sunday 2026-02-01
}

TEST_CASE("calendar: a leap year has February 29 and 366 days", "[unit][calendar]") {
  const auto cal = build_calendar(2024y, year_of(2024y, {{2024y / 2 / 29, 4}}), {}, kToday);
  std::size_t days = 0;
  for (const auto& m : cal.months)
    days += m.days.size();
  CHECK(days == 366);
  REQUIRE(cal.months[1].days.size() == 29);
  CHECK(cal.months[0].lead == 0);  // Monday 2024-01-01
  CHECK(cal.months[1].lead == 3);  // Thursday 2024-02-01
  const auto& leap = cell(cal, 2024y / 2 / 29);
  REQUIRE(leap.mood);
  CHECK(leap.mood->mean == 4);
  CHECK(cal.months[2].days.front().day == 2024y / 3 / 1);
  CHECK_FALSE(cal.months[2].days.front().mood);
  // 2100 is not a leap year, 2000 was.
  CHECK(build_calendar(2100y, {}, {}, kToday).months[1].days.size() == 28);
  CHECK(build_calendar(2000y, {}, {}, kToday).months[1].days.size() == 29);
}

TEST_CASE("calendar: a year with no check-ins has every day blank", "[unit][calendar]") {
  // Check-ins the year before and after are not this year's.
  const std::vector<Sample> around{{2025y / 12 / 31, 3}, {2027y / 1 / 1, 9}};
  const auto cal = build_calendar(2026y, year_of(2026y, around), {}, kToday);
  for (const auto& m : cal.months) {
    for (const auto& d : m.days) {
      INFO(format_date(d.day));
      CHECK_FALSE(d.mood);
      CHECK_FALSE(d.focus);
    }
  }
  CHECK(cal.summary.days == 0);
  CHECK(cal.summary.count == 0);
  CHECK_FALSE(cal.summary.mean);
  CHECK(cal.focus.empty());
}

TEST_CASE("calendar: a day with several check-ins shows their mean, low and high",
          "[unit][calendar]") {
  const std::vector<Sample> moods{
      {2026y / 3 / 2, 5}, {2026y / 3 / 2, 8}, {2026y / 3 / 2, 6},
      {2026y / 3 / 2, 7}, {2026y / 3 / 3, 2},
  };
  const auto cal = build_calendar(2026y, year_of(2026y, moods), {}, kToday);
  const auto& two = cell(cal, 2026y / 3 / 2);
  REQUIRE(two.mood);
  CHECK(two.mood->mean == 6.5);
  CHECK(two.mood->min == 5);
  CHECK(two.mood->max == 8);
  CHECK(two.mood->count == 4);
  CHECK(mood_level(two.mood->mean) == 7);  // a half rounds up
  const auto& one = cell(cal, 2026y / 3 / 3);
  REQUIRE(one.mood);
  CHECK(one.mood->count == 1);
  CHECK(mood_level(one.mood->mean) == 2);
  CHECK_FALSE(cell(cal, 2026y / 3 / 4).mood);
  CHECK(cal.summary.days == 2);
  CHECK(cal.summary.count == 5);
  CHECK(*cal.summary.mean == Approx(28.0 / 5));
}

TEST_CASE("calendar: mood levels are whole, from 0 to 10", "[unit][calendar]") {
  CHECK(mood_level(0) == 0);
  CHECK(mood_level(0.49) == 0);
  CHECK(mood_level(0.5) == 1);
  CHECK(mood_level(6.49) == 6);
  CHECK(mood_level(9.5) == 10);
  CHECK(mood_level(10) == 10);
}

TEST_CASE("calendar: focus periods from the focus history", "[unit][calendar]") {
  SECTION("a period ends the day before the next change, and a resolve ends it") {
    const std::vector<FocusChange> h{change(1, 2026y / 1 / 5), change(2, 2026y / 2 / 1),
                                     change(std::nullopt, 2026y / 3 / 1), change(1, 2026y / 4 / 1)};
    CHECK(describe(focus_periods(h)) == std::vector<std::string>{"1 2026-01-05..2026-01-31",
                                                                 "2 2026-02-01..2026-02-28",
                                                                 "1 2026-04-01.."});
  }
  SECTION("the last change of a day is the day's focus") {
    const std::vector<FocusChange> h{change(1, 2026y / 1 / 5), change(2, 2026y / 1 / 9),
                                     change(3, 2026y / 1 / 9)};
    CHECK(describe(focus_periods(h)) ==
          std::vector<std::string>{"1 2026-01-05..2026-01-08", "3 2026-01-09.."});
  }
  SECTION("focusing the focus area again continues its period") {
    const std::vector<FocusChange> h{change(1, 2025y / 6 / 1), change(1, 2025y / 9 / 1),
                                     change(2, 2026y / 1 / 10)};
    CHECK(describe(focus_periods(h)) ==
          std::vector<std::string>{"1 2025-06-01..2026-01-09", "2 2026-01-10.."});
  }
  SECTION("no area, and nothing at all") {
    CHECK(focus_periods(std::vector<FocusChange>{change(std::nullopt, 2026y / 1 / 1)}).empty());
    CHECK(focus_periods({}).empty());
  }
  SECTION("a title and kind come along") {
    const auto p = focus_periods(
        std::vector<FocusChange>{{7, "Sam and the chores", AreaKind::transition, 2026y / 1 / 1}});
    REQUIRE(p.size() == 1);
    CHECK(p[0].title == "Sam and the chores");
    CHECK(p[0].kind == AreaKind::transition);
  }
}

TEST_CASE("calendar: a focus period crossing the year boundary marks both years",
          "[unit][calendar]") {
  const std::vector<FocusChange> h{change(1, 2025y / 11 / 3), change(2, 2026y / 2 / 15),
                                   change(std::nullopt, 2026y / 3 / 1), change(1, 2026y / 5 / 1)};
  const auto periods = focus_periods(h);

  const auto y2025 = build_calendar(2025y, year_of(2025y, {}), periods, kToday);
  REQUIRE(y2025.focus.size() == 1);
  CHECK(y2025.focus[0].from == 2025y / 11 / 3);  // whole, not cut at the year
  CHECK(y2025.focus[0].to == 2026y / 2 / 14);
  CHECK(focus_on(y2025, 2025y / 11 / 2) == 0);
  CHECK(focus_on(y2025, 2025y / 11 / 3) == 1);
  CHECK(focus_on(y2025, 2025y / 12 / 31) == 1);

  const auto y2026 = build_calendar(2026y, year_of(2026y, {}), periods, kToday);
  REQUIRE(y2026.focus.size() == 3);
  CHECK(y2026.focus[0].from == 2025y / 11 / 3);
  CHECK(focus_on(y2026, 2026y / 1 / 1) == 1);
  CHECK(focus_on(y2026, 2026y / 2 / 14) == 1);
  CHECK(focus_on(y2026, 2026y / 2 / 15) == 2);
  CHECK(focus_on(y2026, 2026y / 2 / 28) == 2);
  CHECK(focus_on(y2026, 2026y / 3 / 1) == 0);
  CHECK(focus_on(y2026, 2026y / 4 / 30) == 0);
  // Still the focus: marked up to today, not into the days to come.
  CHECK(focus_on(y2026, 2026y / 5 / 1) == 1);
  CHECK(focus_on(y2026, kToday) == 1);
  CHECK(focus_on(y2026, 2026y / 6 / 11) == 0);
  CHECK_FALSE(y2026.focus[2].to);

  // A later year has no focus yet; an earlier one had none.
  CHECK(build_calendar(2027y, year_of(2027y, {}), periods, kToday).focus.empty());
  CHECK(build_calendar(2024y, year_of(2024y, {}), periods, kToday).focus.empty());
}
