// End to end: the interpersonal inventory (man ipt, ipt inventory): the people fields, `ipt
// inventory` printed and walked on a terminal, `ipt people circle`, and a version-1 journal
// migrated to version 2.
#include <algorithm>
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

const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};
const char* kScript = "/usr/bin/script";

RunResult must(const Sandbox& box, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, kNow);
  INFO(args.front() << " " << (args.size() > 1 ? args[1] : "") << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

// `people --format json` as name -> person.
json people(const Sandbox& box) {
  json out = json::object();
  for (const auto& p : box.run_json({"people", "--format", "json"}, {}, kNow))
    out[p["name"].get<std::string>()] = p;
  return out;
}

// Columns a line takes: code points after removing ESC sequences.
std::size_t columns(const std::string& line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {
      if (i + 1 < line.size() && line[i + 1] == '[') {
        i += 2;
        while (i < line.size() && !(line[i] >= 0x40 && line[i] <= 0x7e))
          ++i;
      } else {
        ++i;
      }
      continue;
    }
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
      ++n;
  }
  return n;
}

// ipt inventory on a pseudo-terminal, fed `input`; stdout and stderr both land in out.
RunResult walk(const Sandbox& box, const std::string& input) {
  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " inventory";
  return ipt::test::run_raw({kScript, "-qec", cmd, "/dev/null"}, box.env(kNow), input);
}

// Checks the circle drawing of `out` (drawn `width` wide): every placed name is drawn or listed
// as "also in the RING circle", every unplaced one as "not yet placed", no line is too wide.
void check_circle(const std::string& out, std::size_t width,
                  const std::vector<std::pair<std::string, std::string>>& placed,
                  const std::vector<std::string>& unplaced) {
  const auto ls = ipt::test::lines(out);
  for (const auto& l : ls) {
    INFO("line: " << l);
    CHECK(columns(l) <= width);
  }
  std::vector<std::string> drawing, also, not_placed;
  for (const auto& l : ls) {
    if (l.starts_with("also in the "))
      also.push_back(l);
    else if (l.starts_with("not yet placed: "))
      not_placed.push_back(l);
    else
      drawing.push_back(l);
  }
  auto in = [](const std::vector<std::string>& v, const std::string& s) {
    return std::any_of(v.begin(), v.end(), [&](const std::string& l) { return has(l, s); });
  };
  CHECK(in(drawing, "you"));
  for (const auto& [name, ring] : placed) {
    INFO(name << " in the " << ring << " circle");
    const bool drawn = in(drawing, name);
    bool listed = false;
    for (const auto& l : also)
      listed = listed || (l.starts_with("also in the " + ring + " circle: ") && has(l, name));
    CHECK((drawn || listed));
    CHECK_FALSE(in(not_placed, name));
  }
  for (const auto& name : unplaced) {
    INFO(name << " unplaced");
    CHECK(in(not_placed, name));
    CHECK_FALSE(in(drawing, name));
  }
}

}  // namespace

TEST_CASE("inventory: people add and edit the inventory fields", "[model]") {
  Sandbox box;
  must(box,
       {"people", "add", "Sam", "--circle", "inner", "--role", "partner", "--contact", "daily",
        "--satisfying", "we laugh a lot", "--unsatisfying", "chores", "--my-expectations",
        "help at home", "--their-expectations", "listen more", "--change", "more time together"});
  auto p = people(box)["Sam"];
  for (const char* key :
       {"contact", "satisfying", "unsatisfying", "my_expectations", "their_expectations", "wish"})
    CHECK(p.contains(key));
  CHECK(p["circle"] == "inner");
  CHECK(p["role"] == "partner");
  CHECK(p["contact"] == "daily");
  CHECK(p["satisfying"] == "we laugh a lot");
  CHECK(p["unsatisfying"] == "chores");
  CHECK(p["my_expectations"] == "help at home");
  CHECK(p["their_expectations"] == "listen more");
  CHECK(p["wish"] == "more time together");

  must(box, {"people", "add", "Alex"});
  p = people(box)["Alex"];
  CHECK(p["contact"].is_null());
  CHECK(p["satisfying"] == "");
  CHECK(p["wish"] == "");

  const std::vector<std::pair<std::vector<std::string>, std::pair<std::string, json>>> edits{
      {{"--contact", "Weekly"}, {"contact", "weekly"}},
      {{"--contact", "monthly"}, {"contact", "monthly"}},
      {{"--contact", "rarely"}, {"contact", "rarely"}},
      {{"--satisfying", "good walks"}, {"satisfying", "good walks"}},
      {{"--unsatisfying", "money talk"}, {"unsatisfying", "money talk"}},
      {{"--my-expectations", "be on time"}, {"my_expectations", "be on time"}},
      {{"--their-expectations", "call more"}, {"their_expectations", "call more"}},
      {{"--change", "fewer rows"}, {"wish", "fewer rows"}},
  };
  for (const auto& [opts, want] : edits) {
    std::vector<std::string> args{"people", "edit", "sam"};
    args.insert(args.end(), opts.begin(), opts.end());
    auto r = must(box, args);
    CHECK(r.out == "updated Sam\n");
    p = people(box)["Sam"];
    INFO(opts[0]);
    CHECK(p[want.first] == want.second);
  }
  // Each edit changed one field only.
  CHECK(p["contact"] == "rarely");
  CHECK(p["satisfying"] == "good walks");
  CHECK(p["role"] == "partner");
  CHECK(p["circle"] == "inner");

  const auto before = people(box);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"people", "edit", "Sam", "--contact", "hourly"},
        {"people", "add", "Kim", "--contact", "hourly"},
        {"people", "add", "Kim", "--contact", ""}}) {
    auto r = box.run(args, {}, kNow);
    INFO(args[1] << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    for (const char* valid : {"daily", "weekly", "monthly", "rarely"})
      CHECK(has(r.err, valid));
  }
  CHECK(people(box) == before);
}

TEST_CASE("inventory: printed off a terminal as text, markdown and json", "[model]") {
  Sandbox box;
  must(box, {"people", "add", "Zed"});
  must(box, {"people", "add", "Kim", "--circle", "outer"});
  must(box, {"people", "add", "Ann", "--circle", "middle", "--contact", "weekly"});
  must(box, {"people", "add", "Sam", "--circle", "inner", "--role", "partner", "--satisfying",
             "we laugh", "--change", "more time"});

  const auto text = must(box, {"inventory"}).out;
  const auto inner = text.find("Inner circle");
  const auto middle = text.find("Middle circle");
  const auto outer = text.find("Outer circle");
  const auto unplaced = text.find("Not yet placed");
  REQUIRE(inner != std::string::npos);
  REQUIRE(middle != std::string::npos);
  REQUIRE(outer != std::string::npos);
  REQUIRE(unplaced != std::string::npos);
  CHECK(inner < text.find("Sam"));
  CHECK(text.find("Sam") < middle);
  CHECK(middle < text.find("Ann"));
  CHECK(text.find("Ann") < outer);
  CHECK(outer < text.find("Kim"));
  CHECK(text.find("Kim") < unplaced);
  CHECK(unplaced < text.find("Zed"));
  CHECK(has(text, "we laugh"));
  CHECK(has(text, "more time"));
  CHECK(has(text, "weekly"));

  const auto md = must(box, {"inventory", "--format", "markdown"}).out;
  CHECK(md.starts_with("# Interpersonal inventory\n"));
  const auto ml = ipt::test::lines(md);
  std::vector<std::string> h2, h3;
  for (const auto& l : ml) {
    if (l.starts_with("## "))
      h2.push_back(l);
    if (l.starts_with("### "))
      h3.push_back(l);
  }
  REQUIRE(h2.size() == 4);
  CHECK(h2[0].starts_with("## Inner circle"));
  CHECK(h2[1].starts_with("## Middle circle"));
  CHECK(h2[2].starts_with("## Outer circle"));
  CHECK(h2[3].starts_with("## Not yet placed"));
  CHECK(h3 == std::vector<std::string>{"### Sam", "### Ann", "### Kim", "### Zed"});
  CHECK(std::count(ml.begin(), ml.end(), "- **Role:** partner") == 1);
  CHECK(std::any_of(ml.begin(), ml.end(), [](const std::string& l) {
    return l.starts_with("- ") && has(l, "we laugh");
  }));
  CHECK(std::any_of(ml.begin(), ml.end(),
                    [](const std::string& l) { return l.starts_with("- ") && has(l, "weekly"); }));

  const auto j = box.run_json({"inventory", "--format", "json"}, {}, kNow);
  REQUIRE(j.is_object());
  std::vector<std::string> keys;
  const auto ordered =
      nlohmann::ordered_json::parse(must(box, {"inventory", "--format", "json"}).out);
  for (const auto& [k, v] : ordered.items())
    keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"inner", "middle", "outer", "unplaced"});
  auto names = [&](const char* ring) {
    std::vector<std::string> out;
    for (const auto& p : j[ring])
      out.push_back(p["name"].get<std::string>());
    return out;
  };
  CHECK(names("inner") == std::vector<std::string>{"Sam"});
  CHECK(names("middle") == std::vector<std::string>{"Ann"});
  CHECK(names("outer") == std::vector<std::string>{"Kim"});
  CHECK(names("unplaced") == std::vector<std::string>{"Zed"});
  CHECK(j["inner"][0]["satisfying"] == "we laugh");
  CHECK(j["middle"][0]["contact"] == "weekly");
  CHECK(j["inner"][0] == people(box)["Sam"]);
}

TEST_CASE("inventory: the walk on a terminal places people and saves each answer", "[model][tty]") {
  if (!ipt::test::exists(kScript)) {
    FAIL("util-linux script is not installed, so the terminal walk can't be tested");
  }
  Sandbox box;
  auto r = walk(box, "Sam, Alex\n\nBob\nweekly\nwe laugh\n\n\n\n\n");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  auto p = people(box);
  REQUIRE(p.size() == 3);
  CHECK(p["Sam"]["circle"] == "inner");
  CHECK(p["Alex"]["circle"] == "inner");
  CHECK(p["Bob"]["circle"] == "outer");
  // The two answers belong to whoever was asked about first.
  const std::string ask = "How often are you in touch with ";
  const auto at = r.out.find(ask);
  REQUIRE(at != std::string::npos);
  const auto first = r.out.substr(at + ask.size(), r.out.find('?', at) - at - ask.size());
  INFO("asked first about " << first);
  REQUIRE(p.contains(first));
  CHECK(p[first]["circle"] == "inner");
  CHECK(p[first]["contact"] == "weekly");
  CHECK(p[first]["satisfying"] == "we laugh");
  CHECK(p[first]["unsatisfying"] == "");
  CHECK(p[first]["wish"] == "");
  int answered = 0;
  for (const auto& [name, person] : p.items())
    answered += person["contact"].is_null() ? 0 : 1;
  CHECK(answered == 1);
  CHECK(has(r.out, "saved"));

  // Input that ends part way keeps what was answered; Enter keeps what is there.
  r = walk(box, "\n\n\nmonthly\nkind words\n");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  const auto q = people(box);
  CHECK(q[first]["contact"] == "monthly");
  CHECK(q[first]["satisfying"] == "kind words");
  CHECK(q["Bob"]["circle"] == "outer");
  CHECK(q["Sam"]["circle"] == "inner");
  CHECK(has(r.out, "Stopped"));
}

TEST_CASE("inventory: a walk cut short after two answers keeps both", "[model][tty]") {
  if (!ipt::test::exists(kScript)) {
    FAIL("util-linux script is not installed, so the terminal walk can't be tested");
  }
  Sandbox box;
  auto r = walk(box, "Sam, Alex\nBob\n");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "Stopped"));
  const auto p = people(box);
  REQUIRE(p.size() == 3);
  CHECK(p["Sam"]["circle"] == "inner");
  CHECK(p["Alex"]["circle"] == "inner");
  CHECK(p["Bob"]["circle"] == "middle");
}

TEST_CASE("inventory: people circle draws the rings within the width", "[model]") {
  Sandbox box;
  must(box, {"people", "add", "Sam", "--circle", "inner"});
  must(box, {"people", "add", "Alex", "--circle", "inner"});
  must(box, {"people", "add", "Ann", "--circle", "middle"});
  must(box, {"people", "add", "Zoë Ångström", "--circle", "middle"});
  must(box, {"people", "add", "Kim", "--circle", "outer"});
  must(box, {"people", "add", "Zed"});
  const std::vector<std::pair<std::string, std::string>> placed{{"Sam", "inner"},
                                                                {"Alex", "inner"},
                                                                {"Ann", "middle"},
                                                                {"Zoë Ångström", "middle"},
                                                                {"Kim", "outer"}};
  {
    INFO("default width");
    check_circle(must(box, {"people", "circle"}).out, 80, placed, {"Zed"});
  }
  {
    INFO("--width 40");
    check_circle(must(box, {"people", "circle", "--width", "40"}).out, 40, placed, {"Zed"});
  }
  const auto j = box.run_json({"people", "circle", "--format", "json"}, {}, kNow);
  CHECK(j == json{{"inner", {"Alex", "Sam"}},
                  {"middle", {"Ann", "Zoë Ångström"}},
                  {"outer", {"Kim"}},
                  {"unplaced", {"Zed"}}});
  auto r = box.run({"people", "circle", "--width", "39"}, {}, kNow);
  CHECK(r.exit_code == 2);
  CHECK(r.err.starts_with("ipt: error: "));
}

TEST_CASE("inventory: people circle with 30 people in the outer ring loses no one", "[model]") {
  Sandbox box;
  std::vector<std::pair<std::string, std::string>> placed;
  for (int i = 1; i <= 30; ++i) {
    const std::string name = std::string("Person") + (i < 10 ? "0" : "") + std::to_string(i);
    must(box, {"people", "add", name, "--circle", "outer"});
    placed.push_back({name, "outer"});
  }
  for (int width : {80, 40}) {
    INFO("--width " << width);
    check_circle(must(box, {"people", "circle", "--width", std::to_string(width)}).out,
                 static_cast<std::size_t>(width), placed, {});
  }
  const auto j = box.run_json({"people", "circle", "--format", "json"}, {}, kNow);
  CHECK(j["outer"].size() == 30);
}

TEST_CASE("inventory: people circle keeps long names recognisable", "[model]") {
  // Two names that share their first 14 characters must not both become "Alexandra Smi…".
  Sandbox box;
  must(box, {"people", "add", "Alexandra Smithson", "--circle", "inner"});
  must(box, {"people", "add", "Alexandra Smithers", "--circle", "inner"});
  check_circle(must(box, {"people", "circle"}).out, 80,
               {{"Alexandra Smithson", "inner"}, {"Alexandra Smithers", "inner"}}, {});
}

TEST_CASE("inventory: a version-1 journal is migrated to version 2", "[model]") {
  Sandbox box;
  const auto sql =
      ipt::test::file_bytes(std::string(IPT_SOURCE_DIR) + "/tests/fixtures/journal-v1.sql");
  auto load = ipt::test::run_raw({ipt::test::kSqlite3, box.db()}, {"PATH=/usr/bin:/bin"}, sql);
  INFO(describe(load));
  REQUIRE(load.exit_code == 0);
  REQUIRE(ipt::test::sqlite3_value(box.db(), "PRAGMA user_version") == "1");

  const auto list = box.run_json({"list", "--format", "json"}, {}, kNow);
  REQUIRE(list.size() == 5);
  std::vector<std::int64_t> got;
  for (const auto& e : list) {
    CHECK(e.contains("area_id"));
    CHECK(e["area_id"].is_null());
    got.push_back(e["id"].get<std::int64_t>());
  }
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::int64_t>{1, 2, 3, 4, 5});
  // Migrated to the latest schema: 2 or later, the version a new journal gets.
  Sandbox fresh;
  must(fresh, {"people", "add", "Kim"});
  const auto latest = ipt::test::sqlite3_value(fresh.db(), "PRAGMA user_version");
  REQUIRE(!latest.empty());
  CHECK(std::stoi(latest) >= 2);
  CHECK(ipt::test::sqlite3_value(box.db(), "PRAGMA user_version") == latest);

  const auto p = people(box);
  REQUIRE(p.contains("Sam"));
  CHECK(p["Sam"]["circle"] == "inner");
  CHECK(p["Sam"]["role"] == "partner");
  CHECK(p["Sam"]["contact"].is_null());
  CHECK(p["Sam"]["satisfying"] == "");
  // The new tables work on the migrated journal.
  must(box, {"area", "add", "dispute", "chores", "--with", "Sam"});
  must(box, {"log", "5", "after the migration"});
  CHECK(box.run_json({"list", "--area", "1", "--format", "json"}, {}, kNow).size() == 1);
  CHECK(box.run_json({"course", "--format", "json"}, {}, kNow)["phase"] == "none");
}
