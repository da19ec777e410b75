// End to end: ipt demo makes a throwaway journal of a made-up course, shows this week, and never
// touches the user's journal ($IPT_DB, the configuration's db, the default one).
#include <filesystem>
#include <map>
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
using ipt::test::file_mode;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::write_file;
using json = nlohmann::json;

namespace {

/// A sandbox whose $TMPDIR is inside it, so every demo is removed with it.
struct DemoBox {
  Sandbox box;
  std::string tmp = box.path() + "/tmp";
  Env env{{"IPT_NOW", "2026-11-26 18:00"}, {"TMPDIR", tmp}};

  DemoBox() { std::filesystem::create_directory(tmp); }

  RunResult run(std::vector<std::string> args) const { return box.run(std::move(args), {}, env); }
  json run_json(const std::string& db, std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db});
    return box.run_json(std::move(args), {}, env);
  }
  /// Runs ipt demo, requires it to succeed, and returns where it says the journal is.
  std::string demo(std::vector<std::string> extra = {}) const {
    extra.insert(extra.begin(), "demo");
    const auto r = run(extra);
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
    const std::string lead = "ipt: the demo journal is ";
    const auto at = r.err.find(lead);
    REQUIRE(at != std::string::npos);
    const auto from = at + lead.size();
    return r.err.substr(from, r.err.find("; ", from) - from);
  }
  std::vector<std::string> in_tmp() const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(tmp))
      out.push_back(e.path().string());
    return out;
  }
};

}  // namespace

TEST_CASE("demo: a throwaway journal of a course in its middle phase, the user's untouched",
          "[demo]") {
  DemoBox d;
  const auto r = d.run({"demo"});
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  // The journal the user has ($IPT_DB here, which does not exist) is neither made nor opened.
  CHECK_FALSE(exists(d.box.db()));
  CHECK_FALSE(exists(d.box.path() + "/data/ipt"));
  CHECK_FALSE(has(r.err, "created a new journal"));
  // A new private directory under $TMPDIR, holding a private journal.
  const auto made = d.in_tmp();
  REQUIRE(made.size() == 1);
  CHECK(made[0].rfind(d.tmp + "/ipt-demo.", 0) == 0);
  CHECK(file_mode(made[0]) == 0700);
  const auto db = made[0] + "/journal.db";
  CHECK(file_mode(db) == 0600);
  // Where it is and how to look around, on stderr; this week's prompts on stdout.
  CHECK(has(r.err, "ipt: the demo journal is " + db + "; your own journal was not opened\n"));
  CHECK(has(r.err, "ipt:   ipt --db " + db + " list\n"));
  CHECK(has(r.err, "ipt: delete it when you are done: rm -r " + made[0] + "\n"));
  CHECK(has(r.err, "ipt: made a demo journal: week 6 of a made-up 16-week course of IPT"));
  CHECK_FALSE(r.out.empty());
  CHECK(r.out == d.box.run({"--db", db, "report"}, {}, d.env).out +
                     d.box.run({"--db", db, "prompts"}, {}, d.env).out);
  CHECK(has(r.err, "ipt:   ipt --db " + db + " report --format html > week.html\n"));
  // No safety message: nothing in the demo calls for one.
  CHECK_FALSE(has(r.err, "help-now"));

  const auto entries = d.run_json(db, {"list", "--format", "json"});
  CHECK(entries.size() >= 40);
  std::map<std::string, int> types;
  std::set<std::string> days;
  for (const auto& e : entries) {
    ++types[e["type"].get<std::string>()];
    days.insert(e["day"].get<std::string>());
  }
  CHECK(days.size() == 42);  // a check-in every day of 6 weeks
  CHECK(types["checkin"] >= 42);
  CHECK(types["event"] >= 20);
  CHECK(types["reflection"] >= 4);
  CHECK(types["measure"] == 4);
  CHECK(entries.back()["day"] == "2026-11-26");
  CHECK(entries.front()["day"] == "2026-10-16");

  const auto people = d.run_json(db, {"people", "--format", "json"});
  CHECK(people.size() >= 8);
  std::set<std::string> circles;
  for (const auto& p : people)
    circles.insert(p["circle"].is_string() ? p["circle"].get<std::string>() : "");
  CHECK(circles == std::set<std::string>{"inner", "middle", "outer"});
  const auto sam = d.run_json(db, {"people", "show", "Sam", "--format", "json"});
  CHECK_FALSE(sam["satisfying"].get<std::string>().empty());
  CHECK_FALSE(sam["wish"].get<std::string>().empty());

  const auto areas = d.run_json(db, {"area", "--format", "json"});
  REQUIRE(areas.size() == 2);
  int focus = 0;
  for (const auto& a : areas)
    focus += a["status"] == "focus";
  CHECK(focus == 1);
  const auto dispute = d.run_json(db, {"area", "show", "1", "--format", "json"});
  CHECK(dispute["kind"] == "dispute");
  CHECK(dispute["status"] == "focus");
  CHECK(dispute["stage"] == "renegotiation");
  CHECK(dispute["stages"].size() >= 2);

  const auto check = d.run_json(db, {"check", "--format", "json"});
  int phq9 = 0;
  int gad7 = 0;
  for (const auto& m : check["measures"]) {
    phq9 += m["scale"] == "phq9";
    gad7 += m["scale"] == "gad7";
    if (m["scale"] == "phq9")
      CHECK(m["answers"][8] == 0);  // a demo never sets off the crisis path
  }
  CHECK(phq9 == 2);
  CHECK(gad7 == 2);
  CHECK(d.run_json(db, {"agenda", "--format", "json"}).size() >= 1);
  CHECK(d.box.run({"--db", db, "phase"}, {}, d.env).out == "middle\n");
  CHECK(d.run_json(db, {"prompts", "--format", "json"})["prompts"].size() >= 1);
}

TEST_CASE("demo: this week's report has every section the demo promises", "[demo]") {
  DemoBox d;
  const auto db = d.demo();
  const auto report = d.run_json(db, {"report", "--format", "json"});
  CHECK(report["format"] == "ipt-report");
  CHECK(report["version"] == 1);
  for (const char* key : {"period", "header", "safety", "mood", "days", "associations", "weeks",
                          "people", "focus", "reflections", "measures", "termination", "agenda"}) {
    INFO("key " << key);
    CHECK(report.contains(key));
  }
  CHECK(report["header"]["course_week_from"] == 6);
  CHECK(report["header"]["phase"] == "middle");
  CHECK(report["days"].size() == report["header"]["days"]);
  CHECK(report["header"]["checkin_days"] >= 5);
  CHECK((!report["lowest"].is_null() || !report["highest"].is_null()));
  CHECK_FALSE(report["associations"].empty());
  CHECK_FALSE(report["focus"]["stages"].empty());
  CHECK_FALSE(report["focus"]["ratings"].empty());
  CHECK_FALSE(report["people"]["contacts"].empty());
  CHECK_FALSE(report["focus"]["area"].is_null());
  CHECK(report["reflections"]["asked"] > 0);
  CHECK_FALSE(report["measures"].empty());
  CHECK_FALSE(report["agenda"].empty());
}

TEST_CASE("demo: the default journal, when there is one, stays byte-identical", "[demo]") {
  DemoBox d;
  REQUIRE(d.run({"log", "6", "my own entry"}).exit_code == 0);
  auto snapshot = [&] {
    std::string s = file_bytes(d.box.db());
    for (const char* side : {"-wal", "-shm"})
      s += "|" + (exists(d.box.db() + side) ? file_bytes(d.box.db() + side) : "");
    return s;
  };
  const auto before = snapshot();
  d.demo();
  CHECK(snapshot() == before);
  // Nor the configuration's journal.
  const auto configured = d.box.path() + "/configured.db";
  std::filesystem::create_directories(d.box.path() + "/config/ipt");
  write_file(d.box.path() + "/config/ipt/config.toml", "db = \"" + configured + "\"\n");
  const Env no_db{{"IPT_DB", std::nullopt}, {"IPT_NOW", "2026-11-26 18:00"}, {"TMPDIR", d.tmp}};
  const auto r = d.box.run({"demo"}, {}, no_db);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK_FALSE(exists(configured));
}

TEST_CASE("demo: --db makes the demo there, and refuses a path that holds anything", "[demo]") {
  DemoBox d;
  SECTION("a new path, before or after the command") {
    const auto db = d.box.path() + "/new.db";
    CHECK(d.demo({"--db", db}) == db);
    CHECK(file_mode(db) == 0600);
    CHECK(d.in_tmp().empty());
    const auto other = d.box.path() + "/other.db";
    const auto r = d.box.run({"--db", other, "demo"}, {}, d.env);
    CHECK(r.exit_code == 0);
    CHECK(exists(other));
  }
  SECTION("an empty file, as mktemp makes, becomes the demo journal") {
    const auto db = d.box.path() + "/empty.db";
    write_file(db, "");
    CHECK(d.demo({"--db", db}) == db);
    CHECK(d.run_json(db, {"list", "--format", "json"}).size() >= 40);
  }
  SECTION("a file with something in it, a journal above all, is refused and left as it is") {
    const auto text = d.box.path() + "/notes.txt";
    write_file(text, "my notes\n");
    auto r = d.run({"demo", "--db", text});
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "ipt: error: '" + text + "' already exists"));
    CHECK(has(r.err, "ipt: hint: "));
    CHECK(file_bytes(text) == "my notes\n");

    REQUIRE(d.run({"log", "6", "mine"}).exit_code == 0);
    const auto before = file_bytes(d.box.db());
    r = d.run({"--db", d.box.db(), "demo"});
    CHECK(r.exit_code == 1);
    CHECK(file_bytes(d.box.db()) == before);
    CHECK(d.box.run_json({"list", "--format", "json"}, {}, d.env).size() == 1);
    // A directory is refused too.
    CHECK(d.run({"demo", "--db", d.tmp}).exit_code == 1);
    CHECK(d.in_tmp().empty());
  }
}

TEST_CASE("demo: --weeks outside 4 to 13 is refused, and nothing is made", "[demo]") {
  DemoBox d;
  for (const char* bad : {"0", "abc", "3", "14", "", "6x"}) {
    INFO("--weeks '" << bad << "'");
    const auto r = d.run({"demo", "--weeks", bad});
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "4 to 13"));
  }
  CHECK(d.in_tmp().empty());
}

TEST_CASE("demo: the same weeks on the same day make the same journal", "[demo]") {
  DemoBox d;
  for (const char* weeks : {"4", "13"}) {
    INFO("--weeks " << weeks);
    const auto first = d.demo({"--weeks", weeks});
    const auto second = d.demo({"--weeks", weeks});
    CHECK(first != second);
    const auto list = d.box.run({"--db", first, "list"}, {}, d.env);
    CHECK(list.exit_code == 0);
    CHECK(list.out == d.box.run({"--db", second, "list"}, {}, d.env).out);
    CHECK(d.box.run({"--db", first, "phase"}, {}, d.env).out == "middle\n");
    CHECK(d.run_json(first, {"course", "--format", "json"})["course"]["week"] == std::stoi(weeks));
  }
}
