// choose_prompts, eligible, fill_placeholders and placeholders_in on hand-made libraries:
// the selection rules of prompts/README.md ("How a week's prompts are chosen").
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/prompt.hpp"

using namespace ipt::domain;

namespace {

// A general prompt: any phase, any area, no conditions.
Prompt general(const std::string& id, const std::string& text = "A general question?") {
  Prompt p;
  p.id = id;
  p.text = text;
  p.any_area = true;
  p.technique = "review";
  return p;
}

Prompt for_area(const std::string& id, AreaKind area) {
  Prompt p = general(id, "An area question?");
  p.any_area = false;
  p.areas = {area};
  return p;
}

Prompt on_condition(const std::string& id, std::set<Condition> when) {
  Prompt p = general(id, "A condition question?");
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

}  // namespace

TEST_CASE("prompt select: the same week gives the same prompts, another week another order",
          "[prompt]") {
  const auto lib = generals(30);
  const PromptHistory none;
  const auto a = choose_prompts(lib, context("2026-11-23"), none, 10);
  const auto b = choose_prompts(lib, context("2026-11-23"), none, 10);
  CHECK(ids(a) == ids(b));
  REQUIRE(a.size() == 10);
  int differing = 0;
  for (const auto* week : {"2026-11-30", "2026-12-07", "2026-12-14"}) {
    if (ids(choose_prompts(lib, context(week), none, 10)) != ids(a))
      ++differing;
  }
  CHECK(differing >= 2);
}

TEST_CASE("prompt select: n is respected and nothing is chosen twice", "[prompt]") {
  const auto lib = generals(12);
  for (int n : {1, 3, 5, 12}) {
    const auto chosen = choose_prompts(lib, context(), {}, n);
    CHECK(static_cast<int>(chosen.size()) == n);
    const auto v = ids(chosen);
    CHECK(std::set<std::string>(v.begin(), v.end()).size() == v.size());
  }
  CHECK(choose_prompts(lib, context(), {}, 20).size() == 12);  // only as many as are eligible
}

TEST_CASE("prompt select: a follow-up of last week's answer comes first", "[prompt]") {
  auto lib = generals(8);
  Prompt plan = general("plan", "What will you try?");
  plan.followup = "Last week you planned to try something with {person}. What happened?";
  lib.push_back(plan);
  auto ctx = context();
  ctx.values["person"] = "Sam";
  PromptHistory h;
  h.answered_last_week = {"g1", "plan"};  // g1 has no followup: nothing to follow up
  const auto chosen = choose_prompts(lib, ctx, h, 3);
  REQUIRE(chosen.size() == 3);
  CHECK(chosen[0].id == "plan");
  CHECK(chosen[0].followup);
  CHECK(chosen[0].text == "Last week you planned to try something with Sam. What happened?");
  for (std::size_t i = 1; i < chosen.size(); ++i)
    CHECK_FALSE(chosen[i].followup);

  SECTION("a follow-up whose placeholders cannot be filled is skipped") {
    ctx.values.erase("person");
    const auto without = choose_prompts(lib, ctx, h, 3);
    REQUIRE(without.size() == 3);
    for (const auto& c : without)
      CHECK_FALSE(c.followup);
  }
  SECTION("answered twice, followed up once") {
    h.answered_last_week = {"plan", "plan"};
    const auto twice = choose_prompts(lib, ctx, h, 5);
    CHECK(std::count_if(twice.begin(), twice.end(), [](const auto& c) { return c.followup; }) == 1);
  }
}

TEST_CASE("prompt select: a focus area gets at least one of its prompts", "[prompt]") {
  auto lib = generals(20);
  lib.push_back(for_area("dispute.one", AreaKind::dispute));
  lib.push_back(for_area("grief.one", AreaKind::grief));
  auto ctx = context();
  ctx.area = AreaKind::dispute;
  for (const auto* week : {"2026-01-05", "2026-03-02", "2026-11-23"}) {
    ctx.week_key = week;
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE(has_id(chosen, "dispute.one"));
    CHECK_FALSE(has_id(chosen, "grief.one"));
    for (const auto& c : chosen) {
      if (c.id == "dispute.one")
        CHECK(any_reason(c, "area"));
    }
  }
  ctx.area.reset();
  const auto no_focus = choose_prompts(lib, ctx, {}, 22);
  CHECK_FALSE(has_id(no_focus, "dispute.one"));
  CHECK_FALSE(has_id(no_focus, "grief.one"));
}

TEST_CASE("prompt select: stage prompts only at their stage", "[prompt]") {
  auto lib = generals(6);
  Prompt impasse = for_area("dispute.impasse.x", AreaKind::dispute);
  impasse.stages = {DisputeStage::impasse};
  lib.push_back(impasse);
  auto ctx = context();
  ctx.area = AreaKind::dispute;
  ctx.stage = DisputeStage::impasse;
  CHECK(eligible(impasse, ctx));
  const auto at = choose_prompts(lib, ctx, {}, 3);
  REQUIRE(has_id(at, "dispute.impasse.x"));
  for (const auto& c : at) {
    if (c.id == "dispute.impasse.x")
      CHECK(any_reason(c, "stage impasse"));
  }
  ctx.stage = DisputeStage::renegotiation;
  CHECK_FALSE(eligible(impasse, ctx));
  CHECK_FALSE(has_id(choose_prompts(lib, ctx, {}, 20), "dispute.impasse.x"));
  ctx.stage.reset();
  CHECK_FALSE(has_id(choose_prompts(lib, ctx, {}, 20), "dispute.impasse.x"));
}

TEST_CASE("prompt select: a condition that holds gets at least one of its prompts", "[prompt]") {
  auto lib = generals(20);
  lib.push_back(on_condition("cond.low", {Condition::low_day}));
  lib.push_back(on_condition("cond.conflict", {Condition::conflict}));
  lib.push_back(on_condition("cond.both", {Condition::low_day, Condition::conflict}));
  auto ctx = context();
  ctx.conditions = {Condition::low_day};
  for (const auto* week : {"2026-01-05", "2026-03-02", "2026-11-23"}) {
    ctx.week_key = week;
    const auto chosen = choose_prompts(lib, ctx, {}, 3);
    REQUIRE(has_id(chosen, "cond.low"));
    for (const auto& c : chosen) {
      if (c.id == "cond.low")
        CHECK(c.reasons == std::vector<std::string>{"condition low_day"});
    }
    // Never a prompt whose condition does not hold, however many are asked for.
    const auto all = choose_prompts(lib, ctx, {}, 20);
    CHECK_FALSE(has_id(all, "cond.conflict"));
    CHECK_FALSE(has_id(all, "cond.both"));
  }
  ctx.conditions = {Condition::low_day, Condition::conflict};
  const auto all = choose_prompts(lib, ctx, {}, 23);
  CHECK(all.size() == 23);
  for (const auto& c : all) {
    if (c.id == "cond.both") {
      CHECK(any_reason(c, "condition low_day"));
      CHECK(any_reason(c, "condition conflict"));
    }
  }
  ctx.conditions.clear();
  const auto calm = choose_prompts(lib, ctx, {}, 20);
  for (const auto* id : {"cond.low", "cond.conflict", "cond.both"})
    CHECK_FALSE(has_id(calm, id));
}

TEST_CASE("prompt select: prompts of the last 4 weeks wait while others are eligible", "[prompt]") {
  auto lib = generals(6);
  PromptHistory h;
  h.recent = {"g0", "g1", "g2"};
  const auto chosen = choose_prompts(lib, context(), h, 3);
  REQUIRE(chosen.size() == 3);
  for (const auto& c : chosen)
    CHECK_FALSE(h.recent.count(c.id));

  SECTION("recent ones are the fallback when nothing else is left") {
    const auto more = choose_prompts(lib, context(), h, 5);
    REQUIRE(more.size() == 5);
    CHECK(std::count_if(more.begin(), more.end(),
                        [&](const auto& c) { return h.recent.count(c.id) > 0; }) == 2);
    h.recent = {"g0", "g1", "g2", "g3", "g4", "g5"};
    CHECK(choose_prompts(lib, context(), h, 3).size() == 3);
  }
}

// "Prompts in history.recent are used only when nothing else is eligible" (prompt.hpp): that
// holds for the area and condition slots too, not only for the general ones.
TEST_CASE("prompt select: recent area and condition prompts wait while general ones are left",
          "[prompt]") {
  auto lib = generals(6);
  lib.push_back(on_condition("cond.few", {Condition::few_checkins}));
  lib.push_back(for_area("grief.one", AreaKind::grief));
  PromptHistory h;
  h.recent = {"cond.few", "grief.one"};
  auto ctx = context();
  ctx.conditions = {Condition::few_checkins};
  auto chosen = choose_prompts(lib, ctx, h, 3);
  INFO("with a condition: " << ids(chosen)[0] << ", " << ids(chosen)[1] << ", " << ids(chosen)[2]);
  CHECK_FALSE(has_id(chosen, "cond.few"));

  ctx.conditions.clear();
  ctx.area = AreaKind::grief;
  chosen = choose_prompts(lib, ctx, h, 3);
  INFO("with a focus: " << ids(chosen)[0] << ", " << ids(chosen)[1] << ", " << ids(chosen)[2]);
  CHECK_FALSE(has_id(chosen, "grief.one"));
}

TEST_CASE("prompt select: unfillable placeholders, area none and disabled prompts", "[prompt]") {
  auto lib = generals(3);
  lib.push_back(general("with.person", "How was time with {person}?"));
  Prompt lonely = general("no.focus", "No focus yet?");
  lonely.any_area = false;
  lonely.no_area = true;
  lib.push_back(lonely);
  Prompt off = general("off");
  off.enabled = false;
  lib.push_back(off);
  Prompt initial_only = general("initial.only");
  initial_only.phases = {Phase::initial};
  lib.push_back(initial_only);

  auto ctx = context();
  auto all = choose_prompts(lib, ctx, {}, 20);
  CHECK_FALSE(has_id(all, "with.person"));
  CHECK(has_id(all, "no.focus"));
  CHECK_FALSE(has_id(all, "off"));
  CHECK_FALSE(has_id(all, "initial.only"));
  CHECK(all.size() == 4);

  ctx.values["person"] = "Sam";
  ctx.area = AreaKind::grief;
  all = choose_prompts(lib, ctx, {}, 20);
  REQUIRE(has_id(all, "with.person"));
  for (const auto& c : all) {
    if (c.id == "with.person")
      CHECK(c.text == "How was time with Sam?");
  }
  CHECK_FALSE(has_id(all, "no.focus"));
  CHECK_FALSE(has_id(all, "off"));
  CHECK_FALSE(eligible(off, ctx));
  ctx.phase = Phase::initial;
  CHECK(eligible(initial_only, ctx));
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
