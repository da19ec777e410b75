// Weekly reflection over small hand-made prompt libraries: the week's prompts are the same
// however often and from whichever journal they are asked; {person} and {event} come from the
// role the prompt plays; reading never writes, and only what `ipt reflect` asked rests four
// weeks; an asked week is kept as it was; the week to reflect on; a past week keeps its focus
// and stage; follow-ups quote last week's answer; the initial phase's tasks come first.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "app/areas.hpp"
#include "app/course.hpp"
#include "app/entries.hpp"
#include "app/fixture.hpp"
#include "app/reflect.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;
using domain::AreaKind;
using domain::Condition;
using domain::DisputeStage;

namespace {

constexpr domain::Date kMonday = 2026y / 3 / 2;  // the week of kToday, Monday to Sunday
constexpr domain::Date kSunday = 2026y / 3 / 8;

domain::Prompt general(const std::string& id, const std::string& task = "week-review") {
  domain::Prompt p;
  p.id = id;
  p.text = "General question " + id + "?";
  p.any_area = true;
  p.technique = "review";
  p.task = task;
  return p;
}

domain::Prompt for_area(const std::string& id, AreaKind kind, const std::string& text,
                        const std::string& task = "expectations") {
  domain::Prompt p = general(id, task);
  p.any_area = false;
  p.areas = {kind};
  p.text = text;
  p.technique = "clarification";
  return p;
}

domain::Prompt on_condition(const std::string& id, Condition c, const std::string& text,
                            const std::string& task = "mood-event-link") {
  domain::Prompt p = general(id, task);
  p.when = {c};
  p.text = text;
  p.technique = "mood-event";
  return p;
}

std::vector<std::string> ids_of(const app::WeekPrompts& w) {
  std::vector<std::string> out;
  for (const auto& p : w.prompts)
    out.push_back(p.prompt.id);
  return out;
}

std::vector<std::string> texts_of(const app::WeekPrompts& w) {
  std::vector<std::string> out;
  for (const auto& p : w.prompts)
    out.push_back(p.prompt.text);
  return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

/// The week's prompt `id` (not a follow-up), or null.
const app::WeekPrompt* find(const app::WeekPrompts& w, const std::string& id) {
  for (const auto& p : w.prompts) {
    if (p.prompt.id == id && !p.prompt.followup)
      return &p;
  }
  return nullptr;
}

const app::WeekPrompt* find_followup(const app::WeekPrompts& w) {
  for (const auto& p : w.prompts) {
    if (p.prompt.followup)
      return &p;
  }
  return nullptr;
}

bool has_reason(const domain::ChosenPrompt& p, const std::string& reason) {
  return std::find(p.reasons.begin(), p.reasons.end(), reason) != p.reasons.end();
}

std::int64_t add_area(App& app, AreaKind kind, const std::string& title,
                      std::vector<std::string> people = {},
                      std::optional<DisputeStage> stage = {}) {
  app::AreaInput in;
  in.kind = kind;
  in.title = title;
  in.people = std::move(people);
  in.stage = stage;
  return app::add_area(app.journal, in).area.id;
}

std::size_t reflections(App& app) {
  domain::EntryFilter f;
  f.type = domain::EntryType::reflection;
  return app::list_entries(app.journal, f).size();
}

/// Six general prompts, and five that can't be asked in a week without a course, a focus or
/// events: disabled, middle phase only, grief only, a conflict's, one needing {area}.
std::vector<domain::Prompt> mixed_library() {
  std::vector<domain::Prompt> lib;
  for (const char* id : {"g1", "g2", "g3", "g4", "g5", "g6"})
    lib.push_back(general(id));
  domain::Prompt off = general("off");
  off.enabled = false;
  lib.push_back(off);
  domain::Prompt middle = general("middle", "options");
  middle.phases = {domain::Phase::middle};
  lib.push_back(middle);
  lib.push_back(
      for_area("grief", AreaKind::grief, "What do you miss about {area}?", "relationship-review"));
  lib.push_back(on_condition("conflict", Condition::conflict, "What did {person} want?"));
  domain::Prompt needs_area = general("needs-area");
  needs_area.text = "How is {area} going?";
  lib.push_back(needs_area);
  return lib;
}

}  // namespace

TEST_CASE("app reflect: the same journal gives the same prompts for a week", "[app][reflect]") {
  const auto lib = mixed_library();
  App app;
  App twin;
  for (App* a : {&app, &twin}) {
    a->checkin(6, kMonday);
    a->checkin(5, 2026y / 3 / 3);
  }
  const auto w = app::week_prompts(app.journal, lib, kToday, 3);
  CHECK(w.week.start == kMonday);
  CHECK(w.week.end == kSunday);
  CHECK_FALSE(w.week.course_week);
  CHECK_FALSE(w.previous);
  CHECK_FALSE(w.kept);
  CHECK_FALSE(w.has_focus);
  REQUIRE(w.prompts.size() == 3);
  const auto ids = ids_of(w);
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 3);
  for (const auto& p : w.prompts) {
    INFO(p.prompt.id);
    CHECK(p.prompt.id.front() == 'g');
    CHECK(p.prompt.text == "General question " + p.prompt.id + "?");
    CHECK_FALSE(p.asked);
    CHECK_FALSE(p.answer);
  }

  // Any day of the week, asked again, or a twin journal with the same contents: the same
  // prompts, worded the same, in the same order.
  for (const auto day : {kMonday, kToday, kSunday}) {
    INFO(domain::format_date(day));
    const auto again = app::week_prompts(app.journal, lib, day, 3);
    CHECK(again.week.start == kMonday);
    CHECK(ids_of(again) == ids_of(w));
    CHECK(texts_of(again) == texts_of(w));
  }
  const auto other = app::week_prompts(twin.journal, lib, kToday, 3);
  CHECK(ids_of(other) == ids_of(w));
  CHECK(texts_of(other) == texts_of(w));

  // Asking for more than the library holds gives each eligible prompt once.
  const auto all = app::week_prompts(app.journal, lib, kToday, 50);
  CHECK(sorted(ids_of(all)) == std::vector<std::string>{"g1", "g2", "g3", "g4", "g5", "g6"});
  CHECK(ids_of(app::week_prompts(twin.journal, lib, kToday, 50)) == ids_of(all));
}

TEST_CASE("app reflect: person and event are the ones of the prompt's role", "[app][reflect]") {
  std::vector<domain::Prompt> lib{
      for_area("area.expect", AreaKind::dispute, "What do you expect from {person}?"),
      on_condition("cond.conflict", Condition::conflict, "In '{event}', what did {person} want?",
                   "communication-analysis"),
      on_condition("cond.support", Condition::support, "What did {person} do that helped?"),
      on_condition("cond.loss", Condition::loss, "What does '{event}' mean for you?", "affect"),
      general("g1"),
      general("g2"),
  };
  App app;
  const auto dispute = add_area(app, AreaKind::dispute, "Jordan and the move", {"Jordan"},
                                DisputeStage::renegotiation);
  // Ben is named most, and the loss is the hardest event of the week.
  app.event("Lost my job", {}, -3, kMonday, domain::EventKind::loss);
  app.event("Argued with Jordan about the move", {"Jordan"}, -2, 2026y / 3 / 3,
            domain::EventKind::conflict);
  app.event("Jordan brought coffee", {"Jordan"}, 1, 2026y / 3 / 3, domain::EventKind::support);
  app.event("Ben drove me to the clinic", {"Ben"}, 3, kToday, domain::EventKind::support);
  app.checkin(4, kMonday, {"Ben"});
  app.checkin(5, 2026y / 3 / 3, {"Ben"});

  const auto w = app::week_prompts(app.journal, lib, kToday, 6);
  CHECK(w.has_focus);
  CHECK(w.focus_id == dispute);
  REQUIRE(w.prompts.size() >= 4);
  // The default three: the most pressing condition (a loss) and the area, then a second
  // condition at least as pressing as a conflict.
  CHECK(ids_of(w)[0] == "cond.loss");
  CHECK(ids_of(w)[1] == "area.expect");
  CHECK(ids_of(w)[2] == "cond.conflict");

  const auto* area = find(w, "area.expect");
  REQUIRE(area);
  CHECK(area->prompt.text == "What do you expect from Jordan?");
  CHECK(has_reason(area->prompt, "area dispute"));
  const auto* support = find(w, "cond.support");
  REQUIRE(support);
  CHECK(support->prompt.text == "What did Ben do that helped?");
  const auto* conflict = find(w, "cond.conflict");
  REQUIRE(conflict);
  CHECK(conflict->prompt.text == "In 'Argued with Jordan about the move', what did Jordan want?");
  const auto* loss = find(w, "cond.loss");
  REQUIRE(loss);
  CHECK(loss->prompt.text == "What does 'Lost my job' mean for you?");

  CHECK(w.context.area_person == "Jordan");
  CHECK(w.context.person_of.at(domain::Role::support) == "Ben");
  CHECK(w.context.event_of.at(domain::Role::conflict) == "Argued with Jordan about the move");
  CHECK(w.context.event_of.at(domain::Role::any) == "Lost my job");
}

TEST_CASE("app reflect: reading never writes and only asked prompts rest four weeks",
          "[app][reflect]") {
  const std::vector<domain::Prompt> lib{general("a"), general("b")};
  // Both journals are read long after the weeks, so every week is complete.
  App app;
  App twin;  // never asked anything: what each week gives on its own
  for (App* a : {&app, &twin})
    a->clock.set_day(2027y / 6 / 1);
  auto first_of = [&](App& a, domain::Date week) {
    const auto w = app::week_prompts(a.journal, lib, week, 1);
    REQUIRE(w.prompts.size() == 1);
    return w.prompts[0].prompt.id;
  };
  // A week whose own order starts with the same prompt as the next week's.
  std::optional<domain::Date> found;
  for (int i = 0; i < 40 && !found; ++i) {
    const auto week = domain::add_days(kMonday, 7 * i);
    if (first_of(twin, week) == first_of(twin, domain::add_days(week, 7)))
      found = week;
  }
  REQUIRE(found);
  const auto week = *found;
  const auto next = domain::add_days(week, 7);
  const auto shown = first_of(twin, week);
  const auto other = shown == "a" ? std::string("b") : std::string("a");

  // Looking twice: the same prompts, nothing asked, nothing kept, nothing saved.
  const auto look1 = app::week_prompts(app.journal, lib, week, 1);
  const auto look2 = app::week_prompts(app.journal, lib, week, 1);
  CHECK(ids_of(look1) == std::vector<std::string>{shown});
  CHECK(ids_of(look2) == ids_of(look1));
  CHECK(texts_of(look2) == texts_of(look1));
  CHECK_FALSE(look2.kept);
  for (const auto& p : look2.prompts)
    CHECK_FALSE(p.asked);
  CHECK(reflections(app) == 0);
  // A prompt only looked at comes back the next week.
  CHECK(first_of(app, next) == shown);
  CHECK(first_of(app, next) == first_of(twin, next));

  // Asked by `ipt reflect` and skipped (empty text): it waits four weeks while `other` is
  // eligible, and comes back in the fifth.
  app::save_answers(app.journal, look1, {{shown, look1.prompts[0].prompt.text, ""}});
  CHECK(reflections(app) == 0);  // skipped: asked, not answered
  const auto kept = app::week_prompts(app.journal, lib, week, 1);
  CHECK(kept.kept);
  REQUIRE(kept.prompts.size() == 1);
  CHECK(kept.prompts[0].asked);
  for (int k = 1; k <= 4; ++k) {
    INFO("week " << k << " after");
    CHECK(first_of(app, domain::add_days(week, 7 * k)) == other);
  }
  const auto fifth = domain::add_days(week, 35);
  CHECK(ids_of(app::week_prompts(app.journal, lib, fifth, 2)) ==
        ids_of(app::week_prompts(twin.journal, lib, fifth, 2)));
  CHECK(first_of(app, fifth) == first_of(twin, fifth));
}

TEST_CASE("app reflect: an asked week is kept as it was asked, with its answers",
          "[app][reflect]") {
  std::vector<domain::Prompt> lib;
  for (const char* id : {"g1", "g2", "g3", "g4"})
    lib.push_back(general(id));
  App app;
  const auto w = app::week_prompts(app.journal, lib, kToday, 3);
  REQUIRE(w.prompts.size() == 3);
  const auto& answered = w.prompts[2].prompt;
  const auto& skipped = w.prompts[0].prompt;
  // Asked in another order than shown: the last one answered, then the first one skipped.
  app::save_answers(app.journal, w,
                    {{app::answer_id(answered), answered.text, "I slept better"},
                     {app::answer_id(skipped), skipped.text, ""}});
  CHECK(reflections(app) == 1);

  // The library has been reworded since: the week keeps the wording it was asked with.
  auto reworded = lib;
  for (auto& p : reworded)
    p.text = "Reworded " + p.id + "?";
  for (const auto day : {kMonday, kToday, kSunday}) {
    INFO(domain::format_date(day));
    const auto k = app::week_prompts(app.journal, reworded, day, 3);
    CHECK(k.kept);
    CHECK(k.week.start == kMonday);
    CHECK(ids_of(k) == std::vector<std::string>{answered.id, skipped.id});
    CHECK(texts_of(k) == std::vector<std::string>{answered.text, skipped.text});
    REQUIRE(k.prompts.size() == 2);
    CHECK(k.prompts[0].asked);
    CHECK(k.prompts[1].asked);
    CHECK(k.prompts[0].answer == "I slept better");
    CHECK(k.prompts[1].answer.value_or("") == "");
    CHECK_FALSE(k.prompts[1].answer);
    CHECK(k.prompts[0].prompt.task == "week-review");
    CHECK_FALSE(k.prompts[0].prompt.followup);
  }

  // Answering the same prompt again: still one of it, in its place, with the latest answer.
  app::save_answers(app.journal, w, {{app::answer_id(answered), answered.text, "and ate well"}});
  const auto again = app::week_prompts(app.journal, lib, kToday, 3);
  CHECK(again.kept);
  CHECK(ids_of(again) == std::vector<std::string>{answered.id, skipped.id});
  REQUIRE(again.prompts.size() == 2);
  CHECK(again.prompts[0].answer == "and ate well");
  CHECK_FALSE(again.prompts[1].answer);
  CHECK(reflections(app) == 2);
}

TEST_CASE("app reflect: early in a week it is last week until last week has an answer",
          "[app][reflect]") {
  const std::vector<domain::Prompt> lib{general("g1"), general("g2"), general("g3")};
  App app;
  app.clock.set_day(kMonday);
  app::start_course(app.journal, on(kMonday), {});
  const auto week2 = domain::add_days(kMonday, 7);
  const auto tuesday = domain::add_days(week2, 1);
  const auto wednesday = domain::add_days(week2, 2);
  const auto thursday = domain::add_days(week2, 3);

  app.clock.set_day(tuesday);
  const auto w = app::week_prompts(app.journal, lib, std::nullopt, 3);
  CHECK(w.previous);
  CHECK(w.week.start == kMonday);
  CHECK(w.week.end == kSunday);
  CHECK(w.week.course_week == 1);
  CHECK(w.has_course);

  app.clock.set_day(wednesday);  // the third day
  CHECK(app::week_prompts(app.journal, lib, std::nullopt, 3).week.start == kMonday);

  app.clock.set_day(thursday);  // the fourth day: this week, whatever last week holds
  const auto th = app::week_prompts(app.journal, lib, std::nullopt, 3);
  CHECK_FALSE(th.previous);
  CHECK(th.week.start == week2);
  CHECK(th.week.course_week == 2);

  // A skipped prompt is no answer: still last week.
  app.clock.set_day(tuesday);
  app::save_answers(app.journal, w,
                    {{app::answer_id(w.prompts.at(0).prompt), w.prompts.at(0).prompt.text, ""}});
  CHECK(app::week_prompts(app.journal, lib, std::nullopt, 3).week.start == kMonday);

  // Once week 1 has an answer, Tuesday of week 2 reflects on week 2.
  app::save_answers(
      app.journal, w,
      {{app::answer_id(w.prompts.at(1).prompt), w.prompts.at(1).prompt.text, "a good week"}});
  const auto after = app::week_prompts(app.journal, lib, std::nullopt, 3);
  CHECK_FALSE(after.previous);
  CHECK(after.week.start == week2);
  CHECK(after.week.course_week == 2);
  CHECK_FALSE(after.kept);
}

TEST_CASE("app reflect: a past week has the focus it had then", "[app][reflect]") {
  const std::vector<domain::Prompt> lib{
      for_area("grief.miss", AreaKind::grief, "What do you miss about {area}?",
               "relationship-review"),
      for_area("transition.new", AreaKind::transition, "What is new in {area}?", "mastery"),
      general("g1"),
      general("g2"),
  };
  const domain::Date week_a = kMonday;         // no area yet
  const domain::Date week_b = 2026y / 3 / 9;   // Dad added and in focus
  const domain::Date week_c = 2026y / 3 / 16;  // the new job in focus
  App app;
  app.clock.set_day(domain::add_days(week_b, 2));
  const auto dad = add_area(app, AreaKind::grief, "Dad");
  app.clock.set_day(domain::add_days(week_c, 2));
  const auto job = add_area(app, AreaKind::transition, "New job");
  app::focus_area(app.journal, job);

  const auto a = app::week_prompts(app.journal, lib, week_a, 4);
  CHECK_FALSE(a.has_focus);
  CHECK_FALSE(a.focus_id);
  CHECK_FALSE(find(a, "grief.miss"));
  CHECK_FALSE(find(a, "transition.new"));

  const auto b = app::week_prompts(app.journal, lib, week_b, 4);
  CHECK(b.has_focus);
  CHECK(b.focus_id == dad);
  REQUIRE(find(b, "grief.miss"));
  CHECK(find(b, "grief.miss")->prompt.text == "What do you miss about Dad?");
  CHECK_FALSE(find(b, "transition.new"));

  const auto c = app::week_prompts(app.journal, lib, week_c, 4);
  CHECK(c.focus_id == job);
  REQUIRE(find(c, "transition.new"));
  CHECK(find(c, "transition.new")->prompt.text == "What is new in New job?");
  CHECK_FALSE(find(c, "grief.miss"));
}

TEST_CASE("app reflect: a past week has the dispute stage it had then", "[app][reflect]") {
  domain::Prompt stuck =
      for_area("dispute.stuck", AreaKind::dispute, "What keeps you and {person} stuck?");
  stuck.stages = {DisputeStage::impasse};
  domain::Prompt agree =
      for_area("dispute.agree", AreaKind::dispute, "What could you and {person} agree on?");
  agree.stages = {DisputeStage::renegotiation};
  const std::vector<domain::Prompt> lib{stuck, agree, general("g1"), general("g2")};
  const domain::Date week1 = kMonday;
  const domain::Date week2 = 2026y / 3 / 9;
  const domain::Date week3 = 2026y / 3 / 16;
  App app;
  const auto d = add_area(app, AreaKind::dispute, "Jordan and the move", {"Jordan"},
                          DisputeStage::renegotiation);
  app.clock.set_day(domain::add_days(week2, 1));
  app::set_area_stage(app.journal, d, DisputeStage::impasse);
  app.clock.set_day(domain::add_days(week3, 1));
  app::set_area_stage(app.journal, d, DisputeStage::renegotiation);

  const auto w2 = app::week_prompts(app.journal, lib, week2, 4);
  CHECK(w2.focus_id == d);
  CHECK(w2.context.stage == DisputeStage::impasse);
  CHECK(std::count(w2.conditions.begin(), w2.conditions.end(), Condition::stage_changed) == 1);
  REQUIRE(find(w2, "dispute.stuck"));
  CHECK(find(w2, "dispute.stuck")->prompt.text == "What keeps you and Jordan stuck?");
  CHECK_FALSE(find(w2, "dispute.agree"));

  const auto w3 = app::week_prompts(app.journal, lib, week3, 4);
  CHECK(w3.context.stage == DisputeStage::renegotiation);
  CHECK(find(w3, "dispute.agree"));
  CHECK_FALSE(find(w3, "dispute.stuck"));

  CHECK(app::week_prompts(app.journal, lib, week1, 4).context.stage == DisputeStage::renegotiation);
}

TEST_CASE("app reflect: a follow-up quotes last week's answer", "[app][reflect]") {
  domain::Prompt plan = general("plan.next", "options");
  plan.text = "What will you try this week?";
  plan.followup = "What came of it?";
  const std::vector<domain::Prompt> lib{plan, general("g1"), general("g2"), general("g3")};
  App app;
  app.clock.set_day(kSunday);
  const auto w1 = app::week_prompts(app.journal, lib, kSunday, 4);
  REQUIRE(find(w1, "plan.next"));
  CHECK_FALSE(find_followup(w1));
  app::save_answers(app.journal, w1,
                    {{"plan.next", "What will you try this week?",
                      "I will ask Sam to split the chores\nand see how it goes"}});

  const auto week2 = domain::add_days(kMonday, 7);
  app.clock.set_day(domain::add_days(week2, 6));
  const auto w2 = app::week_prompts(app.journal, lib, week2, 3);
  REQUIRE(w2.prompts.size() == 3);
  const auto* f = find_followup(w2);
  REQUIRE(f);
  CHECK(f->prompt.id == "plan.next");
  CHECK(app::answer_id(f->prompt) == "plan.next#followup");
  CHECK(f->prompt.text.rfind("Last week you wrote: 'I will ask Sam", 0) == 0);
  CHECK(f->prompt.text ==
        "Last week you wrote: 'I will ask Sam to split the chores'. What came of it?");
  CHECK_FALSE(f->asked);

  // An answer to a follow-up is not followed up again.
  app::save_answers(app.journal, w2, {{app::answer_id(f->prompt), f->prompt.text, "She agreed"}});
  const auto week3 = domain::add_days(week2, 7);
  app.clock.set_day(domain::add_days(week3, 6));
  CHECK_FALSE(find_followup(app::week_prompts(app.journal, lib, week3, 4)));
}

namespace {

std::vector<std::string> must_cover_initial() {
  std::vector<std::string> out;
  for (auto t : domain::must_cover_tasks(domain::Phase::initial))
    out.emplace_back(t);
  return out;
}

std::vector<std::string> tasks_of(const app::WeekPrompts& w) {
  std::vector<std::string> out;
  for (const auto& p : w.prompts)
    out.push_back(p.prompt.task);
  return out;
}

/// One prompt per task the initial phase must cover ("task.<task>") and `per_task - 1` more of
/// each, and six filler prompts of task "formulation".
std::vector<domain::Prompt> initial_library(int per_task) {
  std::vector<domain::Prompt> lib;
  for (const auto& t : must_cover_initial()) {
    for (int i = 0; i < per_task; ++i)
      lib.push_back(general("task." + t + (i ? "." + std::to_string(i) : ""), t));
  }
  for (int i = 0; i < 6; ++i)
    lib.push_back(general("filler." + std::to_string(i), "formulation"));
  return lib;
}

}  // namespace

TEST_CASE("app reflect: the initial phase serves its must-cover tasks first", "[app][reflect]") {
  const auto lib = initial_library(1);
  const auto must = must_cover_initial();
  REQUIRE(must.size() == 6);
  App app;
  app::start_course(app.journal, on(kToday), {});
  const auto w = app::week_prompts(app.journal, lib, kToday, 3);
  CHECK(w.phase == domain::Phase::initial);
  CHECK(w.week.course_week == 1);
  REQUIRE(w.prompts.size() == 3);
  for (const auto& p : w.prompts) {
    INFO(p.prompt.id);
    CHECK(std::count(must.begin(), must.end(), p.prompt.task) == 1);
    CHECK(has_reason(p.prompt, "task " + p.prompt.task + " (not asked yet this course)"));
  }

  // With room for more, every must-cover task once before any filler.
  const auto all = app::week_prompts(app.journal, lib, kToday, 9);
  REQUIRE(all.prompts.size() == 9);
  const auto tasks = tasks_of(all);
  CHECK(sorted(std::vector<std::string>(tasks.begin(), tasks.begin() + 6)) == sorted(must));
  CHECK(std::vector<std::string>(tasks.begin() + 6, tasks.end()) ==
        std::vector<std::string>(3, "formulation"));
}

TEST_CASE("app reflect: a must-cover task asked in week 1 waits while another is missing",
          "[app][reflect]") {
  // Two prompts per task: the rest after asking alone would let a task's second prompt back.
  const auto lib = initial_library(2);
  const auto must = must_cover_initial();
  App app;
  app::start_course(app.journal, on(kToday), {});
  const auto w1 = app::week_prompts(app.journal, lib, kToday, 3);
  REQUIRE(w1.prompts.size() == 3);
  const auto t1 = tasks_of(w1);
  CHECK(std::set<std::string>(t1.begin(), t1.end()).size() == 3);
  for (const auto& t : t1)
    CHECK(std::count(must.begin(), must.end(), t) == 1);
  // One answered, two skipped: all three count as asked.
  app::save_answers(app.journal, w1,
                    {{app::answer_id(w1.prompts[0].prompt), w1.prompts[0].prompt.text, "tired"},
                     {app::answer_id(w1.prompts[1].prompt), w1.prompts[1].prompt.text, ""},
                     {app::answer_id(w1.prompts[2].prompt), w1.prompts[2].prompt.text, ""}});

  const auto week2 = domain::add_days(kToday, 7);
  app.clock.set_day(week2);
  const auto w2 = app::week_prompts(app.journal, lib, week2, 3);
  CHECK(w2.phase == domain::Phase::initial);
  CHECK(w2.week.course_week == 2);
  REQUIRE(w2.prompts.size() == 3);
  std::vector<std::string> missing;
  for (const auto& t : must) {
    if (std::find(t1.begin(), t1.end(), t) == t1.end())
      missing.push_back(t);
  }
  CHECK(sorted(tasks_of(w2)) == sorted(missing));
}
