#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "domain/errors.hpp"
#include "interchange/foreign.hpp"

using namespace std::chrono_literals;
using ipt::Errc;
using ipt::UsageError;
using ipt::domain::TimeOfDay;
using namespace ipt::interchange;

namespace {

const std::string kHeader = "full_date,date,weekday,time,mood,activities,note_title,note\n";

std::optional<UsageError> error_of(const std::string& csv, const MoodMap& moods) {
  try {
    parse_daylio(csv, moods);
  } catch (const UsageError& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("daylio: the five default labels map to the 0-10 scale", "[daylio]") {
  const auto m = default_daylio_moods();
  CHECK(m.size() == 5);
  CHECK(m.at("rad") == 9);
  CHECK(m.at("good") == 7);
  CHECK(m.at("meh") == 5);
  CHECK(m.at("bad") == 3);
  CHECK(m.at("awful") == 1);
}

TEST_CASE("daylio: rows with the default labels", "[daylio]") {
  const auto entries =
      parse_daylio(kHeader +
                       "2026-10-02,October 2,Friday,20:30,rad,friends | good meal,"
                       "Good day,Dinner with Ana\n"
                       "2026-10-01,October 1,Thursday,07:05,Awful,,,\n"
                       "2026-09-30,September 30,Wednesday,12:00, meh ,work,,\n\n\n",
                   default_daylio_moods());
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].day == 2026y / 10 / 2);
  CHECK(entries[0].time == TimeOfDay{20, 30});
  CHECK(entries[0].mood == 9);
  CHECK(entries[0].tags == std::vector<std::string>{"friends", "good-meal"});
  CHECK(entries[0].text == "Good day\nDinner with Ana");
  CHECK(entries[0].people.empty());
  CHECK(entries[0].record == 2);
  CHECK(entries[1].mood == 1);  // labels match whatever their case
  CHECK(entries[1].time == TimeOfDay{7, 5});
  CHECK(entries[1].tags.empty());
  CHECK(entries[1].text.empty());
  CHECK(entries[1].record == 3);
  CHECK(entries[2].mood == 5);
  CHECK(entries[2].tags == std::vector<std::string>{"work"});
  CHECK(entries[2].record == 4);
}

TEST_CASE("daylio: UUIDs come from the content, whatever clock the phone used", "[daylio]") {
  const auto row = [](const std::string& time, const std::string& mood) {
    return parse_daylio(
               kHeader + "2026-10-02,October 2,Friday," + time + "," + mood + ",,Good day,\n",
               default_daylio_moods())
        .at(0)
        .uuid;
  };
  // Python: uuid5(UUID(kIptNamespace), "daylio\n2026-10-02\n20:30\nrad\nGood day").
  CHECK(row("20:30", "rad") == "e4e57a57-904c-51db-91c7-ddacefc7ff34");
  CHECK(row("8:30 pm", "Rad") == row("20:30", "rad"));
  CHECK(row("20:31", "rad") != row("20:30", "rad"));
  CHECK(row("20:30", "good") != row("20:30", "rad"));
}

TEST_CASE("daylio: the same row twice is one record", "[daylio]") {
  const std::string row = "2026-10-02,October 2,Friday,20:30,rad,,Good day,\n";
  const auto entries = parse_daylio(kHeader + row + row, default_daylio_moods());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].record == 2);
}

TEST_CASE("daylio: custom labels through a mood map", "[daylio]") {
  const auto moods = parse_mood_map("Great=8, so-so = 4", default_daylio_moods());
  const auto entries = parse_daylio(kHeader +
                                        "2026-10-02,October 2,Friday,20:30,GREAT,,,\n"
                                        "2026-10-01,October 1,Thursday,20:30,So-So,,,\n"
                                        "2026-09-30,September 30,Wednesday,20:30,rad,,,\n",
                                    moods);
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].mood == 8);
  CHECK(entries[1].mood == 4);
  CHECK(entries[2].mood == 9);
}

TEST_CASE("daylio: an unknown label names itself, its line and the known ones", "[daylio]") {
  const auto e = error_of(kHeader +
                              "2026-10-02,October 2,Friday,20:30,rad,,,\n"
                              "2026-10-01,October 1,Thursday,20:30,Sublime,,,\n",
                          default_daylio_moods());
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().record == "line 3");
  CHECK(e->detail().field == "mood");
  CHECK(e->detail().value == "Sublime");
  CHECK(std::string(e->what()) ==
        "mood \"Sublime\" is not a mood label ipt knows; known: rad=9, "
        "good=7, meh=5, bad=3, awful=1");
}

TEST_CASE("daylio: 12-hour times", "[daylio]") {
  const auto time_of = [](const std::string& t) {
    return parse_daylio(kHeader + "2026-10-02,October 2,Friday," + t + ",rad,,,\n",
                        default_daylio_moods())
        .at(0)
        .time;
  };
  CHECK(time_of("8:30 pm") == TimeOfDay{20, 30});
  CHECK(time_of("8:30 PM") == TimeOfDay{20, 30});
  CHECK(time_of("8:30pm") == TimeOfDay{20, 30});
  CHECK(time_of("12:05 am") == TimeOfDay{0, 5});
  CHECK(time_of("12:05 pm") == TimeOfDay{12, 5});
  CHECK(time_of("9:15 a.m.") == TimeOfDay{9, 15});
  CHECK(time_of("0:10") == TimeOfDay{0, 10});
  CHECK(time_of("23:59") == TimeOfDay{23, 59});
  for (const char* bad : {"13:00 pm", "0:30 am", "24:00", "8:60", "8.30", "830", "", "8:30 xm"}) {
    INFO(bad);
    const auto e = error_of(kHeader + "2026-10-02,October 2,Friday," + bad + ",rad,,,\n",
                            default_daylio_moods());
    REQUIRE(e);
    CHECK(e->code() == Errc::import_invalid);
    CHECK(e->detail().record == "line 2");
    CHECK(e->detail().field == "time");
    CHECK(e->detail().value == bad);
  }
}

TEST_CASE("daylio: a quoted note with a comma, a line break and a quote", "[daylio]") {
  const auto entries = parse_daylio(kHeader +
                                        "2026-10-02,October 2,Friday,20:30,good,,"
                                        "\"Talk, at last\",\"She said \"\"enough\"\".\n"
                                        "Then we laughed.<br>Later<br/>bed<BR />\"\n"
                                        "2026-10-01,October 1,Thursday,20:30,bad,,,\n",
                                    default_daylio_moods());
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].text == "Talk, at last\nShe said \"enough\".\nThen we laughed.\nLater\nbed");
  CHECK(entries[0].record == 2);
  CHECK(entries[1].record == 4);  // the row after a two-line note starts on line 4
}

TEST_CASE("daylio: a byte order mark and CRLF line endings", "[daylio]") {
  const auto entries = parse_daylio(
      "\xEF\xBB\xBF"
      "full_date,date,weekday,time,mood,activities,note_title,note\r\n"
      "2026-10-02,October 2,Friday,20:30,meh,sleep,,\"one\r\ntwo\"\r\n"
      "2026-10-01,October 1,Thursday,20:30,good,,,\r\n\r\n",
      default_daylio_moods());
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].text == "one\ntwo");
  CHECK(entries[0].tags == std::vector<std::string>{"sleep"});
  CHECK(entries[1].mood == 7);
  CHECK(entries[1].record == 4);
}

TEST_CASE("daylio: a different header is not a Daylio export", "[daylio]") {
  for (const std::string& csv :
       {std::string("year,date,weekday,time,mood,activities,note\n2026,October 2,Friday,20:30,"
                    "rad,,\n"),
        std::string("full_date,date,weekday,time,mood,activities,note_title\n"), std::string("")}) {
    INFO(csv);
    const auto e = error_of(csv, default_daylio_moods());
    REQUIRE(e);
    CHECK(e->code() == Errc::import_malformed);
    CHECK(e->detail().record == "line 1");
    CHECK_THAT(e->what(),
               Catch::Contains("full_date,date,weekday,time,mood,activities,note_title,note"));
  }
}

TEST_CASE("daylio: bad rows name their line", "[daylio]") {
  auto e = error_of(kHeader + "2026-10-02,October 2,Friday,20:30,rad,,\n", default_daylio_moods());
  REQUIRE(e);
  CHECK(e->code() == Errc::import_malformed);
  CHECK(e->detail().record == "line 2");

  e = error_of(kHeader + "2026-02-30,February 30,Friday,20:30,rad,,,\n", default_daylio_moods());
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().field == "full_date");
  CHECK(e->detail().value == "2026-02-30");

  e = error_of(kHeader + "2026-10-02,October 2,Friday,20:30,,,,\n", default_daylio_moods());
  REQUIRE(e);
  CHECK(e->detail().field == "mood");

  e = error_of(kHeader + "2026-10-02,October 2,Friday,20:30,rad,\"a, b\",,\n",
               default_daylio_moods());
  REQUIRE(e);
  CHECK(e->code() == Errc::import_invalid);
  CHECK(e->detail().field == "activities");
  CHECK(e->detail().value == "a, b");

  e = error_of(kHeader + "2026-10-02,October 2,Friday,20:30,rad,,,\"never closed\n",
               default_daylio_moods());
  REQUIRE(e);
  CHECK(e->code() == Errc::import_malformed);
  CHECK(e->detail().record == "line 2");
}

TEST_CASE("mood map: labels folded and trimmed, added over the base", "[daylio]") {
  const auto m = parse_mood_map("rad=10, Fine = 6,MEH=0", default_daylio_moods());
  CHECK(m.at("rad") == 10);
  CHECK(m.at("fine") == 6);
  CHECK(m.at("meh") == 0);
  CHECK(m.at("good") == 7);  // kept from the base
  CHECK(m.size() == 6);
  CHECK(parse_mood_map("x=1", {}) == MoodMap{{"x", 1}});
}

TEST_CASE("mood map: a bad item is an invalid --mood-map naming the item", "[daylio]") {
  for (const char* spec : {"rad", "rad=11", "rad=-1", "rad=x", "rad=", "=5", "rad=1.5", "rad=+3"}) {
    INFO(spec);
    try {
      parse_mood_map(spec, default_daylio_moods());
      FAIL("no error");
    } catch (const UsageError& e) {
      CHECK(e.code() == Errc::invalid_value);
      CHECK(e.detail().field == "--mood-map");
      CHECK(e.detail().value == spec);
    }
  }
  try {
    parse_mood_map("rad=10, fine=six ,good=7", {});
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(e.detail().value == "fine=six");
    CHECK_THAT(e.what(), Catch::Contains("\"fine\"") && Catch::Contains("0 to 10"));
  }
  CHECK_THROWS_AS(parse_mood_map("rad=10,", {}), UsageError);
  CHECK_THROWS_AS(parse_mood_map("", {}), UsageError);
}
