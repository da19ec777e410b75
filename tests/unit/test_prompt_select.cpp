// choose_prompts, eligible, values_for and fill_placeholders on hand-made libraries: the rules
// of prompts/README.md ("How a week's prompts are chosen"), by table where a table reads.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/prompt.hpp"

using namespace ipt::domain;

namespace {

// A general prompt: any phase, any area, no conditions. Without a text, one of its own: a
// sheet never asks the same words twice.
Prompt general(const std::string& id, const std::string& text = {},
               const std::string& task = "week-review") {
  Prompt p;
  p.id = id;
  p.text = text.empty() ? "Question " + id + "?" : text;
  p.any_area = true;
  p.technique = "review";
  p.task = task;
  return p;
}

Prompt for_area(const std::string& id, AreaKind area, const std::string& text = {},
                const std::string& task = "expectations") {
  Prompt p = general(id, text, task);
  p.any_area = false;
  p.areas = {area};
  return p;
}

Prompt on_condition(const std::string& id, std::set<Condition> when, const std::string& text = {}) {
  Prompt p = general(id, text, "mood-event-link");
  p.when = std::move(when);
  return p;
}

std::vector<Prompt> generals(int count, const std::string& prefix = "g") {
  std::vector<Prompt> out;
  for (int i = 0; i < count; ++i)
    out.push_back(general(prefix + std::to_string(i)));
  return out;
}

std::vector<std::string> ids(const std::vector<ChosenPrompt>& chosen) {
  std::vector<std::string> out;
  for (const auto& c : chosen)
    out.push_back(c.id);
  return out;
}

bool has_id(const std::vector<ChosenPrompt>& chosen, const std::string& id) {
  return std::any_of(chosen.begin(), chosen.end(), [&](const auto& c) { return c.id == id; });
}

bool any_reason(const ChosenPrompt& c, const std::string& needle) {
  return std::any_of(c.reasons.begin(), c.reasons.end(),
                     [&](const std::string& r) { return r.find(needle) != std::string::npos; });
}

PromptContext context(const std::string& week_key = "2026-11-23") {
  PromptContext ctx;
  ctx.phase = Phase::middle;
  ctx.week_key = week_key;
  ctx.values = {{"phase", "middle"}};
  return ctx;
}

/// One condition prompt per condition, named "c.<condition>".
std::vector<Prompt> one_per_condition() {
  std::vector<Prompt> out;
  for (auto name : condition_names()) {
    const auto c = *condition_from(name);
    if (rank(c))
      out.push_back(on_condition("c." + std::string(name), {c}));
  }
  return out;
}

}  // namespace

TEST_CASE("prompt select: the same week gives the same prompts, another week another order",
          "[prompt]") {
  const auto lib = generals(30);
  const PromptHistory none;
  const auto a = choose_prompts(lib, context("2026-11-23"), none, 10);
  CHECK(ids(a) == ids(choose_prompts(lib, context("2026-11-23"), none, 10)));
  REQUIRE(a.size() == 10);
  std::set<std::vector<std::string>> orders;
  for (const auto* week : {"2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"})
    orders.insert(ids(choose_prompts(lib, context(week), none, 3)));
  CHECK(orders.size() >= 4);  // ids differing in their last letter still spread
}

TEST_CASE("prompt select: n is respected and nothing is chosen twice", "[prompt]") {
  auto lib = generals(12);
  auto extra = one_per_condition();
  lib.insert(lib.end(), extra.begin(), extra.end());
  auto ctx = context();
  ctx.conditions = {Condition::low_day, Condition::conflict, Condition::no_focus};
  for (int n : {1, 3, 5, 12}) {
    const auto chosen = choose_prompts(lib, ctx, {}, n);
    CHECK(static_cast<int>(chosen.size()) == n);
    const auto v = ids(chosen);
    CHECK(std::set<std::string>(v.begin(), v.end()).size() == v.size());
  }
}

// Need first: the most pressing condition that holds gets the week's condition prompt.
TEST_CASE("prompt select: the most pressing condition gets the condition prompt", "[prompt]") {
  struct Row {
    std::set<Condition> held;
    const char* expected;
  };
  const std::vector<Row> rows{
      {{Condition::few_checkins, Condition::new_person, Condition::low_day}, "c.low_day"},
      {{Condition::few_checkins, Condition::new_person, Condition::mood_down}, "c.mood_down"},
      {{Condition::conflict, Condition::loss}, "c.loss"},
      {{Condition::conflict, Condition::stage_changed, Condition::support}, "c.conflict"},
      {{Condition::stage_changed, Condition::isolated, Condition::new_person}, "c.stage_changed"},
      {{Condition::isolated, Condition::support}, "c.isolated"},
      {{Condition::support, Condition::new_person, Condition::few_checkins}, "c.support"},
      {{Condition::new_person, Condition::few_checkins}, "c.new_person"},
      {{Condition::few_checkins}, "c.few_checkins"},
  };
  auto lib = generals(10);
  auto extra = one_per_condition();
  lib.insert(lib.end(), extra.begin(), extra.end());
  for (const auto& row : rows) {
    auto ctx = context();
    ctx.conditions = row.held;
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    INFO("expected " << row.expected);
    REQUIRE(!chosen.empty());
    CHECK(std::find(ids(chosen).begin(), ids(chosen).end(), row.expected) != ids(chosen).end());
    // Only the most pressing and, when as pressing as a conflict, a second: never a third.
    int conditions = 0;
    for (const auto& c : chosen)
      conditions += c.id.rfind("c.", 0) == 0 ? 1 : 0;
    CHECK(conditions <= 2);
  }
}

TEST_CASE("prompt select: the default three are the area, the condition and a second or the phase",
          "[prompt]") {
  auto lib = generals(10);
  lib.push_back(for_area("dispute.a", AreaKind::dispute));
  lib.push_back(for_area("dispute.b", AreaKind::dispute));
  auto extra = one_per_condition();
  lib.insert(lib.end(), extra.begin(), extra.end());
  auto ctx = context();
  ctx.area = AreaKind::dispute;

  SECTION("a pressing condition comes first, then the area, then a second pressing one") {
    ctx.conditions = {Condition::low_day, Condition::conflict, Condition::few_checkins};
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen[0].id == "c.low_day");
    CHECK(chosen[1].id.rfind("dispute.", 0) == 0);
    CHECK(chosen[2].id == "c.conflict");
  }
  SECTION("a less pressing condition follows the area, and the phase fills the third") {
    ctx.conditions = {Condition::support, Condition::few_checkins};
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen[0].id.rfind("dispute.", 0) == 0);
    CHECK(chosen[1].id == "c.support");
    CHECK(chosen[2].id.rfind("g", 0) == 0);  // not few_checkins: not as pressing as a conflict
  }
  SECTION("-n extends in the same order: the other conditions next") {
    ctx.conditions = {Condition::support, Condition::few_checkins, Condition::new_person};
    const auto chosen = choose_prompts(lib, ctx, {}, 5);
    REQUIRE(chosen.size() == 5);
    CHECK(chosen[3].id == "c.new_person");
    CHECK(chosen[4].id == "c.few_checkins");
  }
  SECTION("without a focus the phase takes the area's slot") {
    ctx.area.reset();
    ctx.conditions = {Condition::conflict};
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen[0].id == "c.conflict");
    CHECK_FALSE(has_id(chosen, "dispute.a"));
  }
}

TEST_CASE("prompt select: {person} is the person in the prompt's role, never the most named",
          "[prompt]") {
  auto lib = generals(4);
  lib.push_back(
      for_area("dispute.talk", AreaKind::dispute, "Could you open a conversation with {person}?"));
  lib.push_back(on_condition("c.support", {Condition::support}, "How did {person} help?"));
  lib.push_back(on_condition("c.conflict", {Condition::conflict}, "Replay \"{event}\"."));
  auto ctx = context();
  ctx.area = AreaKind::dispute;
  ctx.area_person = "Jordan";
  ctx.conditions = {Condition::support, Condition::conflict};
  ctx.person_of = {{Role::support, "Ben"}, {Role::conflict, "Jordan"}};
  ctx.event_of = {{Role::any, "Mum's funeral"},
                  {Role::conflict, "argued about money"},
                  {Role::support, "Ben covered my shift"}};
  const auto chosen = choose_prompts(lib, ctx, {}, 5);
  std::map<std::string, std::string> text;
  for (const auto& c : chosen)
    text[c.id] = c.text;
  CHECK(text["dispute.talk"] == "Could you open a conversation with Jordan?");
  CHECK(text["c.support"] == "How did Ben help?");
  CHECK(text["c.conflict"] == "Replay \"argued about money\".");  // the conflict, not the funeral
  // A general prompt has no {person} to give: it is not eligible.
  CHECK_FALSE(eligible(general("x", "With {person}?"), ctx));
  // An area prompt without the area's person is not eligible either.
  ctx.area_person.reset();
  CHECK_FALSE(eligible(lib[4], ctx));
}

TEST_CASE("prompt select: a follow-up quotes the answer it follows up", "[prompt]") {
  auto lib = generals(8);
  Prompt plan = general("plan", "What will you try?", "options");
  plan.followup = "What happened when you tried it?";
  lib.push_back(plan);
  PromptHistory h;
  h.last_week = {{"g1", "no follow-up here"},
                 {"plan",
                  "Ask Sam to split the chores, and say it calmly on Sunday evening "
                  "before the week starts and everyone is tired again"}};
  const auto chosen = choose_prompts(lib, context(), h, 3);
  REQUIRE(chosen.size() == 3);
  const auto it = std::find_if(chosen.begin(), chosen.end(), [](auto& c) { return c.followup; });
  REQUIRE(it != chosen.end());
  CHECK(it->id == "plan");
  CHECK(it->text.rfind("Last week you wrote: 'Ask Sam to split the chores", 0) == 0);
  CHECK(it->text.find("...'. What happened when you tried it?") != std::string::npos);
  CHECK(it->text.size() < 140);

  SECTION("an answer to a follow-up is not followed up again") {
    h.last_week = {{"plan#followup", "it went well"}};
    for (const auto& c : choose_prompts(lib, context(), h, 5))
      CHECK_FALSE(c.followup);
  }
  SECTION("a pressing second condition comes before the follow-up") {
    auto more = lib;
    auto extra = one_per_condition();
    more.insert(more.end(), extra.begin(), extra.end());
    auto ctx = context();
    ctx.conditions = {Condition::low_day, Condition::loss};
    const auto three = choose_prompts(more, ctx, h, 3);
    CHECK(ids(three) == std::vector<std::string>{"c.low_day", three[1].id, "c.loss"});
    CHECK(std::none_of(three.begin(), three.end(), [](auto& c) { return c.followup; }));
  }
}

TEST_CASE("prompt select: stage prompts only at their stage", "[prompt]") {
  auto lib = generals(6);
  Prompt compromise = for_area("dispute.compromise", AreaKind::dispute);
  compromise.stages = {DisputeStage::renegotiation};
  Prompt any_stage = for_area("dispute.any-stage", AreaKind::dispute);
  any_stage.stages = {DisputeStage::renegotiation, DisputeStage::impasse,
                      DisputeStage::dissolution};
  lib.push_back(compromise);
  lib.push_back(any_stage);
  auto ctx = context();
  ctx.area = AreaKind::dispute;
  for (auto stage : {DisputeStage::impasse, DisputeStage::dissolution}) {
    ctx.stage = stage;
    CHECK_FALSE(eligible(compromise, ctx));  // no compromise at an impasse or an ending
    CHECK(eligible(any_stage, ctx));
  }
  ctx.stage = DisputeStage::renegotiation;
  CHECK(eligible(compromise, ctx));
  const auto at = choose_prompts(lib, ctx, {}, 3);
  for (const auto& c : at) {
    if (c.id == "dispute.compromise")
      CHECK(any_reason(c, "stage renegotiation"));
  }
  ctx.stage.reset();  // a stage never recorded: only prompts that fit every stage
  CHECK_FALSE(eligible(compromise, ctx));
  CHECK(eligible(any_stage, ctx));
}

TEST_CASE("prompt select: initial tasks come first, and carry into the middle weeks", "[prompt]") {
  std::vector<Prompt> lib;
  for (auto task : must_cover_tasks(Phase::initial))
    lib.push_back(general("init." + std::string(task), {}, std::string(task)));
  for (int i = 0; i < 6; ++i)
    lib.push_back(general("other" + std::to_string(i), {}, "formulation"));
  for (auto& p : lib)
    p.phases = {Phase::initial, Phase::middle};
  auto ctx = context();
  ctx.phase = Phase::initial;
  PromptHistory h;
  std::set<std::string> seen;
  for (const auto* week : {"2026-11-02", "2026-11-09"}) {
    ctx.week_key = week;
    h.covered_tasks = seen;
    for (const auto& c : choose_prompts(lib, ctx, h, 3)) {
      CHECK(c.task != "formulation");  // while a must-cover task is missing, it comes first
      seen.insert(c.task);
    }
  }
  CHECK(seen.size() == 6);
  // A task still missing after the initial phase is asked in the middle phase.
  ctx.phase = Phase::middle;
  h.covered_tasks = {"symptom-review", "sick-role", "inventory", "onset-link", "goals"};
  CHECK(has_id(choose_prompts(lib, ctx, h, 3), "init.focus-choice"));
}

TEST_CASE("prompt select: the last termination week asks every termination task still missing",
          "[prompt]") {
  std::vector<Prompt> lib;
  for (auto task : must_cover_tasks(Phase::termination))
    lib.push_back(general("term." + std::string(task), {}, std::string(task)));
  auto extra = one_per_condition();
  lib.insert(lib.end(), extra.begin(), extra.end());
  auto ctx = context();
  ctx.phase = Phase::termination;
  ctx.conditions = {Condition::low_day, Condition::loss, Condition::conflict};
  ctx.last_week_of_phase = true;
  const auto chosen = choose_prompts(lib, ctx, {}, 3);
  for (auto task : must_cover_tasks(Phase::termination))
    CHECK(has_id(chosen, "term." + std::string(task)));
  CHECK(has_id(chosen, "c.low_day"));  // need still first
}

TEST_CASE("prompt select: no focus by the end of the initial phase brings a focus prompt",
          "[prompt]") {
  auto lib = generals(6);
  lib.push_back(general("choose", "Which area sits closest?", "focus-choice"));
  auto ctx = context();
  ctx.conditions = {Condition::no_focus, Condition::few_checkins};
  CHECK(has_id(choose_prompts(lib, ctx, {}, 3), "choose"));
}

TEST_CASE("prompt select: a gentle week gives one or two gentle prompts and nothing else",
          "[prompt]") {
  auto lib = generals(6);
  auto extra = one_per_condition();
  lib.insert(lib.end(), extra.begin(), extra.end());
  for (int i = 0; i < 4; ++i) {
    auto g = general("gentle" + std::to_string(i), {}, "gentle-support");
    g.gentle = true;
    lib.push_back(g);
  }
  auto ctx = context();
  ctx.conditions = {Condition::low_day};
  ctx.gentle = true;
  const auto chosen = choose_prompts(lib, ctx, {}, 5);
  CHECK(chosen.size() == 2);
  for (const auto& c : chosen)
    CHECK(c.id.rfind("gentle", 0) == 0);
  ctx.gentle = false;  // and never in an ordinary week
  for (const auto& c : choose_prompts(lib, ctx, {}, 20))
    CHECK(c.id.rfind("gentle", 0) != 0);
}

TEST_CASE("prompt select: prompts of the last 4 weeks wait while others are eligible", "[prompt]") {
  auto lib = generals(6);
  PromptHistory h;
  h.recent = {"g0", "g1", "g2"};
  const auto chosen = choose_prompts(lib, context(), h, 3);
  REQUIRE(chosen.size() == 3);
  for (const auto& c : chosen)
    CHECK_FALSE(h.recent.count(c.id));
  const auto more = choose_prompts(lib, context(), h, 5);
  REQUIRE(more.size() == 5);
  CHECK(std::count_if(more.begin(), more.end(),
                      [&](const auto& c) { return h.recent.count(c.id) > 0; }) == 2);
}

TEST_CASE("prompt select: unless, unfillable placeholders, area none and disabled prompts",
          "[prompt]") {
  auto lib = generals(3);
  lib.push_back(general("with.event", "How was {event}?"));
  Prompt lonely = general("no.focus", "No focus yet?");
  lonely.any_area = false;
  lonely.no_area = true;
  lib.push_back(lonely);
  Prompt off = general("off");
  off.enabled = false;
  lib.push_back(off);
  Prompt weeks_left = general("weeks.left", "Weeks left: {weeks_left}.");
  weeks_left.unless = {Condition::final_week};
  lib.push_back(weeks_left);

  auto ctx = context();
  ctx.values["weeks_left"] = "0";
  auto all = choose_prompts(lib, ctx, {}, 20);
  CHECK_FALSE(has_id(all, "with.event"));
  CHECK(has_id(all, "no.focus"));
  CHECK_FALSE(has_id(all, "off"));
  CHECK(has_id(all, "weeks.left"));
  ctx.conditions = {Condition::final_week};
  CHECK_FALSE(eligible(weeks_left, ctx));
  ctx.event_of[Role::any] = "a walk";
  ctx.area = AreaKind::grief;
  all = choose_prompts(lib, ctx, {}, 20);
  REQUIRE(has_id(all, "with.event"));
  CHECK_FALSE(has_id(all, "no.focus"));
}

TEST_CASE("prompt select: ranks, gates and the words for each condition", "[prompt]") {
  CHECK(rank(Condition::low_day) < rank(Condition::loss));
  CHECK(rank(Condition::loss) < rank(Condition::conflict));
  CHECK(*rank(Condition::conflict) == kConflictRank);
  CHECK(rank(Condition::conflict) < rank(Condition::stage_changed));
  CHECK(rank(Condition::stage_changed) < rank(Condition::isolated));
  CHECK(rank(Condition::isolated) < rank(Condition::support));
  CHECK(rank(Condition::support) < rank(Condition::new_person));
  CHECK(rank(Condition::new_person) < rank(Condition::few_checkins));
  CHECK_FALSE(rank(Condition::improved));
  CHECK_FALSE(rank(Condition::not_improved));
  for (auto name : condition_names())
    CHECK_FALSE(describe(*condition_from(name)).empty());
  CHECK(ranked({Condition::few_checkins, Condition::improved, Condition::low_day}) ==
        std::vector<Condition>{Condition::low_day, Condition::few_checkins, Condition::improved});
}

TEST_CASE("prompt select: fill_placeholders and placeholders_in", "[prompt]") {
  const std::map<std::string, std::string> values{
      {"person", "Sam"}, {"low_day", "Tuesday"}, {"mood_avg", "5.4"}};
  CHECK(fill_placeholders("On {low_day} with {person}, {person} again ({mood_avg})", values) ==
        "On Tuesday with Sam, Sam again (5.4)");
  CHECK(fill_placeholders("No placeholders.", values) == "No placeholders.");
  CHECK(fill_placeholders("", values) == "");
  CHECK_FALSE(fill_placeholders("With {person} on {event}", values).has_value());
  CHECK_FALSE(fill_placeholders("{week}", {}).has_value());
  CHECK(placeholders_in("{person} and {event}, {person}") ==
        std::vector<std::string>{"person", "event", "person"});
  CHECK(placeholders_in("none here").empty());
  CHECK(placeholders_in("open { only").empty());
}

TEST_CASE("prompt select: an initial task never asked is carried into the middle phase",
          "[prompt]") {
  auto lib = generals(6);
  Prompt goals = general("initial.goals", "What would you like to be different?", "goals");
  goals.phases = {Phase::initial};
  lib.push_back(goals);
  Prompt other = general("initial.other", "Another initial question?", "formulation");
  other.phases = {Phase::initial};
  lib.push_back(other);
  auto ctx = context();
  PromptHistory h;
  for (auto task : must_cover_tasks(Phase::initial))
    h.covered_tasks.insert(std::string(task));
  SECTION("asked once it is missing, before the phase's own prompts") {
    h.covered_tasks.erase("goals");
    const auto chosen = choose_prompts(lib, ctx, h, 3);
    REQUIRE(has_id(chosen, "initial.goals"));
    CHECK(any_reason(*std::find_if(chosen.begin(), chosen.end(),
                                   [](auto& c) { return c.id == "initial.goals"; }),
                     "not asked yet"));
    CHECK_FALSE(has_id(chosen, "initial.other"));  // its task is no must-cover one
  }
  SECTION("not once it was asked") {
    for (const auto& c : choose_prompts(lib, ctx, h, 8))
      CHECK(c.id.rfind("initial.", 0) != 0);
  }
}

TEST_CASE("prompt select: a lesser condition's prompt is not repeated within 4 weeks", "[prompt]") {
  auto lib = generals(8);
  auto extra = one_per_condition();
  lib.insert(lib.end(), extra.begin(), extra.end());
  auto ctx = context();
  PromptHistory h;
  h.recent = {"c.few_checkins", "c.low_day"};
  ctx.conditions = {Condition::few_checkins};
  CHECK_FALSE(has_id(choose_prompts(lib, ctx, h, 3), "c.few_checkins"));
  // A need as pressing as a conflict gets its prompt again rather than none.
  ctx.conditions = {Condition::low_day};
  CHECK(ids(choose_prompts(lib, ctx, h, 3)).front() == "c.low_day");
}

TEST_CASE("prompt select: a sheet never asks the same words twice", "[prompt]") {
  auto lib = generals(2);
  lib.push_back(general("same.a", "Which of these sits closest?", "focus-choice"));
  lib.push_back(general("same.b", "Which of these sits closest?", "focus-choice"));
  const auto chosen = choose_prompts(lib, context(), {}, 4);
  CHECK(chosen.size() == 3);
  CHECK(has_id(chosen, "same.a") != has_id(chosen, "same.b"));
}

TEST_CASE("prompt select: fear sets the dispute's reopening, rehearsal and compromise aside",
          "[prompt][safety]") {
  std::vector<Prompt> lib = generals(4);
  for (auto task : {"decision-analysis", "role-play", "communication-analysis", "expectations",
                    "new-role", "affect"}) {
    lib.push_back(for_area(std::string("d.") + task, AreaKind::dispute, {}, task));
  }
  auto fear = on_condition("cond.fear", {Condition::fear});
  fear.task = "safety-plan";
  lib.push_back(fear);
  auto ctx = context();
  ctx.area = AreaKind::dispute;
  const auto before = choose_prompts(lib, ctx, {}, 20);
  CHECK(has_id(before, "d.role-play"));
  CHECK(has_id(before, "d.decision-analysis"));
  CHECK_FALSE(has_id(before, "cond.fear"));
  ctx.conditions = {Condition::fear};
  const auto after = choose_prompts(lib, ctx, {}, 20);
  for (auto task : tasks_set_aside_by_fear())
    CHECK_FALSE(has_id(after, "d." + std::string(task)));
  CHECK(has_id(before, "d.expectations"));
  CHECK(has_id(after, "d.affect"));
  CHECK(has_id(after, "d.new-role"));
  REQUIRE_FALSE(after.empty());
  CHECK(after.front().id == "cond.fear");  // as pressing as a low day: first
}

TEST_CASE("prompt select: a gentle week asks a gentle prompt for a condition first",
          "[prompt][safety]") {
  std::vector<Prompt> lib = generals(4);
  for (int i = 0; i < 6; ++i) {
    auto g = general("gentle" + std::to_string(i), {}, "gentle-support");
    g.gentle = true;
    lib.push_back(g);
  }
  auto afraid = on_condition("gentle.fear", {Condition::fear});
  afraid.gentle = true;
  lib.push_back(afraid);
  auto ctx = context();
  ctx.gentle = true;
  for (const auto& c : choose_prompts(lib, ctx, {}, 3))
    CHECK(c.id != "gentle.fear");  // not without fear
  ctx.conditions = {Condition::fear};
  for (const auto& key : {"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"}) {
    ctx.week_key = key;
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen.front().id == "gentle.fear");
  }
}

TEST_CASE("prompt select: a termination without improvement says so first", "[prompt][safety]") {
  std::vector<Prompt> lib = generals(6);
  auto gains = general("gains", {}, "review-gains");
  gains.when = {Condition::improved};
  lib.push_back(gains);
  auto not_yet = general("not-yet", {}, "non-response");
  not_yet.when = {Condition::not_improved};
  lib.push_back(not_yet);
  auto ctx = context();
  ctx.phase = Phase::termination;
  ctx.conditions = {Condition::not_improved};
  for (const auto& key : {"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"}) {
    ctx.week_key = key;
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE_FALSE(chosen.empty());
    CHECK(chosen.front().id == "not-yet");
    CHECK_FALSE(has_id(chosen, "gains"));
  }
  ctx.conditions = {Condition::improved};
  CHECK_FALSE(has_id(choose_prompts(lib, ctx, {}, 20), "not-yet"));
}
