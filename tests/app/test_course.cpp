// The course of therapy: one open at a time, its shape, and the phase the calendar (or a pin)
// gives on each day.
#include <catch2/catch.hpp>

#include "app/areas.hpp"
#include "app/course.hpp"
#include "app/fixture.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;
using domain::Phase;

namespace {

// A Monday before kToday: week k of a course started then begins on kStart + 7 (k - 1).
constexpr domain::Date kStart = 2026y / 3 / 2;

domain::Date week_start(int k) {
  return domain::add_days(kStart, 7 * (k - 1));
}

}  // namespace

TEST_CASE("app course: start takes today by default, or an earlier day", "[app][course]") {
  App app;
  const auto c = app::start_course(app.journal, std::nullopt, {});
  CHECK(c.start == kToday);
  CHECK(c.weeks == domain::kDefaultWeeks);
  CHECK(c.initial_weeks == domain::kDefaultInitialWeeks);
  CHECK(c.termination_weeks == domain::kDefaultTerminationWeeks);
  CHECK_FALSE(c.end);
  CHECK(c.uuid == nth_uuid(1));
  const auto all = app::list_courses(app.journal);
  REQUIRE(all.size() == 1);
  CHECK(all[0].id == c.id);
  CHECK(all[0].start == kToday);

  App other;
  app::CourseShape shape;
  shape.weeks = 12;
  shape.initial_weeks = 2;
  shape.termination_weeks = 4;
  const auto shaped = app::start_course(other.journal, on(kStart), shape);
  CHECK(shaped.start == kStart);
  CHECK(shaped.weeks == 12);
  CHECK(shaped.initial_weeks == 2);
  CHECK(shaped.termination_weeks == 4);
}

TEST_CASE("app course: a future start, a bad shape and a second open course are refused",
          "[app][course]") {
  App app;
  CHECK_THROWS_AS(app::start_course(app.journal, on(domain::add_days(kToday, 1)), {}), UsageError);
  app::CourseShape no_middle;
  no_middle.weeks = 6;
  no_middle.initial_weeks = 3;
  no_middle.termination_weeks = 3;
  CHECK_THROWS_AS(app::start_course(app.journal, std::nullopt, no_middle), UsageError);
  app::CourseShape too_short;
  too_short.weeks = 3;
  CHECK_THROWS_AS(app::start_course(app.journal, std::nullopt, too_short), UsageError);
  CHECK(app::list_courses(app.journal).empty());

  app::start_course(app.journal, on(kStart), {});
  CHECK_THROWS_MATCHES(app::start_course(app.journal, std::nullopt, {}), RuntimeFailure,
                       HasCode(Errc::course_already_open));
  CHECK(app::list_courses(app.journal).size() == 1);
}

TEST_CASE("app course: end, not before the start, then another may start", "[app][course]") {
  App app;
  CHECK_THROWS_MATCHES(app::end_course(app.journal, std::nullopt), RuntimeFailure,
                       HasCode(Errc::no_open_course));
  app::start_course(app.journal, on(kStart), {});

  CHECK_THROWS_AS(app::end_course(app.journal, on(domain::add_days(kStart, -1))), UsageError);
  CHECK_FALSE(app::list_courses(app.journal)[0].end);
  CHECK_THROWS_AS(app::end_course(app.journal, on(domain::add_days(kToday, 1))), UsageError);
  CHECK_FALSE(app::list_courses(app.journal)[0].end);

  const auto ended = app::end_course(app.journal, std::nullopt);
  REQUIRE(ended.end);
  CHECK(*ended.end == kToday);
  CHECK_THROWS_MATCHES(app::end_course(app.journal, std::nullopt), RuntimeFailure,
                       HasCode(Errc::no_open_course));

  const auto next = app::start_course(app.journal, std::nullopt, {});
  CHECK(next.start == kToday);
  CHECK(app::list_courses(app.journal).size() == 2);

  // The start day itself is a valid end: a course of one day.
  app.clock.set_day(domain::add_days(kToday, 3));
  CHECK(*app::end_course(app.journal, on(kToday)).end == kToday);
}

TEST_CASE("app course: edit changes the open course's shape and first day", "[app][course]") {
  App app;
  app::CourseShape none;
  CHECK_THROWS_MATCHES(app::edit_course(app.journal, none, std::nullopt), RuntimeFailure,
                       HasCode(Errc::no_open_course));
  app::start_course(app.journal, std::nullopt, {});

  app::CourseShape shape;
  shape.weeks = 20;
  shape.termination_weeks = 4;
  const auto edited = app::edit_course(app.journal, shape, on(kStart));
  CHECK(edited.weeks == 20);
  CHECK(edited.initial_weeks == domain::kDefaultInitialWeeks);  // not given: kept
  CHECK(edited.termination_weeks == 4);
  CHECK(edited.start == kStart);
  const auto stored = app::list_courses(app.journal).at(0);
  CHECK(stored.weeks == 20);
  CHECK(stored.termination_weeks == 4);
  CHECK(stored.start == kStart);

  // A shape leaving no middle week, and a future first day, change nothing.
  app::CourseShape bad;
  bad.initial_weeks = 16;
  CHECK_THROWS_AS(app::edit_course(app.journal, bad, std::nullopt), UsageError);
  CHECK_THROWS_AS(app::edit_course(app.journal, {}, on(domain::add_days(kToday, 1))), UsageError);
  const auto after = app::list_courses(app.journal).at(0);
  CHECK(after.initial_weeks == domain::kDefaultInitialWeeks);
  CHECK(after.start == kStart);
}

TEST_CASE("app course: the phase follows the calendar week", "[app][course][phase]") {
  App app;
  // No course: no phase.
  auto v = app::course_view(app.journal);
  CHECK(v.today == kToday);
  CHECK_FALSE(v.course);
  CHECK_FALSE(v.status);
  CHECK(v.phase == Phase::none);

  app::start_course(app.journal, on(kStart), {});  // 16 weeks: 3 initial, 3 termination
  struct Case {
    domain::Date day;
    int week;
    int weeks_left;
    Phase phase;
  };
  const Case cases[] = {
      {kToday, 1, 15, Phase::initial},
      {domain::add_days(week_start(3), 6), 3, 13, Phase::initial},
      {week_start(4), 4, 12, Phase::middle},
      {domain::add_days(week_start(13), 6), 13, 3, Phase::middle},
      {week_start(14), 14, 2, Phase::termination},
      {domain::add_days(week_start(16), 6), 16, 0, Phase::termination},
      {week_start(17), 17, 0, Phase::maintenance},
  };
  for (const auto& c : cases) {
    INFO(domain::format_date(c.day));
    app.clock.set_day(c.day);
    v = app::course_view(app.journal);
    CHECK(v.today == c.day);
    CHECK(v.phase == c.phase);
    REQUIRE(v.status);
    CHECK(v.status->week == c.week);
    CHECK(v.status->weeks == 16);
    CHECK(v.status->weeks_left == c.weeks_left);
    CHECK(v.status->phase == c.phase);
    CHECK_FALSE(v.status->pinned);
    CHECK_FALSE(v.status->ended);
  }
  REQUIRE(v.dates);
  CHECK(v.dates->initial == kStart);
  CHECK(v.dates->middle == week_start(4));
  CHECK(v.dates->termination == week_start(14));
  CHECK(v.dates->maintenance == week_start(17));
}

TEST_CASE("app course: an ended course is maintenance, and the view names the focus area",
          "[app][course][phase]") {
  App app;
  app::AreaInput area;
  area.kind = domain::AreaKind::transition;
  area.title = "new job";
  const auto focus = app::add_area(app.journal, area).area.id;

  app::start_course(app.journal, on(kStart), {});
  app.clock.set_day(week_start(5));
  app::end_course(app.journal, std::nullopt);
  const auto v = app::course_view(app.journal);
  REQUIRE(v.course);
  CHECK(v.course->end == week_start(5));
  CHECK(v.phase == Phase::maintenance);
  REQUIRE(v.status);
  CHECK(v.status->ended);
  REQUIRE(v.focus);
  CHECK(v.focus->id == focus);
  CHECK(v.focus->title == "new job");
}

TEST_CASE("app course: a pinned phase holds on every day until unpinned", "[app][course][phase]") {
  App app;
  app::start_course(app.journal, on(kStart), {});
  app::pin_phase(app.journal, Phase::middle);

  for (const auto day : {kToday, week_start(15), week_start(20)}) {
    INFO(domain::format_date(day));
    app.clock.set_day(day);
    const auto v = app::course_view(app.journal);
    CHECK(v.pin == Phase::middle);
    CHECK(v.phase == Phase::middle);
    REQUIRE(v.status);
    CHECK(v.status->pinned);
    CHECK(v.status->phase == Phase::middle);
  }

  app.clock.set_day(kToday);
  app::pin_phase(app.journal, Phase::termination);
  CHECK(app::course_view(app.journal).phase == Phase::termination);

  app::pin_phase(app.journal, std::nullopt);
  const auto v = app::course_view(app.journal);
  CHECK_FALSE(v.pin);
  CHECK(v.phase == Phase::initial);
  CHECK_FALSE(v.status->pinned);
}
