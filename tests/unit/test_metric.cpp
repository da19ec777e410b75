// Scales of the person's own (domain/metric.hpp): which names are valid, where a mean stands on
// a scale's range, and what a report and a shared report make of their values.
#include <catch2/catch.hpp>

#include "domain/metric.hpp"
#include "domain/report.hpp"

using namespace ipt::domain;

namespace {

constexpr Date kMon = std::chrono::year{2026} / 11 / 16;

Entry checkin(int day, int mood, MetricValues metrics) {
  Entry e;
  e.day = add_days(kMon, day);
  Checkin c;
  c.mood = mood;
  c.metrics = std::move(metrics);
  e.body = std::move(c);
  return e;
}

ReportData week() {
  ReportData d;
  d.period = {kMon, add_days(kMon, 6)};
  d.today = add_days(kMon, 10);
  return d;
}

}  // namespace

TEST_CASE("metric: a scale's name is a short lower-case word that no check-in field has",
          "[metric]") {
  for (const char* ok : {"irritability", "sleep_quality", "a", "pain-level", "x2",
                         "abcdefghijklmnopqrstuvwxyz012345"}) {
    INFO(ok);
    CHECK_FALSE(metric_name_problem(ok));
  }
  for (const char* bad :
       {"", "Irritability", "2x", "_x", "-x", "sleep quality", "calm!", "ü",
        "abcdefghijklmnopqrstuvwxyz0123456", "mood", "anxiety", "sleep", "day", "type", "tags"}) {
    INFO(bad);
    CHECK(metric_name_problem(bad));
  }
  CHECK(metric_name_problem("mood")->find("field of every check-in") != std::string::npos);
}

TEST_CASE("metric: a mean's level runs from the scale's min (0) to its max (10)", "[metric]") {
  CHECK(metric_level(0, 0, 10) == 0);
  CHECK(metric_level(10, 0, 10) == 10);
  CHECK(metric_level(4.5, 0, 10) == 5);  // halves up
  CHECK(metric_level(1, 1, 5) == 0);
  CHECK(metric_level(3, 1, 5) == 5);
  CHECK(metric_level(4, 1, 5) == 8);  // 7.5, up
  CHECK(metric_level(5, 1, 5) == 10);
  CHECK(metric_level(-50, -100, 100) == 3);  // 2.5, up
  // A value recorded under an older range counts as the nearer end.
  CHECK(metric_level(12, 0, 10) == 10);
  CHECK(metric_level(-1, 0, 10) == 0);
}

TEST_CASE("report metrics: each scale's mean, lowest, highest and counts, as hand-computed",
          "[report][metric]") {
  auto d = week();
  d.scales = {{"sleep_quality", 1, 5, "1 awful, 5 great"}, {"irritability", 0, 10, ""}};
  d.entries = {checkin(0, 5, {{"irritability", 2}, {"gone", 7}}),
               checkin(0, 6, {{"irritability", 5}}),
               checkin(2, 4, {{"irritability", 8}, {"sleep_quality", 3}}), checkin(3, 7, {})};
  const auto r = build_report(d);
  // Configured ones in the configuration's order, then the one no longer configured.
  REQUIRE(r.metrics.size() == 3);
  CHECK(r.metrics[0].name == "sleep_quality");
  CHECK(r.metrics[0].label == "1 awful, 5 great");
  CHECK(r.metrics[0].min == 1);
  CHECK(r.metrics[0].max == 5);
  CHECK(r.metrics[0].summary.count == 1);
  const auto& irritable = r.metrics[1];
  CHECK(irritable.name == "irritability");
  CHECK(irritable.summary.count == 3);
  CHECK(irritable.summary.days == 2);
  CHECK(*irritable.summary.mean == Approx(5.0));  // (2 + 5 + 8) / 3, over values, not days
  CHECK(*irritable.summary.min == 2);
  CHECK(*irritable.summary.max == 8);
  REQUIRE(irritable.days.size() == 2);
  CHECK(irritable.days[0].mean == Approx(3.5));
  CHECK(irritable.days[1].day == add_days(kMon, 2));
  CHECK(r.metrics[2].name == "gone");
  CHECK_FALSE(r.metrics[2].min);
  CHECK(r.metrics[2].label.empty());
  // A configured scale without values in the period is not listed.
  d.entries = {checkin(0, 5, {})};
  CHECK(build_report(d).metrics.empty());
}

TEST_CASE("report metrics: a shared report takes people's names out of scales and labels",
          "[report][metric]") {
  auto d = week();
  d.scales = {{"sam-worry", 0, 10, "how much I worry about Sam"}};
  d.entries = {checkin(0, 5, {{"sam-worry", 4}})};
  Person sam;
  sam.id = 1;
  sam.name = "Sam";
  auto r = build_report(d);
  redact(r, Redact::people, {sam});
  REQUIRE(r.metrics.size() == 1);
  CHECK(r.metrics[0].name == "Person 1-worry");
  CHECK(r.metrics[0].label == "how much I worry about Person 1");
  r = build_report(d);
  redact(r, Redact::all, {sam});
  CHECK(r.metrics[0].name == "Person 1-worry");
  CHECK(r.metrics[0].label.empty());
}
