// ipt calendar's writers on hand-made calendars: the colour scale reads by lightness alone,
// the text fits 80 columns with or without colour, and json and csv carry the documented keys.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "domain/calendar.hpp"
#include "render/calendar.hpp"
#include "render/style.hpp"

using namespace ipt;
using namespace std::chrono;

namespace {

/// The sRGB colour of an xterm 256-colour index in the 6x6x6 cube (16..231) or grey ramp.
std::array<double, 3> xterm_rgb(int i) {
  REQUIRE(i >= 16);
  if (i >= 232)
    return {8.0 + 10 * (i - 232), 8.0 + 10 * (i - 232), 8.0 + 10 * (i - 232)};
  constexpr double kLevels[] = {0, 95, 135, 175, 215, 255};
  i -= 16;
  return {kLevels[i / 36], kLevels[(i / 6) % 6], kLevels[i % 6]};
}

/// Relative luminance (WCAG 2).
double luminance(int i) {
  const auto rgb = xterm_rgb(i);
  double y = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int k = 0; k < 3; ++k) {
    const double c = rgb[k] / 255;
    y += weights[k] * (c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
  }
  return y;
}

/// CIE L*: lightness as people see it, 0 (black) to 100 (white).
double lightness(int i) {
  const double y = luminance(i);
  return y > 216.0 / 24389 ? 116 * std::cbrt(y) - 16 : y * 24389.0 / 27;
}

double contrast(int a, int b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string strip_sgr(const std::string& s) {
  return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), "");
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);)
    out.push_back(l);
  return out;
}

/// 2026 with moods on a few days and two focus periods, the first begun in 2025.
domain::Calendar sample(std::string title = "Sam and the chores") {
  const std::vector<domain::Sample> moods{{2026y / 1 / 5, 6},   {2026y / 1 / 5, 7},
                                          {2026y / 1 / 6, 0},   {2026y / 1 / 7, 10},
                                          {2026y / 3 / 2, 9.6}, {2026y / 12 / 31, 3}};
  const std::vector<domain::FocusChange> history{
      {1, title, domain::AreaKind::dispute, 2025y / 11 / 3},
      {2, "new job", domain::AreaKind::transition, 2026y / 1 / 7},
      {std::nullopt, "", domain::AreaKind::grief, 2026y / 2 / 1}};
  const auto periods = domain::focus_periods(history);
  return domain::build_calendar(2026y, domain::Series(domain::year_period(2026y), moods), periods,
                                2026y / 12 / 31);
}

std::string text(const domain::Calendar& c, bool color) {
  std::ostringstream out;
  render::calendar_view().text(out, c, render::Style(color));
  return out.str();
}

}  // namespace

TEST_CASE("calendar render: each colour step is lighter than the one before, readable without hue",
          "[render][calendar]") {
  const auto& scale = render::mood_scale();
  REQUIRE(scale.size() >= 5);
  for (std::size_t i = 0; i < scale.size(); ++i) {
    INFO("step " << i << ": colour " << scale[i].background << ", L* "
                 << lightness(scale[i].background));
    if (i > 0)  // about 10 L* apart is a step that reads in grey
      CHECK(lightness(scale[i].background) - lightness(scale[i - 1].background) >= 10);
    // The digit on it stays readable (WCAG's 4.5 is for body text; these are single digits).
    CHECK(contrast(scale[i].background, scale[i].foreground) >= 4.3);
  }
  CHECK(lightness(scale.back().background) - lightness(scale.front().background) >= 60);
}

TEST_CASE("calendar render: levels map to characters and steps, worst to best",
          "[render][calendar]") {
  for (int level = 0; level <= 9; ++level)
    CHECK(render::mood_char(level) == static_cast<char>('0' + level));
  CHECK(render::mood_char(10) == '*');
  CHECK(render::mood_step(0) == 0);
  CHECK(render::mood_step(10) == static_cast<int>(render::mood_scale().size()) - 1);
  for (int level = 1; level <= 10; ++level)
    CHECK(render::mood_step(level) >= render::mood_step(level - 1));
}

TEST_CASE("calendar render: without colour, digits under their weekdays in 80 columns",
          "[render][calendar]") {
  const auto out = text(sample(), false);
  CHECK(out.find('\x1b') == std::string::npos);
  const auto lines = lines_of(out);
  for (const auto& l : lines) {
    INFO(l);
    CHECK(render::display_width(l) <= 80);
  }
  REQUIRE(lines.size() > 3);
  CHECK(lines[0].starts_with("2026 M T W T F S S M T"));
  // A day in column c is at 5 + 2c. Thursday 2026-01-01 is column 3, so Monday the 5th is 7.
  CHECK(lines[1] == "Jan" + std::string(16, ' ') + "7 0 *");
  // January's focus line: the dispute (A) to the 6th, the new job (B) from the 7th.
  CHECK(lines[2].starts_with(std::string(11, ' ') + "A---------- B-"));
  CHECK(lines[3] == "Feb");
  CHECK(lines[4] == "Mar" + std::string(16, ' ') + "*");  // Monday the 2nd; 9.6 rounds to 10
  // Thursday 2026-12-31: column 31.
  CHECK(out.find("\nDec" + std::string(64, ' ') + "3\n") != std::string::npos);
  CHECK(out.find("0 is the worst you have felt, 10 the best") != std::string::npos);
  CHECK(out.find("* is 10") != std::string::npos);
  CHECK(out.find("focus A  #1 dispute: Sam and the chores, 2025-11-03 to 2026-01-06\n") !=
        std::string::npos);
  CHECK(out.find("      B  #2 transition: new job, 2026-01-07 to 2026-01-31\n") !=
        std::string::npos);
  CHECK(out.find("5 days with a check-in, mean mood 5.9.") != std::string::npos);
}

TEST_CASE("calendar render: with colour, each day on its step's colour, still 80 columns",
          "[render][calendar]") {
  const auto out = text(sample(), true);
  const auto& scale = render::mood_scale();
  auto painted = [&](int level) {
    const auto& c = scale[render::mood_step(level)];
    return "\x1b[38;5;" + std::to_string(c.foreground) + ";48;5;" + std::to_string(c.background) +
           "m" + std::string(1, render::mood_char(level)) + "\x1b[0m";
  };
  CHECK(out.find(painted(7) + " " + painted(0) + " " + painted(10)) != std::string::npos);
  for (const auto& l : lines_of(out)) {
    INFO(l);
    CHECK(render::display_width(strip_sgr(l)) <= 80);
  }
  CHECK(strip_sgr(out) == text(sample(), false));  // the same text, coloured
}

TEST_CASE("calendar render: a long area title is cut to keep its line in 80 columns",
          "[render][calendar]") {
  const auto out = text(sample(std::string(120, 'x')), false);
  bool seen = false;
  for (const auto& l : lines_of(out)) {
    INFO(l);
    CHECK(render::display_width(l) <= 80);
    if (l.starts_with("focus A")) {
      seen = true;
      CHECK(l.find("x\u2026, 2025-11-03 to 2026-01-06") != std::string::npos);
    }
  }
  CHECK(seen);
}

TEST_CASE("calendar render: an empty year says so", "[render][calendar]") {
  const auto empty = domain::build_calendar(2030y, {}, {}, 2026y / 1 / 1);
  const auto out = text(empty, false);
  CHECK(out.find("No check-ins in 2030.") != std::string::npos);
  CHECK(out.find("focus") == std::string::npos);
  std::ostringstream json;
  render::calendar_view().json(json, empty);
  CHECK(nlohmann::json::parse(json.str()) ==
        nlohmann::json::parse(R"({"year": 2030, "days": [], "focus": []})"));
}

TEST_CASE("calendar render: json and csv, a row per day with check-ins", "[render][calendar]") {
  const auto cal = sample();
  std::ostringstream json, csv;
  render::calendar_view().json(json, cal);
  render::calendar_view().csv(csv, cal);
  const auto j = nlohmann::json::parse(json.str());
  CHECK(j["year"] == 2026);
  REQUIRE(j["days"].size() == 5);
  CHECK(j["days"][0] == nlohmann::json::parse(R"({"day": "2026-01-05", "mood_mean": 6.5,
      "mood_min": 6, "mood_max": 7, "checkins": 2, "focus_area_id": 1})"));
  CHECK(j["days"][2]["focus_area_id"] == 2);
  CHECK(j["days"][3]["focus_area_id"].is_null());
  CHECK(j["days"][3]["mood_mean"] == 9.6);
  REQUIRE(j["focus"].size() == 2);
  CHECK(j["focus"][0] == nlohmann::json::parse(R"({"area_id": 1, "title": "Sam and the chores",
      "kind": "dispute", "from": "2025-11-03", "to": "2026-01-06"})"));
  CHECK(csv.str() ==
        "day,mood_mean,mood_min,mood_max,checkins,focus_area_id\r\n"
        "2026-01-05,6.5,6,7,2,1\r\n"
        "2026-01-06,0,0,0,1,1\r\n"
        "2026-01-07,10,10,10,1,2\r\n"
        "2026-03-02,9.6,9.6,9.6,1,\r\n"
        "2026-12-31,3,3,3,1,\r\n");
}
