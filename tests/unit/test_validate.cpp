#include <catch2/catch.hpp>

#include "domain/errors.hpp"
#include "domain/validate.hpp"

using namespace ipt;
using namespace ipt::domain;

TEST_CASE("validate: mood accepts 0..10 whole numbers only", "[validate]") {
  CHECK(parse_mood("0") == 0);
  CHECK(parse_mood("10") == 10);
  CHECK(parse_mood("+7") == 7);
  for (const char* bad : {"11", "-1", "6.5", "abc", "", " 5", "5 ", "5x", "+-3", "1e1", "0x5"}) {
    INFO(bad);
    CHECK_THROWS_AS(parse_mood(bad), UsageError);
  }
  CHECK_THROWS_WITH(parse_mood("11"), Catch::Contains("mood") && Catch::Contains("'11'"));
}

TEST_CASE("validate: impact is -3..+3", "[validate]") {
  CHECK(parse_impact("-3") == -3);
  CHECK(parse_impact("+3") == 3);
  CHECK(parse_impact("0") == 0);
  CHECK_THROWS_AS(parse_impact("4"), UsageError);
  CHECK_THROWS_AS(parse_impact("-4"), UsageError);
  CHECK_THROWS_AS(parse_impact("1.5"), UsageError);
}

TEST_CASE("validate: scales and sleep", "[validate]") {
  CHECK(parse_scale("anxiety", "3") == 3);
  CHECK_THROWS_WITH(parse_scale("energy", "11"), Catch::Contains("energy"));
  CHECK(parse_sleep("7.5") == Approx(7.5));
  CHECK(parse_sleep("0") == 0);
  CHECK(parse_sleep("24") == 24);
  for (const char* bad : {"24.5", "-1", "nan", "inf", "7,5", "", "abc"}) {
    INFO(bad);
    CHECK_THROWS_AS(parse_sleep(bad), UsageError);
  }
}

TEST_CASE("validate: kinds and circles list the valid values", "[validate]") {
  CHECK(parse_kind("conflict") == EventKind::conflict);
  CHECK(parse_kind("Support") == EventKind::support);
  CHECK_THROWS_WITH(parse_kind("fight"), Catch::Contains("conflict, support, closeness, loss, "
                                                         "change, avoidance, talk, other"));
  CHECK(parse_circle("INNER") == Circle::inner);
  CHECK_THROWS_WITH(parse_circle("closest"), Catch::Contains("inner, middle, outer"));
}

TEST_CASE("validate: text is trimmed, limited and checked", "[validate]") {
  CHECK(check_text("note", "  hello\nworld \n", false) == "hello\nworld");
  CHECK(check_text("note", "", false).empty());
  CHECK_THROWS_WITH(check_text("event text", "   ", true), Catch::Contains("empty"));
  CHECK(check_text("note", std::string(kMaxTextBytes, 'a'), false).size() == kMaxTextBytes);
  CHECK_THROWS_WITH(check_text("note", std::string(kMaxTextBytes + 1, 'a'), false),
                    Catch::Contains("65536"));
  CHECK_THROWS_WITH(check_text("note", "bad \xff byte", false), Catch::Contains("UTF-8"));
  CHECK_THROWS_AS(check_text("note", std::string("nul \0 byte", 10), false), UsageError);
  CHECK(check_text("note", "tab\tand 'quotes' \"; DROP TABLE x; --", false) ==
        "tab\tand 'quotes' \"; DROP TABLE x; --");
}

TEST_CASE("validate: names, tags and feelings", "[validate]") {
  CHECK(check_person_name("  Aunt May ") == "Aunt May");
  CHECK_THROWS_AS(check_person_name(""), UsageError);
  CHECK_THROWS_AS(check_person_name("a,b"), UsageError);
  CHECK_THROWS_AS(check_person_name("tab\there"), UsageError);
  CHECK_THROWS_AS(check_person_name(std::string(kMaxNameBytes + 1, 'x')), UsageError);
  CHECK(normalize_tag("#Work") == "work");
  CHECK_THROWS_AS(normalize_tag("late shift"), UsageError);
  CHECK_THROWS_AS(normalize_tag("#"), UsageError);
  CHECK(normalize_feeling("Angry") == "angry");
}
