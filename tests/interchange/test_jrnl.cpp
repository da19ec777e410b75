#include <catch2/catch.hpp>

#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include "domain/errors.hpp"
#include "interchange/foreign.hpp"

using namespace std::chrono_literals;
using ipt::Errc;
using ipt::UsageError;
using ipt::domain::TimeOfDay;
using ipt::interchange::parse_jrnl;

namespace {

std::string sample() {
  std::ifstream in(IPT_SOURCE_DIR "/tests/fixtures/jrnl-export-sample.json", std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::optional<UsageError> error_of(const std::string& json) {
  try {
    parse_jrnl(json);
  } catch (const UsageError& e) {
    return e;
  }
  return std::nullopt;
}

// One entry with `members` (JSON object members) after a valid date and time, unless they
// replace them.
std::string one_entry(const std::string& members) {
  return R"({"entries": [{"title": "First.", "body": "", "date": "2026-10-01", "time": "08:30",
    "tags": [], "starred": false}, {)" +
         members + "}]}";
}

}  // namespace

TEST_CASE("jrnl: the sample export's days, times and joined text", "[jrnl]") {
  const auto entries = parse_jrnl(sample());
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].day == 2026y / 10 / 1);
  CHECK(entries[0].time == TimeOfDay{8, 30});
  CHECK(entries[0].text == "Started the new job today. Nervous but okay. #transition @manager");
  CHECK(entries[1].day == 2026y / 10 / 2);
  CHECK(entries[1].time == TimeOfDay{21, 10});
  CHECK(entries[1].text ==
        "Argued with @sam about chores again; I didn't say what I wanted. #dispute");
  CHECK(entries[3].day == 2026y / 10 / 5);
  CHECK(entries[3].time == TimeOfDay{23, 55});
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(entries[i].record == i);
    CHECK_FALSE(entries[i].mood.has_value());
  }
}

TEST_CASE("jrnl: the sample's people and tags, and its unicode body intact", "[jrnl]") {
  const auto entries = parse_jrnl(sample());
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].people == std::vector<std::string>{"manager"});
  CHECK(entries[0].tags == std::vector<std::string>{"transition"});
  CHECK(entries[1].people == std::vector<std::string>{"sam"});
  CHECK(entries[1].tags == std::vector<std::string>{"dispute"});
  CHECK(entries[2].people == std::vector<std::string>{"mum"});
  CHECK(entries[2].tags.empty());
  CHECK(entries[3].people.empty());
  CHECK(entries[3].tags == std::vector<std::string>{"grief"});
  CHECK(entries[2].text ==
        "Quiet day.* Called @mum, it helped. Felt calmer after \u2014 \"finally\" some rest. "
        "\u00dcn\u00efc\u00f6d\u00e9 \u2713");
}

TEST_CASE("jrnl: UUIDs are stable across parses, distinct, and fixed by the content", "[jrnl]") {
  const auto a = parse_jrnl(sample());
  const auto b = parse_jrnl(sample());
  REQUIRE(a.size() == b.size());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].uuid == b[i].uuid);
    seen.insert(a[i].uuid);
  }
  CHECK(seen.size() == a.size());
  // Python: uuid5(UUID(kIptNamespace), "jrnl\n2026-10-01\n08:30\n" + title + "\n" + body).
  CHECK(a[0].uuid == "d993126e-3e45-504a-9a93-f88aecaf599f");
  CHECK(a[2].uuid == "3fc55414-bed1-5556-8e92-d37a9239ec0c");
}

TEST_CASE("jrnl: starred, duplicates within an entry, empty body, trimmed parts", "[jrnl]") {
  const auto entries = parse_jrnl(one_entry(
      R"("title": "  Saw Sam.  ", "body": "\n", "date": "2026-10-02", "time": "19:00",
         "tags": ["@Sam", "#Walk", "@sam", "#walk", "+outside"], "starred": true)"));
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].text == "First.");
  CHECK(entries[0].tags.empty());
  const auto& e = entries[1];
  CHECK(e.text == "Saw Sam.");
  CHECK(e.people == std::vector<std::string>{"Sam"});
  CHECK(e.tags == std::vector<std::string>{"walk", "+outside", "starred"});
  CHECK(e.record == 1);
}

TEST_CASE("jrnl: a body is joined to its title with one space", "[jrnl]") {
  const auto entries =
      parse_jrnl(one_entry(R"("title": "Tired. ", "body": "  Slept badly.\nWoke at 4. ",
                               "date": "2026-10-02", "time": "07:00")"));
  REQUIRE(entries.size() == 2);
  CHECK(entries[1].text == "Tired. Slept badly.\nWoke at 4.");
  CHECK(entries[1].tags.empty());  // no tags and no starred members: none
}

TEST_CASE("jrnl: the same entry twice in one file is one record", "[jrnl]") {
  const auto entries = parse_jrnl(
      one_entry(R"("title": "First.", "body": "", "date": "2026-10-01", "time": "08:30")"));
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].record == 0);
  // The same text at another minute is another entry.
  CHECK(
      parse_jrnl(one_entry(R"("title": "First.", "date": "2026-10-01", "time": "08:31")")).size() ==
      2);
}

TEST_CASE("jrnl: truncated JSON is malformed and says where", "[jrnl]") {
  auto text = sample();
  text.resize(text.size() / 2);
  const auto e = error_of(text);
  REQUIRE(e);
  CHECK(e->code() == Errc::import_malformed);
  CHECK_THAT(e->what(), Catch::StartsWith("the file ends part-way through (at line "));
  CHECK_THAT(e->what(), !Catch::Contains("last read"));  // never the file's (private) text
  CHECK(e->detail().record == "byte " + std::to_string(text.size() + 1));

  const auto empty = error_of("");
  REQUIRE(empty);
  CHECK(empty->code() == Errc::import_malformed);
}

TEST_CASE("jrnl: a number too large for a double is malformed, not a crash", "[jrnl]") {
  // nlohmann/json throws out_of_range (406) for it, not parse_error (fuzz/import_jrnl).
  const auto e = error_of(R"({"entries": [], "x": 1e999})");
  REQUIRE(e);
  CHECK(e->code() == Errc::import_malformed);
  CHECK(std::string(e->what()) == "the file holds a number too large to read (past 1.8e308)");
}

TEST_CASE("jrnl: a file without entries is not a jrnl export", "[jrnl]") {
  for (const char* json : {R"({"tags": {}})", R"({"entries": {}})", R"([1, 2])"}) {
    INFO(json);
    const auto e = error_of(json);
    REQUIRE(e);
    CHECK(e->code() == Errc::import_malformed);
    CHECK_THAT(e->what(), Catch::StartsWith("not a jrnl export"));
  }
  CHECK(error_of(R"({"tags": {}})")->detail().field == "entries");
  CHECK(parse_jrnl(R"({"entries": []})").empty());
}

TEST_CASE("jrnl: a bad date names the entry, the field and the value", "[jrnl]") {
  auto e = error_of(one_entry(R"("title": "x", "date": "2026-13-01", "time": "08:30")"));
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(std::string(e->what()) == R"(date "2026-13-01" is not a calendar date)");
  CHECK(e->detail().record == "entries[1]");
  CHECK(e->detail().field == "date");
  CHECK(e->detail().value == "2026-13-01");

  e = error_of(one_entry(R"("title": "x", "date": "1/10/2026", "time": "08:30")"));
  REQUIRE(e);
  CHECK(std::string(e->what()) == R"(date "1/10/2026" is not a date in the form YYYY-MM-DD)");

  e = error_of(one_entry(R"("title": "x", "time": "08:30")"));
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().field == "date");
  CHECK(std::string(e->what()) == "entry has no date");
}

TEST_CASE("jrnl: a bad or missing time names the entry and the field", "[jrnl]") {
  for (const char* time : {"25:00", "8:30", "08:60", "08:30:00", ""}) {
    INFO(time);
    const auto e = error_of(
        one_entry(std::string(R"("title": "x", "date": "2026-10-02", "time": ")") + time + "\""));
    REQUIRE(e);
    CHECK(e->code() == Errc::import_invalid);
    CHECK(e->detail().record == "entries[1]");
    CHECK(e->detail().field == "time");
    CHECK(e->detail().value == time);
  }
  const auto missing = error_of(one_entry(R"("title": "x", "date": "2026-10-02")"));
  REQUIRE(missing);
  CHECK(missing->detail().field == "time");
}

TEST_CASE("jrnl: a title that is a number is invalid", "[jrnl]") {
  const auto e = error_of(one_entry(R"("title": 42, "date": "2026-10-02", "time": "08:30")"));
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().record == "entries[1]");
  CHECK(e->detail().field == "title");
  CHECK(e->detail().value == "42");
  CHECK(std::string(e->what()) == "title must be a string, not a number (42)");
}

TEST_CASE("jrnl: bad tags, starred and entry shapes", "[jrnl]") {
  auto e = error_of(one_entry(R"("title": "x", "date": "2026-10-02", "time": "08:30",
                                 "tags": ["#a,b"])"));
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().field == "tags");
  CHECK(e->detail().value == "#a,b");

  e = error_of(one_entry(R"("title": "x", "date": "2026-10-02", "time": "08:30", "tags": ["@"])"));
  REQUIRE(e);
  CHECK(e->detail().field == "tags");
  CHECK(e->detail().record == "entries[1]");

  e = error_of(one_entry(R"("title": "x", "date": "2026-10-02", "time": "08:30", "tags": "#a")"));
  REQUIRE(e);
  CHECK(e->detail().field == "tags");

  e = error_of(one_entry(R"("title": "x", "date": "2026-10-02", "time": "08:30",
                            "starred": "yes")"));
  REQUIRE(e);
  CHECK(e->detail().field == "starred");

  e = error_of(one_entry(R"("title": "x", "body": 7, "date": "2026-10-02", "time": "08:30")"));
  REQUIRE(e);
  CHECK(e->detail().field == "body");

  e = error_of(R"({"entries": [{"title": "x", "date": "2026-10-02", "time": "08:30"}, "text"]})");
  REQUIRE(e);
  CHECK(e->code() == Errc::import_malformed);
  CHECK(e->detail().record == "entries[1]");
}

TEST_CASE("jrnl: a control character in the body is refused", "[jrnl]") {
  const auto e = error_of(
      one_entry(R"("title": "x", "body": "bell \u0007", "date": "2026-10-02", "time": "08:30")"));
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().field == "body");
  CHECK_THAT(e->what(), Catch::Contains("control character"));
}
