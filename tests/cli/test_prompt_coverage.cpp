// The built-in library under the pure chooser, over many simulated courses: every task the
// initial and the termination phase must cover is asked in every course, for every area and
// dispute stage, whatever the weeks held; a prompt is asked only in its phases and stages. The
// figures are printed for the record (tests/cli: it links the library).
#include <catch2/catch.hpp>

#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>

#include "domain/prompt.hpp"
#include "library/prompt_library.hpp"

using namespace ipt;
using namespace ipt::domain;

namespace {

struct Setup {
  std::optional<AreaKind> area;
  std::optional<DisputeStage> stage;
  std::string name;
};

std::vector<Setup> setups() {
  return {{AreaKind::grief, std::nullopt, "grief"},
          {AreaKind::dispute, DisputeStage::renegotiation, "dispute/renegotiation"},
          {AreaKind::dispute, DisputeStage::impasse, "dispute/impasse"},
          {AreaKind::dispute, DisputeStage::dissolution, "dispute/dissolution"},
          {AreaKind::dispute, std::nullopt, "dispute/no stage"},
          {AreaKind::transition, std::nullopt, "transition"},
          {AreaKind::deficits, std::nullopt, "deficits"},
          {std::nullopt, std::nullopt, "no focus"}};
}

/// One simulated week: the phase and course facts, and conditions drawn at random.
PromptContext week_context(const Setup& s, const Course& c, int week, std::mt19937& rng) {
  PromptContext ctx;
  ctx.phase = phase_of_week(c, week);
  ctx.area = s.area;
  ctx.stage = s.stage;
  ctx.week_key = "2026-w" + std::to_string(week) + "-" + std::to_string(rng());
  ctx.last_week_of_phase = phase_of_week(c, week + 1) != ctx.phase;
  auto& v = ctx.values;
  v["phase"] = std::string(to_string(ctx.phase));
  v["week"] = std::to_string(week);
  v["weeks_left"] = std::to_string(c.weeks - week);
  std::bernoulli_distribution coin(0.5);
  if (s.area) {
    v["area"] = "the area";
    if (coin(rng))
      ctx.area_person = "Jordan";
  }
  if (coin(rng)) {
    v["mood_avg"] = "4.5";
    v["low_day"] = "Tuesday";
    v["high_day"] = "Friday";
  }
  if (coin(rng))
    v["mood_change"] = "1 point lower than last week";
  if (week > 4) {
    v["baseline"] = "3.8";
    v["mood_recent"] = "5.1";
  }
  // Each trigger holds in about a week in four; a hard week (low day, loss) less often.
  const std::vector<std::pair<Condition, double>> odds{
      {Condition::low_day, 0.2},       {Condition::mood_down, 0.15},
      {Condition::loss, 0.08},         {Condition::conflict, 0.3},
      {Condition::change, 0.1},        {Condition::support, 0.35},
      {Condition::avoidance, 0.1},     {Condition::isolated, 0.2},
      {Condition::new_person, 0.1},    {Condition::few_checkins, 0.25},
      {Condition::stage_changed, 0.05}};
  for (const auto& [cond, p] : odds) {
    if (std::bernoulli_distribution(p)(rng))
      ctx.conditions.insert(cond);
  }
  for (auto role : {Role::any, Role::conflict, Role::support, Role::loss, Role::change}) {
    ctx.event_of[role] = "what happened";
    ctx.person_of[role] = "Sam";
  }
  v["loss"] = "what was lost";
  if (week == 1)
    ctx.conditions.insert(Condition::first_week);
  if (c.weeks - week <= 2)
    ctx.conditions.insert(Condition::last_weeks);
  if (week == c.weeks)
    ctx.conditions.insert(Condition::final_week);
  if (!s.area &&
      (ctx.phase == Phase::middle || (ctx.phase == Phase::initial && ctx.last_week_of_phase)))
    ctx.conditions.insert(Condition::no_focus);
  if (week > 4) {
    const auto gate = std::uniform_int_distribution<int>(0, 2)(rng);
    if (gate == 0)
      ctx.conditions.insert(Condition::improved);
    if (gate == 1)
      ctx.conditions.insert(Condition::not_improved);
  }
  return ctx;
}

}  // namespace

TEST_CASE("prompt coverage: every course asks every must-cover task of its phases",
          "[prompt][coverage]") {
  const auto lib = library::load_library({});
  REQUIRE(lib.problems.empty());
  std::mt19937 rng(20261201);
  constexpr int kCourses = 120;
  std::cout << "\nprompt coverage over " << kCourses
            << " simulated courses each (8, 10, 12, 14 or 16 weeks):\n";
  for (const auto& s : setups()) {
    std::map<Phase, int> complete;  // courses covering every must-cover task of the phase
    for (int n = 0; n < kCourses; ++n) {
      Course c;
      c.start = std::chrono::year{2026} / 1 / 5;
      c.weeks = std::vector<int>{8, 10, 12, 14, 16}[n % 5];
      const auto shape = default_phase_weeks(c.weeks);
      c.initial_weeks = shape.initial;
      c.termination_weeks = shape.termination;
      PromptHistory history;
      std::vector<PastAnswer> last;
      for (int week = 1; week <= c.weeks; ++week) {
        const auto ctx = week_context(s, c, week, rng);
        history.last_week = last;
        const auto chosen = choose_prompts(lib.prompts, ctx, history, 3);
        last.clear();
        for (const auto& p : chosen) {
          INFO(s.name << ", week " << week << " of " << c.weeks << ": " << p.id);
          history.covered_tasks.insert(p.task);
          history.recent.insert(p.id);
          last.push_back({p.followup ? p.id + "#followup" : p.id, "an answer"});
          const auto* prompt = &*std::find_if(lib.prompts.begin(), lib.prompts.end(),
                                              [&](const Prompt& q) { return q.id == p.id; });
          // A prompt is asked in its own phases (an initial task not yet asked carries into
          // the middle phase; a follow-up goes with last week's prompt), and stage work only
          // at its stages.
          const bool carried = ctx.phase == Phase::middle && prompt->phases.count(Phase::initial);
          if (!p.followup && !carried && !prompt->phases.empty())
            CHECK(prompt->phases.count(ctx.phase) == 1);
          if (!prompt->stages.empty()) {
            // Strategy for some stages is no work for the assessing initial phase.
            if (prompt->stages.size() < 3)
              CHECK(ctx.phase != Phase::initial);
            if (s.stage)
              CHECK(prompt->stages.count(*s.stage) == 1);
          }
          CHECK_FALSE(prompt->gentle);
        }
      }
      for (auto phase : {Phase::initial, Phase::termination}) {
        bool all = true;
        for (auto task : must_cover_tasks(phase)) {
          // A focus area chosen is the focus choice made (here from the course's start).
          const bool done = history.covered_tasks.count(std::string(task)) == 1 ||
                            (task == "focus-choice" && s.area);
          INFO(s.name << ": " << task << " never asked in a " << c.weeks << "-week course");
          CHECK(done);
          all = all && done;
        }
        complete[phase] += all ? 1 : 0;
      }
    }
    std::cout << "  " << s.name << ": initial tasks in " << complete[Phase::initial] << "/"
              << kCourses << ", termination tasks in " << complete[Phase::termination] << "/"
              << kCourses << "\n";
  }
}
