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

TEST_CASE("week: week_start moves the weeks outside a course, not course weeks", "[week]") {
  set_week_start(7);                                              // Sunday
  const auto w = week_containing(2026y / 11 / 25, std::nullopt);  // a Wednesday
  CHECK(w.start == 2026y / 11 / 22);
  CHECK(w.end == 2026y / 11 / 28);
  CHECK(week_containing(2026y / 11 / 22, std::nullopt).start == 2026y / 11 / 22);
  CHECK(week_containing(2026y / 11 / 21, std::nullopt).start == 2026y / 11 / 15);
  set_week_start(5);  // Friday
  CHECK(week_containing(2026y / 11 / 25, std::nullopt).start == 2026y / 11 / 20);
  set_week_start(1);
  CHECK(week_containing(2026y / 11 / 25, std::nullopt).start == 2026y / 11 / 23);
}

TEST_CASE("week: mood_down and mood_up need a whole point and three days in each week", "[week]") {
  auto w = base();
  w.entries = moods({5, 6, 5, 6});       // 5.5
  w.previous = moods({6, 7, 6, 7}, -7);  // 6.5: exactly 1 lower
  CHECK(holds(w, Condition::mood_down));
  CHECK_FALSE(holds(w, Condition::mood_up));
  w.entries = moods({6, 7, 6, 7});
  w.previous = moods({5, 6, 5, 6}, -7);
  CHECK(holds(w, Condition::mood_up));
  CHECK_FALSE(holds(w, Condition::mood_down));
  w.entries = moods({5, 5, 5, 5, 5, 5, 5, 5, 5, 6});  // 5.1 against 6: 0.9 lower
  w.previous = moods({6, 6, 6}, -7);
  CHECK_FALSE(holds(w, Condition::mood_down));
  w.entries = moods({7, 7, 7, 7, 7, 7, 7, 7, 7, 6});  // 6.9 against 6: 0.9 higher
  CHECK_FALSE(holds(w, Condition::mood_up));
  // Two days the week before are too few to claim a change from.
  w.entries = moods({3, 3, 3});
  w.previous = moods({7, 7}, -7);
  CHECK_FALSE(holds(w, Condition::mood_down));
  CHECK_FALSE(value(w, "mood_change"));
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
  w.new_people = {{"Robin", 0}};
  CHECK(holds(w, Condition::new_person));
  // Not someone who died (the person of a grief area), nor someone first named in a loss.
  Area grief;
  grief.kind = AreaKind::grief;
  grief.people = {"Robin"};
  w.areas = {grief};
  CHECK_FALSE(holds(w, Condition::new_person));
  w.areas.clear();
  w.entries = {event(day(1), EventKind::loss, -3, {"Robin"}, "Robin moved out")};
  CHECK_FALSE(holds(w, Condition::new_person));
  w.entries.clear();

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

TEST_CASE("week: people in their roles: the area's person, the conflict's, the support's",
          "[week]") {
  auto w = base();
  Area dispute;
  dispute.kind = AreaKind::dispute;
  dispute.title = "Money";
  dispute.people = {"Jordan"};
  w.focus = dispute;
  // A week of support from Ben and one dispute with Jordan: Ben is named most.
  w.entries = {event(day(0), EventKind::support, 2, {"Ben"}, "Ben covered for me"),
               event(day(1), EventKind::support, 3, {"Ben"}, "Ben listened"),
               event(day(2), EventKind::conflict, -2, {"Jordan"}, "argued about money"),
               event(day(3), EventKind::talk, 0, {"Ben"})};
  const auto ctx = build_context(w);
  CHECK(ctx.area_person == "Jordan");
  CHECK(ctx.person_of.at(Role::conflict) == "Jordan");
  CHECK(ctx.person_of.at(Role::support) == "Ben");
  CHECK(ctx.values.at("conflict_person") == "Jordan");
  CHECK(ctx.values.at("support_person") == "Ben");
  CHECK(ctx.event_of.at(Role::support) == "Ben listened");  // the most helpful support
  CHECK_FALSE(ctx.values.count("person"));                  // no one "main person" for all
  CHECK(holds(w, Condition::focus_contact));
  w.entries.pop_back();
  w.entries.erase(w.entries.begin() + 2);  // no entry names Jordan now
  CHECK_FALSE(holds(w, Condition::focus_contact));
}

TEST_CASE("week: any entry naming someone is contact with them", "[week]") {
  auto w = base();
  w.inner_circle = {"sam"};
  Entry evening = checkin(day(1), 6);
  evening.people = {"Sam"};
  w.entries = {evening};
  CHECK_FALSE(holds(w, Condition::isolated));  // a check-in with Sam is time with Sam
}

TEST_CASE("week: event is the hardest event of its role, shortened, never violence", "[week]") {
  auto w = base();
  CHECK(build_context(w).event_of.empty());
  w.entries = {event(day(0), EventKind::talk, 1, {}, "a chat"),
               event(day(1), EventKind::conflict, -2, {}, "an argument about money"),
               event(day(2), EventKind::loss, -3, {}, "Dad's funeral"),
               event(day(3), EventKind::support, 3, {}, "help with the move")};
  auto ctx = build_context(w);
  CHECK(ctx.event_of.at(Role::conflict) == "an argument about money");  // not the funeral
  CHECK(ctx.event_of.at(Role::loss) == "Dad's funeral");
  CHECK(ctx.values.at("loss") == "Dad's funeral");
  CHECK(ctx.event_of.at(Role::any) == "Dad's funeral");
  CHECK(holds(w, Condition::loss));
  CHECK(holds(w, Condition::conflict));
  const std::string long_text(80, 'x');
  w.entries.push_back(event(day(4), EventKind::conflict, -3, {}, long_text));
  ctx = build_context(w);
  CHECK(ctx.event_of.at(Role::conflict) == std::string(57, 'x') + "...");
  // A conflict that speaks of violence is never quoted back.
  w.entries.back() = event(day(4), EventKind::conflict, -3, {}, "Chris pushed me into the wall");
  CHECK(build_context(w).event_of.at(Role::conflict) == "an argument about money");
}

TEST_CASE("week: low_day and high_day need three days and a real spread", "[week]") {
  auto w = base();
  for (const auto* name : {"low_day", "high_day", "mood_avg", "mood_change"})
    CHECK_FALSE(value(w, name));
  w.entries = {checkin(day(0), 5), checkin(day(1), 2), checkin(day(1), 4), checkin(day(3), 8),
               checkin(day(6), 6)};
  CHECK(value(w, "low_day") == "Tuesday");
  CHECK(value(w, "high_day") == "Thursday");
  CHECK(value(w, "mood_avg") == "5.0");
  w.entries = moods({4, 4, 4, 4, 4, 4, 4});  // every day the same: no best day to name
  CHECK_FALSE(value(w, "high_day"));
  CHECK_FALSE(value(w, "low_day"));
  w.entries = moods({4, 7});  // two days: too few
  CHECK_FALSE(value(w, "high_day"));
  CHECK(value(w, "mood_avg") == "5.5");
  w.entries = moods({2, 5, 2, 6});  // two lowest days tie: no low day to name; Thursday best
  CHECK_FALSE(value(w, "low_day"));
  CHECK(value(w, "high_day") == "Thursday");
  w.entries = moods({2, 3, 4, 4});  // the best days tie, and 4 is no "best day" anyway
  CHECK(value(w, "low_day") == "Monday");
  CHECK_FALSE(value(w, "high_day"));
  w.entries = moods({2, 3, 4});  // a best of 4: not a good day to call the best
  CHECK(value(w, "low_day") == "Monday");
  CHECK_FALSE(value(w, "high_day"));
  w.entries = moods({3, 7, 4});
  CHECK(value(w, "high_day") == "Tuesday");
  w.entries.push_back(event(day(1), EventKind::loss, -2));  // never the "best" day
  CHECK_FALSE(value(w, "high_day"));
}

TEST_CASE("week: few_checkins counts only the days that have passed", "[week]") {
  auto w = base();
  w.today = day(1);  // Tuesday: Monday has passed, and today once it has a check-in
  w.entries = moods({6, 6});
  CHECK_FALSE(holds(w, Condition::few_checkins));
  w.entries = moods({6});  // Monday's, and Tuesday not yet logged: nothing missing
  CHECK_FALSE(holds(w, Condition::few_checkins));
  CHECK_FALSE(holds(w, Condition::no_events));  // too early in the week to say
  w.entries = {};
  CHECK(holds(w, Condition::few_checkins));
  w.today = day(6);
  w.entries = moods({6, 6, 6});
  CHECK_FALSE(holds(w, Condition::few_checkins));
  w.entries = moods({6, 6});
  CHECK(holds(w, Condition::few_checkins));
}

TEST_CASE("week: mood_change says how the week compares, in natural numbers", "[week]") {
  auto w = base();
  w.previous = moods({6, 6, 6}, -7);
  w.entries = moods({4, 5, 4, 5});  // 4.5
  CHECK(value(w, "mood_change") == "1.5 points lower than last week");
  w.entries = moods({7, 7, 7});
  CHECK(value(w, "mood_change") == "1 point higher than last week");
  w.entries = moods({8, 8, 8});
  CHECK(value(w, "mood_change") == "2 points higher than last week");
  w.entries = moods({6, 6, 6, 6, 6, 6, 6, 6, 6, 7});  // 6.1: no real difference to name
  CHECK_FALSE(value(w, "mood_change"));
  CHECK(mood_change_phrase(-0.5) == "0.5 points lower than last week");
}

TEST_CASE("week: the week to reflect on", "[week]") {
  const auto c = std::optional(course16());  // weeks from Thursday 2026-10-01
  // Friday 2026-11-27: day 2 of course week 9, whose first day is Thursday 11-26.
  auto r = week_to_reflect(2026y / 11 / 27, c, false);
  CHECK(r.previous);
  CHECK(r.week.start == 2026y / 11 / 19);
  r = week_to_reflect(2026y / 11 / 27, c, true);  // last week answered: this week
  CHECK_FALSE(r.previous);
  CHECK(r.week.start == 2026y / 11 / 26);
  r = week_to_reflect(2026y / 11 / 29, c, false);  // the fourth day: this week
  CHECK_FALSE(r.previous);
  CHECK(r.week.start == 2026y / 11 / 26);
  // Without a course, Monday to Sunday.
  r = week_to_reflect(kMonday, std::nullopt, false);
  CHECK(r.previous);
  CHECK(r.week.start == 2026y / 11 / 16);
}

TEST_CASE("week: improved and not_improved compare the last two weeks with the first two",
          "[week]") {
  Course c;
  c.start = 2026y / 10 / 5;
  c.weeks = 8;
  c.initial_weeks = 2;
  c.termination_weeks = 2;
  WeekData w;
  w.course = c;
  w.week = week_containing(2026y / 11 / 23, w.course);  // week 8
  w.phase = Phase::termination;
  for (int i = 0; i < 6; ++i)
    w.baseline.push_back({add_days(c.start, i), 3.0});
  auto days = [&](int mood) {
    std::vector<Entry> out;
    for (int i = 0; i < 3; ++i)
      out.push_back(checkin(add_days(w.week.start, i), mood));
    return out;
  };
  w.entries = days(5);
  CHECK(build_context(w).conditions.count(Condition::improved));
  CHECK(build_context(w).values.at("baseline") == "3.0");
  CHECK(build_context(w).values.at("mood_recent") == "5.0");
  w.entries = days(3);
  CHECK(build_context(w).conditions.count(Condition::not_improved));
  w.entries = days(3);
  w.entries.push_back(checkin(add_days(w.week.start, 3), 5));  // 3.5: neither
  const auto ctx = build_context(w);
  CHECK_FALSE(ctx.conditions.count(Condition::improved));
  CHECK_FALSE(ctx.conditions.count(Condition::not_improved));
  CHECK(ctx.conditions.count(Condition::final_week));
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

TEST_CASE("week: a PHQ-9 that has not fallen over the course is no improvement", "[week][safety]") {
  Course c;
  c.start = 2026y / 10 / 5;
  c.weeks = 8;
  WeekData w;
  w.course = c;
  w.week = week_containing(2026y / 11 / 23, w.course);
  w.phase = Phase::termination;
  for (int i = 0; i < 6; ++i)
    w.baseline.push_back({add_days(c.start, i), 3.0});
  for (int i = 0; i < 3; ++i)
    w.entries.push_back(checkin(add_days(w.week.start, i), 5));  // mood clearly up
  REQUIRE(holds(w, Condition::improved));
  w.course_phq9 = {14, 9};  // fallen: mood decides
  CHECK(holds(w, Condition::improved));
  w.course_phq9 = {14, 14};  // not fallen
  CHECK(holds(w, Condition::not_improved));
  CHECK_FALSE(holds(w, Condition::improved));
  w.course_phq9 = {14};  // one is not a change
  CHECK(holds(w, Condition::improved));
  w.course_phq9 = {10, 16};
  w.safety.non_response = false;  // switched off: no non-response prompts
  CHECK_FALSE(holds(w, Condition::not_improved));
}

TEST_CASE("week: fear in the focus dispute, and a gentle week from the safety figures",
          "[week][safety]") {
  auto w = base();
  Area a;
  a.id = 1;
  a.kind = AreaKind::dispute;
  a.people = {"Chris"};
  w.focus = a;
  CHECK_FALSE(holds(w, Condition::fear));
  w.afraid = true;
  CHECK(holds(w, Condition::fear));
  w.safety.fear = false;
  CHECK_FALSE(holds(w, Condition::fear));
  w.safety.fear = true;
  w.focus->kind = AreaKind::transition;  // fear is about a dispute's person
  CHECK_FALSE(holds(w, Condition::fear));

  CHECK_FALSE(build_context(w).gentle);
  w.figures.today = day(6);
  for (int i = 4; i <= 6; ++i)
    w.figures.days.push_back({day(i), 2});
  CHECK(build_context(w).gentle);
  w.safety.gentle_weeks = false;
  CHECK_FALSE(build_context(w).gentle);
}
