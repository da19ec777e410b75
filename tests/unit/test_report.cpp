// The session report's figures on hand-computed data (domain/report.hpp).
#include <catch2/catch.hpp>

#include "domain/report.hpp"

using namespace ipt::domain;

namespace {

constexpr Date kMon = std::chrono::year{2026} / 11 / 16;

Entry checkin(int day, int mood, std::vector<std::string> people = {},
              std::vector<std::string> tags = {}) {
  Entry e;
  e.day = add_days(kMon, day);
  e.people = std::move(people);
  e.tags = std::move(tags);
  e.body = Checkin{mood, std::nullopt, std::nullopt, std::nullopt, ""};
  return e;
}

Entry event(int day, EventKind kind, std::vector<std::string> people, std::string text = "x") {
  Entry e;
  e.day = add_days(kMon, day);
  e.people = std::move(people);
  Event ev;
  ev.kind = kind;
  ev.text = std::move(text);
  e.body = ev;
  return e;
}

ReportData week() {
  ReportData d;
  d.period = {kMon, add_days(kMon, 6)};
  d.today = add_days(kMon, 10);
  return d;
}

}  // namespace

TEST_CASE("report: with and without a person, on 3 days each, as hand-computed", "[report]") {
  auto d = week();
  // Days 0-2 with Sam: moods 3, 4, 5 (mean 4); days 3-5 without: 6, 7, 8 (mean 7).
  for (int i = 0; i < 6; ++i)
    d.entries.push_back(
        checkin(i, 3 + i, i < 3 ? std::vector<std::string>{"Sam"} : std::vector<std::string>{}));
  const auto r = build_report(d);
  REQUIRE(r.associations.size() == 1);
  const auto& a = r.associations.front();
  CHECK(a.what == Association::What::person);
  CHECK(a.name == "Sam");
  CHECK(a.split.days_with == 3);
  CHECK(a.split.days_without == 3);
  CHECK(*a.split.mean_with == Approx(4.0));
  CHECK(*a.split.mean_without == Approx(7.0));
  CHECK(*a.split.difference() == Approx(-3.0));
}

TEST_CASE("report: an association needs 3 days on each side", "[report]") {
  auto d = week();
  // Sam on 2 days only; then on 5 of 6 (1 day without).
  for (int i = 0; i < 6; ++i)
    d.entries.push_back(
        checkin(i, 3 + i, i < 2 ? std::vector<std::string>{"Sam"} : std::vector<std::string>{}));
  CHECK(build_report(d).associations.empty());
  d.entries.clear();
  for (int i = 0; i < 6; ++i)
    d.entries.push_back(
        checkin(i, 3 + i, i < 5 ? std::vector<std::string>{"Sam"} : std::vector<std::string>{}));
  CHECK(build_report(d).associations.empty());
}

TEST_CASE("report: associations are sorted by the size of the difference", "[report]") {
  auto d = week();
  // Tag "walk" on days 3-5 (moods 6,7,8 vs 3,4,5: +3); conflicts on days 0,1,3 (3,4,6 vs 5,7,8).
  for (int i = 0; i < 6; ++i)
    d.entries.push_back(checkin(
        i, 3 + i, {}, i >= 3 ? std::vector<std::string>{"walk"} : std::vector<std::string>{}));
  for (int i : {0, 1, 3})
    d.entries.push_back(event(i, EventKind::conflict, {}));
  const auto r = build_report(d);
  REQUIRE(r.associations.size() == 2);
  CHECK(r.associations[0].name == "walk");
  CHECK(*r.associations[0].split.difference() == Approx(3.0));
  CHECK(r.associations[1].what == Association::What::kind);
  CHECK(r.associations[1].name == "conflict");
  CHECK(*r.associations[1].split.difference() == Approx(13.0 / 3 - 20.0 / 3));
}

TEST_CASE("report: the change against the period before needs 3 days on both sides", "[report]") {
  auto d = week();
  for (int i = 0; i < 3; ++i)
    d.entries.push_back(checkin(i, 6));
  d.previous_moods = {{add_days(kMon, -3), 4}, {add_days(kMon, -2), 4}};
  CHECK_FALSE(build_report(d).mood.change_previous.has_value());
  d.previous_moods.push_back({add_days(kMon, -1), 5});
  const auto c = build_report(d).mood.change_previous;
  REQUIRE(c.has_value());
  CHECK(*c == Approx(6.0 - 13.0 / 3));
}

TEST_CASE("report: the lowest and highest days need 3 days and a real difference", "[report]") {
  auto d = week();
  d.entries = {checkin(0, 5), checkin(1, 5), checkin(2, 5)};
  CHECK_FALSE(build_report(d).lowest.has_value());
  d.entries = {checkin(0, 4), checkin(1, 7)};
  CHECK_FALSE(build_report(d).lowest.has_value());
  d.entries = {checkin(0, 4), checkin(1, 7), checkin(1, 8), checkin(2, 6),
               event(0, EventKind::conflict, {"Sam"})};
  const auto r = build_report(d);
  REQUIRE(r.lowest.has_value());
  CHECK(r.lowest->stats.day == kMon);
  REQUIRE(r.lowest->events.size() == 1);
  CHECK(r.highest->stats.day == add_days(kMon, 1));
  CHECK(r.highest->stats.mean == Approx(7.5));
}

TEST_CASE("report: an empty period and a one-day period", "[report]") {
  auto d = week();
  auto r = build_report(d);
  CHECK(r.mood.chart.size() == 7);
  CHECK(r.mood.mood.count == 0);
  CHECK_FALSE(r.mood.mood.mean.has_value());
  CHECK(r.header.checkin_days == 0);
  CHECK(r.header.days == 7);
  CHECK(r.associations.empty());
  CHECK_FALSE(r.safety.any());

  d.period = {kMon, kMon};
  d.entries = {checkin(0, 2), checkin(0, 4), event(0, EventKind::support, {"Mum"})};
  r = build_report(d);
  REQUIRE(r.mood.chart.size() == 1);
  CHECK(*r.mood.chart[0].mood == Approx(3.0));
  CHECK(*r.mood.chart[0].mood_min == 2);
  CHECK(*r.mood.chart[0].mood_max == 4);
  CHECK(r.mood.chart[0].checkins == 2);
  CHECK(r.mood.chart[0].supports == 1);
  CHECK(r.header.days == 1);
  CHECK(r.safety.low_days == 1);
}

TEST_CASE("report: days still to come are not shown", "[report]") {
  auto d = week();
  d.today = add_days(kMon, 2);
  const auto r = build_report(d);
  CHECK(r.mood.chart.size() == 3);
  CHECK(r.header.days == 3);
}

TEST_CASE("report: the safety panel counts low days and the latest item 9", "[report]") {
  auto d = week();
  d.entries = {checkin(0, 1), checkin(0, 2), checkin(2, 2), checkin(3, 5)};
  Entry m;
  m.day = add_days(kMon, 1);
  m.body = Measure{Scale::phq9, {1, 1, 1, 1, 1, 1, 1, 1, 2}, std::nullopt, ""};
  d.course_measures = {m};
  auto r = build_report(d);
  CHECK(r.safety.low_days == 2);
  CHECK(r.safety.item9 == 2);
  CHECK(r.safety.item9_day == add_days(kMon, 1));
  // A later PHQ-9 with item 9 at 0 is the latest: nothing to show for it.
  Entry later = m;
  later.day = add_days(kMon, 3);
  later.body = Measure{Scale::phq9, {1, 1, 1, 1, 1, 1, 1, 1, 0}, std::nullopt, ""};
  d.course_measures.push_back(later);
  r = build_report(d);
  CHECK_FALSE(r.safety.item9.has_value());
  REQUIRE(r.measures.size() == 1);
  CHECK(r.measures[0].first->total == 10);
  CHECK(r.measures[0].latest->total == 8);
  CHECK(r.measures[0].change() == -2);
  CHECK(r.measures[0].latest->band == "mild");
}

TEST_CASE("report: people by circle, the inner circle without contact, who is new", "[report]") {
  auto d = week();
  const auto at = [](int day) { return to_instant(add_days(kMon, day), {12, 0}); };
  d.people = {{1, "u1", "Sam", Circle::inner, "", "", {}, "", "", "", "", "", at(-30)},
              {2, "u2", "Mum", Circle::inner, "", "", {}, "", "", "", "", "", at(-30)},
              {3, "u3", "Leo", Circle::outer, "", "", {}, "", "", "", "", "", at(2)},
              {4, "u4", "Priya", Circle::middle, "", "", {}, "", "", "", "", "", at(-30)}};
  d.entries = {checkin(0, 5, {"sam"}), event(1, EventKind::talk, {"Leo"}),
               event(1, EventKind::talk, {"Sam"}), event(2, EventKind::talk, {"Priya"})};
  const auto r = build_report(d);
  REQUIRE(r.people.contacts.size() == 3);
  CHECK(r.people.contacts[0].name == "sam");
  CHECK(r.people.contacts[0].days == 2);
  CHECK(r.people.contacts[0].entries == 2);
  CHECK(r.people.contacts[1].name == "Priya");
  CHECK(r.people.contacts[2].name == "Leo");
  CHECK(r.people.inner_without == std::vector<std::string>{"Mum"});
  CHECK(r.people.new_people == std::vector<std::string>{"Leo"});
}

TEST_CASE("report: the focus area's stage changes and ratings in the period", "[report]") {
  auto d = week();
  Area a;
  a.id = 2;
  a.kind = AreaKind::dispute;
  a.stages = {{DisputeStage::impasse, add_days(kMon, -20)},
              {DisputeStage::renegotiation, add_days(kMon, 3)}};
  d.focus = a;
  d.areas = {a};
  d.ratings = {{2, "r", add_days(kMon, -7), 2, 0}, {2, "r2", add_days(kMon, 4), 3, 0}};
  auto e = checkin(1, 5);
  e.area_id = 2;
  d.entries = {e, checkin(2, 5)};
  const auto r = build_report(d);
  CHECK(r.focus.attached == 1);
  REQUIRE(r.focus.stages.size() == 1);
  CHECK(r.focus.stages[0].stage == DisputeStage::renegotiation);
  CHECK(r.focus.ratings.size() == 2);
  CHECK(r.focus.in_period.size() == 1);
}

TEST_CASE("report: the termination section in the course's last weeks", "[report]") {
  auto d = week();
  Course c;
  c.start = add_days(kMon, -7 * 14);  // week 15 of 16: termination
  c.weeks = 16;
  c.initial_weeks = 3;
  c.termination_weeks = 3;
  d.course = c;
  d.asked = {{kMon, "termination.warning-signs", "What signs?", "warning-signs", "sleep goes"},
             {kMon, "termination.review", "What changed?", "review-gains", "a lot"}};
  auto r = build_report(d);
  CHECK(r.termination.applies);
  REQUIRE(r.termination.warning_signs.size() == 1);
  CHECK(r.header.course_week_from == 15);
  CHECK(r.reflections.asked == 2);
  CHECK(r.reflections.answered == 2);
  d.course->start = kMon;
  r = build_report(d);
  CHECK_FALSE(r.termination.applies);
}

TEST_CASE("report: redaction replaces names everywhere and, at all, drops texts", "[report]") {
  auto d = week();
  d.people = {{1, "u1", "Sam Lee", Circle::inner, "", "", {}, "", "", "", "", "", 0},
              {2, "u2", "Mum", Circle::inner, "", "", {}, "", "", "", "", "", 0}};
  for (int i = 0; i < 4; ++i)
    d.entries.push_back(checkin(i, 2 + 2 * i, {}, {"gym"}));
  d.entries.push_back(event(0, EventKind::conflict, {"Sam Lee"}, "Sam Lee shouted; told MUM"));
  Area a;
  a.id = 1;
  a.title = "Sam and the chores";
  a.people = {"Sam Lee"};
  d.focus = a;
  d.agenda = {{1, "u", "talk about sam", std::nullopt, kMon, 0, 0, std::nullopt}};
  auto r = build_report(d);
  auto people = r;
  redact(people, Redact::people, d.people);
  REQUIRE(people.lowest.has_value());
  CHECK(people.lowest->events[0].people == std::vector<std::string>{"Person 1"});
  CHECK(people.lowest->events[0].as<Event>()->text == "Person 1 shouted; told Person 2");
  CHECK(people.header.focus->title == "Person 1 and the chores");
  CHECK(people.agenda[0].text == "talk about Person 1");
  redact(r, Redact::all, d.people);
  CHECK(r.lowest->events[0].as<Event>()->text.empty());
  CHECK(r.header.focus->title.empty());
  CHECK(r.agenda[0].text.empty());
  for (const auto& as : r.associations) {
    if (as.what == Association::What::tag)
      CHECK(as.name == "tag 1");
  }
}

TEST_CASE("report: redaction finds names next to curly quotes and apostrophes", "[report]") {
  auto d = week();
  d.people = {{1, "u1", "Alex", Circle::inner, "", "", {}, "", "", "", "", "", 0}};
  d.agenda = {{1, "u", "Alex\u2019s sister, \u00abALEX\u00bb and \u201cAlex\u201d", std::nullopt,
               kMon, 0, 0, std::nullopt}};
  auto r = build_report(d);
  redact(r, Redact::people, d.people);
  CHECK(r.agenda[0].text ==
        "Person 1\u2019s sister, \u00abPerson 1\u00bb and \u201cPerson 1\u201d");
}

TEST_CASE("report: shared without notes, prompts lose their wording and linked items their text",
          "[report]") {
  auto d = week();
  d.asked = {{kMon, "cond.conflict-replay", "Go through \"Sam shouted\" step by step",
              "communication-analysis", "it went badly"}};
  d.agenda = {{1, "u", "my own item", std::nullopt, kMon, 0, 0, std::nullopt},
              {2, "v", "Sam shouted", 7, kMon, 0, 0, std::nullopt}};
  auto r = build_report(d);
  leave_out_notes(r);
  CHECK(r.reflections.prompts[0].text.empty());
  CHECK(r.reflections.prompts[0].task == "communication-analysis");
  CHECK(r.agenda[0].text == "my own item");
  CHECK(r.agenda[1].text.empty());
}

TEST_CASE("report: losses and changes, also outside the focus, are listed", "[report]") {
  auto d = week();
  Area a;
  a.id = 1;
  a.kind = AreaKind::dispute;
  d.focus = a;
  auto inside = event(1, EventKind::change, {"Sam"});
  inside.area_id = 1;
  d.entries = {checkin(0, 5), inside, event(2, EventKind::loss, {"Rose"}),
               event(3, EventKind::conflict, {"Sam"})};
  const auto r = build_report(d);
  REQUIRE(r.losses.size() == 2);
  CHECK(r.losses[0].as<Event>()->kind == EventKind::change);
  CHECK(r.losses[1].as<Event>()->kind == EventKind::loss);
  // Naming someone in a loss is not contact with them, nor meeting someone new.
  d.people = {
      {1, "u1", "Rose", std::nullopt, "", "", {}, "", "", "", "", "", to_instant(kMon, {8, 0})}};
  const auto r2 = build_report(d);
  for (const auto& c : r2.people.contacts)
    CHECK(c.name != "Rose");
  CHECK(r2.people.new_people.empty());
}

TEST_CASE("report: the person of a grief area: the days you wrote about them", "[report]") {
  auto d = week();
  Area g;
  g.id = 1;
  g.kind = AreaKind::grief;
  g.people = {"Mum"};
  d.areas = {g};
  for (int i = 0; i < 6; ++i)
    d.entries.push_back(
        checkin(i, 3 + i, i < 3 ? std::vector<std::string>{"Mum"} : std::vector<std::string>{}));
  const auto r = build_report(d);
  REQUIRE(r.associations.size() == 1);
  CHECK(r.associations[0].mourned);
  CHECK(r.people.contacts.empty());
}

TEST_CASE("report: among days as low, the lowest is one with a conflict", "[report]") {
  auto d = week();
  d.entries = {checkin(0, 2), checkin(1, 6), checkin(2, 2), checkin(3, 7),
               event(2, EventKind::conflict, {"Sam"})};
  const auto r = build_report(d);
  REQUIRE(r.lowest.has_value());
  CHECK(r.lowest->stats.day == add_days(kMon, 2));
}

TEST_CASE("report: termination without improvement is said, with improvement not", "[report]") {
  auto d = week();
  Course c;
  c.start = add_days(kMon, -7 * 10);  // week 11 of 12: termination
  c.weeks = 12;
  c.initial_weeks = 3;
  c.termination_weeks = 3;
  d.course = c;
  for (int i = 0; i < 5; ++i)
    d.baseline_moods.push_back({add_days(c.start, i), 5});
  for (int i = 0; i < 4; ++i)
    d.entries.push_back(checkin(i, 4));
  CHECK(build_report(d).termination.not_improved);
  for (auto& e : d.entries)
    e.as<Checkin>()->mood = 7;
  CHECK_FALSE(build_report(d).termination.not_improved);
  d.safety.non_response = false;
  for (auto& e : d.entries)
    e.as<Checkin>()->mood = 4;
  CHECK_FALSE(build_report(d).termination.not_improved);
}
