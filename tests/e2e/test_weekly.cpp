// End to end: the weekly cycle of `ipt prompts` and `ipt reflect` as a user meets it: looking
// never writes, what reflect asked is not asked again, a week answered is kept as it was asked,
// which week "this week" is, the course's shape, moving on from a resolved area, choosing a focus,
// 'loss' asked about, check-ins as contact, people in their roles, and mood with an area's people.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

// "Today" is Thursday 2026-11-26, 18:00 UTC.
const std::string kToday = "2026-11-26 18:00";
const Env kNow = {{"IPT_NOW", kToday}};

RunResult run_at(const Sandbox& box, const std::string& now, const std::vector<std::string>& args,
                 const std::string& in = {}) {
  return box.run(args, in, {{"IPT_NOW", now}});
}

// `args` run at `now`; exit status 0 is required.
RunResult must_at(const Sandbox& box, const std::string& now, const std::vector<std::string>& args,
                  const std::string& in = {}) {
  auto r = run_at(box, now, args, in);
  INFO(args.front() << " at " << now << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

RunResult must(const Sandbox& box, const std::vector<std::string>& args,
               const std::string& in = {}) {
  return must_at(box, kToday, args, in);
}

json parse(const RunResult& r) {
  INFO(describe(r));
  json j;
  REQUIRE_NOTHROW(j = json::parse(r.out));
  return j;
}

// `ipt prompts --format json` at `now`, with `extra` options.
json sheet_at(const Sandbox& box, const std::string& now, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"prompts", "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return parse(must_at(box, now, args));
}

json sheet(const Sandbox& box, std::vector<std::string> extra = {}) {
  return sheet_at(box, kToday, std::move(extra));
}

std::vector<std::string> ids(const json& s) {
  std::vector<std::string> out;
  for (const auto& p : s.at("prompts"))
    out.push_back(p.at("id").get<std::string>());
  return out;
}

bool contains(const json& array, const std::string& value) {
  return std::any_of(array.begin(), array.end(), [&](const json& v) { return v == value; });
}

bool has_reason(const json& prompt, const std::string& reason) {
  return contains(prompt.at("reasons"), reason);
}

std::vector<json> reflections(const Sandbox& box) {
  std::vector<json> out;
  for (const auto& e : parse(must(box, {"list", "--format", "json"}))) {
    if (e.at("type") == "reflection")
      out.push_back(e);
  }
  return out;
}

// A course from Monday 2026-10-05 (so 2026-11-26 is day 4 of course week 8, 2026-11-23 to
// 2026-11-29, in the middle phase) with a dispute with Sam at impasse in focus from its first
// day, check-ins in weeks 7 and 8, and a conflict with Sam in week 8.
void lived_journal(const Sandbox& box) {
  must_at(box, "2026-10-05 09:00", {"course", "start"});
  must_at(box, "2026-10-05 09:00",
          {"area", "add", "dispute", "Sam and the chores", "--with", "Sam", "--stage", "impasse"});
  for (const auto* day : {"2026-11-17", "2026-11-18", "2026-11-24", "2026-11-25", "2026-11-26"})
    must(box, {"log", "5", "an ordinary day", "-d", day});
  must(box, {"event", "argued with Sam about the dishes", "--with", "Sam", "--kind", "conflict",
             "--impact", "-2", "-d", "2026-11-25"});
}

}  // namespace

// --- 1. looking is read-only ---

TEST_CASE("weekly: prompts and completion leave the journal byte-identical", "[e2e][weekly]") {
  Sandbox box;
  lived_journal(box);
  const auto before = file_bytes(box.db());
  const bool wal_before = exists(box.db() + "-wal");
  const bool shm_before = exists(box.db() + "-shm");

  const std::vector<std::vector<std::string>> looks{
      {"prompts"},
      {"prompts", "-n", "20"},
      {"prompts", "--week", "2026-10-15"},  // a past week, of the initial phase
      {"prompts", "--week", "2027-01-14"},  // a future week, in the course's last weeks
      {"prompts", "--week", "2026-12-03", "-n", "20"},
      {"prompts", "--format", "json"},
      {"prompts", "--format", "csv"},
      {"prompts", "--format", "markdown"},
      {"prompts", "--format", "text"},
      {"prompts", "--week", "2027-01-14", "--format", "json", "-n", "20"},
  };
  for (const auto& args : looks) {
    for (int i = 0; i < 2; ++i) {
      const auto r = must(box, args);
      CHECK_FALSE(r.out.empty());
    }
  }
  const auto past = sheet(box, {"--week", "2026-10-15"});
  CHECK(past.at("week").at("course_week") == 2);
  CHECK(past.at("phase") == "initial");
  const auto future = sheet(box, {"--week", "2027-01-14"});
  CHECK(future.at("week").at("course_week") == 15);

  auto r = must(box, {"__complete", "bash", "--", "reflect", "--prompt", ""});
  const auto offered = ipt::test::lines(r.out);
  CHECK(std::any_of(offered.begin(), offered.end(),
                    [](const std::string& l) { return l.rfind("dispute.", 0) == 0; }));
  r = must(box, {"__complete", "bash", "--", "prompts", "--week", ""});
  CHECK(has(r.out, "today\n"));

  CHECK(file_bytes(box.db()) == before);
  if (!wal_before)
    CHECK_FALSE(exists(box.db() + "-wal"));
  if (!shm_before)
    CHECK_FALSE(exists(box.db() + "-shm"));
  // Nothing counts as asked: the week is not kept.
  const auto now = sheet(box);
  CHECK(now.at("kept") == false);
  for (const auto& p : now.at("prompts")) {
    CHECK(p.at("asked") == false);
    CHECK(p.at("answered") == false);
    CHECK(p.at("answer").is_null());
  }
}

TEST_CASE("weekly: looking at prompts many times does not make them asked", "[e2e][weekly]") {
  Sandbox looked;
  Sandbox untouched;
  lived_journal(looked);
  lived_journal(untouched);
  for (int i = 0; i < 4; ++i) {
    must(looked, {"prompts"});
    must(looked, {"prompts", "-n", "20", "--format", "json"});
    must(looked, {"prompts", "--week", "2026-12-03"});
    must(looked, {"__complete", "bash", "--", "reflect", "--prompt", ""});
  }
  // The next week is chosen after this week's prompts: had looking recorded them as asked, it
  // would avoid them and count their tasks as covered.
  for (const auto& week : {"2026-12-03", "2026-11-26"}) {
    const std::vector<std::string> args{"prompts", "--week", week, "-n", "20", "--format", "json"};
    const auto a = must(looked, args).out;
    const auto b = must(untouched, args).out;
    INFO(week);
    CHECK(a == b);
  }
  CHECK(sheet(looked, {"--week", "2026-12-03"}).at("kept") == false);
}

// --- 2. not repeated within 4 weeks ---

// Without a course and with one check-in a week, weeks 2026-11-23 and 2026-11-30 hold the same
// conditions (no events, few check-ins), so without the 4-week rule they share a prompt.
TEST_CASE("weekly: what reflect skipped is not asked the next week", "[e2e][weekly]") {
  Sandbox box;
  Sandbox twin;  // the same journal, nobody reflected
  const std::string next = "2026-12-03 18:00";
  for (const auto* b : {&box, &twin}) {
    must(*b, {"log", "5", "a quiet day", "-d", "2026-11-17"});
    must(*b, {"log", "5", "a quiet day", "-d", "2026-11-24"});
  }
  const auto asked = ids(sheet(box));
  REQUIRE(asked.size() == 3);
  const auto r = must(box, {"reflect"}, "\n---\n\n---\n\n");
  CHECK(r.out == "saved 0 answers\n");
  CHECK(reflections(box).empty());
  for (const auto* b : {&box, &twin})
    must_at(*b, next, {"log", "5", "a quiet day", "-d", "2026-12-01"});

  const auto after = sheet_at(box, next);
  CHECK(after.at("week").at("start") == "2026-11-30");
  CHECK(after.at("week").at("previous") == false);
  CHECK(after.at("kept") == false);
  REQUIRE(after.at("prompts").size() == 3);
  for (const auto& id : ids(after)) {
    INFO(id);
    CHECK(std::find(asked.begin(), asked.end(), id) == asked.end());
  }
  // The twin shows the rule is what keeps them apart.
  const auto unasked = ids(sheet_at(twin, next));
  CHECK(std::any_of(unasked.begin(), unasked.end(), [&](const std::string& id) {
    return std::find(asked.begin(), asked.end(), id) != asked.end();
  }));
}

// --- 3. a week answered is kept ---

TEST_CASE("weekly: an answered week keeps its prompts and answers", "[e2e][weekly]") {
  Sandbox box;
  Sandbox twin;  // the same journal and changes, never reflected on
  lived_journal(box);
  lived_journal(twin);
  const auto shown = ids(sheet(box, {"--week", "today"}));
  REQUIRE(shown.size() == 3);
  auto r = must(box, {"reflect", "--week", "today"}, "first answer\n---\n\n---\nthird answer\n");
  CHECK(r.out == "saved 2 answers\n");

  const auto check_kept = [&](const std::string& when) {
    INFO("after " << when);
    const auto kept = sheet(box, {"--week", "2026-11-26"});
    CHECK(kept.at("kept") == true);
    CHECK(kept.at("week").at("start") == "2026-11-23");
    CHECK(ids(kept) == shown);
    const auto& ps = kept.at("prompts");
    REQUIRE(ps.size() == 3);
    for (const auto& p : ps)
      CHECK(p.at("asked") == true);
    CHECK(ps.at(0).at("answered") == true);
    CHECK(ps.at(1).at("answered") == false);
    CHECK(ps.at(2).at("answered") == true);
    CHECK(ps.at(0).at("answer") == "first answer");
    CHECK(ps.at(1).at("answer").is_null());
    CHECK(ps.at(2).at("answer") == "third answer");
  };
  check_kept("reflect");

  // The dispute's stage changes in the week...
  for (const auto* b : {&box, &twin})
    must(*b, {"area", "stage", "1", "renegotiation"});
  check_kept("a stage change");
  // ...and then the focus moves to another area.
  for (const auto* b : {&box, &twin}) {
    must(*b, {"area", "add", "transition", "New job"});
    must(*b, {"area", "focus", "2"});
  }
  check_kept("a focus change");
  CHECK(ids(sheet(twin, {"--week", "today"})) != shown);  // computed afresh, they would differ

  const auto text = must(box, {"prompts", "--week", "today"}).out;
  CHECK(has(text, "first answer"));
  CHECK(has(text, "third answer"));
  for (const auto& id : shown)
    CHECK(has(text, "[" + id + "]"));

  // Again: only the unanswered one is asked.
  r = box.run({"reflect", "--week", "today"}, "one\n---\ntwo\n", kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "nothing was saved"));
  CHECK(reflections(box).size() == 2);
  r = must(box, {"reflect", "--week", "today"}, "second answer\n");
  CHECK(r.out == "saved 1 answer\n");
  auto saved = reflections(box);
  REQUIRE(saved.size() == 3);
  CHECK(saved.back().at("prompt_id") == shown.at(1));
  CHECK(saved.back().at("week") == "2026-11-23");
  CHECK(has(saved.back().at("text").get<std::string>(), "second answer"));
  CHECK(sheet(box, {"--week", "today"}).at("prompts").at(1).at("answer") == "second answer");

  // All answered: nothing to ask, unless --again, which asks all three.
  r = must(box, {"reflect", "--week", "today"});
  CHECK(has(r.err, "--again"));
  CHECK(reflections(box).size() == 3);
  r = must(box, {"reflect", "--week", "today", "--again"}, "a1\n---\na2\n---\na3\n");
  CHECK(r.out == "saved 3 answers\n");
  saved = reflections(box);
  REQUIRE(saved.size() == 6);
  for (std::size_t i = 0; i < 3; ++i)
    CHECK(saved.at(3 + i).at("prompt_id") == shown.at(i));
  const auto latest = sheet(box, {"--week", "today"});
  CHECK(ids(latest) == shown);
  CHECK(latest.at("prompts").at(0).at("answer") == "a1");
  CHECK(latest.at("prompts").at(1).at("answer") == "a2");
  CHECK(latest.at("prompts").at(2).at("answer") == "a3");
}

// --- 4. which week "this week" is ---

namespace {

// A course from Monday 2026-11-02 with one check-in in its first week.
void november_course(const Sandbox& box) {
  must_at(box, "2026-11-02 09:00", {"course", "start"});
  must_at(box, "2026-11-03 09:00", {"log", "5", "a first check-in"});
}

const std::string kTuesday = "2026-11-10 09:00";  // day 2 of course week 2

}  // namespace

TEST_CASE("weekly: early in a week, last week's prompts while it has no answers", "[e2e][weekly]") {
  Sandbox box;
  november_course(box);

  auto r = must_at(box, kTuesday, {"prompts", "--format", "json"});
  auto s = parse(r);
  CHECK(s.at("week").at("start") == "2026-11-02");
  CHECK(s.at("week").at("course_week") == 1);
  CHECK(s.at("week").at("previous") == true);
  CHECK(has(r.err, "last week's prompts"));
  CHECK(has(r.err, "--week today"));

  r = must_at(box, kTuesday, {"prompts", "--week", "today", "--format", "json"});
  s = parse(r);
  CHECK(s.at("week").at("start") == "2026-11-09");
  CHECK(s.at("week").at("previous") == false);
  CHECK_FALSE(has(r.err, "last week's"));

  CHECK(sheet_at(box, "2026-11-11 23:00").at("week").at("start") == "2026-11-02");  // day 3
  r = must_at(box, "2026-11-12 09:00", {"prompts", "--format", "json"});            // day 4
  s = parse(r);
  CHECK(s.at("week").at("start") == "2026-11-09");
  CHECK(s.at("week").at("course_week") == 2);
  CHECK(s.at("week").at("previous") == false);
  CHECK_FALSE(has(r.err, "last week's"));

  SECTION("an answer in week 1 moves Tuesday on to week 2") {
    r = must_at(box, kTuesday, {"reflect"}, "slept badly\n---\n---\n");
    CHECK(r.out == "saved 1 answer\n");
    const auto saved = reflections(box);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].at("week") == "2026-11-02");  // reflect answered the week prompts showed
    r = must_at(box, kTuesday, {"prompts", "--format", "json"});
    s = parse(r);
    CHECK(s.at("week").at("start") == "2026-11-09");
    CHECK(s.at("week").at("previous") == false);
    CHECK_FALSE(has(r.err, "last week's"));
  }
  SECTION("skips alone in week 1 leave Tuesday on week 1") {
    r = must_at(box, kTuesday, {"reflect", "--week", "2026-11-05"}, "\n---\n\n---\n\n");
    CHECK(r.out == "saved 0 answers\n");
    r = must_at(box, kTuesday, {"prompts", "--format", "json"});
    s = parse(r);
    CHECK(s.at("week").at("start") == "2026-11-02");
    CHECK(s.at("week").at("previous") == true);
    CHECK(s.at("kept") == true);
    CHECK(has(r.err, "--week today"));
  }
}

// --- 5. the course's shape ---

TEST_CASE("weekly: a course's initial and termination weeks follow its length", "[e2e][weekly]") {
  const std::vector<std::pair<int, int>> cases{{8, 2}, {10, 2}, {12, 3}, {16, 3}};
  for (const auto& [weeks, phase_weeks] : cases) {
    INFO(weeks << " weeks");
    Sandbox box;
    const auto r = must(box, {"course", "start", "--weeks", std::to_string(weeks)});
    CHECK(has(r.out, std::to_string(weeks) + "-week course on 2026-11-26"));
    const auto c = parse(must(box, {"course", "--format", "json"})).at("course");
    CHECK(c.at("weeks") == weeks);
    CHECK(c.at("initial_weeks") == phase_weeks);
    CHECK(c.at("termination_weeks") == phase_weeks);
    if (weeks == 8) {
      CHECK(c.at("phases").at("middle") == "2026-12-10");
      CHECK(c.at("phases").at("termination") == "2027-01-07");
      CHECK(c.at("phases").at("maintenance") == "2027-01-21");
    }
  }
}

// --- 6. moving on from a resolved area ---

TEST_CASE("weekly: resolving the focus names the open area to turn to", "[e2e][weekly]") {
  Sandbox box;
  must_at(box, "2026-10-05 09:00", {"course", "start"});
  must_at(box, "2026-10-05 09:00",
          {"area", "add", "dispute", "Sam and the chores", "--with", "Sam"});
  must_at(box, "2026-10-05 09:00", {"area", "add", "transition", "New job"});
  must(box, {"log", "5", "a steady day"});
  const std::string hint = "ipt area focus 2";

  auto r = must(box, {"area", "resolve", "1", "--note", "we agreed on a rota"});
  CHECK(has(r.out, "resolved area #1"));
  CHECK(has(r.err, "New job"));
  CHECK(has(r.err, hint));

  r = must(box, {"course"});
  CHECK(has(r.err, hint));
  bool open_row = false;
  for (const auto& line : ipt::test::lines(r.out)) {
    if (line.rfind("open", 0) == 0) {
      open_row = true;
      CHECK(has(line, "#2"));
      CHECK(has(line, "New job"));
    }
  }
  CHECK(open_row);

  const auto c = parse(must(box, {"course", "--format", "json"}));
  CHECK(c.at("focus").is_null());
  REQUIRE(c.at("open_areas").size() == 1);
  CHECK(c.at("open_areas").at(0).at("id") == 2);
  CHECK(c.at("open_areas").at(0).at("kind") == "transition");
  CHECK(c.at("open_areas").at(0).at("title") == "New job");

  r = must(box, {"area"});
  CHECK(has(r.err, hint));
  r = must(box, {"prompts"});
  CHECK(has(r.err, hint));

  // The week after the resolution.
  r = must_at(box, "2026-12-03 18:00", {"prompts", "--format", "json"});
  const auto s = parse(r);
  INFO(s.dump(2));
  CHECK(s.at("week").at("start") == "2026-11-30");
  CHECK(contains(s.at("conditions"), "area_resolved"));
  const auto& ps = s.at("prompts");
  CHECK(std::any_of(ps.begin(), ps.end(),
                    [](const json& p) { return has_reason(p, "condition area_resolved"); }));
  CHECK(has(r.err, hint));
}

// --- 7. no focus at the end of the initial phase ---

TEST_CASE("weekly: the initial phase ending without a focus asks for one", "[e2e][weekly]") {
  Sandbox box;
  must_at(box, "2026-11-02 09:00", {"course", "start", "--weeks", "12"});
  const std::string week3 = "2026-11-19 18:00";  // the last of its 3 initial weeks

  auto r = must_at(box, week3, {"course"});
  CHECK(has(r.err, "initial phase is ending without a focus area"));
  r = must_at(box, week3, {"prompts", "--week", "today", "--format", "json"});
  auto s = parse(r);
  INFO(s.dump(2));
  CHECK(s.at("week").at("course_week") == 3);
  CHECK(s.at("phase") == "initial");
  CHECK(contains(s.at("conditions"), "no_focus"));
  const auto& ps = s.at("prompts");
  CHECK(std::any_of(ps.begin(), ps.end(),
                    [](const json& p) { return p.at("task") == "focus-choice"; }));

  // A week before, the phase is not ending yet.
  r = must_at(box, "2026-11-12 18:00", {"course"});
  CHECK_FALSE(has(r.err, "ending without a focus"));
  s = sheet_at(box, "2026-11-12 18:00", {"--week", "today"});
  CHECK(s.at("week").at("course_week") == 2);
  CHECK_FALSE(contains(s.at("conditions"), "no_focus"));
}

// --- 8. 'loss' is asked about ---

TEST_CASE("weekly: area add loss off a terminal asks grief or transition", "[e2e][weekly]") {
  Sandbox box;
  auto r = box.run({"area", "add", "loss", "My dad"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(has(r.err, "'loss'"));
  CHECK(has(r.err, "grief"));
  CHECK(has(r.err, "transition"));
  CHECK(has(r.err, "ipt area add grief"));
  CHECK(has(r.err, "ipt area add transition"));
  CHECK_FALSE(exists(box.db()));

  r = must(box, {"area", "add", "grief", "My dad"});
  CHECK(r.out == "added area #1\n");
  const auto list = parse(must(box, {"area", "--format", "json"}));
  REQUIRE(list.size() == 1);
  CHECK(list.at(0).at("kind") == "grief");
  CHECK(list.at(0).at("title") == "My dad");
  CHECK(list.at(0).at("status") == "focus");
}

// --- 9. check-ins naming someone are contact ---

// "isolated" needs someone in the inner circle; the twin logs the same evenings alone.
TEST_CASE("weekly: check-ins with someone count as contact with them", "[e2e][weekly]") {
  Sandbox box;
  Sandbox alone;
  const std::string friday = "2026-11-27 18:00";
  for (const auto* b : {&box, &alone}) {
    must_at(*b, "2026-11-01 10:00", {"people", "add", "Sam", "--circle", "inner"});
    must_at(*b, "2026-11-01 10:00", {"log", "5", "getting started"});
  }
  for (const auto* day : {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"}) {
    must_at(box, friday, {"log", "6", "evening with Sam", "--with", "Sam", "-d", day});
    must_at(alone, friday, {"log", "6", "evening alone", "-d", day});
  }
  const auto s = sheet_at(box, friday, {"--week", "2026-11-25"});
  INFO(s.dump(2));
  CHECK(s.at("week").at("start") == "2026-11-23");
  CHECK_FALSE(contains(s.at("conditions"), "isolated"));
  for (const auto& p : s.at("prompts"))
    CHECK(p.at("id") != "cond.isolated");
  CHECK(contains(sheet_at(alone, friday, {"--week", "2026-11-25"}).at("conditions"), "isolated"));

  const auto sam = parse(must_at(box, friday, {"people", "show", "Sam", "--format", "json"}));
  INFO(sam.dump(2));
  CHECK(sam.at("last_contact") == "2026-11-27");
  const auto sam_alone =
      parse(must_at(alone, friday, {"people", "show", "Sam", "--format", "json"}));
  CHECK(sam_alone.at("last_contact").is_null());
}

// --- 10. people in their roles ---

TEST_CASE("weekly: the dispute's person and the supporter are not mixed up", "[e2e][weekly]") {
  Sandbox box;
  must_at(box, "2026-10-05 09:00", {"course", "start"});
  must_at(box, "2026-10-05 09:00",
          {"area", "add", "dispute", "Jordan and me", "--with", "Jordan", "--stage", "impasse"});
  for (const auto* day : {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"})
    must(box, {"log", "5", "a day", "-d", day});
  must(box, {"event", "Ben covered my shift", "--with", "Ben", "--kind", "support", "--impact", "2",
             "-d", "2026-11-24"});
  must(box, {"event", "Jordan and I argued about money", "--with", "Jordan", "--kind", "conflict",
             "--impact", "-2", "-d", "2026-11-25"});

  const auto s = sheet(box, {"-n", "20"});
  INFO(s.dump(2));
  CHECK(s.at("phase") == "middle");
  CHECK(contains(s.at("conditions"), "support"));
  CHECK(contains(s.at("conditions"), "conflict"));
  bool dispute_names_jordan = false;
  bool support_names_ben = false;
  for (const auto& p : s.at("prompts")) {
    const auto id = p.at("id").get<std::string>();
    const auto text = p.at("text").get<std::string>();
    INFO(id << ": " << text);
    if (id.rfind("dispute.", 0) == 0) {
      CHECK_FALSE(has(text, "Ben"));
      dispute_names_jordan = dispute_names_jordan || has(text, "Jordan");
    }
    if (has_reason(p, "condition support")) {
      CHECK_FALSE(has(text, "Jordan"));
      support_names_ben = support_names_ben || has(text, "Ben");
    }
  }
  CHECK(dispute_names_jordan);
  CHECK(support_names_ben);
}

// --- 11. mood with an area's people ---

TEST_CASE("weekly: area show compares mood on days with the area's people", "[e2e][weekly]") {
  Sandbox box;
  must_at(box, "2026-11-20 09:00",
          {"area", "add", "dispute", "Sam and the chores", "--with", "Sam"});
  must(box, {"log", "3", "talked with Sam", "--with", "Sam", "-d", "2026-11-20"});
  must(box, {"log", "6", "a walk", "-d", "2026-11-21"});
  must(box, {"log", "3", "Sam again", "--with", "Sam", "-d", "2026-11-22"});
  must(box, {"log", "7", "a good day", "-d", "2026-11-23"});
  must(box, {"log", "6", "fine", "-d", "2026-11-25"});

  // Two days with Sam are too few to compare.
  auto a = parse(must(box, {"area", "show", "1", "--format", "json"}));
  auto m = a.at("mood_with_people");
  INFO(a.dump(2));
  CHECK(m.at("days_with") == 2);
  CHECK(m.at("days_without") == 3);
  CHECK(m.at("enough") == false);
  auto text = must(box, {"area", "show", "1"}).out;
  CHECK_FALSE(has(text, "6.3"));

  must(box, {"log", "4", "Sam once more", "--with", "Sam", "-d", "2026-11-24"});
  a = parse(must(box, {"area", "show", "1", "--format", "json"}));
  m = a.at("mood_with_people");
  INFO(a.dump(2));
  CHECK(m.at("days_with") == 3);
  CHECK(m.at("days_without") == 3);
  CHECK(m.at("mean_with").get<double>() == Approx(3.33).margin(0.001));
  CHECK(m.at("mean_without").get<double>() == Approx(6.33).margin(0.001));
  CHECK(m.at("enough") == true);
  text = must(box, {"area", "show", "1"}).out;
  bool mood_row = false;
  for (const auto& line : ipt::test::lines(text)) {
    if (line.rfind("mood", 0) == 0) {
      mood_row = true;
      CHECK(has(line, "3.3"));
      CHECK(has(line, "6.3"));
    }
  }
  CHECK(mood_row);

  // An area naming nobody has no comparison.
  must(box, {"area", "add", "transition", "New job"});
  CHECK(
      parse(must(box, {"area", "show", "2", "--format", "json"})).at("mood_with_people").is_null());
}
