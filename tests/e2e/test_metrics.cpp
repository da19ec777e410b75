// End to end: scales of the person's own (config.toml's [[metric]]) recorded with ipt log
// --metric, shown by list and show, changed by edit, summed up by report, drawn by calendar
// --metric, carried by export and import; refused input that leaves the journal as it was.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::write_config;
using json = nlohmann::json;

namespace {

// "Today" for every command: Wed 2026-03-04, 20:00 UTC.
const Env kNow{{"IPT_NOW", "2026-03-04 20:00"}, {"TZ", "UTC"}};

constexpr const char* kScales =
    "[[metric]]\nname = \"irritability\"\nmin = 0\nmax = 10\nlabel = \"0 calm, 10 furious\"\n\n"
    "[[metric]]\nname = \"sleep_quality\"\nmin = 1\nmax = 5\nlabel = \"1 awful, 5 great\"\n";

RunResult must(const Sandbox& box, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, kNow);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

json run_json(const Sandbox& box, const std::vector<std::string>& args) {
  return json::parse(must(box, args).out);
}

/// A journal with three check-ins (two with scales) and an event.
void seed(const Sandbox& box) {
  write_config(box, kScales);
  must(box, {"log", "6", "-d", "2026-03-02 20:00", "--metric", "irritability=2"});
  must(box, {"log", "4", "argued", "-d", "2026-03-03 20:00", "--metric",
             "irritability=7,sleep_quality=2", "--kind", "conflict"});
  must(box, {"log", "7", "-d", "2026-03-04 09:00", "--metric", "sleep_quality=5", "--metric",
             "irritability=3"});
}

}  // namespace

TEST_CASE("metrics: logged values show in list and show, as text, json and csv", "[e2e][metric]") {
  Sandbox box;
  seed(box);
  const auto list = run_json(box, {"list", "--format", "json"});
  REQUIRE(list.size() == 4);
  CHECK(list[0]["metrics"] == json{{"irritability", 2}});
  CHECK(list[1]["type"] == "checkin");
  CHECK(list[1]["metrics"] == json{{"irritability", 7}, {"sleep_quality", 2}});
  CHECK(list[2]["type"] == "event");
  CHECK(list[2]["metrics"].is_null());
  CHECK(list[3]["metrics"] == json{{"irritability", 3}, {"sleep_quality", 5}});

  const auto show = run_json(box, {"show", "2", "--format", "json"});
  CHECK(show["metrics"] == json{{"irritability", 7}, {"sleep_quality", 2}});
  const auto text = must(box, {"show", "2"}).out;
  CHECK(has(text, "\nirritability   7\nsleep_quality  2\n"));

  const auto lines = ipt::test::lines(must(box, {"list", "--on", "2026-03-03"}).out);
  REQUIRE(lines.size() >= 2);
  CHECK(has(lines[1], "mood 4  irritability 7  sleep_quality 2"));

  const auto csv = ipt::test::lines(must(box, {"list", "--format", "csv"}).out);
  REQUIRE(csv.size() == 5);
  CHECK(csv[0].substr(csv[0].size() - 14) == ",band,metrics\r");
  CHECK(csv[2].substr(csv[2].size() - 32) == ",irritability=7;sleep_quality=2\r");
  CHECK(csv[3].back() == '\r');
  CHECK(csv[3].substr(csv[3].size() - 2) == ",\r");  // the event: an empty cell
}

TEST_CASE("metrics: a bad --metric is refused with exit 2 and the journal stays as it was",
          "[e2e][metric]") {
  Sandbox box;
  // No journal yet: a refused first check-in makes none.
  write_config(box, kScales);
  auto r = box.run({"log", "5", "--metric", "irritability=11"}, {}, kNow);
  CHECK(r.exit_code == 2);
  CHECK_FALSE(ipt::test::exists(box.db()));

  seed(box);
  const auto before = file_bytes(box.db());
  struct Row {
    std::vector<std::string> args;
    std::string needle;
  };
  const std::vector<Row> rows{
      {{"log", "5", "--metric", "irritabilty=2"}, "did you mean 'irritability'?"},
      {{"log", "5", "--metric", "irritability=11"}, "from 0 to 10 (0 calm, 10 furious)"},
      {{"log", "5", "--metric", "sleep_quality=0"}, "from 1 to 5 (1 awful, 5 great)"},
      {{"log", "5", "--metric", "irritability=2.5"}, "whole number"},
      {{"log", "5", "--metric", "irritability=1", "--metric", "irritability=2"}, "twice"},
      {{"log", "5", "--metric", "irritability=1,irritability=2"}, "twice"},
      {{"log", "5", "--metric", "irritability"}, "NAME=VALUE"},
      {{"log", "5", "--metric", "irritability="}, "has no value"},
      {{"edit", "2", "--metric", "irritability=12"}, "from 0 to 10"},
      {{"edit", "2", "--metric", "calm=3"}, "no scale 'calm'"},
      {{"edit", "2", "--metric", "calm="}, "#2 has no value of 'calm'"},
      {{"edit", "3", "--metric", "irritability=3"}, "--metric applies to check-ins"},
      {{"calendar", "--metric", "irritabilty"}, "did you mean 'irritability'?"},
  };
  for (const auto& row : rows) {
    INFO(row.args.front() << " " << row.args.back());
    const auto bad = box.run(row.args, {}, kNow);
    INFO(describe(bad));
    CHECK(bad.exit_code == 2);
    CHECK(has(bad.err, "ipt: error: "));
    CHECK(has(bad.err, row.needle));
    CHECK(bad.out.empty());
    CHECK(file_bytes(box.db()) == before);
  }
  write_config(box, "");
  r = box.run({"log", "5", "--metric", "irritability=2"}, {}, kNow);
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "no [[metric]] is configured"));
  CHECK(has(r.err, "ipt: hint: define it in config.toml as [[metric]]"));
  CHECK(file_bytes(box.db()) == before);
}

TEST_CASE("metrics: edit sets, changes and removes one value, and rm takes them all",
          "[e2e][metric]") {
  Sandbox box;
  seed(box);
  must(box, {"edit", "1", "--metric", "sleep_quality=3", "--metric", "irritability=4"});
  CHECK(run_json(box, {"show", "1", "--format", "json"})["metrics"] ==
        json{{"irritability", 4}, {"sleep_quality", 3}});
  must(box, {"edit", "1", "--metric", "irritability="});
  CHECK(run_json(box, {"show", "1", "--format", "json"})["metrics"] == json{{"sleep_quality", 3}});
  must(box, {"rm", "2", "--yes"});
  CHECK(ipt::test::sqlite3_value(box.db(), "SELECT count(*) FROM entry_metrics") == "3");
}

TEST_CASE("metrics: a scale taken out of the configuration keeps its values", "[e2e][metric]") {
  Sandbox box;
  seed(box);
  write_config(box, "[[metric]]\nname = \"sleep_quality\"\nmin = 1\nmax = 5\n");
  const auto list = run_json(box, {"list", "--format", "json"});
  CHECK(list[1]["metrics"] == json{{"irritability", 7}, {"sleep_quality", 2}});
  CHECK(has(must(box, {"list"}).out, "irritability 7"));
  const auto report = run_json(box, {"report", "--from", "2026-03-02", "--format", "json"});
  REQUIRE(report["metrics"].size() == 2);
  CHECK(report["metrics"][0]["name"] == "sleep_quality");
  CHECK(report["metrics"][1]["name"] == "irritability");
  CHECK(report["metrics"][1]["scale_min"].is_null());
  CHECK(has(must(box, {"report", "--from", "2026-03-02"}).out,
            "irritability (no longer in your configuration): mean 4.0"));
  // Its value can still be removed; a new one needs it configured again.
  must(box, {"edit", "2", "--metric", "irritability="});
  CHECK(box.run({"edit", "2", "--metric", "irritability=1"}, {}, kNow).exit_code == 2);
}

TEST_CASE("metrics: report sums each scale up in every format", "[e2e][metric]") {
  Sandbox box;
  seed(box);
  const std::vector<std::string> period{"report", "--from", "2026-03-01", "--to", "2026-03-04"};
  auto args = [&](const char* format) {
    auto a = period;
    a.insert(a.end(), {"--format", format});
    return a;
  };
  const auto j = run_json(box, args("json"));
  REQUIRE(j["metrics"].size() == 2);
  const auto& irr = j["metrics"][0];
  CHECK(irr["name"] == "irritability");
  CHECK(irr["label"] == "0 calm, 10 furious");
  CHECK(irr["scale_min"] == 0);
  CHECK(irr["scale_max"] == 10);
  CHECK(irr["values"] ==
        json{{"mean", 4.0}, {"min", 2.0}, {"max", 7.0}, {"count", 3}, {"days", 3}});
  CHECK(j["metrics"][1]["values"]["mean"] == 3.5);
  CHECK(j["days"][0]["metrics"] == json::object());  // Mar 1: nothing logged
  CHECK(j["days"][2]["metrics"] == json{{"irritability", 7.0}, {"sleep_quality", 2.0}});

  const auto text = must(box, period).out;
  CHECK(has(text,
            "\nYour own scales\n  irritability (0 to 10: 0 calm, 10 furious): mean 4.0, "
            "lowest 2, highest 7, 3 check-ins on 3 days\n"));
  CHECK(has(must(box, args("markdown")).out, "## Your own scales\n\n- irritability (0 to 10"));
  CHECK(has(must(box, args("html")).out, "<section id=\"metrics\""));
  const auto csv = ipt::test::lines(must(box, args("csv")).out);
  REQUIRE(csv.size() == 5);
  CHECK(csv[0].substr(csv[0].size() - 18) == ",measures,metrics\r");
  CHECK(csv[3].substr(csv[3].size() - 32) == ",irritability=7;sleep_quality=2\r");
  // Shared: the scales stay, their labels go with every other free text.
  const auto all =
      run_json(box, {"report", "--from", "2026-03-01", "--format", "json", "--redact", "all"});
  CHECK(all["metrics"][0]["name"] == "irritability");
  CHECK(all["metrics"][0]["label"] == "");
}

TEST_CASE("metrics: calendar --metric draws the year by the scale's daily mean", "[e2e][metric]") {
  Sandbox box;
  seed(box);
  must(box, {"log", "8", "-d", "2026-03-04 10:00", "--metric", "sleep_quality=4"});
  const auto j = run_json(box, {"calendar", "--metric", "sleep_quality", "--format", "json"});
  CHECK(j["metric"] ==
        json{{"name", "sleep_quality"}, {"label", "1 awful, 5 great"}, {"min", 1}, {"max", 5}});
  REQUIRE(j["days"].size() == 2);
  CHECK(j["days"][1] == json{{"day", "2026-03-04"},
                             {"mean", 4.5},
                             {"min", 4},
                             {"max", 5},
                             {"count", 2},
                             {"focus_area_id", nullptr}});
  const auto text = must(box, {"calendar", "--metric", "sleep_quality"}).out;
  // March 2026 starts on a Sunday: Tue 3rd is the 3rd cell; sleep_quality 2 of 1..5 is level 3
  // (2.5 up), 4.5 on the 4th is level 9.
  CHECK(has(text, "\nMar" + std::string(18, ' ') + "3 9\n"));
  CHECK(has(text,
            "\n     0 1 2 3 4 5 6 7 8 9 *  sleep_quality: each day's mean, 0 is 1 and * is 5\n"
            "     1 awful, 5 great; blank: no value that day\n"));
  CHECK(has(text, "2 days with a value of sleep_quality, mean 3.7."));
  const auto csv =
      ipt::test::lines(must(box, {"calendar", "--metric", "irritability", "--format", "csv"}).out);
  REQUIRE(csv.size() == 4);
  CHECK(csv[0] == "day,metric,mean,min,max,count,focus_area_id\r");
  CHECK(csv[1] == "2026-03-02,irritability,2,2,2,1,\r");
  // Without --metric: moods, as before.
  const auto moods = run_json(box, {"calendar", "--format", "json"});
  CHECK_FALSE(moods.contains("metric"));
  CHECK(moods["days"][0].contains("mood_mean"));
}

TEST_CASE("metrics: export and import into a fresh journal carry every value", "[e2e][metric]") {
  Sandbox a;
  seed(a);
  const auto doc = must(a, {"export", "--format", "json"}).out;
  const auto exported = json::parse(doc);
  CHECK(exported["entries"][1]["metrics"] == json{{"irritability", 7}, {"sleep_quality", 2}});
  CHECK(exported["entries"][2]["metrics"].is_null());  // the event

  Sandbox b;  // no configuration at all: the values are the person's, and kept
  const auto file = b.path() + "/export.json";
  ipt::test::write_file(file, doc);
  must(b, {"import", file});
  const auto list_a = run_json(a, {"list", "--format", "json"});
  const auto list_b = run_json(b, {"list", "--format", "json"});
  REQUIRE(list_b.size() == list_a.size());
  for (std::size_t i = 0; i < list_a.size(); ++i)
    CHECK(list_b[i]["metrics"] == list_a[i]["metrics"]);
  CHECK(must(b, {"export", "--format", "json"}).out == doc);

  // A value that no scale can hold is refused, and nothing is imported.
  auto bad = exported;
  bad["entries"][0]["metrics"]["irritability"] = 2.5;
  Sandbox c;
  ipt::test::write_file(c.path() + "/bad.json", bad.dump());
  const auto r = c.run({"import", c.path() + "/bad.json"}, {}, kNow);
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "entries[0]"));
  CHECK(has(r.err, "metrics"));
  CHECK_FALSE(ipt::test::exists(c.db()));
}
