// Weekly reflection over a small hand-made prompt library: which prompts a week gets, that they
// are the same however often it is asked, that shown ones rest for four weeks, and how answers
// are stored.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "app/areas.hpp"
#include "app/course.hpp"
#include "app/entries.hpp"
#include "app/fixture.hpp"
#include "app/people.hpp"
#include "app/reflect.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;
using domain::Condition;

namespace {

constexpr domain::Date kMonday = 2026y / 3 / 2;  // the week of kToday, Monday to Sunday
constexpr domain::Date kSunday = 2026y / 3 / 8;

domain::Prompt general(std::string id, std::string followup = {}) {
  domain::Prompt p;
  p.text = "General question " + id + "?";
  p.id = std::move(id);
  p.any_area = true;
  p.technique = "review";
  p.followup = std::move(followup);
  return p;
}

/// Six general prompts (g1 has a follow-up), one for grief, one triggered by a conflict, one
/// for the middle phase only, and one disabled.
std::vector<domain::Prompt> library() {
  std::vector<domain::Prompt> lib;
  lib.push_back(general("g1", "Last week you answered g1. What has changed?"));
  for (const char* id : {"g2", "g3", "g4", "g5", "g6"})
    lib.push_back(general(id));
  domain::Prompt grief;
  grief.id = "grief";
  grief.text = "What do you miss about {area}?";
  grief.areas = {domain::AreaKind::grief};
  grief.technique = "mourning";
  lib.push_back(grief);
  domain::Prompt conflict = general("conflict");
  conflict.text = "What did {person} want?";
  conflict.when = {Condition::conflict};
  conflict.technique = "communication";
  lib.push_back(conflict);
  domain::Prompt middle = general("middle");
  middle.phases = {domain::Phase::middle};
  lib.push_back(middle);
  domain::Prompt off = general("off");
  off.enabled = false;
  lib.push_back(off);
  return lib;
}

std::vector<std::string> ids_of(const app::WeekPrompts& w) {
  std::vector<std::string> out;
  for (const auto& p : w.prompts)
    out.push_back(p.id);
  return out;
}

bool has_reason(const domain::ChosenPrompt& p, const std::string& reason) {
  return std::find(p.reasons.begin(), p.reasons.end(), reason) != p.reasons.end();
}

}  // namespace

TEST_CASE("app reflect: a week's prompts are deterministic and Monday to Sunday without a course",
          "[app][reflect]") {
  const auto lib = library();
  App app;
  const auto w = app::week_prompts(app.journal, lib, kToday, 3, false);
  CHECK(w.week.start == kMonday);
  CHECK(w.week.end == kSunday);
  CHECK_FALSE(w.week.course_week);
  CHECK(w.phase == domain::Phase::none);
  CHECK_FALSE(w.has_course);
  CHECK_FALSE(w.has_focus);
  CHECK_FALSE(w.focus_id);
  REQUIRE(w.prompts.size() == 3);
  std::set<std::string> distinct;
  for (const auto& p : w.prompts) {
    INFO(p.id);
    distinct.insert(p.id);
    CHECK(p.id.front() == 'g');  // no focus, no conflict, no middle phase, nothing disabled
    CHECK(p.text == "General question " + p.id + "?");
    CHECK_FALSE(p.followup);
  }
  CHECK(distinct.size() == 3);

  // Any day of the week, asked again, or asked of another journal with the same contents: the
  // same prompts in the same order.
  CHECK(ids_of(app::week_prompts(app.journal, lib, kSunday, 3, false)) == ids_of(w));
  CHECK(ids_of(app::week_prompts(app.journal, lib, kMonday, 3, false)) == ids_of(w));
  App twin;
  CHECK(ids_of(app::week_prompts(twin.journal, lib, kToday, 3, false)) == ids_of(w));

  // Asking for more than the library holds gives each eligible prompt once.
  const auto all = app::week_prompts(app.journal, lib, kToday, 20, false);
  auto sorted = ids_of(all);
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<std::string>{"g1", "g2", "g3", "g4", "g5", "g6"});
}

TEST_CASE("app reflect: the focus area's prompt first, then the week's condition",
          "[app][reflect]") {
  const auto lib = library();
  App app;
  app::AreaInput area;
  area.kind = domain::AreaKind::grief;
  area.title = "Dad";
  const auto focus = app::add_area(app.journal, area).area.id;
  // A conflict with Sam this week; a support event last week does not count for this one.
  app.event("argued", {"Sam"}, -2, 2026y / 3 / 3, domain::EventKind::conflict);
  app.event("helped", {"Jo"}, 2, 2026y / 2 / 25, domain::EventKind::support);

  const auto w = app::week_prompts(app.journal, lib, kToday, 3, false);
  CHECK(w.has_focus);
  CHECK(w.focus_id == focus);
  REQUIRE(w.prompts.size() == 3);
  CHECK(w.prompts[0].id == "grief");
  CHECK(w.prompts[0].text == "What do you miss about Dad?");
  CHECK(w.prompts[0].technique == "mourning");
  CHECK(has_reason(w.prompts[0], "area grief"));
  CHECK(w.prompts[1].id == "conflict");
  CHECK(w.prompts[1].text == "What did Sam want?");
  CHECK(has_reason(w.prompts[1], "condition conflict"));
  CHECK(w.prompts[2].id.front() == 'g');
  CHECK(w.values.at("area") == "Dad");
  CHECK(w.values.at("person") == "Sam");

  // The week before had no conflict: no conflict prompt, even with room for all.
  const auto before = app::week_prompts(app.journal, lib, 2026y / 2 / 25, 20, false);
  CHECK(before.week.start == 2026y / 2 / 23);
  const auto ids = ids_of(before);
  CHECK(std::find(ids.begin(), ids.end(), "conflict") == ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "grief") != ids.end());
}

TEST_CASE("app reflect: a pinned middle phase makes its prompts eligible", "[app][reflect]") {
  const auto lib = library();
  App app;
  auto has = [](const app::WeekPrompts& w, const std::string& id) {
    const auto ids = ids_of(w);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  CHECK_FALSE(has(app::week_prompts(app.journal, lib, kToday, 20, false), "middle"));
  app::pin_phase(app.journal, domain::Phase::middle);
  const auto w = app::week_prompts(app.journal, lib, kToday, 20, false);
  CHECK(w.phase == domain::Phase::middle);
  CHECK(has(w, "middle"));
  CHECK_FALSE(has(w, "off"));
}

TEST_CASE("app reflect: remembered prompts are the same that week and rest the next",
          "[app][reflect]") {
  const auto lib = library();
  // Weeks of 03-16 and 03-23, whose own orders happen to start with the same three prompts: the
  // twin, which remembers nothing, shows that the second week would repeat them.
  const domain::Date week1 = 2026y / 3 / 16;
  const domain::Date week2 = 2026y / 3 / 23;
  App twin;
  twin.clock.set_day(week2);
  const auto unremembered1 = ids_of(app::week_prompts(twin.journal, lib, week1, 3, false));
  const auto unremembered2 = ids_of(app::week_prompts(twin.journal, lib, week2, 3, false));
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  REQUIRE(sorted(unremembered1) == sorted(unremembered2));

  App app;
  app.clock.set_day(week1);
  const auto first = app::week_prompts(app.journal, lib, week1, 3, true);
  CHECK(ids_of(first) == unremembered1);
  // Recording them does not change the week's own choice.
  CHECK(ids_of(app::week_prompts(app.journal, lib, domain::add_days(week1, 6), 3, true)) ==
        ids_of(first));

  // The next week avoids them while others are eligible: six general prompts, three a week.
  app.clock.set_day(week2);
  const auto next = ids_of(app::week_prompts(app.journal, lib, week2, 3, true));
  REQUIRE(next.size() == 3);
  std::vector<std::string> both = ids_of(first);
  both.insert(both.end(), next.begin(), next.end());
  CHECK(sorted(both) == std::vector<std::string>{"g1", "g2", "g3", "g4", "g5", "g6"});

  // With all six shown in the last four weeks, the third week still gets three (reused).
  CHECK(app::week_prompts(app.journal, lib, domain::add_days(week2, 7), 3, false).prompts.size() ==
        3);
}

TEST_CASE("app reflect: answers are reflections of the week, attached to the focus area",
          "[app][reflect]") {
  const auto lib = library();
  App app;
  app::AreaInput area;
  area.kind = domain::AreaKind::grief;
  area.title = "Dad";
  const auto focus = app::add_area(app.journal, area).area.id;  // UUID 1

  app.clock.set_day(kSunday);
  const auto w = app::week_prompts(app.journal, lib, kToday, 2, true);
  REQUIRE(w.prompts.size() == 2);
  const std::vector<app::Answer> answers{
      {app::answer_id(w.prompts[0]), w.prompts[0].text, "his laugh"},
      {"g1", "General question g1?", "better"},
  };
  const auto ids = app::save_answers(app.journal, w, answers);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] != ids[1]);

  const auto e = app::get_entry(app.journal, ids[0]);
  const auto* r = e.as<domain::Reflection>();
  REQUIRE(r);
  CHECK(r->prompt_id == "grief");
  CHECK(r->prompt_text == "What do you miss about Dad?");
  CHECK(r->answer == "his laugh");
  CHECK(r->week == kMonday);
  CHECK(e.day == kSunday);  // written today, about the week
  CHECK(e.at == app.clock.now());
  CHECK(e.area_id == focus);
  CHECK(e.uuid == nth_uuid(2));
  CHECK(e.people.empty());
  CHECK(app::get_entry(app.journal, ids[1]).uuid == nth_uuid(3));
  CHECK(app::get_entry(app.journal, ids[1]).as<domain::Reflection>()->week == kMonday);

  domain::EntryFilter f;
  f.type = domain::EntryType::reflection;
  CHECK(app::list_entries(app.journal, f).size() == 2);
  f.area = focus;
  CHECK(app::list_entries(app.journal, f).size() == 2);

  // Without a focus, answers are attached to none.
  App plain;
  const auto pw = app::week_prompts(plain.journal, lib, kToday, 1, false);
  const auto pid = app::save_answers(plain.journal, pw, {{"g2", "General question g2?", "ok"}});
  CHECK_FALSE(app::get_entry(plain.journal, pid.at(0)).area_id);
}

TEST_CASE("app reflect: last week's answer is followed up first, but a follow-up is not",
          "[app][reflect]") {
  const auto lib = library();
  App app;
  const auto w1 = app::week_prompts(app.journal, lib, kToday, 1, false);
  app::save_answers(app.journal, w1, {{"g1", "General question g1?", "tired"}});

  const auto w2 = app::week_prompts(app.journal, lib, domain::add_days(kMonday, 7), 2, false);
  REQUIRE(w2.prompts.size() == 2);
  CHECK(w2.prompts[0].id == "g1");
  CHECK(w2.prompts[0].followup);
  CHECK(w2.prompts[0].text == "Last week you answered g1. What has changed?");
  CHECK(app::answer_id(w2.prompts[0]) == "g1#followup");
  CHECK(w2.prompts[1].id != "g1");
  app::save_answers(app.journal, w2,
                    {{app::answer_id(w2.prompts[0]), w2.prompts[0].text, "rested"}});

  const auto w3 = app::week_prompts(app.journal, lib, domain::add_days(kMonday, 14), 3, false);
  for (const auto& p : w3.prompts) {
    INFO(p.id);
    CHECK_FALSE(p.followup);
  }
}

TEST_CASE("app reflect: an open course gives course weeks and their phase", "[app][reflect]") {
  const auto lib = library();
  App app;
  app::start_course(app.journal, on(kToday), {});  // a Wednesday
  app.clock.set_day(domain::add_days(kToday, 9));  // Friday of week 2
  const auto w = app::week_prompts(app.journal, lib, domain::add_days(kToday, 9), 2, false);
  CHECK(w.has_course);
  CHECK(w.week.start == domain::add_days(kToday, 7));
  CHECK(w.week.end == domain::add_days(kToday, 13));
  CHECK(w.week.course_week == 2);
  CHECK(w.phase == domain::Phase::initial);
  CHECK(w.values.at("week") == "2");
  CHECK(w.values.at("weeks_left") == "14");

  const auto ids = app::save_answers(app.journal, w, {{"g3", "General question g3?", "ok"}});
  CHECK(app::get_entry(app.journal, ids.at(0)).as<domain::Reflection>()->week ==
        domain::add_days(kToday, 7));
}
