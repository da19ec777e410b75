// End to end: `ipt area` (add, show, focus, stage, resolve, reopen) and entries attached to areas
// with --area on log, event, edit and list.
#include <cstdint>
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

const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};

RunResult must(const Sandbox& box, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, kNow);
  INFO(args.front() << " " << (args.size() > 1 ? args[1] : "") << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

json areas(const Sandbox& box) {
  return box.run_json({"area", "--format", "json"}, {}, kNow);
}

// The area with `id` in `area --format json`; null when there is none.
json area(const Sandbox& box, std::int64_t id) {
  for (const auto& a : areas(box)) {
    if (a["id"] == id)
      return a;
  }
  return nullptr;
}

json entries(const Sandbox& box, std::vector<std::string> filter = {}) {
  std::vector<std::string> args = {"list", "--format", "json"};
  args.insert(args.end(), filter.begin(), filter.end());
  return box.run_json(args, {}, kNow);
}

std::vector<std::int64_t> ids(const json& arr) {
  std::vector<std::int64_t> out;
  for (const auto& e : arr)
    out.push_back(e["id"].get<std::int64_t>());
  return out;
}

// #1 dispute (focus, impasse, with sam), #2 grief, #3 transition.
void seed(const Sandbox& box) {
  must(box, {"area", "add", "dispute", "Sam and chores", "--with", "sam", "--stage", "impasse"});
  must(box, {"area", "add", "grief", "Grandma"});
  must(box, {"area", "add", "transition", "New job"});
}

}  // namespace

TEST_CASE("area: add prints the id, and the first area becomes the focus", "[model]") {
  Sandbox box;
  auto r = must(
      box, {"area", "add", "dispute", "Sam and chores", "--with", "sam", "--stage", "impasse"});
  CHECK(r.out == "added area #1\n");
  CHECK(has(r.err, "area #1 is now your focus"));
  r = must(box, {"area", "add", "grief", "Grandma"});
  CHECK(r.out == "added area #2\n");
  CHECK_FALSE(has(r.err, "focus"));

  const auto list = areas(box);
  REQUIRE(list.size() == 2);
  const auto& a = list[0];
  // Key order is part of the format: read it with an order-keeping parser.
  const auto ordered = nlohmann::ordered_json::parse(must(box, {"area", "--format", "json"}).out);
  std::vector<std::string> keys;
  for (const auto& [k, v] : ordered[0].items())
    keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"id", "uuid", "kind", "title", "status", "stage", "people",
                                         "entries", "mean_mood", "created", "resolved", "note",
                                         "stages"});
  CHECK(a["id"] == 1);
  CHECK(a["uuid"].get<std::string>().size() == 36);
  CHECK(a["kind"] == "dispute");
  CHECK(a["title"] == "Sam and chores");
  CHECK(a["status"] == "focus");
  CHECK(a["stage"] == "impasse");
  CHECK(a["people"] == json::array({"sam"}));
  CHECK(a["entries"] == 0);
  CHECK(a["mean_mood"].is_null());
  CHECK(a["created"] == "2026-11-26");
  CHECK(a["resolved"].is_null());
  CHECK(a["note"] == "");
  CHECK(a["stages"] == json::array({{{"stage", "impasse"}, {"day", "2026-11-26"}}}));
  CHECK(list[1]["status"] == "open");
  CHECK(list[1]["stage"].is_null());
  CHECK(list[1]["stages"] == json::array());
  // --with added the person.
  const auto people = box.run_json({"people", "--format", "json"}, {}, kNow);
  REQUIRE(people.size() == 1);
  CHECK(people[0]["name"] == "sam");

  const auto csv = ipt::test::lines(must(box, {"area", "--format", "csv"}).out);
  REQUIRE(csv.size() == 3);
  CHECK(csv[0].starts_with(
      "id,uuid,kind,title,status,stage,people,entries,mean_mood,created,resolved,note"));
  CHECK(has(csv[1], ",dispute,Sam and chores,focus,impasse,sam,0,,2026-11-26,,"));
}

TEST_CASE("area: kinds by name and alias, in any case", "[model]") {
  Sandbox box;
  // clang-format off
  const std::vector<std::pair<std::string, std::string>> kinds{
      {"grief", "grief"}, {"dispute", "dispute"}, {"conflict", "dispute"},
      {"transition", "transition"}, {"change", "transition"}, {"deficits", "deficits"},
      {"sensitivity", "deficits"}, {"isolation", "deficits"}, {"Conflict", "dispute"},
      {"GRIEF", "grief"}};
  // clang-format on
  for (const auto& [given, kind] : kinds)
    must(box, {"area", "add", given, "title " + given});
  const auto list = areas(box);
  REQUIRE(list.size() == kinds.size());
  for (const auto& a : list) {
    const auto i = a["id"].get<std::size_t>() - 1;
    INFO(kinds[i].first);
    CHECK(a["kind"] == kinds[i].second);
    CHECK(a["title"] == "title " + kinds[i].first);
  }
}

TEST_CASE("area: unknown kinds and stages and a stage on a non-dispute are refused", "[model]") {
  Sandbox box;
  struct Bad {
    std::vector<std::string> args;
    std::vector<std::string> needles;
  };
  const Bad bad[] = {
      {{"area", "add", "bogus", "t"}, {"bogus", "grief", "dispute", "transition", "deficits"}},
      {{"area", "add", "dispute", "t", "--stage", "stuck"},
       {"stuck", "renegotiation", "impasse", "dissolution"}},
      {{"area", "add", "grief", "t", "--stage", "impasse"}, {"dispute"}},
      // "loss" is a death (grief) or another loss (transition): off a terminal ipt can't ask.
      {{"area", "add", "loss", "t"}, {"'loss'", "grief", "transition", "ipt area add grief"}},
      {{"area", "add", "LOSS", "Losing my job"}, {"'loss'", "transition"}},
      {{"area", "add", "transition", "t", "--stage", "renegotiation"}, {"dispute"}},
      {{"area", "add", "deficits", "t", "--stage", "dissolution"}, {"dispute"}},
      {{"area", "add", "dispute", ""}, {"empty"}},
  };
  for (const auto& row : bad) {
    auto r = box.run(row.args, {}, kNow);
    INFO(row.args[2] << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    for (const auto& n : row.needles)
      CHECK(has(r.err, n));
    CHECK_FALSE(ipt::test::exists(box.db()));
  }
}

TEST_CASE("area: show has the stage history and the attached entries", "[model]") {
  Sandbox box;
  seed(box);
  must(box, {"log", "6", "a good talk"});
  must(box, {"event", "argued about the dishes", "--with", "sam", "--kind", "conflict"});
  must(box, {"log", "3", "about grandma", "--area", "2"});
  must(box, {"area", "stage", "1", "renegotiation"});

  const auto text = must(box, {"area", "show", "1"}).out;
  CHECK(text.starts_with("#1  Sam and chores\n"));
  CHECK(has(text, "dispute (renegotiation)"));
  CHECK(has(text, "Stages"));
  const auto impasse = text.find("2026-11-26  impasse");
  const auto reneg = text.find("2026-11-26  renegotiation");
  CHECK(impasse != std::string::npos);
  CHECK(reneg != std::string::npos);
  CHECK(impasse < reneg);
  CHECK(has(text, "a good talk"));
  CHECK(has(text, "argued about the dishes"));
  CHECK_FALSE(has(text, "about grandma"));

  const auto j = box.run_json({"area", "show", "1", "--format", "json"}, {}, kNow);
  CHECK(j["id"] == 1);
  CHECK(j["entries"] == 2);
  REQUIRE(j["timeline"].is_array());
  CHECK(ids(j["timeline"]) == std::vector<std::int64_t>{1, 2});
  for (const auto& e : j["timeline"]) {
    CHECK(e["area_id"] == 1);
    CHECK(e.contains("text"));
    CHECK(e.contains("type"));
  }
  CHECK(j["stages"].size() == 2);

  const auto grief = box.run_json({"area", "show", "2", "--format", "json"}, {}, kNow);
  CHECK(ids(grief["timeline"]) == std::vector<std::int64_t>{3});
  const auto empty = must(box, {"area", "show", "3"}).out;
  CHECK(has(empty, "No entries attached yet"));
}

TEST_CASE("area: focus, stage, resolve and reopen", "[model]") {
  Sandbox box;
  seed(box);
  auto r = must(box, {"area", "focus", "2"});
  CHECK(r.out == "focus: #2 Grandma\n");
  CHECK(area(box, 2)["status"] == "focus");
  CHECK(area(box, 1)["status"] == "open");
  CHECK(area(box, 3)["status"] == "open");
  CHECK(areas(box)[0]["id"] == 2);  // the focus is listed first

  r = must(box, {"area", "stage", "1", "renegotiation"});
  CHECK(r.out == "area #1 is at renegotiation\n");
  auto a = area(box, 1);
  CHECK(a["stage"] == "renegotiation");
  CHECK(a["stages"] == json::array({{{"stage", "impasse"}, {"day", "2026-11-26"}},
                                    {{"stage", "renegotiation"}, {"day", "2026-11-26"}}}));

  r = box.run({"area", "stage", "2", "impasse"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(r.err.starts_with("ipt: error: "));
  CHECK(has(r.err, "dispute"));
  CHECK(area(box, 2)["stage"].is_null());
  CHECK(area(box, 2)["stages"] == json::array());

  r = must(box, {"area", "resolve", "1", "--note", "we share the chores now"});
  CHECK(r.out == "resolved area #1\n");
  a = area(box, 1);
  CHECK(a["status"] == "resolved");
  CHECK(a["resolved"] == "2026-11-26");
  CHECK(a["note"] == "we share the chores now");
  CHECK(area(box, 2)["status"] == "focus");  // resolving another area leaves the focus alone

  r = box.run({"area", "focus", "1"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("ipt: error: "));
  CHECK(has(r.err, "ipt: hint: "));
  CHECK(has(r.err, "ipt area reopen 1"));
  CHECK(area(box, 2)["status"] == "focus");

  r = must(box, {"area", "reopen", "1"});
  CHECK(r.out == "reopened area #1\n");
  a = area(box, 1);
  CHECK(a["status"] == "open");
  CHECK(a["resolved"].is_null());

  r = box.run({"area", "reopen", "1"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.err.starts_with("ipt: error: "));
  CHECK(has(r.err, "not resolved"));
  CHECK(area(box, 1)["status"] == "open");
}

TEST_CASE("area: resolving the focus suggests the next open area", "[model]") {
  Sandbox box;
  seed(box);
  must(box, {"area", "resolve", "2"});  // not the focus: nothing to suggest
  auto r = must(box, {"area", "resolve", "1"});
  CHECK(r.out == "resolved area #1\n");
  CHECK(has(r.err, "ipt area focus 3"));
  for (const auto& a : areas(box))
    CHECK(a["status"] != "focus");
  // New entries now attach to no area.
  must(box, {"log", "5"});
  CHECK(entries(box)[0]["area_id"].is_null());

  // Resolving the focus when nothing else is open suggests nothing.
  Sandbox lone;
  must(lone, {"area", "add", "grief", "Grandma"});
  r = must(lone, {"area", "resolve", "1"});
  CHECK_FALSE(has(r.err, "ipt area focus"));
}

TEST_CASE("area: unknown and malformed area ids", "[model]") {
  Sandbox box;
  seed(box);
  const auto before = areas(box);
  for (const char* cmd : {"show", "focus", "resolve", "reopen", "stage"}) {
    std::vector<std::string> args{"area", cmd, "99"};
    if (std::string(cmd) == "stage")
      args.push_back("impasse");
    auto r = box.run(args, {}, kNow);
    INFO(cmd << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: there is no problem area #99\n"));
    CHECK(has(r.err, "ipt: hint: "));
    CHECK(has(r.err, "ipt area"));
  }
  for (const char* bad : {"abc", "0", "-1", "1.5", ""}) {
    auto r = box.run({"area", "show", bad}, {}, kNow);
    INFO("'" << bad << "'\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    // It is an area id: the message must not send the user to entries.
    CHECK(has(r.err, "area"));
    CHECK_FALSE(has(r.err, "entry id"));
    CHECK_FALSE(has(r.err, "ipt list"));
  }
  CHECK(areas(box) == before);
}

TEST_CASE("area: new entries attach to the focus area unless --area says otherwise", "[model]") {
  Sandbox box;
  must(box, {"log", "5", "before any area"});
  seed(box);
  must(box, {"log", "6", "focus by default"});                        // #2
  must(box, {"event", "an argument", "--kind", "conflict"});          // #3
  must(box, {"log", "4", "--event", "a walk", "--kind", "support"});  // #4 and its event #5
  must(box, {"log", "7", "nowhere", "--area", "none"});               // #6
  must(box, {"event", "a call", "--area", "2"});                      // #7
  must(box, {"log", "3", "hashed", "--area", "#3"});                  // #8
  must(box, {"event", "NONE", "--area", "NONE"});                     // #9

  const auto all = entries(box);
  REQUIRE(all.size() == 9);
  const std::vector<json> want{nullptr, 1, 1, 1, 1, nullptr, 2, 3, nullptr};
  for (std::size_t i = 0; i < all.size(); ++i) {
    INFO("entry #" << all[i]["id"] << " " << all[i]["text"]);
    CHECK(all[i]["area_id"] == want[i]);
  }

  const auto before = entries(box);
  for (const std::vector<std::string>& args : {std::vector<std::string>{"log", "5", "--area", "99"},
                                               {"event", "x", "--area", "99"},
                                               {"log", "5", "--event", "x", "--area", "99"}}) {
    auto r = box.run(args, {}, kNow);
    INFO(args[0] << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: there is no problem area #99\n"));
    CHECK(entries(box) == before);
  }
}

TEST_CASE("area: edit --area re-attaches and detaches, and list --area filters", "[model]") {
  Sandbox box;
  seed(box);
  must(box, {"log", "6", "one"});                 // #1 -> area 1
  must(box, {"log", "5", "two", "--area", "2"});  // #2 -> area 2
  must(box, {"log", "4", "three", "--area", "none"});

  auto r = must(box, {"edit", "1", "--area", "2"});
  CHECK(r.out == "updated #1\n");
  CHECK(entries(box)[0]["area_id"] == 2);
  must(box, {"edit", "2", "--area", "none"});
  CHECK(entries(box)[1]["area_id"].is_null());
  must(box, {"edit", "3", "--area", "1"});
  CHECK(entries(box)[2]["area_id"] == 1);

  r = box.run({"edit", "1", "--area", "99"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "#99"));
  CHECK(entries(box)[0]["area_id"] == 2);

  CHECK(ids(entries(box, {"--area", "1"})) == std::vector<std::int64_t>{3});
  CHECK(ids(entries(box, {"--area", "2"})) == std::vector<std::int64_t>{1});
  CHECK(ids(entries(box, {"--area", "none"})) == std::vector<std::int64_t>{2});
  CHECK(entries(box, {"--area", "3"}).empty());
  CHECK(area(box, 1)["entries"] == 1);
  CHECK(area(box, 2)["entries"] == 1);
  CHECK(area(box, 3)["entries"] == 0);
}

TEST_CASE("area: entries count and mean mood over the days with attached entries", "[model]") {
  Sandbox box;
  seed(box);
  // Area 1 (the focus): a check-in on the 20th, an event on the 21st, a check-in on the 24th.
  must(box, {"log", "4", "--date", "2026-11-20"});
  must(box, {"log", "8", "--date", "2026-11-21", "--area", "none"});
  must(box, {"event", "talked it over", "--date", "2026-11-21", "--kind", "talk"});
  must(box, {"log", "2", "--date", "2026-11-22", "--area", "2"});
  must(box, {"log", "9", "--date", "2026-11-23", "--area", "none"});
  must(box, {"log", "5", "--date", "2026-11-24"});

  const auto a1 = area(box, 1);
  CHECK(a1["entries"] == 3);
  // Check-ins on the 20th, 21st and 24th: (4 + 8 + 5) / 3, rounded to two decimals.
  CHECK(a1["mean_mood"].get<double>() == Approx(5.67).margin(0.001));
  const auto a2 = area(box, 2);
  CHECK(a2["entries"] == 1);
  CHECK(a2["mean_mood"].get<double>() == Approx(2.0));
  const auto a3 = area(box, 3);
  CHECK(a3["entries"] == 0);
  CHECK(a3["mean_mood"].is_null());

  // The text list shows the same numbers.
  const auto text = ipt::test::lines(must(box, {"area"}).out);
  REQUIRE(text.size() == 4);
  CHECK(text[0].starts_with("ID"));
  CHECK(text[1].starts_with("1 "));
  // ENTRIES right-aligned in 7 columns, MEAN MOOD (one decimal) in 9.
  CHECK(has(text[1], std::string(6, ' ') + "3  " + std::string(6, ' ') + "5.7  "));
  CHECK(has(text[2], std::string(6, ' ') + "1  " + std::string(8, ' ') + "2  "));
}

TEST_CASE("area: list --area with an unknown id is an error, like log --area", "[model]") {
  Sandbox box;
  must(box, {"area", "add", "grief", "Grandma"});
  must(box, {"log", "5"});
  const auto r = box.run({"list", "--area", "99"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("no problem area #99") != std::string::npos);
  CHECK(r.err.find("ipt: hint:") != std::string::npos);
  CHECK(box.run({"list", "--area", "1"}).exit_code == 0);
  CHECK(box.run({"list", "--area", "none"}).exit_code == 0);
}
