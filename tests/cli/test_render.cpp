#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/csv.hpp"
#include "render/entries.hpp"
#include "render/style.hpp"

using namespace ipt;
using namespace std::chrono;

TEST_CASE("render: ISO 8601 uses the stored offset, not the current zone", "[render]") {
  CHECK(render::iso8601(0, 0) == "1970-01-01T00:00:00+00:00");
  CHECK(render::iso8601(1774776600, 7200) == "2026-03-29T11:30:00+02:00");
  CHECK(render::iso8601(1762000000, -18000) == "2025-11-01T07:26:40-05:00");
  CHECK(render::iso8601(-1, 0) == "1969-12-31T23:59:59+00:00");
  CHECK(render::iso8601(0, 19800) == "1970-01-01T05:30:00+05:30");
  CHECK(render::clock_time(1774776600, 7200) == "11:30");
}

TEST_CASE("render: CSV quoting follows RFC 4180", "[render]") {
  CHECK(render::csv_field("plain") == "plain");
  CHECK(render::csv_field("a,b") == "\"a,b\"");
  CHECK(render::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(render::csv_field("two\nlines") == "\"two\nlines\"");
  std::ostringstream out;
  render::csv_row(out, {"a", "b,c", ""});
  CHECK(out.str() == "a,\"b,c\",\r\n");
}

TEST_CASE("render: numbers read naturally", "[render]") {
  CHECK(render::short_number(7.5) == "7.5");
  CHECK(render::short_number(8.0) == "8");
  CHECK(render::short_number(-1.25) == "-1.3");  // halves round away from zero
  CHECK(render::short_number(-0.01) == "0");
  CHECK(render::signed_int(2) == "+2");
  CHECK(render::signed_int(-2) == "-2");
  CHECK(render::signed_int(0) == "0");
  CHECK(render::display_width("Zoë") == 3);
  CHECK(render::pad("Zoë", 5) == "Zoë  ");
}

TEST_CASE("render: entry JSON has every key, in the documented order", "[render]") {
  domain::Entry e;
  e.id = 3;
  e.uuid = "u";
  e.day = 2026y / 3 / 2;
  domain::Event talk;
  talk.kind = domain::EventKind::talk;
  talk.text = "x";
  e.body = talk;
  std::ostringstream out;
  render::entry_view().json(out, e);
  const auto j = nlohmann::ordered_json::parse(out.str());
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items())
    keys.push_back(k);
  CHECK(keys == std::vector<std::string>{
                    "id",      "uuid",       "type",       "at",      "day",     "mood",
                    "anxiety", "energy",     "sleep",      "metrics", "text",    "kind",
                    "impact",  "feelings",   "people",     "tags",    "area_id", "prompt_id",
                    "prompt",  "week",       "checkin_id", "scale",   "answers", "total",
                    "band",    "difficulty", "created",    "updated"});
  CHECK(j["mood"].is_null());
  CHECK(j["metrics"].is_null());  // a check-in's, like mood
  CHECK(j["scale"].is_null());    // a questionnaire's keys are null for an event
  CHECK(j["kind"] == "talk");
  CHECK(j["feelings"].is_array());
}

TEST_CASE("render: text has colour only when asked", "[render]") {
  domain::Entry e;
  e.id = 1;
  e.body = domain::Checkin{5, {}, {}, {}, {}};
  e.day = 2026y / 3 / 2;
  std::ostringstream plain, coloured;
  render::entries_text(plain, {e}, render::Style(false));
  render::entries_text(coloured, {e}, render::Style(true));
  CHECK(plain.str().find('\x1b') == std::string::npos);
  CHECK(coloured.str().find('\x1b') != std::string::npos);
  CHECK(plain.str().find("Mon 2026-03-02") != std::string::npos);
}
