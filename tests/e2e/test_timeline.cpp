// End to end: the timeline commands `ipt list` (ls), `show`, `edit` and `rm`.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;
using Ids = std::vector<std::int64_t>;

namespace {

// "Today" is Tue 2026-03-10, 18:00 UTC.
const ipt::test::Env kNow{{"IPT_NOW", "2026-03-10 18:00"}};
const ipt::test::Env kLater{{"IPT_NOW", "2026-03-11 09:00"}};

void must(const Sandbox& box, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, kNow);
  INFO(args[0] << " " << args[1] << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

// Five entries over four days: #1 Mon 01-05, #2 Sun 03-08, #3 and #4 Mon 03-09, #5 Tue 03-10.
void seed(const Sandbox& box) {
  must(box, {"log", "5", "quiet start", "-d", "2026-01-05", "-t", "work"});
  must(box, {"event", "argument about chores", "--kind", "conflict", "--impact", "-2", "--with",
             "sam", "-d", "2 days ago 9pm"});
  must(box, {"log", "6", "walk in the park", "--with", "alex", "-t", "outside", "-d", "yesterday"});
  must(box, {"event", "call with Mum", "--kind", "support", "--impact", "2", "--with", "Mum", "-t",
             "family", "-d", "yesterday 8pm"});
  must(box, {"log", "7", "Good DAY overall", "-t", "work"});
}

json list_json(const Sandbox& box, std::vector<std::string> args = {"list"}) {
  args.insert(args.end(), {"--format", "json"});
  return box.run_json(args, {}, kNow);
}

Ids ids(const Sandbox& box, std::vector<std::string> args) {
  args.insert(args.begin(), "list");
  Ids out;
  for (const auto& e : list_json(box, args))
    out.push_back(e["id"].get<std::int64_t>());
  return out;
}

json entry(const Sandbox& box, const std::string& id) {
  return box.run_json({"show", id, "--format", "json"}, {}, kNow);
}

}  // namespace

TEST_CASE("list: text groups entries under day headings, oldest first", "[e2e][list]") {
  Sandbox box;
  seed(box);
  auto r = box.run({"list"}, {}, kNow);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  std::vector<std::string> headings;
  std::map<std::int64_t, std::string> day_of;
  int blank = 0;
  for (const auto& line : ipt::test::lines(r.out)) {
    if (line.empty()) {
      ++blank;
    } else if (line[0] != ' ') {
      headings.push_back(line);
    } else if (line.starts_with("  #")) {
      day_of[std::stoll(line.substr(3))] = headings.empty() ? "" : headings.back();
    }
  }
  CHECK(headings == std::vector<std::string>{"Mon 2026-01-05", "Sun 2026-03-08", "Mon 2026-03-09",
                                             "Tue 2026-03-10"});
  CHECK(blank == 3);
  CHECK(day_of == std::map<std::int64_t, std::string>{{1, "Mon 2026-01-05"},
                                                      {2, "Sun 2026-03-08"},
                                                      {3, "Mon 2026-03-09"},
                                                      {4, "Mon 2026-03-09"},
                                                      {5, "Tue 2026-03-10"}});
  CHECK(has(r.out, "walk in the park"));
  CHECK(has(r.out, "mood 7"));
  CHECK(has(r.out, "conflict"));

  auto alias = box.run({"ls"}, {}, kNow);
  CHECK(alias.exit_code == 0);
  CHECK(alias.out == r.out);
  CHECK(ids(box, {}) == Ids{1, 2, 3, 4, 5});
  CHECK(list_json(box, {"ls"}) == list_json(box));
}

TEST_CASE("list: --from, --to and --on select days", "[e2e][list]") {
  Sandbox box;
  seed(box);
  CHECK(ids(box, {"--from", "2026-03-09"}) == Ids{3, 4, 5});
  CHECK(ids(box, {"--to", "2026-03-08"}) == Ids{1, 2});
  CHECK(ids(box, {"--from", "2 days ago", "--to", "yesterday"}) == Ids{2, 3, 4});
  CHECK(ids(box, {"--on", "yesterday"}) == Ids{3, 4});
  CHECK(ids(box, {"--on", "2026-01-05"}) == Ids{1});
  CHECK(ids(box, {"--on", "2026-02-01"}).empty());
  auto empty = box.run({"list", "--on", "2026-02-01"}, {}, kNow);
  CHECK(empty.exit_code == 0);
  CHECK(empty.out.empty());
  CHECK(has(empty.err, "no entries match"));

  auto reversed = box.run({"list", "--from", "2026-03-10", "--to", "2026-03-01"}, {}, kNow);
  CHECK(reversed.exit_code == 2);
  CHECK(has(reversed.err, "after"));
}

TEST_CASE("list: -n keeps the last N entries, still oldest first", "[e2e][list]") {
  Sandbox box;
  seed(box);
  CHECK(ids(box, {"-n", "2"}) == Ids{4, 5});
  CHECK(ids(box, {"-n", "1"}) == Ids{5});
  CHECK(ids(box, {"-n", "50"}) == Ids{1, 2, 3, 4, 5});
  CHECK(ids(box, {"-n", "1", "--moods", "--tag", "work", "--to", "yesterday"}) == Ids{1});
  CHECK(box.run({"list", "-n", "0"}, {}, kNow).exit_code == 2);
}

TEST_CASE("list: --with, --kind, --tag and --contains filter entries", "[e2e][list]") {
  Sandbox box;
  seed(box);
  CHECK(ids(box, {"--with", "sam"}) == Ids{2});
  CHECK(ids(box, {"--with", "SAM"}) == Ids{2});
  CHECK(ids(box, {"--with", "mum"}) == Ids{4});
  // Nobody of that name: an error that names them, not "no entries match".
  auto nobody = box.run({"list", "--with", "nobody"}, {}, kNow);
  CHECK(nobody.exit_code == 1);
  CHECK(has(nobody.err, "nobody called 'nobody'"));
  CHECK(ids(box, {"--kind", "conflict"}) == Ids{2});
  CHECK(ids(box, {"--kind", "support"}) == Ids{4});
  CHECK(ids(box, {"--kind", "loss"}).empty());
  CHECK(ids(box, {"--tag", "work"}) == Ids{1, 5});
  CHECK(ids(box, {"--tag", "#WORK"}) == Ids{1, 5});
  CHECK(ids(box, {"--contains", "park"}) == Ids{3});
  CHECK(ids(box, {"--contains", "good day"}) == Ids{5});
  CHECK(ids(box, {"--contains", "WITH"}) == Ids{4});
  CHECK(ids(box, {"--contains", "a"}) == Ids{1, 2, 3, 4, 5});
  CHECK(box.run({"list", "--kind", "argument"}, {}, kNow).exit_code == 2);
}

TEST_CASE("list: --moods and --events select the entry type", "[e2e][list]") {
  Sandbox box;
  seed(box);
  CHECK(ids(box, {"--moods"}) == Ids{1, 3, 5});
  CHECK(ids(box, {"--events"}) == Ids{2, 4});
  CHECK(ids(box, {"--events", "--from", "yesterday"}) == Ids{4});
  CHECK(box.run({"list", "--moods", "--events"}, {}, kNow).exit_code == 2);
}

TEST_CASE("list: read commands on a missing journal exit 1 and create nothing", "[e2e][list]") {
  Sandbox box;
  const std::vector<std::vector<std::string>> reads = {{"list"},
                                                       {"ls", "--format", "json"},
                                                       {"show", "1"},
                                                       {"people"},
                                                       {"people", "show", "sam"},
                                                       {"edit", "1", "--mood", "3"},
                                                       {"rm", "1", "--yes"}};
  for (const auto& args : reads) {
    auto r = box.run(args, {}, kNow);
    INFO(args[0] << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(has(r.err, "no journal"));
    bool hint = false;
    for (const auto& line : ipt::test::lines(r.err))
      hint = hint || line.starts_with("ipt: hint:");
    CHECK(hint);
    CHECK_FALSE(ipt::test::exists(box.db()));
  }
  CHECK_FALSE(ipt::test::exists(box.path() + "/data/ipt"));
}

TEST_CASE("show: ID and '#ID' print the entry in text and as one JSON object", "[e2e][show]") {
  Sandbox box;
  seed(box);
  const json all = list_json(box);
  auto r = box.run({"show", "3"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  for (const char* field :
       {"#3", "check-in", "2026-03-09", "6 of 10", "alex", "#outside", "walk in the park"}) {
    CHECK(has(r.out, field));
  }
  CHECK(has(r.out, all[2]["uuid"].get<std::string>()));

  auto ev = box.run({"show", "#2"}, {}, kNow);
  CHECK(ev.exit_code == 0);
  for (const char* field : {"#2", "event", "conflict", "-2", "sam", "argument about chores"})
    CHECK(has(ev.out, field));

  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(entry(box, std::to_string(i + 1)) == all[i]);
    CHECK(entry(box, "#" + std::to_string(i + 1)) == all[i]);
  }
  auto raw = box.run({"show", "4", "--format", "json"}, {}, kNow);
  const auto one = nlohmann::ordered_json::parse(raw.out);
  const auto listed = nlohmann::ordered_json::parse(box.run({"list", "--format", "json"}).out);
  REQUIRE(one.is_object());
  std::vector<std::string> show_keys, list_keys;
  for (const auto& it : one.items())
    show_keys.push_back(it.key());
  for (const auto& it : listed[3].items())
    list_keys.push_back(it.key());
  CHECK(show_keys == list_keys);
}

TEST_CASE("show: a missing id exits 1 with a hint, a non-number exits 2", "[e2e][show]") {
  Sandbox box;
  seed(box);
  auto missing = box.run({"show", "999"}, {}, kNow);
  CHECK(missing.exit_code == 1);
  CHECK(missing.out.empty());
  CHECK(has(missing.err, "ipt: error: there is no entry #999"));
  CHECK(has(missing.err, "\nipt: hint: "));
  for (const char* bad : {"abc", "0", "#", "1x"}) {
    auto r = box.run({"show", bad}, {}, kNow);
    INFO(bad << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(has(r.err, "not an entry id"));
  }
}

TEST_CASE("edit: a check-in's mood, note, anxiety, sleep, people and tags", "[e2e][edit]") {
  Sandbox box;
  must(box, {"log", "5", "old note", "--anxiety", "4", "--energy", "6", "--sleep", "6", "--with",
             "sam", "-t", "a"});
  auto r = box.run({"edit", "1", "--mood", "7", "--note", "new note", "--anxiety", "2", "--sleep",
                    "7.5", "--with", "alex,jo", "--tag", "b", "--tag", "c"},
                   {}, kLater);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "updated #1\n");
  json e = entry(box, "1");
  CHECK(e["mood"] == 7);
  CHECK(e["text"] == "new note");
  CHECK(e["anxiety"] == 2);
  CHECK(e["energy"] == 6);
  CHECK(e["sleep"] == 7.5);
  CHECK(e["people"] == json({"alex", "jo"}));
  CHECK(e["tags"] == json({"b", "c"}));
  CHECK(e["at"] == "2026-03-10T18:00:00+00:00");
  CHECK(e["created"] == "2026-03-10T18:00:00+00:00");
  CHECK(e["updated"] == "2026-03-11T09:00:00+00:00");

  REQUIRE(box.run({"edit", "#1", "--text", "via --text"}, {}, kNow).exit_code == 0);
  CHECK(entry(box, "1")["text"] == "via --text");
  REQUIRE(box.run({"edit", "1", "--clear", "anxiety", "--clear", "tags"}, {}, kNow).exit_code == 0);
  e = entry(box, "1");
  CHECK(e["anxiety"].is_null());
  CHECK(e["tags"] == json::array());
  CHECK(e["energy"] == 6);
  CHECK(e["people"] == json({"alex", "jo"}));
  REQUIRE(box.run({"edit", "1", "--clear", "note", "--clear", "with"}, {}, kNow).exit_code == 0);
  e = entry(box, "1");
  CHECK(e["text"] == "");
  CHECK(e["people"] == json::array());
}

TEST_CASE("edit: -d moves an entry to another day and time", "[e2e][edit]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  auto r = box.run({"edit", "1", "-d", "2026-03-01 10:00"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  const json e = entry(box, "1");
  CHECK(e["day"] == "2026-03-01");
  CHECK(e["at"] == "2026-03-01T10:00:00+00:00");
  CHECK(ids(box, {"--on", "2026-03-01"}) == Ids{1});
  CHECK(box.run({"edit", "1", "-d", "2026-03-12"}, {}, kNow).exit_code == 2);
}

TEST_CASE("edit: an event's kind, impact, feelings and text", "[e2e][edit]") {
  Sandbox box;
  must(box, {"event", "fight", "--kind", "conflict", "--impact", "-2", "--feel", "angry"});
  auto r = box.run({"edit", "1", "--kind", "support", "--impact", "+1", "--feel", "calm", "--feel",
                    "warm", "--text", "made up later"},
                   {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "updated #1\n");
  const json e = entry(box, "1");
  CHECK(e["kind"] == "support");
  CHECK(e["impact"] == 1);
  CHECK(e["feelings"] == json({"calm", "warm"}));
  CHECK(e["text"] == "made up later");
}

TEST_CASE("edit: options of the other entry type exit 2 and change nothing", "[e2e][edit]") {
  Sandbox box;
  must(box, {"log", "5", "a check-in"});
  must(box, {"event", "an event", "--with", "sam"});
  const json before = list_json(box);
  const json people_before = box.run_json({"people", "--format", "json"}, {}, kNow);
  const std::vector<std::vector<std::string>> wrong = {
      {"2", "--mood", "5"},
      {"2", "--anxiety", "3"},
      {"2", "--sleep", "7"},
      {"2", "--clear", "energy"},
      {"2", "--mood", "5", "--with", "newbie", "--text", "changed"},
      {"1", "--kind", "talk"},
      {"1", "--impact", "2"},
      {"1", "--feel", "sad"}};
  for (const auto& args : wrong) {
    std::vector<std::string> argv = {"edit"};
    argv.insert(argv.end(), args.begin(), args.end());
    auto r = box.run(argv, {}, kLater);
    INFO(args[0] << " " << args[1] << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(has(r.err, "applies to"));
  }
  CHECK(list_json(box) == before);
  CHECK(box.run_json({"people", "--format", "json"}, {}, kNow) == people_before);
}

TEST_CASE("edit: nothing to change exits 2, a missing id exits 1", "[e2e][edit]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  auto nothing = box.run({"edit", "1"}, {}, kNow);
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.out.empty());
  CHECK(has(nothing.err, "nothing to change"));
  auto missing = box.run({"edit", "99", "--mood", "3"}, {}, kNow);
  CHECK(missing.exit_code == 1);
  CHECK(missing.out.empty());
  CHECK(has(missing.err, "#99"));
  CHECK(has(missing.err, "ipt: hint:"));
  CHECK(entry(box, "1")["mood"] == 5);
}

TEST_CASE("rm: off a terminal --yes is required", "[e2e][rm]") {
  Sandbox box;
  must(box, {"log", "5", "keep me"});
  for (const char* answer : {"", "y\n"}) {
    auto r = box.run({"rm", "1"}, answer, kNow);
    INFO(describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(has(r.err, "--yes"));
  }
  CHECK(ids(box, {}) == Ids{1});
}

TEST_CASE("rm: --yes deletes the entry", "[e2e][rm]") {
  Sandbox box;
  must(box, {"log", "5", "first"});
  must(box, {"log", "6", "second"});
  auto r = box.run({"rm", "1", "--yes"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "deleted #1\n");
  CHECK(ids(box, {}) == Ids{2});
  CHECK(box.run({"show", "1"}, {}, kNow).exit_code == 1);
  CHECK(box.run({"rm", "#2", "-y"}, {}, kNow).out == "deleted #2\n");
  CHECK(ids(box, {}).empty());
}

TEST_CASE("rm: deleting a check-in keeps its linked event", "[e2e][rm]") {
  Sandbox box;
  must(box,
       {"log", "3", "bad night", "--event", "row with sam", "--kind", "conflict", "--with", "sam"});
  REQUIRE(entry(box, "2")["checkin_id"] == 1);
  auto r = box.run({"rm", "1", "--yes"}, {}, kNow);
  CHECK(r.exit_code == 0);
  const json all = list_json(box);
  REQUIRE(all.size() == 1);
  CHECK(all[0]["id"] == 2);
  CHECK(all[0]["checkin_id"].is_null());
  CHECK(all[0]["text"] == "row with sam");
  CHECK(all[0]["people"] == json{"sam"});
}

TEST_CASE("rm: a missing id exits 1", "[e2e][rm]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  auto r = box.run({"rm", "7", "--yes"}, {}, kNow);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(has(r.err, "#7"));
  CHECK(ids(box, {}) == Ids{1});
}
