// The html report (render/report_html.cpp): one self-contained, well-formed page that can fetch
// nothing, with every text escaped, and notes and answers only when asked for.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/report_fixture.hpp"
#include "render/html.hpp"
#include "render/report.hpp"

using namespace ipt;
using namespace std::chrono_literals;
using ipt::test::nov;
using ipt::test::ReportFixture;

namespace {

std::string html_of(const domain::Report& r, bool notes = false, bool answers = false) {
  render::ReportDoc doc;
  doc.report = r;
  doc.notes = notes;
  doc.answers = answers;
  doc.help_now_line = "If you need help now: ipt help-now";
  std::ostringstream out;
  render::report_html(out, doc);
  return out.str();
}

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1))
    ++n;
  return n;
}

bool has(const std::string& s, const std::string& needle) {
  return s.find(needle) != std::string::npos;
}

/// The first problem with the page's tags, or "" when every element is closed in order. Void
/// elements must close themselves (<meta/>), as the page is written XHTML-like.
std::string tag_problem(const std::string& html) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    const auto end = html.find('>', i);
    if (end == std::string::npos)
      return "a tag that never ends at " + std::to_string(i);
    const std::string tag = html.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag.empty() || tag[0] == '!')
      continue;  // <!doctype html>
    if (tag[0] == '/') {
      const auto name = tag.substr(1);
      if (open.empty() || open.back() != name)
        return "</" + name + "> closes " + (open.empty() ? "nothing" : "<" + open.back() + ">");
      open.pop_back();
      continue;
    }
    const auto name = tag.substr(0, tag.find_first_of(" \n/"));
    if (tag.back() == '/')
      continue;
    static const std::set<std::string> kVoid{"meta", "br", "hr", "img", "input", "link"};
    if (kVoid.count(name))
      return "<" + name + "> without />";
    open.push_back(name);
    if (name == "style") {  // raw text up to its end tag
      i = html.find("</style>", i);
      if (i == std::string::npos)
        return "<style> never closed";
    }
  }
  return open.empty() ? "" : "<" + open.back() + "> never closed";
}

std::string section(const std::string& html, const std::string& id) {
  const auto from = html.find("<section id=\"" + id + "\"");
  if (from == std::string::npos)
    return "";
  return html.substr(from, html.find("</section>", from) - from);
}

}  // namespace

TEST_CASE("report html: escape makes every text inert", "[report][html]") {
  CHECK(render::html_escape("<script>alert(1)</script>") ==
        "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(render::html_escape("\"onload=alert(1)") == "&quot;onload=alert(1)");
  CHECK(render::html_escape("it's Tom & Jerry") == "it&#39;s Tom &amp; Jerry");
  CHECK(render::html_escape("Zoë 王") == "Zoë 王");
  CHECK(render::html_escape("a\x1b[31mred") == "a\\x1b[31mred");
  CHECK(render::html_escape("bad \xff byte") == "bad \\xff byte");
}

TEST_CASE("report html: one self-contained page that can fetch nothing", "[report][html]") {
  const auto html = html_of(ReportFixture().report(), true, true);
  CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>", 0) ==
        0);
  CHECK(has(html,
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
            "style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action "
            "&#39;none&#39;\"/>"));
  for (const char* bad :
       {"http://", "https://", "//", "<script", "<link", "<img", "<iframe", "<object", "<embed",
        "url(", "@import", "javascript:", "xlink:href", "href="}) {
    INFO(bad);
    CHECK_FALSE(has(html, bad));
  }
  CHECK(count(html, "<svg") == 2);
  CHECK(count(html, "<svg class=\"chart mood\"") == 1);
  CHECK(count(html, "<svg class=\"chart circle\"") == 1);
  CHECK(has(html, "@media print"));
  CHECK(has(html, "page-break-inside:avoid"));
  CHECK(has(html, "0 is the worst, 10 the best"));
  CHECK(has(html,
            "ipt is a self-help journal, not treatment; scores are screening aids, not a "
            "diagnosis."));
  CHECK(has(html, "No permission required to reproduce"));  // PHQ-9 in the report
  CHECK(tag_problem(html) == "");
}

TEST_CASE("report html: the tag checker finds what it is for", "[report][html]") {
  CHECK(tag_problem("<p><b>x</p></b>") == "</p> closes <b>");
  CHECK(tag_problem("<div><p>x</p>") == "<div> never closed");
  CHECK(tag_problem("<meta charset=\"utf-8\">") == "<meta> without />");
  CHECK(tag_problem("<svg><circle r=\"1\"/></svg>") == "");
}

TEST_CASE("report html: sections in order, each only when it has something", "[report][html]") {
  const auto html = html_of(ReportFixture().report());
  std::size_t last = 0;
  for (const char* id :
       {"safety", "mood", "mood-events", "people", "focus", "reflections", "measures", "agenda"}) {
    INFO(id);
    const auto at = html.find("<section id=\"" + std::string(id) + "\"");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  CHECK_FALSE(has(html, "id=\"weeks\""));        // a week report
  CHECK_FALSE(has(html, "id=\"termination\""));  // the middle phase
  // The help line is said once: in the safety panel when there is one.
  CHECK(count(html, "ipt help-now") == 1);
  CHECK(has(section(html, "safety"), "ipt help-now"));
  CHECK(has(section(html, "safety"), "1 day with a check-in at mood 2 or lower"));

  // One calm day and nothing else: only the header and the mood.
  ReportFixture f;
  auto& d = f.data;
  d.entries.clear();
  d.course_measures.clear();
  d.ratings.clear();
  d.asked.clear();
  d.agenda.clear();
  d.focus.reset();
  d.areas.clear();
  d.people.clear();  // else Jo, added this week, is news
  d.course.reset();
  d.phase = domain::Phase::none;
  f.checkin(nov(27), 6);
  const auto calm = html_of(f.report());
  CHECK(has(calm, "id=\"mood\""));
  for (const char* id : {"safety", "mood-events", "weeks", "people", "focus", "reflections",
                         "measures", "termination", "agenda"}) {
    INFO(id);
    CHECK_FALSE(has(calm, "id=\"" + std::string(id) + "\""));
  }
  CHECK(count(calm, "<svg") == 1);
  CHECK_FALSE(has(calm, "No permission required"));  // no scale, no attribution
  CHECK(count(calm, "ipt help-now") == 1);           // no panel: the footer says it
  CHECK(tag_problem(calm) == "");
}

TEST_CASE("report html: a hostile note and name stay text", "[report][html]") {
  ReportFixture f;
  f.person("\"onload=alert(1)", domain::Circle::outer);
  f.event(nov(24), domain::EventKind::conflict, "<script>alert(1)</script>", {"\"onload=alert(1)"});
  const auto html = html_of(f.report(), true);
  CHECK_FALSE(has(html, "<script"));
  CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(has(html, "\"onload="));
  CHECK(has(html, "&quot;onload=alert(1)"));
  CHECK(count(section(html, "people"), "&quot;onload=alert(1)") >= 2);  // table and circle
  CHECK(tag_problem(html) == "");
}

TEST_CASE("report html: notes and event texts only with notes", "[report][html]") {
  const auto r = ReportFixture().report();
  const auto without = html_of(r, false);
  const auto with = html_of(r, true);
  CHECK_FALSE(has(without, "argued about the dishes"));
  CHECK(has(section(without, "mood-events"), "conflict with Sam"));
  CHECK(has(section(with, "mood-events"),
            "conflict with Sam: <span class=\"text\">argued about "
            "the dishes</span>"));
}

TEST_CASE("report html: reflection answers only with answers", "[report][html]") {
  const auto r = ReportFixture().report();
  const auto without = html_of(r, true, false);
  const auto with = html_of(r, false, true);
  CHECK(has(without, "What do you expect of Sam about chores?"));
  CHECK_FALSE(has(without, "That we split them fairly."));
  CHECK(has(without, "Your answers are left out of this report."));
  CHECK(has(section(with, "reflections"), "That we split them fairly."));
  CHECK(has(section(with, "reflections"), "2 prompts asked: 1 answered, 1 skipped."));
}

TEST_CASE("report html: termination shows the plan's words only with notes", "[report][html]") {
  ReportFixture f;
  f.data.phase = domain::Phase::termination;
  f.data.plan.steps = {{domain::PlanStep::help, "call my sister Ann", nov(20), 0}};
  f.data.asked.push_back({nov(23), "end.signs", "What tells you it is coming back?",
                          "warning-signs", std::string("I stop answering the phone")});
  const auto r = f.report();
  REQUIRE(r.termination.applies);
  const auto plain = section(html_of(r, false, false), "termination");
  CHECK(has(plain, "People I can ask for help <span class=\"muted\">(written 2026-11-20)</span>"));
  CHECK_FALSE(has(plain, "call my sister Ann"));
  CHECK_FALSE(has(plain, "I stop answering the phone"));
  CHECK(has(plain, "1 answer about warning signs and your plan, left out of this report."));
  const auto full = section(html_of(r, true, true), "termination");
  CHECK(has(full, "call my sister Ann"));
  CHECK(has(full, "I stop answering the phone"));
}

TEST_CASE("report html: with every free text redacted, events keep kind and people",
          "[report][html]") {
  ReportFixture f;
  auto r = f.report();
  domain::redact(r, domain::Redact::all, f.data.people);
  const auto html = html_of(r, true, true);
  CHECK_FALSE(has(html, "argued"));
  CHECK_FALSE(has(html, "Sam"));
  CHECK(has(section(html, "mood-events"), "<li>conflict with Person 1</li>"));
  CHECK_FALSE(has(html, "<span class=\"text\"></span>"));
  CHECK(tag_problem(html) == "");
}

TEST_CASE("report html: a course report has its week table and a long chart", "[report][html]") {
  ReportFixture f;
  f.data.kind = domain::PeriodKind::course;
  f.data.period = {domain::Date{2026y / 10 / 5}, domain::Date{2027y / 1 / 24}};
  const auto r = f.report();
  REQUIRE(r.weeks.size() == 8);
  const auto html = html_of(r);
  const auto weeks = section(html, "weeks");
  CHECK(has(weeks, "<td>8</td><td>11-23 to 11-29</td><td>middle</td>"));
  CHECK(count(html, "<svg class=\"chart mood\"") == 1);
  const auto chart = html.substr(html.find("<svg class=\"chart mood\""));
  CHECK(count(chart.substr(0, chart.find("</svg>")), "fill=\"#0072B2\"><title>") == 6);
  CHECK(tag_problem(html) == "");
}
