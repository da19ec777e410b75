// End to end: `ipt log` and `ipt event` on a fresh journal, and the options choosing the journal.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::write_config;
using json = nlohmann::json;

namespace {

// "Today" for every command: Tue 2026-03-10, 18:00 UTC.
const ipt::test::Env kNow{{"IPT_NOW", "2026-03-10 18:00"}};

const std::vector<std::string> kEntryKeys = {"id",   "uuid",       "type",    "at",       "day",
                                             "mood", "anxiety",    "energy",  "sleep",    "metrics",
                                             "text", "kind",       "impact",  "feelings", "people",
                                             "tags", "checkin_id", "created", "updated"};

json list_all(const Sandbox& box) {
  return box.run_json({"list", "--format", "json"}, {}, kNow);
}

std::vector<std::string> sorted(json arr) {
  auto v = arr.get<std::vector<std::string>>();
  std::sort(v.begin(), v.end());
  return v;
}

void must(const Sandbox& box, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, kNow);
  INFO(args[0] << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

// The file the sandbox's IPT_CONFIG names.

}  // namespace

TEST_CASE("log: the first check-in creates the journal and adds new people", "[e2e][log]") {
  Sandbox box;
  auto r = box.run({"log", "4", "argued with Sam", "--with", "sam"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "logged #1\n");
  CHECK(r.err.find("created a new journal") != std::string::npos);
  CHECK(r.err.find(box.db()) != std::string::npos);
  CHECK(r.err.find("added 'sam' to your people") != std::string::npos);
  CHECK(ipt::test::file_mode(box.db()) == 0600);

  auto second = box.run({"log", "6", "made up"}, {}, kNow);
  INFO(describe(second));
  CHECK(second.exit_code == 0);
  CHECK(second.out == "logged #2\n");
  CHECK(second.err.find("created") == std::string::npos);
  CHECK(second.err.empty());

  const json all = list_all(box);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["mood"] == 4);
  CHECK(all[0]["text"] == "argued with Sam");
  CHECK(all[0]["people"] == json{"sam"});
  CHECK(all[1]["mood"] == 6);
  CHECK(all[1]["people"] == json::array());
}

TEST_CASE("log: -q prints nothing on stdout and no notes", "[e2e][log]") {
  Sandbox box;
  auto r = box.run({"-q", "log", "5", "quiet one", "--with", "alex"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  auto after = box.run({"log", "6", "-q"}, {}, kNow);
  CHECK(after.exit_code == 0);
  CHECK(after.out.empty());
  const json all = list_all(box);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["text"] == "quiet one");
  CHECK(all[0]["people"] == json{"alex"});
}

TEST_CASE("log: every option lands in the JSON, keys in the documented order", "[e2e][log]") {
  Sandbox box;
  auto r = box.run({"log", "5", "slept badly", "--anxiety", "7", "--energy", "3", "--sleep", "7.5",
                    "-t", "a", "-t", "b,c", "--with", "x,y"},
                   {}, kNow);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);

  auto listed = box.run({"list", "--format", "json"}, {}, kNow);
  REQUIRE(listed.exit_code == 0);
  const auto ordered = nlohmann::ordered_json::parse(listed.out);
  REQUIRE(ordered.is_array());
  REQUIRE(ordered.size() == 1);
  std::vector<std::string> keys;
  for (const auto& item : ordered[0].items())
    keys.push_back(item.key());
  // man ipt, OUTPUT FORMATS: these keys, in this order; keys added later may sit among them.
  std::vector<std::string> documented_seen;
  for (const auto& k : keys) {
    if (std::find(kEntryKeys.begin(), kEntryKeys.end(), k) != kEntryKeys.end())
      documented_seen.push_back(k);
  }
  CHECK(documented_seen == kEntryKeys);
  CHECK(keys.front() == "id");
  CHECK(keys.back() == "updated");

  const json e = json::parse(listed.out)[0];
  CHECK(e["id"] == 1);
  const std::string uuid = e["uuid"];
  CHECK(uuid.size() == 36);
  CHECK(uuid[8] == '-');
  CHECK(uuid[23] == '-');
  CHECK(e["type"] == "checkin");
  CHECK(e["at"] == "2026-03-10T18:00:00+00:00");
  CHECK(e["day"] == "2026-03-10");
  CHECK(e["mood"] == 5);
  CHECK(e["anxiety"] == 7);
  CHECK(e["energy"] == 3);
  CHECK(e["sleep"] == 7.5);
  CHECK(e["text"] == "slept badly");
  CHECK(e["kind"].is_null());
  CHECK(e["impact"].is_null());
  CHECK(e["feelings"] == json::array());
  CHECK(e["people"] == json({"x", "y"}));
  CHECK(sorted(e["tags"]) == std::vector<std::string>{"a", "b", "c"});
  CHECK(e["checkin_id"].is_null());
  CHECK(e["created"] == "2026-03-10T18:00:00+00:00");
  CHECK(e["updated"] == "2026-03-10T18:00:00+00:00");
}

TEST_CASE("log: -d takes yesterday, a relative day with a time, and an ISO date", "[e2e][log]") {
  Sandbox box;
  REQUIRE(box.run({"log", "5", "a", "-d", "yesterday"}, {}, kNow).exit_code == 0);
  REQUIRE(box.run({"log", "6", "b", "-d", "2 days ago 9pm"}, {}, kNow).exit_code == 0);
  REQUIRE(box.run({"log", "7", "c", "-d", "2026-01-05"}, {}, kNow).exit_code == 0);
  const json all = list_all(box);  // oldest first
  REQUIRE(all.size() == 3);
  CHECK(all[0]["text"] == "c");
  CHECK(all[0]["day"] == "2026-01-05");
  CHECK(all[0]["at"].get<std::string>().starts_with("2026-01-05T"));
  CHECK(all[1]["text"] == "b");
  CHECK(all[1]["day"] == "2026-03-08");
  CHECK(all[1]["at"] == "2026-03-08T21:00:00+00:00");
  CHECK(all[2]["text"] == "a");
  CHECK(all[2]["day"] == "2026-03-09");
  CHECK(all[2]["at"].get<std::string>().starts_with("2026-03-09T"));

  for (const char* future : {"2026-03-11", "today 9pm"}) {
    auto r = box.run({"log", "5", "-d", future}, {}, kNow);
    INFO(future << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("future") != std::string::npos);
  }
  CHECK(list_all(box).size() == 3);
}

// The README's first example: with --kind and no --event the note says what happened.
TEST_CASE("log: --kind without --event makes the note the event's text", "[e2e][log]") {
  Sandbox box;
  auto r =
      box.run({"log", "4", "argued with Sam", "--with", "sam", "--kind", "conflict"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "logged #1 (event #2)\n");
  const json all = list_all(box);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["type"] == "checkin");
  CHECK(all[0]["mood"] == 4);
  CHECK(all[0]["text"] == "");
  CHECK(all[1]["type"] == "event");
  CHECK(all[1]["text"] == "argued with Sam");
  CHECK(all[1]["kind"] == "conflict");
  CHECK(all[1]["people"] == json{"sam"});
  CHECK(all[1]["checkin_id"] == 1);
  // Without a note there is nothing to say what happened: refused, nothing saved.
  r = box.run({"log", "4", "--impact", "-1"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "--event TEXT"));
  CHECK(list_all(box).size() == 2);
}

TEST_CASE("log: --event records a linked event with the same people and tags", "[e2e][log]") {
  Sandbox box;
  auto r = box.run({"log", "3", "rough evening", "--event", "shouting match about money", "--kind",
                    "conflict", "--impact", "-2", "--feel", "angry", "--with", "sam", "-t", "home"},
                   {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "logged #1 (event #2)\n");
  const json all = list_all(box);
  REQUIRE(all.size() == 2);
  const json& checkin = all[0];
  const json& event = all[1];
  CHECK(checkin["id"] == 1);
  CHECK(checkin["type"] == "checkin");
  CHECK(checkin["mood"] == 3);
  CHECK(checkin["text"] == "rough evening");
  CHECK(checkin["kind"].is_null());
  CHECK(event["id"] == 2);
  CHECK(event["type"] == "event");
  CHECK(event["mood"].is_null());
  CHECK(event["text"] == "shouting match about money");
  CHECK(event["kind"] == "conflict");
  CHECK(event["impact"] == -2);
  CHECK(event["feelings"] == json{"angry"});
  CHECK(event["checkin_id"] == 1);
  CHECK(event["people"] == json{"sam"});
  CHECK(checkin["people"] == json{"sam"});
  CHECK(event["tags"] == json{"home"});
  CHECK(checkin["tags"] == json{"home"});
  CHECK(event["at"] == checkin["at"]);
  CHECK(event["day"] == checkin["day"]);
}

TEST_CASE("log: NOTE words are joined with single spaces", "[e2e][log]") {
  Sandbox box;
  REQUIRE(box.run({"log", "5", "had", "a", "good", "day"}, {}, kNow).exit_code == 0);
  CHECK(list_all(box)[0]["text"] == "had a good day");
}

TEST_CASE("log: NOTE - reads a multi-line note from stdin", "[e2e][log]") {
  Sandbox box;
  auto r = box.run({"log", "5", "-"}, "first line\n  indented second\n\nlast line\n", kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "logged #1\n");
  CHECK(list_all(box)[0]["text"] == "first line\n  indented second\n\nlast line");
}

TEST_CASE("log: several check-ins on one day are all kept", "[e2e][log]") {
  Sandbox box;
  for (int i = 1; i <= 3; ++i) {
    auto r = box.run({"log", std::to_string(i + 3), "check-in " + std::to_string(i)}, {}, kNow);
    CHECK(r.out == "logged #" + std::to_string(i) + "\n");
  }
  const json all = list_all(box);
  REQUIRE(all.size() == 3);
  for (const auto& e : all)
    CHECK(e["day"] == "2026-03-10");
  CHECK(all[2]["mood"] == 6);
}

TEST_CASE("log: --kind, --impact or --feel without --event exit 2 and write nothing",
          "[e2e][log]") {
  Sandbox box;
  for (const auto& extra : std::vector<std::vector<std::string>>{
           {"--kind", "conflict"}, {"--impact", "2"}, {"--feel", "sad"}}) {
    std::vector<std::string> args = {"log", "4"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = box.run(args, {}, kNow);
    INFO(extra[0] << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    CHECK(r.err.find("--event") != std::string::npos);
  }
  CHECK_FALSE(ipt::test::exists(box.db()));
}

TEST_CASE("log: a mood outside 0..10 exits 2 and creates no journal", "[e2e][log]") {
  Sandbox box;
  for (const char* mood : {"11", "five", "5.5"}) {
    auto r = box.run({"log", mood}, {}, kNow);
    INFO(mood << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("mood") != std::string::npos);
  }
  CHECK_FALSE(ipt::test::exists(box.db()));
}

TEST_CASE("event: text, repeated and comma-separated --with, kind, impact, feelings and tags",
          "[e2e][event]") {
  Sandbox box;
  auto r = box.run(
      {"event", "talked", "it", "through", "--with", "sam", "--with", "alex,jo", "--kind", "talk",
       "--impact", "+2", "--feel", "relieved", "--feel", "calm,hopeful", "-t", "weekend"},
      {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "logged #1\n");
  const json e = list_all(box)[0];
  CHECK(e["type"] == "event");
  CHECK(e["text"] == "talked it through");
  CHECK(e["people"] == json({"sam", "alex", "jo"}));
  CHECK(e["kind"] == "talk");
  CHECK(e["impact"] == 2);
  CHECK(sorted(e["feelings"]) == std::vector<std::string>{"calm", "hopeful", "relieved"});
  CHECK(e["tags"] == json{"weekend"});
  CHECK(e["mood"].is_null());
  CHECK(e["anxiety"].is_null());
  CHECK(e["sleep"].is_null());
  CHECK(e["checkin_id"].is_null());
  CHECK(e["at"] == "2026-03-10T18:00:00+00:00");
}

TEST_CASE("event: kind defaults to other and impact to null, impact is -3..+3", "[e2e][event]") {
  Sandbox box;
  REQUIRE(box.run({"event", "bumped into a neighbour"}, {}, kNow).exit_code == 0);
  REQUIRE(
      box.run({"event", "lost touch", "--impact", "-3", "--kind", "LOSS"}, {}, kNow).exit_code ==
      0);
  for (const char* bad : {"4", "-4", "+-1", "1.5"}) {
    auto r = box.run({"event", "x", "--impact", bad}, {}, kNow);
    INFO(bad << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("impact") != std::string::npos);
  }
  auto r = box.run({"event", "x", "--kind", "argument"}, {}, kNow);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("conflict") != std::string::npos);

  const json all = list_all(box);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["kind"] == "other");
  CHECK(all[0]["impact"].is_null());
  CHECK(all[0]["feelings"] == json::array());
  CHECK(all[1]["kind"] == "loss");
  CHECK(all[1]["impact"] == -3);
}

TEST_CASE("event: TEXT - reads stdin, and an empty text exits 2", "[e2e][event]") {
  Sandbox box;
  auto r = box.run({"event", "-", "--with", "sam"}, "we talked\nabout the move\n", kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "logged #1\n");
  CHECK(list_all(box)[0]["text"] == "we talked\nabout the move");

  for (const auto& [arg, in] : std::vector<std::pair<std::string, std::string>>{
           {"", ""}, {"   ", ""}, {"-", ""}, {"-", "\n\n"}}) {
    auto bad = box.run({"event", arg}, in, kNow);
    INFO("'" << arg << "'\n" << describe(bad));
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("empty") != std::string::npos);
  }
  CHECK(list_all(box).size() == 1);
}

TEST_CASE("event: -d and -t set the moment and tags", "[e2e][event]") {
  Sandbox box;
  auto r =
      box.run({"event", "dinner", "-d", "yesterday 8pm", "-t", "Family", "-t", "#food"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  const json e = list_all(box)[0];
  CHECK(e["day"] == "2026-03-09");
  CHECK(e["at"] == "2026-03-09T20:00:00+00:00");
  CHECK(e["created"] == "2026-03-10T18:00:00+00:00");
  CHECK(sorted(e["tags"]) == std::vector<std::string>{"family", "food"});
}

// Where log writes: the global options that choose the journal and the configuration.
TEST_CASE("global: --db overrides IPT_DB", "[e2e][global]") {
  Sandbox box;
  const std::string other = box.path() + "/other.db";
  auto r = box.run({"--db", other, "log", "5", "elsewhere"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, other));
  CHECK(ipt::test::exists(other));
  CHECK_FALSE(ipt::test::exists(box.db()));
  CHECK(box.run({"list"}, {}, kNow).exit_code == 1);
  CHECK(box.run_json({"--db", other, "list", "--format", "json"}, {}, kNow).size() == 1);
}

TEST_CASE("global: the config file's db is used when IPT_DB is unset", "[e2e][global]") {
  Sandbox box;
  const std::string configured = box.path() + "/from-config.db";
  write_config(box, "# my settings\ndb = \"" + configured + "\"\n");
  const ipt::test::Env no_db{{"IPT_DB", std::nullopt}, {"IPT_NOW", "2026-03-10 18:00"}};
  auto r = box.run({"log", "5", "via config"}, {}, no_db);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(ipt::test::exists(configured));
  CHECK_FALSE(ipt::test::exists(box.db()));
  CHECK_FALSE(ipt::test::exists(box.path() + "/data/ipt/journal.db"));
  CHECK(box.run_json({"list", "--format", "json"}, {}, no_db)[0]["text"] == "via config");

  // IPT_DB still wins over the config file.
  must(box, {"log", "6", "via env"});
  CHECK(ipt::test::exists(box.db()));
  CHECK(box.run_json({"list", "--format", "json"}, {}, kNow)[0]["text"] == "via env");
  CHECK(box.run_json({"list", "--format", "json"}, {}, no_db).size() == 1);
}

TEST_CASE("global: a missing --config file or a bad config value exits 2 before any write",
          "[e2e][global]") {
  Sandbox box;
  auto missing = box.run({"--config", box.path() + "/nope.toml", "log", "5"}, {}, kNow);
  INFO(describe(missing));
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.empty());
  CHECK(has(missing.err, "nope.toml"));

  write_config(box, "color = \"never\"\n\ncolor_scheme = 3\nweek_start = 1\n");
  auto r = box.run({"log", "5"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(has(r.err, "config.toml:4:14: 'week_start' must be a string"));
  CHECK_FALSE(ipt::test::exists(box.db()));

  // An unknown key is a warning: a config written for a newer ipt still works.
  write_config(box, "color = \"never\"\n\nbogus = 1\n");
  auto warned = box.run({"log", "5"}, {}, kNow);
  INFO(describe(warned));
  CHECK(warned.exit_code == 0);
  CHECK(has(warned.err, "ipt: warning: "));
  CHECK(has(warned.err, "config.toml:3:1: unknown key 'bogus', ignored"));
}
