// The man page describes the binary that is built, not the one that was planned: these tests walk
// the real command tree (build_app) and the real renderers, and check man/ipt.1 against them. Add
// an option without documenting it and they fail. The export and report formats live in
// man/ipt-export.5, checked by test_docs_pages.cpp with the other section 5 pages.
#include <catch2/catch.hpp>

#include <chrono>
#include <regex>
#include <sstream>
#include <string>

#include "cli/app.hpp"
#include "cli/docs_support.hpp"
#include "domain/area.hpp"
#include "domain/calendar.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "domain/format.hpp"
#include "render/agenda.hpp"
#include "render/areas.hpp"
#include "render/calendar.hpp"
#include "render/course.hpp"
#include "render/entries.hpp"
#include "render/inventory.hpp"
#include "render/people.hpp"
#include "render/prompts.hpp"
#include "render/report.hpp"

using namespace ipt;
using namespace ipt::test::docs;

// ---- the man page -----------------------------------------------------------------------------

TEST_CASE("docs: the man page has a date, this version and the sections a manual needs",
          "[docs][man]") {
  Fixture f;
  const char* argv[] = {"ipt", "--version"};
  REQUIRE(cli::run(2, argv, f.ctx) == 0);
  const auto man = read_man_page();
  const std::regex th(R"re(\n\.TH IPT 1 (\d{4}-\d{2}-\d{2}) "(ipt [^"]*)")re");
  std::smatch m;
  REQUIRE(std::regex_search(man.source, m, th));
  CHECK(m[2].str() + "\n" == f.out.str());  // "ipt 0.1.0"
  for (const char* s :
       {"NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "WHEN", "OUTPUT FORMATS",
        "LIMITS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "SEE ALSO"}) {
    INFO("section " << s);
    CHECK(man.find(s, false) != nullptr);
  }
}

TEST_CASE("docs: each command has its own subsection in the man page, and only real ones",
          "[docs][man]") {
  const auto man = read_man_page();
  for (const auto& c : cli::command_table()) {
    if (c.path.starts_with("__"))
      continue;  // hidden: what the completion scripts ask, documented under FILES
    INFO("command " << c.path);
    CHECK(man.find("ipt " + std::string(c.path), true) != nullptr);
  }
  StringSet paths;
  for (const auto& c : command_tree())
    paths.insert("ipt " + c.path);
  for (const auto& s : man.sections) {
    INFO("subsection " << s.heading);
    CHECK((!s.sub || s.heading.rfind("ipt ", 0) != 0 || paths.count(s.heading) == 1));
  }
}

TEST_CASE("docs: the man page documents every command, option and value the binary has",
          "[docs][man]") {
  const auto man = read_man_page();
  REQUIRE(man.find("SYNOPSIS", false) != nullptr);
  const auto synopsis = man.find("SYNOPSIS", false)->text;
  for (const auto& c : command_tree()) {
    if (c.path.starts_with("__"))
      continue;
    INFO("command: ipt " << c.path);
    const bool global = c.path.empty();
    const Section* section =
        global ? man.find("GLOBAL OPTIONS", false) : man.find("ipt " + c.path, true);
    REQUIRE(section != nullptr);
    CHECK((global || mentions(synopsis, c.path)));
    for (const auto& alias : c.aliases) {
      INFO("alias " << alias);
      CHECK(mentions(section->text, "ipt " + alias));
      CHECK(mentions(synopsis, alias));
    }
    for (const auto* list : {&c.longs, &c.shorts, &c.positionals, &c.values}) {
      for (const auto& w : *list) {
        // -h, --help is documented once, in GLOBAL OPTIONS, for every command.
        if (!global && (w == "--help" || w == "-h"))
          continue;
        INFO("option, argument or value " << w);
        CHECK(mentions(section->text, w));
      }
    }
  }
  for (const auto& d : domain_values()) {
    for (const char* cmd : d.sections) {
      const Section* s = man.find(cmd, true);
      REQUIRE(s != nullptr);
      for (auto v : d.values) {
        INFO(cmd << ": value " << v);
        CHECK(mentions(s->text, std::string(v)));
      }
    }
  }
}

TEST_CASE("docs: the man page's JSON keys and CSV headers are the ones ipt writes", "[docs][man]") {
  const auto man = read_man_page();
  const domain::Date day{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}};
  domain::Entry e;
  e.day = day;
  domain::Event talk;
  talk.kind = domain::EventKind::talk;
  e.body = talk;
  domain::PersonSummary p;
  p.person.name = "Sam";
  domain::AreaSummary a;
  a.area.created_day = day;
  a.area.stages = {domain::StageChange{domain::DisputeStage::impasse, day}};
  domain::CourseOverview course;  // a course under way, with a focus area: every key present
  course.today = day;
  course.course = domain::Course{};
  course.course->start = day;
  course.status = domain::CourseStatus{};
  course.focus = a.area;
  render::PromptSheet sheet;
  sheet.week = domain::WeekSpan{day, day, 1};
  sheet.phase = domain::Phase::middle;
  sheet.conditions = {domain::Condition::conflict};
  sheet.prompts.push_back({{}, true, "an answer"});
  // A calendar with a day in focus: every key present.
  const std::vector<domain::Sample> moods{{day, 6}};
  const std::vector<domain::FocusChange> focus{{1, "chores", domain::AreaKind::dispute, day}};
  const auto calendar =
      domain::build_calendar(day.year(), domain::Series(domain::year_period(day.year()), moods),
                             domain::focus_periods(focus), day);
  std::ostringstream entry_json, person_json, area_json, course_json, inventory_json, circle_json,
      prompts_json, calendar_json;
  std::ostringstream entries_csv, people_csv, person_csv, areas_csv, courses_csv, prompts_csv,
      calendar_csv;
  render::entry_view().json(entry_json, e);
  render::person_view().json(person_json, {p, {domain::PersonMoment{e, 5.5}}});
  render::area_view().json(area_json, {a, {e}, domain::Split{3, 4, 5.0, 6.0}, {}});
  render::course_view().json(course_json, course);
  render::inventory_view().json(inventory_json, {p});
  render::circle_view().json(circle_json, {{p}, 80});
  render::prompts_view().json(prompts_json, sheet);
  render::calendar_view().json(calendar_json, calendar);
  render::entry_list_view().csv(entries_csv, {});
  render::people_view().csv(people_csv, {});
  render::person_view().csv(person_csv, {});
  render::areas_view().csv(areas_csv, {});
  render::course_list_view().csv(courses_csv, {});
  render::prompts_view().csv(prompts_csv, sheet);
  std::ostringstream agenda_csv, report_csv;
  render::agenda_view().csv(agenda_csv, {});
  render::report_view().csv(report_csv, render::ReportDoc{});
  render::calendar_view().csv(calendar_csv, calendar);

  auto section = [&](const char* heading) {
    const Section* s = man.find(heading, true);
    REQUIRE(s != nullptr);
    return s;
  };
  auto mentions_all = [](const Section* s, const Strings& keys) {
    for (const auto& k : keys) {
      INFO(s->heading << ": key " << k);
      CHECK(mentions(s->text, k));
    }
  };
  auto without_timeline = [](Strings keys) {
    REQUIRE((!keys.empty() && keys.back() == "timeline"));
    keys.pop_back();
    return keys;
  };

  SECTION("entries: every key, in order") {
    CHECK(tagged_keys(*section("JSON entries")) == json_keys(entry_json.str(), 2));
  }
  SECTION("people: every key in order, then the keys of the timeline") {
    const Section* s = section("JSON people");
    CHECK(tagged_keys(*s) == without_timeline(json_keys(person_json.str(), 2)));
    mentions_all(s, json_keys(person_json.str(), 6));
  }
  SECTION("areas: every key in order, then the keys of a stage") {
    const Section* s = section("JSON areas");
    const auto json = area_json.str();
    CHECK(tagged_keys(*s) == without_timeline(json_keys(json, 2)));
    const auto start = json.find("\"stages\"");
    mentions_all(s, json_keys(json.substr(start, json.find("\"timeline\"") - start), 6));
  }
  SECTION("calendar: every key in order, then the keys of a day and of a focus period") {
    const Section* s = section("JSON calendar");
    const auto json = calendar_json.str();
    CHECK(tagged_keys(*s) == json_keys(json, 2));
    mentions_all(s, json_keys(json, 6));
  }
  SECTION("course, prompts, inventory and circle: every key") {
    mentions_all(section("JSON course and phase"), json_keys(course_json.str(), -1));
    mentions_all(section("JSON prompts"), json_keys(prompts_json.str(), -1));
    // The people inside are person objects, documented under JSON people.
    mentions_all(section("JSON inventory and circle"), json_keys(inventory_json.str(), 2));
    mentions_all(section("JSON inventory and circle"), json_keys(circle_json.str(), 2));
  }
  SECTION("CSV header rows, exactly") {
    const Section* s = section("CSV");
    for (const auto& csv :
         {entries_csv.str(), people_csv.str(), person_csv.str(), areas_csv.str(), courses_csv.str(),
          prompts_csv.str(), agenda_csv.str(), report_csv.str(), calendar_csv.str()}) {
      const auto header = csv.substr(0, csv.find("\r\n"));
      INFO("header " << header);
      CHECK(s->text.find("\n" + header + "\n") != std::string::npos);
    }
  }
}
