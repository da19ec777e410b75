// End to end: `ipt people` and its subcommands add, edit, show and rm.
#include <algorithm>
#include <cstdint>
#include <iterator>
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

void must(const Sandbox& box, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, kNow);
  INFO(args[0] << " " << args[1] << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

json people(const Sandbox& box) {
  return box.run_json({"people", "--format", "json"}, {}, kNow);
}

json entries(const Sandbox& box, std::vector<std::string> filter = {}) {
  std::vector<std::string> args = {"list", "--format", "json"};
  args.insert(args.end(), filter.begin(), filter.end());
  return box.run_json(args, {}, kNow);
}

Ids ids(const json& arr) {
  Ids out;
  for (const auto& e : arr)
    out.push_back(e["id"].get<std::int64_t>());
  return out;
}

bool has_hint_with(const std::string& err, const std::string& word) {
  for (const auto& line : ipt::test::lines(err)) {
    if (line.starts_with("ipt: hint:") && has(line, word))
      return true;
  }
  return false;
}

}  // namespace

TEST_CASE("people: an empty list prints no data and exits 0", "[e2e][people]") {
  Sandbox box;
  must(box, {"log", "5", "alone today"});
  auto r = box.run({"people"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(has(r.err, "no people yet"));
  CHECK(people(box) == json::array());
  auto csv = box.run({"people", "--format", "csv"}, {}, kNow);
  CHECK(csv.exit_code == 0);
  CHECK(csv.out.starts_with("name,uuid,"));
  CHECK(csv.out.ends_with("\r\n"));
  CHECK(ipt::test::lines(csv.out).size() == 1);
}

TEST_CASE("people: add with circle, role and note", "[e2e][people]") {
  Sandbox box;
  auto r = box.run(
      {"people", "add", "Sam", "--circle", "inner", "--role", "partner", "--note", "met at uni"},
      {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "added Sam\n");

  auto raw = box.run({"people", "--format", "json"}, {}, kNow);
  const auto ordered = nlohmann::ordered_json::parse(raw.out);
  REQUIRE(ordered.size() == 1);
  std::vector<std::string> keys;
  for (const auto& it : ordered[0].items())
    keys.push_back(it.key());
  // man ipt, OUTPUT FORMATS: these keys, in this order; keys added later may sit among them.
  const std::vector<std::string> documented = {"name", "uuid",   "circle",       "role",
                                               "note", "events", "last_contact", "mean_impact"};
  std::vector<std::string> documented_seen;
  for (const auto& k : keys) {
    if (std::find(documented.begin(), documented.end(), k) != documented.end())
      documented_seen.push_back(k);
  }
  CHECK(documented_seen == documented);
  const json p = json::parse(raw.out)[0];
  CHECK(p["name"] == "Sam");
  CHECK(p["uuid"].get<std::string>().size() == 36);
  CHECK(p["circle"] == "inner");
  CHECK(p["role"] == "partner");
  CHECK(p["note"] == "met at uni");
  CHECK(p["events"] == 0);
  CHECK(p["last_contact"].is_null());
  CHECK(p["mean_impact"].is_null());

  auto quiet = box.run({"-q", "people", "add", "Jo"}, {}, kNow);
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.out.empty());
  CHECK(people(box).size() == 2);
}

TEST_CASE("people: adding a name that exists in another case exits 1", "[e2e][people]") {
  Sandbox box;
  must(box, {"people", "add", "sam"});
  auto r = box.run({"people", "add", "SAM", "--circle", "outer"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(has(r.err, "already"));
  const json all = people(box);
  REQUIRE(all.size() == 1);
  CHECK(all[0]["name"] == "sam");
  CHECK(all[0]["circle"].is_null());
}

TEST_CASE("people: a name may be given as several words", "[e2e][people]") {
  Sandbox box;
  auto r = box.run({"people", "add", "Aunt", "May", "--circle", "middle"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "added Aunt May\n");
  CHECK(people(box)[0]["name"] == "Aunt May");

  auto ev = box.run({"event", "tea", "--with", "aunt may"}, {}, kNow);
  CHECK(ev.exit_code == 0);
  CHECK(ev.err.empty());
  CHECK(entries(box)[0]["people"] == json{"Aunt May"});
  CHECK(box.run({"people", "edit", "aunt", "may", "--role", "aunt"}, {}, kNow).out ==
        "updated Aunt May\n");
  CHECK(box.run_json({"people", "show", "AUNT", "MAY", "--format", "json"}, {}, kNow)["role"] ==
        "aunt");
}

TEST_CASE("people: the text list has a header row and one row per person", "[e2e][people]") {
  Sandbox box;
  must(box, {"people", "add", "sam", "--circle", "inner", "--role", "partner"});
  must(box, {"people", "add", "Mum", "--circle", "middle", "--role", "mother"});
  must(box, {"event", "walk", "--with", "alex", "--impact", "+2", "-d", "2026-03-02"});
  auto r = box.run({"people"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  const auto rows = ipt::test::lines(r.out);
  REQUIRE(rows.size() == 4);
  for (const char* column : {"NAME", "CIRCLE", "ROLE", "EVENTS", "LAST CONTACT", "MEAN IMPACT"})
    CHECK(has(rows[0], column));
  CHECK(rows[0].starts_with("NAME"));
  CHECK(rows[1].starts_with("alex "));
  CHECK(has(rows[1], "2026-03-02"));
  CHECK(rows[2].starts_with("Mum "));
  CHECK(has(rows[2], "middle"));
  CHECK(has(rows[2], "mother"));
  CHECK(rows[3].starts_with("sam "));
  CHECK(has(rows[3], "inner"));
  CHECK(has(rows[3], "partner"));
}

TEST_CASE("people: events, last contact and mean impact are summarised", "[e2e][people]") {
  Sandbox box;
  must(box, {"event", "argued", "--with", "sam", "--impact", "-2", "-d", "2026-03-01"});
  must(box, {"event", "made up", "--with", "sam,alex", "--impact", "+1", "-d", "2026-03-05"});
  must(box, {"event", "texted", "--with", "sam", "-d", "2026-03-03"});
  must(box, {"event", "quiet call", "--with", "mum"});
  must(box, {"people", "add", "Jo"});

  const json all = people(box);
  REQUIRE(all.size() == 4);
  CHECK(all[0]["name"] == "alex");
  CHECK(all[0]["events"] == 1);
  CHECK(all[0]["last_contact"] == "2026-03-05");
  CHECK(all[0]["mean_impact"] == 1.0);
  CHECK(all[1]["name"] == "Jo");
  CHECK(all[1]["events"] == 0);
  CHECK(all[1]["last_contact"].is_null());
  CHECK(all[1]["mean_impact"].is_null());
  CHECK(all[2]["name"] == "mum");
  CHECK(all[2]["events"] == 1);
  CHECK(all[2]["last_contact"] == "2026-03-10");
  CHECK(all[2]["mean_impact"].is_null());
  CHECK(all[3]["name"] == "sam");
  CHECK(all[3]["events"] == 3);
  CHECK(all[3]["last_contact"] == "2026-03-05");
  CHECK(all[3]["mean_impact"] == -0.5);

  const auto rows = ipt::test::lines(box.run({"people"}, {}, kNow).out);
  REQUIRE(rows.size() == 5);
  CHECK(rows[4].starts_with("sam "));
  CHECK(has(rows[4], " 3 "));
  CHECK(has(rows[4], "2026-03-05"));
  CHECK(has(rows[4], "-0.5"));
}

TEST_CASE("people: edit --circle, --role and --rename, and entries follow the rename",
          "[e2e][people]") {
  Sandbox box;
  must(box, {"people", "add", "sam", "--circle", "outer"});
  must(box, {"event", "coffee", "--with", "sam"});
  const std::string uuid = people(box)[0]["uuid"];
  auto r = box.run({"people", "edit", "SAM", "--circle", "inner", "--role", "brother"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "updated sam\n");
  auto renamed = box.run({"people", "edit", "sam", "--rename", "Samuel"}, {}, kNow);
  CHECK(renamed.exit_code == 0);
  CHECK(renamed.out == "updated Samuel\n");

  const json all = people(box);
  REQUIRE(all.size() == 1);
  CHECK(all[0]["name"] == "Samuel");
  CHECK(all[0]["uuid"] == uuid);
  CHECK(all[0]["circle"] == "inner");
  CHECK(all[0]["role"] == "brother");
  CHECK(all[0]["events"] == 1);
  CHECK(ids(entries(box, {"--with", "samuel"})) == Ids{1});
  CHECK(box.run({"list", "--with", "sam"}, {}, kNow).exit_code == 1);  // nobody is called sam now
  CHECK(entries(box)[0]["people"] == json{"Samuel"});

  must(box, {"people", "add", "Alex"});
  auto clash = box.run({"people", "edit", "alex", "--rename", "SAMUEL"}, {}, kNow);
  CHECK(clash.exit_code == 1);
  CHECK(people(box).size() == 2);
  auto nothing = box.run({"people", "edit", "alex"}, {}, kNow);
  CHECK(nothing.exit_code == 2);
  CHECK(has(nothing.err, "nothing to change"));
  CHECK(box.run({"people", "edit", "nobody", "--role", "x"}, {}, kNow).exit_code == 1);
}

TEST_CASE("people: an unknown circle exits 2 and lists inner, middle, outer", "[e2e][people]") {
  Sandbox box;
  auto r = box.run({"people", "add", "sam", "--circle", "close"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(has(r.err, "inner, middle, outer"));
  CHECK_FALSE(ipt::test::exists(box.db()));

  must(box, {"people", "add", "sam", "--circle", "middle"});
  auto edit = box.run({"people", "edit", "sam", "--circle", "family"}, {}, kNow);
  CHECK(edit.exit_code == 2);
  CHECK(has(edit.err, "inner, middle, outer"));
  CHECK(people(box)[0]["circle"] == "middle");
}

TEST_CASE("people: show NAME lists their events beside the day's mean mood", "[e2e][people]") {
  Sandbox box;
  must(box, {"people", "add", "Sam", "--circle", "inner", "--role", "partner"});
  must(box, {"log", "4", "-d", "2026-03-05 09:00"});
  must(box, {"log", "7", "-d", "2026-03-05 21:00"});
  must(box, {"event", "argued", "--with", "sam", "--impact", "-2", "--kind", "conflict", "-d",
             "2026-03-05 12:00"});
  must(box, {"event", "made up", "--with", "sam", "--impact", "+1", "-d", "2026-03-07"});
  must(box, {"log", "9", "-d", "2026-03-08"});

  const json d = box.run_json({"people", "show", "SAM", "--format", "json"}, {}, kNow);
  CHECK(d["name"] == "Sam");
  CHECK(d["circle"] == "inner");
  CHECK(d["events"] == 2);
  CHECK(d["mean_impact"] == -0.5);
  REQUIRE(d["timeline"].is_array());
  REQUIRE(d["timeline"].size() == 2);
  const auto ordered = nlohmann::ordered_json::parse(
      box.run({"people", "show", "sam", "--format", "json"}, {}, kNow).out);
  CHECK(ordered.items().begin().key() == "name");
  CHECK(std::prev(ordered.end()).key() == "timeline");
  std::vector<std::string> row_keys;
  for (const auto& it : ordered["timeline"][0].items())
    row_keys.push_back(it.key());
  CHECK(row_keys ==
        std::vector<std::string>{"id", "type", "day", "at", "kind", "impact", "text", "day_mood"});
  const json& a = d["timeline"][0];
  CHECK(a["id"] == 3);
  CHECK(a["day"] == "2026-03-05");
  CHECK(a["kind"] == "conflict");
  CHECK(a["impact"] == -2);
  CHECK(a["text"] == "argued");
  CHECK(a["day_mood"] == 5.5);
  const json& b = d["timeline"][1];
  CHECK(b["id"] == 4);
  CHECK(b["day"] == "2026-03-07");
  CHECK(b["day_mood"].is_null());

  // A check-in naming them is contact too: on their timeline, in its place.
  must(box, {"log", "6", "dinner together", "--with", "Sam", "-d", "2026-03-06"});
  const json with_checkin = box.run_json({"people", "show", "sam", "--format", "json"}, {}, kNow);
  REQUIRE(with_checkin["timeline"].size() == 3);
  const json& c = with_checkin["timeline"][1];
  CHECK(c["type"] == "checkin");
  CHECK(c["kind"].is_null());
  CHECK(c["text"] == "dinner together");
  CHECK(c["day_mood"] == 6);
  CHECK(with_checkin["timeline"][0]["type"] == "event");
  CHECK(with_checkin["events"] == 2);
  CHECK(with_checkin["last_contact"] == "2026-03-07");

  auto text = box.run({"people", "show", "sam"}, {}, kNow);
  INFO(describe(text));
  CHECK(text.exit_code == 0);
  CHECK(text.out.starts_with("Sam\n"));
  for (const char* field : {"inner", "partner", "-0.5", "#3", "#4", "argued", "made up", "5.5",
                            "check-in", "dinner together"})
    CHECK(has(text.out, field));

  auto missing = box.run({"people", "show", "nobody"}, {}, kNow);
  CHECK(missing.exit_code == 1);
  CHECK(has(missing.err, "ipt: hint:"));
}

TEST_CASE("people: rm is refused while entries name them, with a hint about --force",
          "[e2e][people]") {
  Sandbox box;
  must(box, {"event", "coffee", "--with", "Sam"});
  auto r = box.run({"people", "rm", "sam"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 2);  // like rm without --yes: the command needs confirming
  CHECK(r.out.empty());
  CHECK(has_hint_with(r.err, "--force"));
  CHECK(people(box).size() == 1);
  CHECK(entries(box)[0]["people"] == json{"Sam"});
}

TEST_CASE("people: rm --force keeps the entries and unlinks the name", "[e2e][people]") {
  Sandbox box;
  must(box, {"log", "5", "with both", "--with", "Sam,alex"});
  must(box, {"event", "coffee", "--with", "Sam"});
  auto r = box.run({"people", "rm", "SAM", "--force"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK((r.out == "removed Sam\n" || r.out == "removed SAM\n"));
  CHECK(has(r.err, "2 entries"));
  const json all = entries(box);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["people"] == json{"alex"});
  CHECK(all[1]["people"] == json::array());
  CHECK(all[1]["text"] == "coffee");
  CHECK(box.run({"list", "--with", "sam"}, {}, kNow).exit_code == 1);  // nobody is called sam now
  const json left = people(box);
  REQUIRE(left.size() == 1);
  CHECK(left[0]["name"] == "alex");

  must(box, {"people", "add", "Jo"});
  auto unused = box.run({"people", "rm", "Jo"}, {}, kNow);
  CHECK(unused.exit_code == 0);
  CHECK(unused.out == "removed Jo\n");
  CHECK(box.run({"people", "rm", "Jo"}, {}, kNow).exit_code == 1);
  CHECK(people(box).size() == 1);
}

TEST_CASE("people: an event adds only unknown people, matching names in any case",
          "[e2e][people][event]") {
  Sandbox box;
  auto first = box.run({"event", "coffee", "--with", "sam"}, {}, kNow);
  CHECK(first.exit_code == 0);
  CHECK(first.err.find("added 'sam'") != std::string::npos);

  auto again = box.run({"event", "lunch", "--with", "SAM"}, {}, kNow);
  INFO(describe(again));
  CHECK(again.exit_code == 0);
  CHECK(again.out == "logged #2\n");
  CHECK(again.err.empty());

  auto mixed = box.run({"event", "walk", "--with", "Sam", "--with", "sAm,alex"}, {}, kNow);
  CHECK(mixed.exit_code == 0);
  CHECK(mixed.err.find("'alex'") != std::string::npos);
  CHECK(mixed.err.find("am'") == std::string::npos);

  const json known = people(box);
  REQUIRE(known.size() == 2);
  CHECK(known[0]["name"] == "alex");
  CHECK(known[1]["name"] == "sam");
  CHECK(known[1]["events"] == 3);
  const json all = entries(box);
  CHECK(all[1]["people"] == json{"sam"});
  CHECK(all[2]["people"] == json({"sam", "alex"}));
}
