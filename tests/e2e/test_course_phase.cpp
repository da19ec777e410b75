// End to end: `ipt course` (start, end, edit, list) and `ipt phase` (set, auto): the course of
// therapy, its weeks and the phase derived from them.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

// "Today" at 18:00 UTC on `day`.
Env on(const std::string& day) {
  return {{"IPT_NOW", day + " 18:00"}};
}

const Env kNow = on("2026-11-26");

RunResult must(const Sandbox& box, const std::vector<std::string>& args, const Env& env = kNow) {
  auto r = box.run(args, {}, env);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

json course(const Sandbox& box, const Env& env = kNow) {
  return box.run_json({"course", "--format", "json"}, {}, env);
}

std::string phase(const Sandbox& box, const Env& env = kNow) {
  return must(box, {"phase"}, env).out;
}

}  // namespace

TEST_CASE("course: start with the defaults, and the json keys", "[model]") {
  Sandbox box;
  auto r = must(box, {"course", "start"});
  CHECK(r.out == "started a 16-week course on 2026-11-26\n");
  // Key order is part of the format: read it with an order-keeping parser.
  const auto ordered = nlohmann::ordered_json::parse(must(box, {"course", "--format", "json"}).out);
  std::vector<std::string> keys;
  for (const auto& [k, v] : ordered.items())
    keys.push_back(k);
  CHECK(keys ==
        std::vector<std::string>{"today", "phase", "pinned", "course", "focus", "open_areas"});
  const auto j = course(box);
  CHECK(j["today"] == "2026-11-26");
  CHECK(j["phase"] == "initial");
  CHECK(j["pinned"] == false);
  CHECK(j["focus"].is_null());
  const auto& c = j["course"];
  keys.clear();
  for (const auto& [k, v] : ordered["course"].items())
    keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"id", "uuid", "start", "weeks", "initial_weeks",
                                         "termination_weeks", "end", "phases", "week", "weeks_left",
                                         "ended"});
  CHECK(c["id"] == 1);
  CHECK(c["uuid"].get<std::string>().size() == 36);
  CHECK(c["start"] == "2026-11-26");
  CHECK(c["weeks"] == 16);
  CHECK(c["initial_weeks"] == 3);
  CHECK(c["termination_weeks"] == 3);
  CHECK(c["end"].is_null());
  CHECK(c["phases"] == json{{"initial", "2026-11-26"},
                            {"middle", "2026-12-17"},
                            {"termination", "2027-02-25"},
                            {"maintenance", "2027-03-18"}});
  CHECK(c["week"] == 1);
  CHECK(c["weeks_left"] == 15);
  CHECK(c["ended"] == false);
}

TEST_CASE("course: week and phase at every boundary of a 16-week course", "[model]") {
  Sandbox box;
  must(box, {"course", "start", "-d", "2026-10-01"}, on("2026-10-01"));
  struct Row {
    const char* day;
    int week;
    const char* phase;
    int weeks_left;
  };
  const Row rows[] = {
      {"2026-10-01", 1, "initial", 15},     {"2026-10-07", 1, "initial", 15},
      {"2026-10-08", 2, "initial", 14},     {"2026-10-21", 3, "initial", 13},
      {"2026-10-22", 4, "middle", 12},      {"2026-12-30", 13, "middle", 3},
      {"2026-12-31", 14, "termination", 2}, {"2027-01-20", 16, "termination", 0},
      {"2027-01-21", 17, "maintenance", 0}, {"2027-06-01", 35, "maintenance", 0},
  };
  for (const auto& row : rows) {
    INFO("today " << row.day);
    const auto j = course(box, on(row.day));
    CHECK(j["phase"] == row.phase);
    CHECK(j["course"]["week"] == row.week);
    CHECK(j["course"]["weeks_left"] == row.weeks_left);
    CHECK(j["course"]["ended"] == false);
    CHECK(phase(box, on(row.day)) == std::string(row.phase) + "\n");
  }
  // The text view says the same.
  auto text = must(box, {"course"}, on("2026-10-22")).out;
  CHECK(has(text, "week 4 of 16, 12 weeks left"));
  CHECK(has(text, "middle"));
  CHECK(has(text, "2026-10-01, 16 weeks (3 initial, 3 termination)"));
  CHECK(has(text,
            "initial 2026-10-01, middle 2026-10-22, termination 2026-12-31, maintenance "
            "2027-01-21"));
  text = must(box, {"course"}, on("2027-01-21")).out;
  CHECK(has(text, "week 17, past the planned 16 weeks"));
  CHECK(has(text, "maintenance"));
}

TEST_CASE("course: start with a custom shape, and a second start is refused", "[model]") {
  Sandbox box;
  must(box, {"course", "start", "-d", "2026-10-01", "--weeks", "12", "--initial-weeks", "2",
             "--termination-weeks", "4"});
  const auto c = course(box)["course"];
  CHECK(c["weeks"] == 12);
  CHECK(c["initial_weeks"] == 2);
  CHECK(c["termination_weeks"] == 4);
  CHECK(c["phases"] == json{{"initial", "2026-10-01"},
                            {"middle", "2026-10-15"},
                            {"termination", "2026-11-26"},
                            {"maintenance", "2026-12-24"}});
  CHECK(course(box)["phase"] == "termination");  // week 9 of 12, the last 4 are termination
  CHECK(course(box, on("2026-11-25"))["phase"] == "middle");

  const auto before = must(box, {"course", "list", "--format", "json"}).out;
  auto r = box.run({"course", "start", "--weeks", "8"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("ipt: error: a course is already open (started 2026-10-01)\n"));
  CHECK(has(r.err, "\nipt: hint: "));
  CHECK(has(r.err, "ipt course end"));
  CHECK(must(box, {"course", "list", "--format", "json"}).out == before);
}

TEST_CASE("course: the boundaries of --weeks and the phase lengths", "[model]") {
  // 4 and 52 are allowed; each in its own journal.
  for (const char* weeks : {"4", "52"}) {
    Sandbox b;
    must(b,
         {"course", "start", "--weeks", weeks, "--initial-weeks", "1", "--termination-weeks", "2"});
    CHECK(course(b)["course"]["weeks"] == std::stoi(weeks));
  }
  struct Bad {
    std::vector<std::string> args;
    const char* needle;
  };
  const Bad bad[] = {
      {{"course", "start", "--weeks", "3"}, "4 to 52"},
      {{"course", "start", "--weeks", "53"}, "4 to 52"},
      {{"course", "start", "--weeks", "abc"}, "--weeks"},
      // An empty value is a value, not absence: it must not mean the default.
      {{"course", "start", "--weeks", ""}, "--weeks"},
      {{"course", "start", "--initial-weeks", ""}, "--initial-weeks"},
      {{"course", "start", "--weeks", "8", "--initial-weeks", "4", "--termination-weeks", "4"},
       "no middle"},
      {{"course", "start", "--initial-weeks", "10", "--termination-weeks", "6"}, "no middle"},
      {{"course", "start", "--initial-weeks", "0"}, "at least one week"},
      {{"course", "start", "--termination-weeks", "0"}, "at least one week"},
  };
  for (const auto& row : bad) {
    Sandbox box;
    auto r = box.run(row.args, {}, kNow);
    std::string shown;
    for (const auto& a : row.args)
      shown += " '" + a + "'";
    INFO("ipt" << shown << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    CHECK(has(r.err, row.needle));
    CHECK_FALSE(ipt::test::exists(box.db()));  // refused before the journal is made
  }
}

TEST_CASE("course: a leading zero in --weeks is decimal, not octal", "[model]") {
  // CLI11 reads integers with base 0, so "016" would mean 14 and "0x10" 16.
  Sandbox box;
  auto r = box.run({"course", "start", "--weeks", "016"}, {}, kNow);
  INFO(describe(r));
  if (r.exit_code == 0) {
    CHECK(course(box)["course"]["weeks"] == 16);
  } else {
    CHECK(r.exit_code == 2);
  }
}

TEST_CASE("course: end, edit and list", "[model]") {
  Sandbox box;
  must(box, {"course", "start", "-d", "2026-10-01"});
  auto r = must(box, {"course", "edit", "--weeks", "12"});
  CHECK(r.out == "updated the course: 12 weeks from 2026-10-01\n");
  auto c = course(box)["course"];
  CHECK(c["weeks"] == 12);
  CHECK(c["phases"]["termination"] == "2026-12-03");
  CHECK(c["phases"]["maintenance"] == "2026-12-24");
  CHECK(c["weeks_left"] == 3);

  // A refused edit changes nothing.
  const auto before = course(box);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"course", "edit", "--weeks", "3"},
        {"course", "edit", "--weeks", "53"},
        {"course", "edit", "--weeks", "abc"},
        {"course", "edit", "--weeks", "6"},
        {"course", "edit", "--initial-weeks", "9"},
        {"course", "edit"}}) {
    r = box.run(args, {}, kNow);
    INFO(args.back() << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.err.starts_with("ipt: error: "));
    CHECK(course(box) == before);
  }

  // An empty --weeks is a bad value, not "nothing to change" (nor the default).
  r = box.run({"course", "edit", "--weeks", ""}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err.substr(0, r.err.find('\n')), "--weeks"));
  CHECK_FALSE(has(r.err, "nothing to change"));
  CHECK(course(box) == before);

  r = must(box, {"course", "end"});
  CHECK(r.out == "ended the course on 2026-11-26\n");
  CHECK(has(r.err, "maintenance"));
  const auto j = course(box);
  CHECK(j["phase"] == "maintenance");
  CHECK(j["course"]["end"] == "2026-11-26");
  CHECK(j["course"]["ended"] == true);
  CHECK(phase(box) == "maintenance\n");
  CHECK(has(must(box, {"course"}).out, "ended 2026-11-26 after starting 2026-10-01"));

  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"course", "end"}, {"course", "edit", "--weeks", "14"}}) {
    r = box.run(args, {}, kNow);
    INFO(args[1] << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: no course is open\n"));
    CHECK(has(r.err, "ipt: hint: "));
  }

  // A second course after the first; list shows both, oldest first.
  must(box,
       {"course", "start", "--weeks", "8", "--initial-weeks", "2", "--termination-weeks", "2"});
  CHECK(phase(box) == "initial\n");
  const auto list = box.run_json({"course", "list", "--format", "json"}, {}, kNow);
  REQUIRE(list.is_array());
  REQUIRE(list.size() == 2);
  CHECK(list[0]["id"] == 1);
  CHECK(list[0]["weeks"] == 12);
  CHECK(list[0]["end"] == "2026-11-26");
  CHECK(list[1]["id"] == 2);
  CHECK(list[1]["start"] == "2026-11-26");
  CHECK(list[1]["end"].is_null());
  CHECK(list[1]["phases"]["maintenance"] == "2027-01-21");
  CHECK(list[0].contains("uuid"));
  const auto text = ipt::test::lines(must(box, {"course", "list"}).out);
  REQUIRE(text.size() == 3);
  CHECK(has(text[0], "START"));
  CHECK(text[1].starts_with("1 "));
  CHECK(has(text[1], "2026-10-01"));
  CHECK(has(text[1], "ended"));
  CHECK(text[2].starts_with("2 "));
  CHECK(has(text[2], "open, week 1"));
}

TEST_CASE("course: phase with no journal, no course, and off a terminal", "[model]") {
  Sandbox box;
  auto r = must(box, {"phase"});
  CHECK(r.out == "none\n");
  CHECK_FALSE(ipt::test::exists(box.db()));
  CHECK(ipt::test::dir_names(box.path()) == std::set<std::string>{"config", "data", "home"});
  CHECK(ipt::test::dir_names(box.path() + "/data").empty());

  must(box, {"people", "add", "Sam"});
  CHECK(phase(box) == "none\n");
  auto j = course(box);
  CHECK(j["phase"] == "none");
  CHECK(j["course"].is_null());

  must(box, {"course", "start", "-d", "2026-11-01"});
  CHECK(phase(box) == "middle\n");  // week 4; just the word, for $(ipt phase)
}

TEST_CASE("course: phase set pins the phase and phase auto unpins it", "[model]") {
  Sandbox box;
  must(box, {"course", "start", "-d", "2026-11-01"});
  auto r = must(box, {"phase", "set", "termination"});
  CHECK(r.out == "phase pinned to termination\n");
  auto j = course(box);
  CHECK(j["pinned"] == true);
  CHECK(j["phase"] == "termination");
  CHECK(j["course"]["week"] == 4);
  CHECK(phase(box) == "termination\n");
  CHECK(phase(box, on("2027-06-01")) == "termination\n");  // a pin outlasts the calendar
  CHECK(has(must(box, {"course"}).out, "pinned"));

  r = box.run({"phase", "set", "bogus"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("ipt: error: "));
  for (const char* valid : {"bogus", "initial", "middle", "termination", "maintenance"})
    CHECK(has(r.err, valid));
  CHECK(course(box)["phase"] == "termination");

  r = must(box, {"phase", "auto"});
  CHECK(r.out == "phase follows the calendar: middle\n");
  j = course(box);
  CHECK(j["pinned"] == false);
  CHECK(j["phase"] == "middle");

  // With the course ended the calendar's phase is maintenance; a pin still wins.
  must(box, {"course", "end"});
  CHECK(phase(box) == "maintenance\n");
  must(box, {"phase", "set", "initial"});
  CHECK(phase(box) == "initial\n");
  r = must(box, {"phase", "auto"});
  CHECK(r.out == "phase follows the calendar: maintenance\n");
  CHECK(course(box)["phase"] == "maintenance");
}

TEST_CASE("course: phase on a terminal says the week and what the phase is for", "[model][tty]") {
  // scripts/bootstrap installs util-linux's script: without it this test can't check, so fails.
  REQUIRE(ipt::test::exists("/usr/bin/script"));
  Sandbox box;
  must(box, {"course", "start", "-d", "2026-11-01"});
  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " phase";
  auto r = ipt::test::run_raw({"/usr/bin/script", "-qec", cmd, "/dev/null"}, box.env(kNow), "");
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "middle (week 4 of 16): "));
}
