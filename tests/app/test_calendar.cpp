// ipt calendar's use case on an in-memory journal: the year of today by default, the year's
// check-ins only, and the focus periods the area commands recorded.
#include <catch2/catch.hpp>

#include "app/areas.hpp"
#include "app/calendar.hpp"
#include "app/fixture.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;

namespace {

const domain::CalendarDay& cell(const domain::Calendar& c, domain::Date d) {
  return c.months[static_cast<unsigned>(d.month()) - 1].days.at(static_cast<unsigned>(d.day()) - 1);
}

std::int64_t add_area(App& app, domain::AreaKind kind, const std::string& title) {
  app::AreaInput in;
  in.kind = kind;
  in.title = title;
  return app::add_area(app.journal, in).area.id;
}

}  // namespace

TEST_CASE("app calendar: this year by default, by the journal's clock", "[app][calendar]") {
  App app;
  app.checkin(6);
  const auto cal = app::year_calendar(app.journal, std::nullopt);
  CHECK(cal.year == 2026y);
  REQUIRE(cell(cal, kToday).mood);
  CHECK(cell(cal, kToday).mood->mean == 6);
  app.clock.set_day(2027y / 1 / 1);
  CHECK(app::year_calendar(app.journal, std::nullopt).year == 2027y);
}

TEST_CASE("app calendar: the year's check-in moods only, several a day made one",
          "[app][calendar]") {
  App app;
  app.checkin(2, 2025y / 12 / 31);
  app.checkin(5, 2026y / 1 / 1);
  app.checkin(8, 2026y / 1 / 1);
  app.event("a talk", {"Sam"}, 2, 2026y / 1 / 2);  // an event has no mood
  app.clock.set_day(2027y / 1 / 2);
  app.checkin(9, 2027y / 1 / 1);
  app.clock.set_day(kToday);
  const auto cal = app::year_calendar(app.journal, 2026);
  const auto& first = cell(cal, 2026y / 1 / 1);
  REQUIRE(first.mood);
  CHECK(first.mood->mean == 6.5);
  CHECK(first.mood->count == 2);
  CHECK_FALSE(cell(cal, 2026y / 1 / 2).mood);
  CHECK(cal.summary.days == 1);
  CHECK(cal.summary.count == 2);
  const auto last_year = app::year_calendar(app.journal, 2025);
  CHECK(last_year.summary.days == 1);
  REQUIRE(cell(last_year, 2025y / 12 / 31).mood);
  CHECK(cell(last_year, 2025y / 12 / 31).mood->mean == 2);
  CHECK(app::year_calendar(app.journal, 1999).summary.days == 0);
}

TEST_CASE("app calendar: the focus periods the area commands recorded", "[app][calendar]") {
  App app;
  app.clock.set_day(2025y / 11 / 3);
  const auto dispute = add_area(app, domain::AreaKind::dispute, "Sam and the chores");
  app.clock.set_day(2026y / 1 / 10);
  const auto job = add_area(app, domain::AreaKind::transition, "new job");
  app::focus_area(app.journal, job);
  app.clock.set_day(2026y / 2 / 1);
  app::resolve_area(app.journal, job, std::nullopt);
  app.clock.set_day(kToday);

  const auto cal = app::year_calendar(app.journal, 2026);
  REQUIRE(cal.focus.size() == 2);
  CHECK(cal.focus[0].area_id == dispute);
  CHECK(cal.focus[0].title == "Sam and the chores");
  CHECK(cal.focus[0].from == 2025y / 11 / 3);
  CHECK(cal.focus[0].to == 2026y / 1 / 9);
  CHECK(cal.focus[1].area_id == job);
  CHECK(cal.focus[1].kind == domain::AreaKind::transition);
  CHECK(cal.focus[1].to == 2026y / 1 / 31);
  CHECK(cell(cal, 2026y / 1 / 9).focus == 0u);
  CHECK(cell(cal, 2026y / 1 / 10).focus == 1u);
  CHECK_FALSE(cell(cal, 2026y / 2 / 1).focus);
  CHECK(app::year_calendar(app.journal, 2025).focus.size() == 1);
}
