// week_containing and build_context on hand-made weeks: the conditions and placeholders of
// prompts/README.md.
#include <initializer_list>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/week.hpp"

using namespace ipt::domain;
using namespace std::literals::chrono_literals;

namespace {

constexpr Date kMonday = 2026y / 11 / 23;  // the week reflected on: 2026-11-23 .. 2026-11-29

Course course16() {
  Course c;
  c.start = 2026y / 10 / 1;  // a Thursday; 16 weeks
  return c;
}

Entry checkin(Date day, int mood) {
  Entry e;
  e.day = day;
  e.body = Checkin{mood, {}, {}, {}, {}};
  return e;
}

Entry event(Date day, EventKind kind, int impact, std::vector<std::string> people = {},
            std::string text = "something happened") {
  Entry e;
  e.day = day;
  Event ev;
  ev.kind = kind;
  ev.impact = impact;
  ev.text = std::move(text);
  e.body = std::move(ev);
  e.people = std::move(people);
  return e;
}

Date day(int offset) {
  return add_days(kMonday, offset);  // 0 = Monday ... 6 = Sunday
}

// A Monday week without a course, the middle phase.
WeekData base() {
  WeekData w;
  w.week = week_containing(kMonday, std::nullopt);
  w.phase = Phase::middle;
  return w;
}

// One check-in a day from the week's first day (or `first_offset` days from it: -7 is the
// week before), a second one a day after the seventh value, and so on: every value stays
// inside its week.
std::vector<Entry> moods(std::initializer_list<int> values, int first_offset = 0) {
  std::vector<Entry> out;
  int i = 0;
  for (int m : values)
    out.push_back(checkin(day(first_offset + i++ % 7), m));
  return out;
}

bool holds(const WeekData& w, Condition c) {
  return build_context(w).conditions.count(c) > 0;
}

std::optional<std::string> value(const WeekData& w, const std::string& name) {
  const auto ctx = build_context(w);
  const auto it = ctx.values.find(name);
  return it == ctx.values.end() ? std::nullopt : std::optional(it->second);
}

}  // namespace

TEST_CASE("week: course weeks count from the course's first day", "[week]") {
  const auto c = std::optional(course16());
  auto w = week_containing(2026y / 11 / 26, c);
  CHECK(w.start == 2026y / 11 / 26);
  CHECK(w.end == 2026y / 12 / 2);
  CHECK(w.course_week == 9);
  w = week_containing(2026y / 10 / 1, c);
  CHECK((w.start == 2026y / 10 / 1 && w.end == 2026y / 10 / 7 && w.course_week == 1));
  w = week_containing(2026y / 10 / 7, c);
  CHECK((w.start == 2026y / 10 / 1 && w.course_week == 1));
  w = week_containing(2026y / 10 / 8, c);
  CHECK((w.start == 2026y / 10 / 8 && w.course_week == 2));
  w = week_containing(2027y / 1 / 22, c);  // past the planned 16 weeks: still course weeks
  CHECK((w.start == 2027y / 1 / 21 && w.course_week == 17));
  // Before the course starts, or once it has ended: Monday to Sunday.
  w = week_containing(2026y / 9 / 30, c);
  CHECK((w.start == 2026y / 9 / 28 && w.end == 2026y / 10 / 4 && !w.course_week));
  auto ended = course16();
  ended.end = 2026y / 11 / 1;
  w = week_containing(2026y / 11 / 26, ended);
  CHECK((w.start == 2026y / 11 / 23 && !w.course_week));
}

TEST_CASE("week: without a course, weeks run Monday to Sunday", "[week]") {
  for (int i = 0; i < 7; ++i) {
    const auto w = week_containing(::day(i), std::nullopt);
    CHECK(w.start == kMonday);
    CHECK(w.end == 2026y / 11 / 29);
    CHECK_FALSE(w.course_week);
  }
  const auto sunday = week_containing(2026y / 11 / 29, std::nullopt);
  CHECK(sunday.start == 2026y / 11 / 23);
  const auto next_monday = week_containing(2026y / 11 / 30, std::nullopt);
  CHECK(next_monday.start == 2026y / 11 / 30);
  const auto new_year = week_containing(2027y / 1 / 1, std::nullopt);  // a Friday
  CHECK(new_year.start == 2026y / 12 / 28);
  CHECK(new_year.end == 2027y / 1 / 3);
  CHECK(weekday_name(2026y / 11 / 23) == "Monday");
  CHECK(weekday_name(2026y / 11 / 29) == "Sunday");
}

TEST_CASE("week: mood_down and mood_up need a whole point against the week before", "[week]") {
  auto w = base();
  w.entries = moods({5, 6});       // 5.5
  w.previous = moods({6, 7}, -7);  // 6.5: exactly 1 lower
  CHECK(holds(w, Condition::mood_down));
  CHECK_FALSE(holds(w, Condition::mood_up));
  w.entries = moods({6, 7});
  w.previous = moods({5, 6}, -7);
  CHECK(holds(w, Condition::mood_up));
  CHECK_FALSE(holds(w, Condition::mood_down));
  w.entries = moods({5, 5, 5, 5, 5, 5, 5, 5, 5, 6});  // 5.1 against 6: 0.9 lower
  w.previous = moods({6}, -7);
  CHECK_FALSE(holds(w, Condition::mood_down));
  w.entries = moods({7, 7, 7, 7, 7, 7, 7, 7, 7, 6});  // 6.9 against 6: 0.9 higher
  CHECK_FALSE(holds(w, Condition::mood_up));
  w.previous.clear();  // nothing to compare with
  w.entries = moods({1});
  CHECK_FALSE(holds(w, Condition::mood_down));
}

TEST_CASE("week: low_day is a day with a mean mood of 3 or less", "[week]") {
  auto w = base();
  w.entries = moods({6, 3, 7});
  CHECK(holds(w, Condition::low_day));
  w.entries = moods({6, 4, 7});
  CHECK_FALSE(holds(w, Condition::low_day));
  w.entries = {checkin(day(1), 2), checkin(day(1), 5)};  // the day's mean is 3.5
  CHECK_FALSE(holds(w, Condition::low_day));
}

TEST_CASE("week: few_checkins counts days, not check-ins", "[week]") {
  auto w = base();
  CHECK(holds(w, Condition::few_checkins));
  w.entries = moods({5, 5});
  CHECK(holds(w, Condition::few_checkins));
  w.entries.push_back(checkin(day(1), 6));  // a third check-in, on the same day
  CHECK(holds(w, Condition::few_checkins));
  w.entries = moods({5, 5, 5});
  CHECK_FALSE(holds(w, Condition::few_checkins));
}

TEST_CASE("week: event conditions: conflict, support, avoidance, no_events", "[week]") {
  auto w = base();
  CHECK(holds(w, Condition::no_events));
  for (auto c : {Condition::conflict, Condition::support, Condition::avoidance})
    CHECK_FALSE(holds(w, c));
  w.entries = {event(day(2), EventKind::talk, 0, {"Sam"})};
  CHECK_FALSE(holds(w, Condition::no_events));
  CHECK_FALSE(holds(w, Condition::conflict));
  w.entries.push_back(event(day(3), EventKind::conflict, -2, {"Sam"}));
  CHECK(holds(w, Condition::conflict));
  CHECK_FALSE(holds(w, Condition::support));
  w.entries.push_back(event(day(4), EventKind::support, 2, {"Alex"}));
  CHECK(holds(w, Condition::support));
  CHECK_FALSE(holds(w, Condition::avoidance));
  w.entries.push_back(event(day(5), EventKind::avoidance, -1));
  CHECK(holds(w, Condition::avoidance));
  // Last week's events do not count for this week.
  auto quiet = base();
  quiet.previous = {event(day(-3), EventKind::conflict, -3, {"Sam"})};
  CHECK(holds(quiet, Condition::no_events));
  CHECK_FALSE(holds(quiet, Condition::conflict));
}

TEST_CASE("week: isolated only when someone is in the inner circle", "[week]") {
  auto w = base();
  w.entries = {event(day(1), EventKind::talk, 0, {"Alex"})};
  CHECK_FALSE(holds(w, Condition::isolated));  // nobody placed in the inner circle
  w.inner_circle = {"sam"};
  CHECK(holds(w, Condition::isolated));
  w.entries.push_back(event(day(2), EventKind::talk, 0, {"SAM"}));  // names fold case
  CHECK_FALSE(holds(w, Condition::isolated));
}

TEST_CASE("week: new_person and stage_changed", "[week]") {
  auto w = base();
  CHECK_FALSE(holds(w, Condition::new_person));
  w.new_people = {"Robin"};
  CHECK(holds(w, Condition::new_person));

  Area a;
  a.kind = AreaKind::dispute;
  a.title = "with Sam";
  a.stage = DisputeStage::impasse;
  a.stages = {{DisputeStage::impasse, day(2)}};  // the first stage, set this week
  w.focus = a;
  CHECK_FALSE(holds(w, Condition::stage_changed));
  w.focus->stages = {{DisputeStage::renegotiation, 2026y / 10 / 1},
                     {DisputeStage::impasse, day(-3)}};  // changed the week before
  CHECK_FALSE(holds(w, Condition::stage_changed));
  w.focus->stages.push_back({DisputeStage::dissolution, day(6)});  // and again on Sunday
  CHECK(holds(w, Condition::stage_changed));
  w.focus->stages = {{DisputeStage::renegotiation, 2026y / 10 / 1},
                     {DisputeStage::impasse, day(0)}};
  CHECK(holds(w, Condition::stage_changed));
}

TEST_CASE("week: first_week and last_weeks", "[week]") {
  auto w = base();
  w.first_entry_day = day(3);  // no course: the week of the first entry
  CHECK(holds(w, Condition::first_week));
  w.first_entry_day = day(-1);
  CHECK_FALSE(holds(w, Condition::first_week));
  w.first_entry_day.reset();
  CHECK_FALSE(holds(w, Condition::first_week));

  const auto c = course16();
  auto at = [&](int week) {
    WeekData cw;
    cw.course = c;
    cw.week = week_containing(add_days(c.start, 7 * (week - 1)), c);
    cw.first_entry_day = 2026y / 1 / 1;
    return cw;
  };
  CHECK(holds(at(1), Condition::first_week));
  CHECK_FALSE(holds(at(2), Condition::first_week));
  auto later = at(2);
  later.first_entry_day = later.week.start;  // a course week: the first entry does not count
  CHECK_FALSE(holds(later, Condition::first_week));
  CHECK_FALSE(holds(at(13), Condition::last_weeks));  // 3 weeks left
  CHECK(holds(at(14), Condition::last_weeks));        // 2 left
  CHECK(holds(at(16), Condition::last_weeks));        // 0 left
  CHECK_FALSE(holds(at(17), Condition::last_weeks));  // past the planned length
  CHECK(value(at(13), "week") == "13");
  CHECK(value(at(13), "weeks_left") == "3");
  CHECK(value(at(16), "weeks_left") == "0");
  CHECK(value(at(17), "week") == "17");
  CHECK_FALSE(value(at(17), "weeks_left"));
  CHECK_FALSE(value(base(), "week"));
  CHECK_FALSE(value(base(), "weeks_left"));
}

TEST_CASE("week: person is the one in most events, ties to the lower mean impact", "[week]") {
  auto w = base();
  CHECK_FALSE(value(w, "person"));
  w.entries = {event(day(0), EventKind::talk, 2, {"Sam"}),
               event(day(1), EventKind::talk, 2, {"Sam", "Alex"}),
               event(day(2), EventKind::talk, -3, {"Alex"}),
               event(day(3), EventKind::talk, -3, {"Robin"})};
  // Sam 2 events (mean +2), Alex 2 (mean -0.5), Robin 1: a tie between Sam and Alex.
  CHECK(value(w, "person") == "Alex");
  w.entries.push_back(event(day(4), EventKind::support, 3, {"Sam"}));
  CHECK(value(w, "person") == "Sam");
  w.entries = {checkin(day(0), 5)};
  CHECK_FALSE(value(w, "person"));
}

TEST_CASE("week: event is the hardest event's text, shortened to 60 characters", "[week]") {
  auto w = base();
  CHECK_FALSE(value(w, "event"));
  w.entries = {event(day(0), EventKind::talk, 1, {}, "a chat"),
               event(day(1), EventKind::conflict, -2, {}, "an argument about money"),
               event(day(2), EventKind::support, 3, {}, "help with the move")};
  CHECK(value(w, "event") == "an argument about money");
  const std::string long_text(80, 'x');
  w.entries.push_back(event(day(3), EventKind::loss, -3, {}, long_text));
  const auto shown = value(w, "event");
  REQUIRE(shown);
  CHECK(shown->size() == 60);
  CHECK(*shown == std::string(57, 'x') + "...");
  text_of(w.entries.back()) = std::string(60, 'y');  // exactly 60: kept whole
  CHECK(value(w, "event") == std::string(60, 'y'));
}

TEST_CASE("week: low_day, high_day and mood_avg", "[week]") {
  auto w = base();
  for (const auto* name : {"low_day", "high_day", "mood_avg", "mood_change"})
    CHECK_FALSE(value(w, name));
  w.entries = {checkin(day(0), 5), checkin(day(1), 2), checkin(day(1), 4), checkin(day(3), 8),
               checkin(day(6), 6)};
  CHECK(value(w, "low_day") == "Tuesday");
  CHECK(value(w, "high_day") == "Thursday");
  CHECK(value(w, "mood_avg") == "5.0");
  w.entries = moods({5, 5, 6});
  CHECK(value(w, "mood_avg") == "5.3");
  w.entries = moods({5, 6, 6});
  CHECK(value(w, "mood_avg") == "5.7");
  CHECK_FALSE(value(w, "mood_change"));  // nothing the week before
}

TEST_CASE("week: mood_change says how the week compares with the one before", "[week]") {
  auto w = base();
  w.previous = moods({6}, -7);
  w.entries = moods({4, 5});  // 4.5
  CHECK(value(w, "mood_change") == "1.5 points lower than last week");
  w.entries = moods({6, 7});  // 6.5
  CHECK(value(w, "mood_change") == "0.5 points higher than last week");
  w.entries = moods({6, 6, 6, 6, 6, 6, 6, 6, 6, 7});  // 6.1
  CHECK(value(w, "mood_change") == "about the same as last week");
  w.entries = moods({6});
  CHECK(value(w, "mood_change") == "about the same as last week");
}

TEST_CASE("week: area, phase, week key and the focus", "[week]") {
  auto w = base();
  auto ctx = build_context(w);
  CHECK(ctx.phase == Phase::middle);
  CHECK(ctx.values.at("phase") == "middle");
  CHECK(ctx.week_key == "2026-11-23");
  CHECK_FALSE(ctx.area);
  CHECK_FALSE(ctx.values.count("area"));
  Area a;
  a.kind = AreaKind::dispute;
  a.title = "Disagreement with Sam";
  a.stage = DisputeStage::renegotiation;
  w.focus = a;
  w.phase = Phase::termination;
  ctx = build_context(w);
  CHECK(ctx.area == AreaKind::dispute);
  CHECK(ctx.stage == DisputeStage::renegotiation);
  CHECK(ctx.values.at("area") == "Disagreement with Sam");
  CHECK(ctx.values.at("phase") == "termination");
}
