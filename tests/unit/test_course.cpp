#include <catch2/catch.hpp>

#include "domain/course.hpp"
#include "domain/errors.hpp"

using namespace ipt;
using namespace ipt::domain;
using namespace std::chrono;

namespace {

Course course16() {
  Course c;
  c.start = 2026y / 10 / 1;  // a Thursday
  return c;                  // 16 weeks: 3 initial, 3 termination
}

}  // namespace

TEST_CASE("course: weeks are 7-day periods from the first day", "[course]") {
  const auto c = course16();
  CHECK(course_week(c, 2026y / 9 / 30) == 0);
  CHECK(course_week(c, 2026y / 10 / 1) == 1);
  CHECK(course_week(c, 2026y / 10 / 7) == 1);
  CHECK(course_week(c, 2026y / 10 / 8) == 2);
  CHECK(course_week(c, 2027y / 1 / 20) == 16);
  CHECK(course_week(c, 2027y / 1 / 21) == 17);
}

TEST_CASE("course: the phase at every boundary", "[course][phase]") {
  const auto c = course16();
  struct Row {
    Date day;
    Phase phase;
  };
  const Row rows[] = {
      {2026y / 9 / 30, Phase::none},          // before the first day
      {2026y / 10 / 1, Phase::initial},       // week 1
      {2026y / 10 / 21, Phase::initial},      // last day of week 3
      {2026y / 10 / 22, Phase::middle},       // week 4
      {2026y / 12 / 30, Phase::middle},       // last day of week 13
      {2026y / 12 / 31, Phase::termination},  // week 14
      {2027y / 1 / 20, Phase::termination},   // last day of week 16
      {2027y / 1 / 21, Phase::maintenance},   // past the planned length
      {2028y / 2 / 29, Phase::maintenance},
  };
  for (const auto& r : rows) {
    INFO(format_date(r.day));
    CHECK(current_phase(c, r.day, std::nullopt) == r.phase);
  }
}

TEST_CASE("course: no course is none, an ended course is maintenance, a pin wins", "[phase]") {
  CHECK(current_phase(std::nullopt, 2026y / 10 / 1, std::nullopt) == Phase::none);
  CHECK(current_phase(std::nullopt, 2026y / 10 / 1, Phase::middle) == Phase::middle);
  auto c = course16();
  c.end = 2026y / 11 / 15;
  CHECK(current_phase(c, 2026y / 11 / 14, std::nullopt) == Phase::middle);
  CHECK(current_phase(c, 2026y / 11 / 15, std::nullopt) == Phase::maintenance);
  CHECK(current_phase(c, 2026y / 11 / 15, Phase::termination) == Phase::termination);
  CHECK(current_phase(course16(), 2026y / 10 / 2, Phase::maintenance) == Phase::maintenance);
}

TEST_CASE("course: other shapes", "[course][phase]") {
  Course c = course16();
  c.weeks = 8;
  c.initial_weeks = 2;
  c.termination_weeks = 2;
  CHECK(phase_of_week(c, 2) == Phase::initial);
  CHECK(phase_of_week(c, 3) == Phase::middle);
  CHECK(phase_of_week(c, 6) == Phase::middle);
  CHECK(phase_of_week(c, 7) == Phase::termination);
  CHECK(phase_of_week(c, 8) == Phase::termination);
  CHECK(phase_of_week(c, 9) == Phase::maintenance);
  c.weeks = 4;
  c.initial_weeks = 1;
  c.termination_weeks = 1;
  CHECK(phase_of_week(c, 1) == Phase::initial);
  CHECK(phase_of_week(c, 2) == Phase::middle);
  CHECK(phase_of_week(c, 3) == Phase::middle);
  CHECK(phase_of_week(c, 4) == Phase::termination);
}

TEST_CASE("course: status and phase dates", "[course]") {
  const auto c = course16();
  const auto s = course_status(c, 2026y / 11 / 26, std::nullopt);
  CHECK(s.week == 9);
  CHECK(s.weeks == 16);
  CHECK(s.weeks_left == 7);
  CHECK(s.phase == Phase::middle);
  CHECK_FALSE(s.pinned);
  CHECK(course_status(c, 2027y / 1 / 20, std::nullopt).weeks_left == 0);
  CHECK(course_status(c, 2027y / 3 / 1, std::nullopt).weeks_left == 0);
  const auto d = phase_dates(c);
  CHECK(d.initial == 2026y / 10 / 1);
  CHECK(d.middle == 2026y / 10 / 22);
  CHECK(d.termination == 2026y / 12 / 31);
  CHECK(d.maintenance == 2027y / 1 / 21);
}

TEST_CASE("course: the shape is checked", "[course]") {
  CHECK_NOTHROW(check_course_shape(16, 3, 3));
  CHECK_NOTHROW(check_course_shape(4, 1, 1));
  CHECK_NOTHROW(check_course_shape(52, 3, 3));
  CHECK_THROWS_AS(check_course_shape(3, 1, 1), UsageError);
  CHECK_THROWS_AS(check_course_shape(53, 3, 3), UsageError);
  CHECK_THROWS_AS(check_course_shape(16, 0, 3), UsageError);
  CHECK_THROWS_AS(check_course_shape(16, 8, 8), UsageError);  // no middle left
  CHECK_THROWS_WITH(check_course_shape(2, 1, 1), Catch::Contains("4 to 52"));
}

TEST_CASE("course: phase names round-trip", "[phase]") {
  for (auto name : phase_names())
    CHECK(to_string(*phase_from(name)) == name);
  CHECK_FALSE(phase_from("later"));
}
