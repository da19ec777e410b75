// End to end: CSV, JSON and text output, colour, verbatim user text, and the global options.
#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
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

// "Today" is Tue 2026-03-10, 18:00 UTC.
const ipt::test::Env kNow{{"IPT_NOW", "2026-03-10 18:00"}};
const std::string kAt = "2026-03-10T18:00:00+00:00";

bool has_esc(const std::string& s) {
  return has(s, "\x1b");
}

void must(const Sandbox& box, const std::vector<std::string>& args, ipt::test::Env extra = kNow) {
  auto r = box.run(args, {}, extra);
  INFO(args[0] << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

using Csv = std::vector<std::vector<std::string>>;

// Parses RFC 4180 strictly: every record ends in CRLF; a quote, CR or LF may appear only inside a
// quoted field, where "" stands for one quote. Anything else gives nullopt.
std::optional<Csv> parse_csv(const std::string& s) {
  Csv rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '"') {
      for (++i;; ++i) {
        if (i >= s.size())
          return std::nullopt;
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += s[++i];
            continue;
          }
          ++i;
          break;
        }
        field += s[i];
      }
    } else {
      for (; i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n'; ++i) {
        if (s[i] == '"')
          return std::nullopt;
        field += s[i];
      }
    }
    row.push_back(std::exchange(field, {}));
    if (i < s.size() && s[i] == ',') {
      if (++i == s.size())
        return std::nullopt;
      continue;
    }
    if (s.compare(i, 2, "\r\n") != 0)
      return std::nullopt;
    i += 2;
    rows.push_back(std::exchange(row, {}));
  }
  return rows;
}

// The documented columns of `header`, in the order they appear there.
std::vector<std::string> documented_in(const std::vector<std::string>& header,
                                       const std::vector<std::string>& documented) {
  std::vector<std::string> out;
  for (const auto& h : header) {
    if (std::find(documented.begin(), documented.end(), h) != documented.end())
      out.push_back(h);
  }
  return out;
}

// One CSV row as {column name: value}.
std::map<std::string, std::string> named(const std::vector<std::string>& header,
                                         const std::vector<std::string>& row) {
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < header.size() && i < row.size(); ++i)
    out[header[i]] = row[i];
  return out;
}

// The file the sandbox's IPT_CONFIG names.

}  // namespace

TEST_CASE("format: list --format csv has the documented header, CRLF and RFC 4180 quoting",
          "[e2e][format]") {
  Sandbox box;
  const std::string note = "She said \"fine\", then left\nand I stayed";
  must(box, {"log", "5", note, "--anxiety", "3", "--sleep", "7.5", "-t", "a"});
  must(box, {"log", "3", "--event", "row", "--kind", "conflict", "--impact", "-2", "--feel",
             "angry,sad", "--with", "sam,alex", "-t", "x,y"});
  const json all = box.run_json({"list", "--format", "json"}, {}, kNow);
  REQUIRE(all.size() == 3);
  auto uuid = [&](int i) { return all[i]["uuid"].get<std::string>(); };

  auto r = box.run({"list", "--format", "csv"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(has(r.out, ",\"She said \"\"fine\"\", then left\nand I stayed\","));
  const auto csv = parse_csv(r.out);
  REQUIRE(csv.has_value());
  REQUIRE(csv->size() == 4);
  const auto& header = (*csv)[0];
  // man ipt, OUTPUT FORMATS: these columns, in this order; columns added later may sit among them.
  const std::vector<std::string> documented = {
      "id",    "uuid", "type", "at",     "day",      "mood",   "anxiety", "energy",
      "sleep", "text", "kind", "impact", "feelings", "people", "tags",    "checkin_id"};
  CHECK(documented_in(header, documented) == documented);
  // Each row's documented columns, in the documented order.
  auto project = [&](const std::vector<std::string>& row) {
    CHECK(row.size() == header.size());
    auto by_name = named(header, row);
    std::vector<std::string> out;
    for (const auto& column : documented)
      out.push_back(by_name[column]);
    return out;
  };
  using V = std::vector<std::string>;
  const std::string day = "2026-03-10";
  CHECK(project((*csv)[1]) ==
        V{"1", uuid(0), "checkin", kAt, day, "5", "3", "", "7.5", note, "", "", "", "", "a", ""});
  CHECK(project((*csv)[2]) == V{"2", uuid(1), "checkin", kAt, day, "3", "", "", "", "", "", "", "",
                                "sam;alex", "x;y", ""});
  CHECK(project((*csv)[3]) == V{"3", uuid(2), "event", kAt, day, "", "", "", "", "row", "conflict",
                                "-2", "angry;sad", "sam;alex", "x;y", "2"});

  auto empty = box.run({"list", "--on", "2026-01-01", "--format", "csv"}, {}, kNow);
  CHECK(empty.exit_code == 0);
  const auto header_only = parse_csv(empty.out);
  REQUIRE(header_only.has_value());
  REQUIRE(header_only->size() == 1);
  CHECK((*header_only)[0] == header);
  const auto one = parse_csv(box.run({"show", "3", "--format", "csv"}, {}, kNow).out);
  REQUIRE(one.has_value());
  REQUIRE(one->size() == 2);
  CHECK((*one)[0] == header);
  CHECK((*one)[1] == (*csv)[3]);
}

TEST_CASE("format: people --format csv has the documented header and one row per person",
          "[e2e][format]") {
  Sandbox box;
  must(box, {"people", "add", "Mum", "--circle", "inner", "--role", "mother", "--note",
             "calls on Sundays, \"always\""});
  must(box, {"event", "argued", "--with", "sam", "--impact", "-2", "-d", "2026-03-01"});
  must(box, {"event", "made up", "--with", "sam", "--impact", "+1", "-d", "2026-03-05"});
  const json people = box.run_json({"people", "--format", "json"}, {}, kNow);
  REQUIRE(people.size() == 2);

  auto r = box.run({"people", "--format", "csv"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  const auto csv = parse_csv(r.out);
  REQUIRE(csv.has_value());
  REQUIRE(csv->size() == 3);
  const auto& header = (*csv)[0];
  const std::vector<std::string> documented = {"name", "uuid",   "circle",       "role",
                                               "note", "events", "last_contact", "mean_impact"};
  CHECK(documented_in(header, documented) == documented);
  auto mum = named(header, (*csv)[1]);
  CHECK(mum["name"] == "Mum");
  CHECK(mum["uuid"] == people[0]["uuid"]);
  CHECK(mum["circle"] == "inner");
  CHECK(mum["role"] == "mother");
  CHECK(mum["note"] == "calls on Sundays, \"always\"");
  CHECK(mum["events"] == "0");
  CHECK(mum["last_contact"] == "");
  CHECK(mum["mean_impact"] == "");
  auto sam = named(header, (*csv)[2]);
  CHECK(sam["name"] == "sam");
  CHECK(sam["circle"] == "");
  CHECK(sam["events"] == "2");
  CHECK(sam["last_contact"] == "2026-03-05");
  CHECK(sam["mean_impact"] == "-0.5");

  const auto timeline =
      parse_csv(box.run({"people", "show", "sam", "--format", "csv"}, {}, kNow).out);
  REQUIRE(timeline.has_value());
  REQUIRE(timeline->size() == 3);
  CHECK(documented_in((*timeline)[0], {"day", "id", "kind", "impact", "day_mood", "text"}) ==
        std::vector<std::string>{"day", "id", "kind", "impact", "day_mood", "text"});
  auto first = named((*timeline)[0], (*timeline)[1]);
  CHECK(first["day"] == "2026-03-01");
  CHECK(first["impact"] == "-2");
  CHECK(first["day_mood"] == "");
  CHECK(first["text"] == "argued");
}

TEST_CASE("format: --color always colours text, but never, NO_COLOR and auto off a TTY do not",
          "[e2e][format]") {
  Sandbox box;
  must(box, {"event", "row", "--kind", "conflict", "--impact", "-2", "--with", "sam"});
  must(box, {"log", "6", "fine", "-t", "a"});
  const std::vector<std::vector<std::string>> texts = {
      {"list"}, {"show", "1"}, {"show", "2"}, {"people"}, {"people", "show", "sam"}};
  for (auto args : texts) {
    INFO(args[0] << (args.size() > 1 ? " " + args[1] : ""));
    auto plain = box.run(args, {}, kNow);  // NO_COLOR=1 from the sandbox
    CHECK(plain.exit_code == 0);
    CHECK_FALSE(has_esc(plain.out));
    CHECK_FALSE(has_esc(box.run(args, {}, {{"NO_COLOR", std::nullopt}, {"TERM", "xterm"}}).out));
    args.insert(args.begin(), {"--color", "never"});
    auto never = box.run(args, {}, {{"NO_COLOR", std::nullopt}});
    CHECK_FALSE(has_esc(never.out));
    CHECK(never.out == plain.out);
    args[1] = "always";
    auto always = box.run(args, {}, kNow);
    CHECK(always.exit_code == 0);
    CHECK(has(always.out, "\x1b["));
  }
}

TEST_CASE("format: on a terminal, auto colours text unless NO_COLOR is set or TERM is dumb",
          "[e2e][format]") {
  Sandbox box;
  // scripts/bootstrap installs util-linux's script: without it this test can't check, so fails.
  REQUIRE(ipt::test::exists("/usr/bin/script"));
  must(box, {"log", "6", "fine", "--event", "row", "--impact", "-2", "--with", "sam"});
  // script(1) runs ipt with its stdout on a pseudo-terminal and passes on its exit status.
  auto on_tty = [&](const std::string& args, const ipt::test::Env& extra) {
    const std::string cmd = std::string("'") + IPT_BINARY + "' " + args;
    auto r = ipt::test::run_raw({"/usr/bin/script", "-qec", cmd, "/dev/null"}, box.env(extra), "");
    INFO(args << "\n" << describe(r));
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "mood"));
    return r.out;
  };
  const ipt::test::Env colour_ok{{"NO_COLOR", std::nullopt}, {"TERM", "xterm"}};
  CHECK(has_esc(on_tty("list", colour_ok)));
  CHECK(has_esc(on_tty("show 1", colour_ok)));
  CHECK(has_esc(on_tty("list", {{"NO_COLOR", ""}})));  // empty counts as unset
  CHECK_FALSE(has_esc(on_tty("list", {})));            // the sandbox sets NO_COLOR=1
  CHECK_FALSE(has_esc(on_tty("list", {{"NO_COLOR", std::nullopt}, {"TERM", "dumb"}})));
  CHECK_FALSE(has_esc(on_tty("--color never list", colour_ok)));
  CHECK_FALSE(has_esc(on_tty("list --format json", colour_ok)));
  CHECK_FALSE(has_esc(on_tty("list --format csv", colour_ok)));
}

TEST_CASE("format: json and csv never contain colour, even with --color always", "[e2e][format]") {
  Sandbox box;
  must(box, {"log", "4", "meh", "--event", "row", "--kind", "conflict", "--impact", "-2", "--with",
             "sam"});
  const std::vector<std::vector<std::string>> reads = {
      {"list"}, {"show", "2"}, {"people"}, {"people", "show", "sam"}};
  for (const char* format : {"json", "csv"}) {
    for (auto args : reads) {
      args.insert(args.begin(), {"--color", "always"});
      args.insert(args.end(), {"--format", format});
      auto r = box.run(args, {}, kNow);
      INFO(format << " " << args[2] << "\n" << describe(r));
      CHECK(r.exit_code == 0);
      CHECK_FALSE(has_esc(r.out));
      CHECK_FALSE(r.out.empty());
      if (std::string(format) == "json")
        CHECK_NOTHROW(json::parse(r.out));
    }
  }
  write_config(box, "color = \"always\"\n");
  CHECK(has_esc(box.run({"list"}, {}, kNow).out));
  CHECK_FALSE(has_esc(box.run({"list", "--format", "json"}, {}, kNow).out));
  CHECK_FALSE(has_esc(box.run({"--color", "never", "list"}, {}, kNow).out));
}

TEST_CASE("format: quotes, backslashes, SQL metacharacters and Unicode come back verbatim",
          "[e2e][format]") {
  Sandbox box;
  const std::string sql = "Robert'); DROP TABLE entries;--";
  const std::string backslash = "back\\slash";
  const std::string unicode = "Ünïcödé ✓";
  const std::string mixed = "she said \"no\" \\ 100% of_it; O'Brien";
  must(box, {"log", "5", sql, "--with", unicode, "-t", backslash});
  must(box, {"event", mixed, "--with", "O'Brien", "--feel", backslash});
  must(box, {"people", "add", "Zoë \"Z\" Ng", "--role", backslash, "--note", sql});

  const json all = box.run_json({"list", "--format", "json"}, {}, kNow);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["text"] == sql);
  CHECK(all[0]["people"] == json{unicode});
  CHECK(all[0]["tags"] == json{backslash});
  CHECK(all[1]["text"] == mixed);
  CHECK(all[1]["people"] == json{"O'Brien"});
  CHECK(all[1]["feelings"] == json{backslash});
  CHECK(box.run_json({"show", "1", "--format", "json"}, {}, kNow)["text"] == sql);

  const json people = box.run_json({"people", "--format", "json"}, {}, kNow);
  REQUIRE(people.size() == 3);
  std::map<std::string, json> person;
  for (const auto& p : people)
    person[p["name"].get<std::string>()] = p;
  CHECK(person["O'Brien"]["events"] == 1);
  CHECK(person.count(unicode) == 1);
  CHECK(person["Zoë \"Z\" Ng"]["role"] == backslash);
  CHECK(person["Zoë \"Z\" Ng"]["note"] == sql);

  auto text = box.run({"list"}, {}, kNow);
  for (const auto& s : {sql, unicode, mixed, "#" + backslash})
    CHECK(has(text.out, s));
  CHECK(has(box.run({"people", "show", "zoë \"z\" ng"}, {}, kNow).out, sql));

  auto ids = [&](std::vector<std::string> filter) {
    filter.insert(filter.begin(), {"list", "--format", "json"});
    std::vector<int> out;
    for (const auto& e : box.run_json(filter, {}, kNow))
      out.push_back(e["id"].get<int>());
    return out;
  };
  CHECK(ids({"--contains", "'); DROP"}) == std::vector<int>{1});
  CHECK(ids({"--contains", "%"}) == std::vector<int>{2});
  CHECK(ids({"--contains", "_"}) == std::vector<int>{2});
  CHECK(ids({"--contains", "\\"}) == std::vector<int>{2});
  CHECK(ids({"--with", "ünïcödé ✓"}) == std::vector<int>{1});
  CHECK(ids({"--with", "o'brien"}) == std::vector<int>{2});
  CHECK(ids({"--tag", backslash}) == std::vector<int>{1});
}

TEST_CASE("format: --contains ignores ASCII case and matches other text exactly", "[e2e][format]") {
  Sandbox box;
  must(box, {"log", "5", "Émile called"});
  must(box, {"log", "6", "ÜBER nice day"});
  auto ids = [&](const std::string& needle) {
    std::vector<int> out;
    for (const auto& e : box.run_json({"list", "--contains", needle, "--format", "json"}, {}, kNow))
      out.push_back(e["id"].get<int>());
    return out;
  };
  CHECK(ids("Émile") == std::vector<int>{1});
  CHECK(ids("CALLED") == std::vector<int>{1});
  CHECK(ids("ÉMILE") == std::vector<int>{1});
  CHECK(ids("ÜBER NICE") == std::vector<int>{2});
}

TEST_CASE("format: times are ISO 8601 with the offset of the local clock at that moment",
          "[e2e][format]") {
  Sandbox box;
  const ipt::test::Env ny{{"TZ", "America/New_York"}, {"IPT_NOW", "2026-03-10 18:00"}};
  REQUIRE(box.run({"log", "4", "now"}, {}, ny).exit_code == 0);
  REQUIRE(box.run({"log", "5", "before DST", "-d", "2026-03-07 9pm"}, {}, ny).exit_code == 0);
  const json all = box.run_json({"list", "--format", "json"}, {}, ny);
  REQUIRE(all.size() == 2);
  CHECK(all[0]["at"] == "2026-03-07T21:00:00-05:00");
  CHECK(all[0]["day"] == "2026-03-07");
  CHECK(all[1]["at"] == "2026-03-10T18:00:00-04:00");
  CHECK(all[1]["day"] == "2026-03-10");
  CHECK(all[1]["created"] == "2026-03-10T22:00:00+00:00");
  CHECK(all[1]["updated"] == "2026-03-10T22:00:00+00:00");
}

TEST_CASE("global: --version and --help exit 0 and --help lists every command", "[e2e][global]") {
  Sandbox box;
  auto v = box.run({"--version"});
  CHECK(v.exit_code == 0);
  CHECK(v.out.starts_with("ipt "));
  CHECK(v.out.ends_with("\n"));
  CHECK(ipt::test::lines(v.out).size() == 1);

  auto h = box.run({"--help"});
  INFO(describe(h));
  CHECK(h.exit_code == 0);
  for (const char* cmd : {"log", "event", "list", "show", "edit", "rm", "people"}) {
    bool listed = false;
    for (const auto& line : ipt::test::lines(h.out))
      listed = listed || line.starts_with(std::string("  ") + cmd + " ") ||
               line.starts_with(std::string("  ") + cmd + ",");
    CHECK(listed);
    CHECK(box.run({cmd, "--help"}).exit_code == 0);
  }
  CHECK_FALSE(ipt::test::exists(box.db()));

  auto none = box.run({});
  CHECK(none.exit_code == 2);
  auto typo = box.run({"lgo", "5"});
  CHECK(typo.exit_code == 2);
  CHECK(has(typo.err, "did you mean 'log'?"));
}
