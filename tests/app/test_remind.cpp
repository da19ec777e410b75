// What `ipt remind` finds due: a check-in today; with --weekly, the week's reflection from the
// configured weekday on, until that week has an answer, and the questionnaires by the rule
// `ipt check` shows. kToday is Wednesday 2026-03-04, in the week of Monday 2026-03-02.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/course.hpp"
#include "app/fixture.hpp"
#include "app/reflect.hpp"
#include "app/remind.hpp"
#include "app/safety.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;

namespace {

constexpr domain::Date kMonday = 2026y / 3 / 2;
constexpr domain::Date kFriday = 2026y / 3 / 6;
constexpr domain::Date kSunday = 2026y / 3 / 8;

app::RemindRules weekly(int day = 7) {
  app::RemindRules r;
  r.weekly = true;
  r.weekly_day = day;
  return r;
}

/// An answer to one prompt of the week containing `day`, given on `day`.
void answer_week(App& a, domain::Date day) {
  a.clock.set_day(day);
  app::WeekPrompts w;
  w.week = domain::week_containing(day, std::nullopt);
  app::save_answers(a.journal, w, {{"week-review", "How was your week?", "calmer than I feared"}});
}

void take(App& a, domain::Scale s, domain::Date day) {
  domain::Measure m;
  m.scale = s;
  m.answers.assign(domain::item_count(s), 1);
  app::record_measure(a.journal, m, on(day));
}

}  // namespace

TEST_CASE("remind: a check-in is due until today has one, whatever other days hold",
          "[app][remind]") {
  App a;
  CHECK(app::whats_due(a.journal, kToday, {}).checkin);
  a.checkin(6, domain::add_days(kToday, -1));
  CHECK(app::whats_due(a.journal, kToday, {}).checkin);
  a.event("talked with Sam", {"Sam"}, 1, kToday);  // an event is not a check-in
  CHECK(app::whats_due(a.journal, kToday, {}).checkin);
  a.checkin(4, kToday);
  const auto due = app::whats_due(a.journal, kToday, {});
  CHECK_FALSE(due.checkin);
  CHECK_FALSE(due.any());
}

TEST_CASE("remind: without weekly neither the reflection nor a questionnaire is looked at",
          "[app][remind]") {
  App a;
  a.checkin(6, kMonday);
  app::RemindRules daily;
  daily.weekly_day = 1;
  const auto due = app::whats_due(a.journal, kToday, daily);
  CHECK(due.checkin);
  CHECK_FALSE(due.reflection);
  CHECK(due.measures.empty());
}

TEST_CASE("remind: the week's reflection is due from its weekday on, until the week has an answer",
          "[app][remind]") {
  App a;
  a.checkin(6, kMonday);
  CHECK_FALSE(app::whats_due(a.journal, kToday, weekly(5)).reflection);  // Wednesday
  const auto friday = app::whats_due(a.journal, kFriday, weekly(5));
  REQUIRE(friday.reflection);
  CHECK(friday.reflection->week.start == kMonday);
  CHECK_FALSE(friday.reflection->previous);
  CHECK(app::whats_due(a.journal, kSunday, weekly(5)).reflection);
  CHECK(app::whats_due(a.journal, kToday, weekly(3)).reflection);  // on the day itself
  answer_week(a, kFriday);
  CHECK_FALSE(app::whats_due(a.journal, kSunday, weekly(5)).reflection);
}

TEST_CASE("remind: early in a week, an unanswered last week is the one to reflect on",
          "[app][remind]") {
  App a;
  a.checkin(6, kMonday);
  const auto next_tuesday = domain::add_days(kMonday, 8);
  const auto due = app::whats_due(a.journal, next_tuesday, weekly(7));
  REQUIRE(due.reflection);
  CHECK(due.reflection->previous);
  CHECK(due.reflection->week.start == kMonday);
  // Once last week is answered, this week's Sunday has not come yet: nothing.
  answer_week(a, kSunday);
  CHECK_FALSE(app::whats_due(a.journal, next_tuesday, weekly(7)).reflection);
  // By Thursday the week is this one, whatever last week holds.
  App b;
  b.checkin(6, kMonday);
  const auto next_thursday = domain::add_days(kMonday, 10);
  CHECK_FALSE(app::whats_due(b.journal, next_thursday, weekly(7)).reflection);
  CHECK(app::whats_due(b.journal, next_thursday, weekly(4)).reflection);
}

TEST_CASE("remind: someone who has just begun is not asked about the week before they did",
          "[app][remind]") {
  App a;
  const auto tuesday = domain::add_days(kMonday, 1);
  a.checkin(6, tuesday);
  // Wednesday: in its first three days this week would give way to last week, but nothing was
  // logged then; this week's Sunday has not come.
  CHECK_FALSE(app::whats_due(a.journal, kToday, weekly(7)).reflection);
  App b;
  b.checkin(6, domain::add_days(kMonday, -3));
  b.checkin(6, tuesday);
  const auto due = app::whats_due(b.journal, kToday, weekly(7));
  REQUIRE(due.reflection);
  CHECK(due.reflection->previous);
}

TEST_CASE("remind: the questionnaires are due as ipt check says", "[app][remind]") {
  App a;
  using domain::Scale;
  // Never taken, no course: both due now.
  CHECK(app::whats_due(a.journal, kToday, weekly()).measures ==
        std::vector<Scale>{Scale::phq9, Scale::gad7});
  take(a, Scale::phq9, domain::add_days(kToday, -7));
  CHECK(app::whats_due(a.journal, kToday, weekly()).measures == std::vector<Scale>{Scale::gad7});
  take(a, Scale::gad7, kToday);
  CHECK(app::whats_due(a.journal, kToday, weekly()).measures.empty());
  // Four weeks after the PHQ-9 it is due again; check_every_weeks changes how often.
  const auto later = domain::add_days(kToday, 21);
  CHECK(app::whats_due(a.journal, later, weekly()).measures == std::vector<Scale>{Scale::phq9});
  auto every_six = weekly();
  every_six.check_every_weeks = 6;
  CHECK(app::whats_due(a.journal, later, every_six).measures.empty());
  // The rule is measures_due's, over the same history: the two never disagree.
  for (const auto& d :
       app::measures_due(app::measure_history(a.journal), app::open_course(a.journal), later, 4)) {
    const auto due = app::whats_due(a.journal, later, weekly()).measures;
    CHECK((d.due <= later) == (std::find(due.begin(), due.end(), d.scale) != due.end()));
  }
}

TEST_CASE("remind: a course's start brings the questionnaires due again", "[app][remind]") {
  App a;
  take(a, domain::Scale::phq9, domain::add_days(kToday, -3));
  take(a, domain::Scale::gad7, domain::add_days(kToday, -3));
  CHECK(app::whats_due(a.journal, kToday, weekly()).measures.empty());
  app::start_course(a.journal, on(domain::add_days(kToday, -1)), {});
  CHECK(app::whats_due(a.journal, kToday, weekly()).measures.size() == 2);
}

TEST_CASE("remind: the reflection's day is the weekday's first day in the week", "[app][remind]") {
  const domain::WeekSpan calendar{kMonday, kSunday, std::nullopt};
  CHECK(app::reflection_due_from(calendar, 1) == kMonday);
  CHECK(app::reflection_due_from(calendar, 5) == kFriday);
  CHECK(app::reflection_due_from(calendar, 7) == kSunday);
  // A course week that begins on a Wednesday.
  const domain::WeekSpan course{kToday, domain::add_days(kToday, 6), 1};
  CHECK(app::reflection_due_from(course, 3) == kToday);
  CHECK(app::reflection_due_from(course, 7) == kSunday);
  CHECK(app::reflection_due_from(course, 2) == domain::add_days(kToday, 6));
}

TEST_CASE("remind: by default the reflection is due on a calendar week's last day",
          "[app][remind]") {
  CHECK(app::default_weekly_day(1) == 7);  // Monday to Sunday
  CHECK(app::default_weekly_day(7) == 6);  // Sunday to Saturday
  CHECK(app::default_weekly_day(6) == 5);
  CHECK(app::default_weekly_day(2) == 1);
}
