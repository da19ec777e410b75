// End to end: ipt report in each format, its periods, redaction that leaks nothing, and its bad
// input. The JSON of a seeded week is compared with a reviewed golden file
// (tests/fixtures/report-week.json; UUIDs and times of creation are masked).
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::lines;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

// Sunday evening of course week 3 (Nov 16-22): the report's default week, as for ipt prompts.
const Env kNow{{"IPT_NOW", "2026-11-22 21:00"}};

RunResult at(const Sandbox& box, const std::string& now, const std::vector<std::string>& args,
             const std::string& in = {}) {
  auto r = box.run(args, in, {{"IPT_NOW", now}});
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

RunResult must(const Sandbox& box, const std::vector<std::string>& args) {
  return at(box, "2026-11-22 21:00", args);
}

std::string day(int d) {
  return "2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d);
}

// Names and notes that must never reach a redacted report.
const std::vector<std::string> kSecrets{"Samantha",   "Okonkwo",    "Mumtaz",   "Priyanka",
                                        "dishwasher", "lighthouse", "cinnamon", "harbourside"};

/// A course from Nov 2 (12 weeks), people in three circles, a dispute whose stage changed, daily
/// check-ins (the last week's with a scale of the person's own), conflicts and supports, a PHQ-9
/// and a GAD-7 twice, a rating, an agenda item.
void seed(const Sandbox& box) {
  ipt::test::write_config(box,
                          "[[metric]]\nname = \"irritability\"\nmin = 0\nmax = 10\n"
                          "label = \"0 calm, 10 furious\"\n");
  const std::string t0 = "2026-11-02 09:00";
  at(box, t0, {"course", "start", "--weeks", "12"});
  at(box, t0, {"people", "add", "Samantha Okonkwo", "--circle", "inner"});
  at(box, t0, {"people", "add", "Mumtaz", "--circle", "inner"});
  at(box, t0, {"people", "add", "Priyanka", "--circle", "inner"});
  at(box, t0, {"people", "add", "Leo", "--circle", "middle"});
  at(box, t0,
     {"area", "add", "dispute", "Samantha and the dishwasher", "--with", "Samantha Okonkwo",
      "--stage", "impasse", "--afraid", "no"});
  const int moods[] = {5, 6, 4, 6, 7, 5, 6, 5, 6, 5, 7, 6, 6, 5, 7, 3, 6, 2, 7, 4, 8};
  for (int d = 2; d <= 22; ++d) {
    std::vector<std::string> args{"log",
                                  std::to_string(moods[d - 2]),
                                  "note of " + day(d) + " at the lighthouse",
                                  "--anxiety",
                                  "4",
                                  "--sleep",
                                  "7",
                                  "-t",
                                  d % 2 ? "walk" : "cinnamon"};
    if (d >= 16 && d != 20)  // a day without it, as days are
      args.insert(args.end(), {"--metric", "irritability=" + std::to_string(9 - moods[d - 2])});
    at(box, day(d) + " 20:00", args);
  }
  for (int d : {17, 19, 21})
    at(box, day(d) + " 20:30",
       {"event", "Samantha and the dishwasher again", "--with", "Samantha Okonkwo", "--kind",
        "conflict", "--impact", "-2"});
  for (int d : {18, 20, 22})
    at(box, day(d) + " 20:40",
       {"event", "Mumtaz called from harbourside", "--with", "Mumtaz", "--kind", "support"});
  at(box, day(16) + " 10:00", {"event", "coffee with Leo", "--with", "Leo", "--kind", "talk"});
  at(box, "2026-11-02 10:00", {"check", "phq9", "--answers", "2,2,1,2,1,1,1,0,0"});
  at(box, "2026-11-02 10:05", {"check", "gad7", "--answers", "2,1,1,2,1,1,0"});
  at(box, "2026-11-19 10:00", {"check", "phq9", "--answers", "1,1,1,1,0,1,1,0,0"});
  at(box, "2026-11-19 10:05", {"check", "gad7", "--answers", "1,1,1,1,0,1,0"});
  at(box, "2026-11-20 09:00", {"area", "stage", "1", "renegotiation"});
  at(box, "2026-11-20 09:05", {"area", "rate", "3"});
  at(box, "2026-11-21 09:00", {"agenda", "add", "ask Samantha about the lighthouse trip"});
  at(box, "2026-11-21 12:00",
     {"reflect", "--prompt", "general.initial.symptoms-week", "the walk at the lighthouse helped"});
}

/// The report's JSON with what differs between runs masked: UUIDs and creation instants.
std::string masked(std::string s) {
  s = std::regex_replace(s,
                         std::regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                    "[0-9a-f]{12}"),
                         "UUID");
  return s;
}

}  // namespace

TEST_CASE("report: the default week's JSON is the reviewed golden file", "[report]") {
  Sandbox box;
  seed(box);
  const auto r = must(box, {"report", "--format", "json"});
  const auto golden =
      std::filesystem::path(IPT_SOURCE_DIR) / "tests" / "fixtures" / "report-week.json";
  if (const char* update = std::getenv("IPT_UPDATE_GOLDEN"); update && *update) {
    std::ofstream(golden) << masked(r.out);
    WARN("rewrote " << golden << ": review it by eye before committing");
  }
  CHECK(masked(r.out) == file_bytes(golden.string()));
  const auto j = json::parse(r.out);
  CHECK(j["format"] == "ipt-report");
  CHECK(j["version"] == 1);
  CHECK(j["period"] == json{{"kind", "week"}, {"from", "2026-11-16"}, {"to", "2026-11-22"}});
  CHECK(j["header"]["course_week_from"] == 3);
  CHECK(j["days"].size() == 7);
}

TEST_CASE("report: csv has the header and one row per day", "[report]") {
  Sandbox box;
  seed(box);
  const auto out = must(box, {"report", "--format", "csv"}).out;
  const auto rows = lines(out);
  REQUIRE(rows.size() == 8);
  CHECK(rows[0] ==
        "day,mood_mean,mood_min,mood_max,checkins,anxiety,energy,sleep,events,conflicts,"
        "supports,measures,metrics\r");
  // Nov 17: mood 3, one check-in, a conflict; Nov 19 also a PHQ-9 and a GAD-7; Nov 20 no scale.
  CHECK(rows[2] == "2026-11-17,3,3,3,1,4,,7,1,1,0,0,irritability=6\r");
  CHECK(rows[4] == "2026-11-19,2,2,2,1,4,,7,1,1,0,2,irritability=7\r");
  CHECK(rows[5] == "2026-11-20,7,7,7,1,4,,7,1,0,1,0,\r");
  const auto month = lines(must(box, {"report", "--month", "--format", "csv"}).out);
  CHECK(month.size() == 23);  // the header, then Nov 1 to today (Nov 22)
}

TEST_CASE("report: text and markdown have their sections, in order", "[report]") {
  Sandbox box;
  seed(box);
  const auto text = must(box, {"report"}).out;
  const std::vector<std::string> sections{"Week of 2026-11-16 to 2026-11-22",
                                          "Looking after yourself",
                                          "Mood (0 is the worst",
                                          "Mood and events",
                                          "People",
                                          "Focus area",
                                          "Reflections",
                                          "Questionnaires",
                                          "For my next session"};
  std::size_t pos = 0;
  for (const auto& s : sections) {
    INFO(s << "\n" << text);
    const auto at_ = text.find(s, pos);
    REQUIRE(at_ != std::string::npos);
    pos = at_;
  }
  CHECK(has(text, "course week 3 of 12, initial phase"));
  CHECK(has(text, "1 day with a check-in at mood 2 or lower"));
  CHECK(has(text, "ipt help-now"));
  CHECK(has(text, "not causes"));
  CHECK(has(text, "stage: renegotiation from 2026-11-20"));
  CHECK(has(text, "resolved): 11-20 3 (latest, on 11-20: better)"));
  CHECK(has(text, "PHQ-9 on 2026-11-19: 6 of 27, mild"));
  CHECK(has(text, "PHQ-9 since 2026-11-02: 10 to 6 (-4)"));
  // Off a terminal the chart is digits; the note texts are there in text.
  CHECK(has(text, "  7362748  Mon 11-16 .. Sun 11-22"));
  CHECK(has(text, "Samantha and the dishwasher again"));

  const auto md = must(box, {"report", "--format", "markdown"}).out;
  for (const auto* h : {"# Week of 2026-11-16 to 2026-11-22", "## Mood (0 is the worst",
                        "## Mood and events", "## People", "## Focus area", "## Reflections",
                        "## Questionnaires", "## For my next session"}) {
    INFO(h);
    CHECK(has("\n" + md, std::string("\n") + h));
  }
  // Made to share: no notes or event texts unless asked; answers only with --answers.
  CHECK_FALSE(has(md, "dishwasher again"));
  CHECK_FALSE(has(md, "the walk at the lighthouse helped"));
  const auto md_notes = must(box, {"report", "--format", "markdown", "--notes", "--answers"}).out;
  CHECK(has(md_notes, "dishwasher again"));
  CHECK(has(md_notes, "the walk at the lighthouse helped"));
  // So is html.
  const auto html = must(box, {"report", "--format", "html"}).out;
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  CHECK_FALSE(has(html, "dishwasher again"));
  CHECK_FALSE(has(html, "the walk at the lighthouse helped"));
  const auto html_notes = must(box, {"report", "--format", "html", "--notes", "--answers"}).out;
  CHECK(has(html_notes, "dishwasher again"));
  CHECK(has(html_notes, "the walk at the lighthouse helped"));
}

TEST_CASE("report: periods: a week by date, a month, a range and the course", "[report]") {
  Sandbox box;
  seed(box);
  auto j = box.run_json({"report", "--week", "2026-11-04", "--format", "json"}, {}, kNow);
  CHECK(j["period"]["from"] == "2026-11-02");
  CHECK(j["period"]["to"] == "2026-11-08");
  j = box.run_json({"report", "--month", "--format", "json"}, {}, kNow);
  CHECK(j["period"] == json{{"kind", "month"}, {"from", "2026-11-01"}, {"to", "2026-11-30"}});
  j = box.run_json({"report", "--from", "2026-11-10", "--to", "2026-11-12", "--format", "json"}, {},
                   kNow);
  CHECK(j["period"]["kind"] == "range");
  CHECK(j["days"].size() == 3);
  j = box.run_json({"report", "--course", "--format", "json"}, {}, kNow);
  CHECK(j["period"]["from"] == "2026-11-02");
  CHECK(j["period"]["to"] == "2027-01-24");
  REQUIRE(j["weeks"].size() == 3);  // the weeks lived so far
  CHECK(j["weeks"][2]["conflicts"] == 3);
  CHECK(j["mood"]["change_baseline"].is_number());
  CHECK(box.run_json({"report", "--course", "1", "--format", "json"}, {}, kNow) == j);
}

TEST_CASE("report: redacted, no name or note of the journal appears, in any format",
          "[report][privacy]") {
  Sandbox box;
  seed(box);
  for (const auto* format : {"text", "json", "csv", "markdown", "html"}) {
    for (const auto* level : {"people", "all"}) {
      for (const auto* period : {"--week", "--course"}) {
        const auto out = must(box, {"report", period, "--format", format, "--redact", level,
                                    "--notes", "--answers"})
                             .out;
        INFO(format << " " << level << " " << period << "\n" << out);
        CHECK_FALSE(out.empty());
        for (const auto& secret : {"Samantha", "Okonkwo", "Mumtaz", "Priyanka"})
          CHECK_FALSE(has(out, secret));
        if (std::string(level) == "all") {
          for (const auto& secret : kSecrets)
            CHECK_FALSE(has(out, secret));
        }
      }
    }
  }
  const auto text = must(box, {"report", "--redact", "people"}).out;
  CHECK(has(text, "Person 1"));
  CHECK(has(text, "Person 2"));
}

TEST_CASE("report: reading never writes, and a missing journal is an error", "[report]") {
  Sandbox box;
  auto r = box.run({"report"}, {}, kNow);
  CHECK(r.exit_code == 1);
  CHECK_FALSE(ipt::test::exists(box.db()));
  seed(box);
  const auto before = file_bytes(box.db());
  for (const auto* f : {"text", "json", "csv", "markdown", "html"})
    must(box, {"report", "--course", "--format", f});
  CHECK(file_bytes(box.db()) == before);
}

TEST_CASE("report: bad input is refused clearly and changes nothing", "[report][bad-input]") {
  Sandbox box;
  at(box, "2026-11-22 09:00", {"log", "5"});
  ipt::test::expect_refused(
      box,
      {
          {{"report", "--week", "someday"}, 2, "someday"},
          {{"report", "--week", "--month"}, 2, "give one period"},
          {{"report", "--from", "2026-11-10", "--to", "2026-11-01"}, 2, "is before --from"},
          {{"report", "--to", "2026-11-10"}, 2, "--to needs --from"},
          {{"report", "--course"}, 1, "no course of therapy is recorded"},
          {{"report", "--course", "x"}, 2, "--course takes a course's id"},
          {{"report", "--course", "4"}, 1, "there is no course #4"},
          {{"report", "--redact", "names"}, 2, "--redact takes people or all"},
          {{"report", "--format", "pdf"}, 2, "pdf"},
      },
      kNow);
}

TEST_CASE("report: a broken prompt file of yours does not stop the report", "[report]") {
  Sandbox box;
  seed(box);
  std::filesystem::create_directories(box.path() + "/config/ipt/prompts");
  ipt::test::write_file(box.path() + "/config/ipt/prompts/mine.toml", "this is [[ not toml\n");
  const auto r = box.run({"report", "--format", "json"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "your prompt files have problems"));
  // The built-in library still names the task of what was asked.
  CHECK(json::parse(r.out)["reflections"]["prompts"][0]["task"] == "symptom-review");
}

TEST_CASE("report: someone who just began sees this week, not an empty one before it", "[report]") {
  Sandbox box;
  at(box, "2026-12-02 09:00", {"log", "6", "first day"});  // a Wednesday
  auto r = box.run({"report", "--format", "json"}, {}, {{"IPT_NOW", "2026-12-02 10:00"}});
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  CHECK(j["period"]["from"] == "2026-11-30");
  CHECK(j["header"]["previous"] == false);
  CHECK_FALSE(has(r.err, "last week's report"));
  // With check-ins last week and no answers, the first days of a week look back, and say so.
  at(box, "2026-11-25 09:00", {"log", "5", "-d", "2026-11-25"});
  r = box.run({"report", "--format", "json"}, {}, {{"IPT_NOW", "2026-12-02 10:00"}});
  j = json::parse(r.out);
  CHECK(j["period"]["from"] == "2026-11-23");
  CHECK(j["header"]["previous"] == true);
  CHECK(has(r.err, "so this is last week's report"));
}

TEST_CASE("report: a month by YYYY-MM, and a period that starts in the future", "[report]") {
  Sandbox box;
  seed(box);
  const auto j = box.run_json({"report", "--month", "2026-10", "--format", "json"}, {}, kNow);
  CHECK(j["period"] == json{{"kind", "month"}, {"from", "2026-10-01"}, {"to", "2026-10-31"}});
  const auto r = box.run({"report", "--from", "tomorrow"}, {}, kNow);
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "--from tomorrow is after today"));
}

TEST_CASE("report: shared, prompts are named by their task unless --notes", "[report][privacy]") {
  Sandbox box;
  seed(box);
  const auto md = must(box, {"report", "--format", "markdown"}).out;
  CHECK(has(md, "a prompt on symptom review"));
  CHECK_FALSE(has(md, "This week your mood averaged"));
  CHECK(has(must(box, {"report", "--format", "markdown", "--notes"}).out,
            "This week your mood averaged"));
  // Text stays on this machine: the prompt as it was asked.
  CHECK(has(must(box, {"report"}).out, "This week your mood averaged"));
}

TEST_CASE("report: after a recent item-9 answer, a shared page prints the crisis lines",
          "[report][safety]") {
  Sandbox box;
  seed(box);
  at(box, "2026-11-21 10:00", {"check", "phq9", "--answers", "1,1,1,1,0,1,1,0,1"});
  const auto md = must(box, {"report", "--format", "markdown"}).out;
  CHECK(has(md, "talk about it with your therapist or doctor today"));
  CHECK(has(md, "988"));
  CHECK(has(md, "116 123"));
  CHECK(has(md, "findahelpline.com"));
  // On a terminal ipt help-now is one command away, and the report points to it.
  const auto text = must(box, {"report"}).out;
  CHECK(has(text, "ipt help-now"));
  const auto j = json::parse(must(box, {"report", "--format", "json"}).out);
  CHECK(j["safety"]["item9"] == 1);
}
