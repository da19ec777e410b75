// End to end: `ipt prompts` (the week's reflection prompts, `check`), `ipt reflect` (answers as
// reflection entries) and user prompt files (prompts/README.md).
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

// "Today" is Thursday 2026-11-26, 18:00 UTC; its Monday week is 2026-11-23 .. 2026-11-29.
const Env kNow = {{"IPT_NOW", "2026-11-26 18:00"}};

RunResult must(const Sandbox& box, const std::vector<std::string>& args,
               const std::string& in = {}) {
  auto r = box.run(args, in, kNow);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

json prompts(const Sandbox& box, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"prompts", "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return box.run_json(args, {}, kNow);
}

std::vector<std::string> ids(const json& sheet) {
  std::vector<std::string> out;
  for (const auto& p : sheet.at("prompts"))
    out.push_back(p.at("id").get<std::string>());
  return out;
}

std::set<std::string> id_set(const json& sheet) {
  const auto v = ids(sheet);
  return {v.begin(), v.end()};
}

bool any_reason(const json& sheet, const std::string& reason) {
  for (const auto& p : sheet.at("prompts")) {
    for (const auto& r : p.at("reasons")) {
      if (r == reason)
        return true;
    }
  }
  return false;
}

std::vector<json> reflections(const Sandbox& box) {
  std::vector<json> out;
  for (const auto& e : box.run_json({"list", "--format", "json"}, {}, kNow)) {
    if (e.at("type") == "reflection")
      out.push_back(e);
  }
  return out;
}

std::string user_prompt_dir(const Sandbox& box) {
  const auto dir = box.path() + "/config/ipt/prompts";
  std::filesystem::create_directories(dir);
  return dir;
}

// A prompt file with one prompt; an unknown key on line 4 when `bad`.
std::string prompt_file(const std::string& id, const std::string& text, bool bad = false) {
  return "[[prompt]]\nid = \"" + id + "\"\ntext = \"" + text + "\"\n" +
         (bad ? "colour = \"blue\"\n" : "") +
         "phase = [\"none\"]\narea = \"any\"\ntechnique = \"inventory\"\ntask = \"inventory\"\n";
}

// A journal with one check-in today and nothing else: no course, no focus.
void one_checkin(const Sandbox& box) {
  must(box, {"log", "5", "a quiet day"});
}

// `args` run at another moment than kNow.
RunResult must_at(const Sandbox& box, const std::string& now, const std::vector<std::string>& args,
                  const std::string& in = {}) {
  auto r = box.run(args, in, {{"IPT_NOW", now}});
  INFO(args.front() << " at " << now << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

// A course from Thursday 2026-10-01 (so 2026-11-26 begins course week 9, of the middle phase)
// with a dispute with Sam at `stage` in focus from its first day.
void dispute_course(const Sandbox& box, const std::string& stage) {
  must_at(box, "2026-10-01 18:00", {"course", "start"});
  must_at(box, "2026-10-01 18:00",
          {"area", "add", "dispute", "Sam and the chores", "--with", "Sam", "--stage", stage});
}

// Skip every prompt of the week containing `day`, so they count as asked.
void skip_week(const Sandbox& box, const std::string& day) {
  must(box, {"reflect", "--week", day}, "\n---\n\n---\n\n");
}

// dispute_course, with weeks 1 to 8 reflected on (every prompt skipped): the initial phase's
// tasks are asked, so nothing of it is carried into week 9 and after.
void lived_dispute_course(const Sandbox& box, const std::string& stage) {
  dispute_course(box, stage);
  for (const auto* day : {"2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29",
                          "2026-11-05", "2026-11-12", "2026-11-19"})
    skip_week(box, day);
}

}  // namespace

TEST_CASE("prompts: check passes on the built-in library and the source files", "[prompts]") {
  Sandbox box;
  auto r = must(box, {"prompts", "check"});
  CHECK(r.out.empty());
  CHECK(has(r.err, "fine"));
  r = must(box, {"prompts", "check", std::string(IPT_SOURCE_DIR) + "/prompts"});
  CHECK(r.out.empty());
}

TEST_CASE("prompts: check reports a malformed file as FILE:line", "[prompts]") {
  Sandbox box;
  const auto file = box.path() + "/mine.toml";
  ipt::test::write_file(file, prompt_file("mine.one", "Who did you see?", true));
  const auto r = box.run({"prompts", "check", file}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, file + ":4: prompt 'mine.one': unknown key 'colour'"));
}

// The hint for a malformed user file is "check a file with: ipt prompts check FILE"; a user's
// file holds a prompt or two, so judging it alone for coverage can never pass.
TEST_CASE("prompts: check on one good user file finds no problems", "[prompts]") {
  Sandbox box;
  const auto file = box.path() + "/mine.toml";
  ipt::test::write_file(file, prompt_file("mine.one", "Who did you see?"));
  const auto r = box.run({"prompts", "check", file}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
}

TEST_CASE("prompts: a user file replaces and hides built-in prompts by id", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto before = prompts(box, {"-n", "20"});
  REQUIRE(id_set(before).count("general.none.miss-someone"));
  REQUIRE(id_set(before).count("general.none.who-matters"));
  const auto dir = user_prompt_dir(box);
  ipt::test::write_file(dir + "/a.toml",
                        prompt_file("general.none.miss-someone", "MINE: who do you miss?"));
  ipt::test::write_file(dir + "/b.toml",
                        prompt_file("general.none.who-matters", "Hidden?") + "enabled = false\n");
  const auto after = prompts(box, {"-n", "20"});
  CHECK_FALSE(id_set(after).count("general.none.who-matters"));
  CHECK(id_set(after).size() == id_set(before).size() - 1);
  bool found = false;
  for (const auto& p : after.at("prompts")) {
    if (p.at("id") == "general.none.miss-someone") {
      found = true;
      CHECK(p.at("text") == "MINE: who do you miss?");
    }
  }
  CHECK(found);
  must(box, {"reflect", "--prompt", "general.none.miss-someone", "my sister"});
  const auto saved = reflections(box);
  REQUIRE(saved.size() == 1);
  CHECK(saved[0].at("prompt") == "MINE: who do you miss?");
}

TEST_CASE("prompts: a malformed user file stops prompts with file:line", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto dir = user_prompt_dir(box);
  ipt::test::write_file(dir + "/bad.toml", prompt_file("mine.one", "Who?", true));
  for (const char* cmd : {"prompts", "reflect"}) {
    const auto r = box.run({cmd}, {}, kNow);
    INFO(describe(r));
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, dir + "/bad.toml:4: "));
    CHECK(r.out.empty());
  }
  CHECK(reflections(box).empty());
}

TEST_CASE("prompts: each phase of the course gets its own prompts", "[prompts]") {
  // Course start days that put 2026-11-26 in week 1, 9, 15 and 26 of a 16-week course.
  const std::vector<std::pair<std::string, std::string>> cases{{"2026-11-26", "initial"},
                                                               {"2026-10-01", "middle"},
                                                               {"2026-08-20", "termination"},
                                                               {"2026-06-01", "maintenance"}};
  std::vector<std::set<std::string>> sets;
  for (const auto& [start, phase] : cases) {
    Sandbox box;
    must(box, {"course", "start", "-d", start});
    const auto sheet = prompts(box, {"-n", "5"});
    INFO(phase << "\n" << sheet.dump(2));
    CHECK(sheet.at("phase") == phase);
    CHECK(sheet.at("prompts").size() == 5);
    CHECK(any_reason(sheet, "phase " + phase));
    for (const auto& other : {"initial", "middle", "termination", "maintenance"}) {
      if (other != phase)
        CHECK_FALSE(any_reason(sheet, std::string("phase ") + other));
    }
    sets.push_back(id_set(sheet));
  }
  for (std::size_t i = 0; i < sets.size(); ++i) {
    for (std::size_t j = i + 1; j < sets.size(); ++j)
      CHECK(sets[i] != sets[j]);
  }
  Sandbox pinned;  // a pinned phase chooses just the same way
  must(pinned, {"course", "start"});
  must(pinned, {"phase", "set", "termination"});
  CHECK(prompts(pinned).at("phase") == "termination");
}

TEST_CASE("prompts: a dispute at impasse gets dispute and impasse prompts", "[prompts]") {
  Sandbox box;
  dispute_course(box, "impasse");
  const auto three = ids(prompts(box));
  CHECK(std::any_of(three.begin(), three.end(),
                    [](const std::string& id) { return id.rfind("dispute.", 0) == 0; }));
  const auto all = ids(prompts(box, {"-n", "20"}));
  CHECK(std::any_of(all.begin(), all.end(),
                    [](const std::string& id) { return id.rfind("dispute.impasse.", 0) == 0; }));
  for (const auto& id : all) {
    CHECK(id.rfind("dispute.renegotiation.", 0) != 0);
    CHECK(id.rfind("dispute.dissolution.", 0) != 0);
    CHECK(id.rfind("grief.", 0) != 0);
  }
  const auto r = must(box, {"prompts"});
  CHECK_FALSE(has(r.err, "ipt course start"));
}

TEST_CASE("prompts: without a course or focus, a note suggests ipt course start", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto r = must(box, {"prompts"});
  CHECK(has(r.err, "ipt course start"));
  CHECK(has(r.out, "Week of 2026-11-23 to 2026-11-29 (none phase)"));
}

TEST_CASE("prompts: the same week gives the same prompts", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto first = must(box, {"prompts", "--format", "json"}).out;
  const auto second = must(box, {"prompts", "--format", "json"}).out;
  CHECK(first == second);
  CHECK(must(box, {"prompts", "--format", "json", "--week", "2026-11-29"}).out == first);
  const auto sheet = json::parse(first);
  CHECK(sheet.at("week").at("start") == "2026-11-23");
  CHECK(sheet.at("week").at("end") == "2026-11-29");
  CHECK(sheet.at("week").at("course_week").is_null());
}

TEST_CASE("prompts: reflect reads answers from stdin in the prompts' order", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto sheet = prompts(box);
  REQUIRE(sheet.at("prompts").size() == 3);
  const auto r = must(box, {"reflect"}, "answer one\n---\n---\nanswer three\n");
  CHECK(r.out == "saved 2 answers\n");
  const auto saved = reflections(box);
  REQUIRE(saved.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& shown = sheet.at("prompts").at(i == 0 ? 0 : 2);
    CHECK(saved[i].at("prompt_id") == shown.at("id"));
    CHECK(saved[i].at("prompt") == shown.at("text"));
    CHECK(saved[i].at("week") == "2026-11-23");
    CHECK(has(saved[i].at("text").get<std::string>(), i == 0 ? "answer one" : "answer three"));
  }
}

TEST_CASE("prompts: reflect with more answers than prompts saves nothing", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto r = box.run({"reflect"}, "a\n---\nb\n---\nc\n---\nd\n", kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "nothing was saved"));
  CHECK(reflections(box).empty());
}

TEST_CASE("prompts: reflect --prompt answers one prompt by id", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto first = ids(prompts(box)).front();
  auto r = must(box, {"reflect", "--prompt", first, "just this one"});
  CHECK(r.out == "saved #2\n");
  REQUIRE(reflections(box).size() == 1);
  CHECK(reflections(box)[0].at("prompt_id") == first);
  r = box.run({"reflect", "--prompt", "nope", "x"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "'nope'"));
  CHECK(reflections(box).size() == 1);
}

// A prompt that is not among the week's first 3 is still saved as it would be shown: with its
// placeholders filled ("a prompt never shows a gap"), not as the library's template.
TEST_CASE("prompts: reflect --prompt saves the prompt text with placeholders filled", "[prompts]") {
  Sandbox box;
  must(box, {"log", "6", "-d", "2026-11-23"});
  must(box, {"log", "7", "-d", "2026-11-24"});
  one_checkin(box);  // Thursday at 5: the week's lowest day of three
  must(box, {"reflect", "--prompt", "general.none.lowest-day", "it was fine"});
  const auto saved = reflections(box);
  REQUIRE(saved.size() == 1);
  const auto text = saved[0].at("prompt").get<std::string>();
  INFO(text);
  CHECK_FALSE(has(text, "{"));
  CHECK(has(text, "Thursday"));
}

// With nothing more pressing in the week, the third prompt follows up last week's answer.
TEST_CASE("prompts: a followup quotes last week's answer", "[prompts]") {
  Sandbox box;
  lived_dispute_course(box, "impasse");
  must(box, {"reflect", "--week", "today", "--prompt", "dispute.middle.options",
             "talk it through on Sunday"});
  const auto next = prompts(box, {"--week", "2026-12-03"});
  CHECK(next.at("week").at("start") == "2026-12-03");
  CHECK(next.at("week").at("course_week") == 10);
  REQUIRE(next.at("prompts").size() == 3);
  const auto& third = next.at("prompts").at(2);
  CHECK(third.at("id") == "dispute.middle.options");
  CHECK(third.at("followup") == true);
  CHECK(third.at("text").get<std::string>().starts_with(
      "Last week you wrote: 'talk it through on Sunday'. "));
  for (std::size_t i = 0; i < 2; ++i)
    CHECK(next.at("prompts").at(i).at("followup") == false);
  // Two weeks on, there is no follow-up any more.
  const auto later = prompts(box, {"--week", "2026-12-10"});
  REQUIRE_FALSE(later.at("prompts").empty());
  for (const auto& p : later.at("prompts"))
    CHECK(p.at("followup") == false);
}

// A follow-up answered in week 10 is a report on week 9's plan, not a new plan: week 11 must
// not say "Last week you chose one way..." again.
TEST_CASE("prompts: answering a follow-up does not bring the same follow-up back", "[prompts]") {
  Sandbox box;
  lived_dispute_course(box, "impasse");
  must(box, {"reflect", "--week", "today", "--prompt", "dispute.middle.options",
             "talk it through on Sunday"});
  REQUIRE(prompts(box, {"--week", "2026-12-03"}).at("prompts").at(2).at("followup") == true);
  const auto r =
      must(box, {"reflect", "--week", "2026-12-03"}, "---\n---\nwe talked, it went well\n");
  CHECK(r.out == "saved 1 answer\n");
  const auto later = prompts(box, {"--week", "2026-12-10"});
  REQUIRE_FALSE(later.at("prompts").empty());
  for (const auto& p : later.at("prompts")) {
    INFO(p.dump());
    CHECK(p.at("followup") == false);
  }
}

TEST_CASE("prompts: the week's prompts are not repeated the next week", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto week1 = id_set(prompts(box, {"-n", "3"}));
  skip_week(box, "today");
  const auto week2 = id_set(prompts(box, {"-n", "3", "--week", "2026-12-03"}));
  REQUIRE(week1.size() == 3);
  REQUIRE(week2.size() == 3);
  for (const auto& id : week2)
    CHECK_FALSE(week1.count(id));
}

// With one check-in in the first week and none after, the same two conditions (few_checkins,
// no_events) hold every week, and plenty of general prompts for the phase are left in week 3.
TEST_CASE("prompts: nothing from the last 4 weeks comes back while others are eligible",
          "[prompts]") {
  Sandbox box;
  one_checkin(box);
  std::set<std::string> earlier;
  for (const auto* day : {"2026-11-26", "2026-12-03", "2026-12-10"}) {
    const auto week = id_set(prompts(box, {"-n", "3", "--week", day}));
    INFO(day);
    CHECK(week.size() == 3);
    for (const auto& id : week)
      CHECK_FALSE(earlier.count(id));
    earlier.insert(week.begin(), week.end());
    skip_week(box, day);
  }
}

TEST_CASE("prompts: markdown output and a bad -n", "[prompts]") {
  Sandbox box;
  one_checkin(box);
  const auto md = must(box, {"prompts", "--format", "markdown"}).out;
  CHECK(md.rfind("## Reflection prompts\n", 0) == 0);
  CHECK(has(md, "\n1. "));
  CHECK(has(md, "\n3. "));
  for (const char* n : {"0", "21", "x"}) {
    const auto r = box.run({"prompts", "-n", n}, {}, kNow);
    INFO(n << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
  }
  const auto r = box.run({"reflect", "-n", "0"}, "x\n", kNow);
  CHECK(r.exit_code == 2);
  CHECK(reflections(box).empty());
}
