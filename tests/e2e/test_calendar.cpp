// End to end: ipt calendar on a real journal: the year by IPT_NOW, --year, text, json and csv,
// colour only when asked, bad years refused before the journal is opened, and a journal that
// stays byte for byte what it was.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::has;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

// "Today" is Wed 2026-06-10, 18:00 UTC.
const ipt::test::Env kNow{{"IPT_NOW", "2026-06-10 18:00"}};

ipt::test::Env at(const std::string& moment) {
  return {{"IPT_NOW", moment}};
}

void must(const Sandbox& box, const std::vector<std::string>& args, ipt::test::Env env = kNow) {
  const auto r = box.run(args, {}, env);
  INFO(args[0] << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

/// A journal with check-ins around the new year and two focus periods, the first begun in 2025.
void seed(const Sandbox& box) {
  must(box, {"-q", "area", "add", "dispute", "Sam and the chores", "--with", "Sam"},
       at("2025-11-03 09:00"));
  must(box, {"-q", "log", "3"}, at("2025-12-31 09:00"));
  must(box, {"-q", "log", "5"}, at("2026-01-05 08:00"));
  must(box, {"-q", "log", "8"}, at("2026-01-05 21:00"));
  must(box, {"-q", "log", "10"}, at("2026-01-06 08:00"));
  must(box, {"-q", "event", "a walk", "--with", "Sam"}, at("2026-01-07 08:00"));  // no mood
  must(box, {"-q", "area", "add", "transition", "new job"}, at("2026-02-01 09:00"));
  must(box, {"-q", "area", "focus", "2"}, at("2026-02-01 09:01"));
  must(box, {"-q", "log", "6"}, at("2026-02-02 09:00"));
}

std::string journal_state(const Sandbox& box) {
  const auto wal = box.db() + "-wal";
  return ipt::test::file_bytes(box.db()) + "|" +
         (ipt::test::exists(wal) ? ipt::test::file_bytes(wal) : "no wal");
}

}  // namespace

TEST_CASE("calendar: json holds the year's days with check-ins and the focus periods",
          "[e2e][calendar]") {
  Sandbox box;
  seed(box);
  const json j = box.run_json({"calendar", "--format", "json"}, {}, kNow);
  CHECK(j["year"] == 2026);  // this year, by IPT_NOW
  REQUIRE(j["days"].size() == 3);
  CHECK(j["days"][0] == json::parse(R"({"day": "2026-01-05", "mood_mean": 6.5, "mood_min": 5,
      "mood_max": 8, "checkins": 2, "focus_area_id": 1})"));
  CHECK(j["days"][1]["day"] == "2026-01-06");
  CHECK(j["days"][1]["mood_mean"] == 10);
  CHECK(j["days"][2]["day"] == "2026-02-02");
  CHECK(j["days"][2]["focus_area_id"] == 2);
  REQUIRE(j["focus"].size() == 2);
  CHECK(j["focus"][0] == json::parse(R"({"area_id": 1, "title": "Sam and the chores",
      "kind": "dispute", "from": "2025-11-03", "to": "2026-01-31"})"));
  CHECK(j["focus"][1] == json::parse(R"({"area_id": 2, "title": "new job",
      "kind": "transition", "from": "2026-02-01", "to": null})"));

  const json last = box.run_json({"calendar", "--year", "2025", "--format", "json"}, {}, kNow);
  CHECK(last["year"] == 2025);
  REQUIRE(last["days"].size() == 1);
  CHECK(last["days"][0]["day"] == "2025-12-31");
  CHECK(last["days"][0]["focus_area_id"] == 1);
  REQUIRE(last["focus"].size() == 1);
  CHECK(last["focus"][0]["to"] == "2026-01-31");  // the whole period, past the year's end

  const json none = box.run_json({"calendar", "--year", "1999", "--format", "json"}, {}, kNow);
  CHECK(none == json::parse(R"({"year": 1999, "days": [], "focus": []})"));
}

TEST_CASE("calendar: csv has the documented header and a row per day with check-ins",
          "[e2e][calendar]") {
  Sandbox box;
  seed(box);
  const auto r = box.run({"calendar", "--format", "csv"}, {}, kNow);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "day,mood_mean,mood_min,mood_max,checkins,focus_area_id\r\n"
        "2026-01-05,6.5,5,8,2,1\r\n"
        "2026-01-06,10,10,10,1,1\r\n"
        "2026-02-02,6,6,6,1,2\r\n");
  const auto empty = box.run({"calendar", "--year", "2030", "--format", "csv"}, {}, kNow);
  CHECK(empty.exit_code == 0);
  CHECK(empty.out == "day,mood_mean,mood_min,mood_max,checkins,focus_area_id\r\n");
}

TEST_CASE("calendar: text under NO_COLOR shows digits, blanks and the focus, in 80 columns",
          "[e2e][calendar]") {
  Sandbox box;
  seed(box);
  const auto r = box.run({"calendar"}, {}, kNow);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(has(r.out, "\x1b"));
  const auto lines = ipt::test::lines(r.out);
  REQUIRE(lines.size() > 5);
  for (const auto& l : lines) {
    INFO(l);
    CHECK(l.size() <= 80);  // ASCII but for the titles, which are ASCII here
  }
  CHECK(lines[0].starts_with("2026 M T W T F S S"));
  // Thursday 2026-01-01 opens January in column 3; the 5th (6.5 rounds to 7) and the 6th (10).
  CHECK(lines[1] == "Jan" + std::string(16, ' ') + "7 *");
  CHECK(lines[2].starts_with("     " + std::string(6, ' ') + "A---"));
  CHECK(has(r.out, "\nFeb" + std::string(16, ' ') + "6\n"));  // Monday 2026-02-02
  CHECK(has(r.out, "* is 10"));
  CHECK(has(r.out, "0 is the worst you have felt, 10 the best"));
  CHECK(has(r.out, "focus A  #1 dispute: Sam and the chores, 2025-11-03 to 2026-01-31\n"));
  CHECK(has(r.out, "      B  #2 transition: new job, since 2026-02-01\n"));
  CHECK(has(r.out, "3 days with a check-in, mean mood 7.3."));
  CHECK(r.err.empty());
}

TEST_CASE("calendar: colour with --color always, never in json or csv", "[e2e][calendar]") {
  Sandbox box;
  seed(box);
  const auto colour = box.run({"--color", "always", "calendar"}, {}, kNow);
  REQUIRE(colour.exit_code == 0);
  CHECK(has(colour.out, "\x1b[38;5;"));
  CHECK(has(colour.out, ";48;5;"));
  for (const char* format : {"json", "csv"}) {
    const auto r = box.run({"--color", "always", "calendar", "--format", format}, {}, kNow);
    INFO(format);
    CHECK(r.exit_code == 0);
    CHECK_FALSE(has(r.out, "\x1b"));
  }
}

TEST_CASE("calendar: a bad --year exits 2 with a message, before the journal is opened",
          "[e2e][calendar]") {
  Sandbox box;
  seed(box);
  const auto before = journal_state(box);
  for (const std::string year : {"abc", "0", "1899", "10000", "2026.5", "-2026", ""}) {
    const auto r = box.run({"calendar", "--year", year}, {}, kNow);
    INFO("--year '" << year << "'\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    if (!year.empty() && year != "-2026")
      CHECK(has(r.err, "--year must be a whole number from 1900 to 9999; got '" + year + "'"));
    CHECK(journal_state(box) == before);
  }
  CHECK(box.run({"calendar", "--year"}, {}, kNow).exit_code == 2);
  CHECK(box.run({"calendar", "--format", "markdown"}, {}, kNow).exit_code == 2);
  // And a good one, in every format, changes nothing either.
  for (const char* format : {"text", "json", "csv"}) {
    CHECK(box.run({"calendar", "--year", "2025", "--format", format}, {}, kNow).exit_code == 0);
    CHECK(journal_state(box) == before);
  }
}

TEST_CASE("calendar: a missing journal is the usual error, exit 1, and nothing is made",
          "[e2e][calendar]") {
  Sandbox box;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"calendar"}, {"calendar", "--year", "2025", "--format", "json"}}) {
    const auto r = box.run(args, {}, kNow);
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: no journal at " + box.db() + "\n"));
    CHECK(has(r.err, "ipt: hint: "));
    CHECK_FALSE(ipt::test::exists(box.db()));
  }
}

TEST_CASE("calendar: completion offers the years of the journal for --year", "[e2e][calendar]") {
  Sandbox box;
  auto years = [&] {
    return box.run({"__complete", "bash", "--", "calendar", "--year", ""}, {}, kNow);
  };
  CHECK(years().out.empty());  // no journal: nothing to offer, and none is made
  CHECK_FALSE(ipt::test::exists(box.db()));
  seed(box);
  const auto r = years();
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2026\n2025\n");
  const auto fish = box.run({"__complete", "fish", "--", "calendar", "--year", "202"}, {}, kNow);
  CHECK(fish.out == "2026\tthis year\n2025\n");
}
