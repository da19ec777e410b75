// A check-in's scales of the person's own as use cases: logged with the check-in, changed and
// removed one by one with edit, refused on other entries, and reported.
#include <catch2/catch.hpp>

#include "app/calendar.hpp"
#include "app/entries.hpp"
#include "app/fixture.hpp"
#include "app/report.hpp"

using namespace ipt;
using namespace ipt::test;

namespace {

std::int64_t log_with(App& a, int mood, domain::MetricValues metrics,
                      std::optional<domain::Date> day = {}) {
  app::CheckinInput in;
  in.mood = mood;
  in.metrics = std::move(metrics);
  app::EntryCommon c;
  if (day)
    c.when = on(*day);
  return app::log_checkin(a.journal, in, c).id;
}

const domain::MetricValues& metrics_of(App& a, std::int64_t id) {
  static domain::Entry e;
  e = app::get_entry(a.journal, id);
  return e.as<domain::Checkin>()->metrics;
}

}  // namespace

TEST_CASE("app metrics: logged with the check-in, changed, set and removed by edit",
          "[app][metric]") {
  App a;
  const auto id = log_with(a, 5, {{"irritability", 2}, {"sleep_quality", 4}});
  CHECK(metrics_of(a, id) == domain::MetricValues{{"irritability", 2}, {"sleep_quality", 4}});

  app::EntryEdit edit;
  edit.metrics = {{"irritability", 6}, {"calm", 1}, {"sleep_quality", std::nullopt}};
  const auto r = app::edit_entry(a.journal, id, edit);
  CHECK(r.entry.as<domain::Checkin>()->metrics ==
        domain::MetricValues{{"calm", 1}, {"irritability", 6}});
  CHECK(r.entry.as<domain::Checkin>()->mood == 5);  // the rest stays

  // An edit of other fields keeps the values.
  app::EntryEdit mood;
  mood.mood = 7;
  app::edit_entry(a.journal, id, mood);
  CHECK(metrics_of(a, id) == domain::MetricValues{{"calm", 1}, {"irritability", 6}});
}

TEST_CASE("app metrics: removing a value the check-in lacks is refused, and nothing changes",
          "[app][metric]") {
  App a;
  const auto id = log_with(a, 5, {{"irritability", 2}});
  app::EntryEdit edit;
  edit.mood = 9;
  edit.metrics = {{"irritabilty", std::nullopt}};
  CHECK_THROWS_MATCHES(app::edit_entry(a.journal, id, edit), UsageError,
                       HasCode(Errc::no_metric_value));
  const auto e = app::get_entry(a.journal, id);
  CHECK(e.as<domain::Checkin>()->mood == 5);
  CHECK(e.as<domain::Checkin>()->metrics == domain::MetricValues{{"irritability", 2}});
}

TEST_CASE("app metrics: an event has no scales of its own", "[app][metric]") {
  App a;
  const auto id = a.event("argued", {"Sam"}).id;
  app::EntryEdit edit;
  edit.metrics = {{"irritability", 3}};
  CHECK_THROWS_MATCHES(app::edit_entry(a.journal, id, edit), UsageError,
                       HasCode(Errc::field_not_for_type));
}

TEST_CASE("app metrics: the report and the calendar read a scale's values", "[app][metric]") {
  App a;
  log_with(a, 5, {{"irritability", 2}}, domain::add_days(kToday, -2));
  log_with(a, 6, {{"irritability", 6}}, domain::add_days(kToday, -2));
  log_with(a, 4, {{"irritability", 9}}, kToday);
  log_with(a, 4, {}, kToday);

  app::ReportRequest req;
  req.kind = domain::PeriodKind::range;
  req.from = domain::add_days(kToday, -6);
  req.to = kToday;
  req.scales = {{"irritability", 0, 10, "0 calm"}};
  const auto report = app::make_report(a.journal, {}, req).report;
  REQUIRE(report.metrics.size() == 1);
  CHECK(report.metrics[0].summary.count == 3);
  CHECK(report.metrics[0].label == "0 calm");

  const auto cal =
      app::year_calendar(a.journal, 2026, domain::MetricScale{"irritability", 0, 10, ""});
  REQUIRE(cal.metric);
  CHECK(cal.summary.count == 3);
  CHECK(cal.summary.days == 2);
  const auto& march = cal.months[2];
  const auto& day = march.days[static_cast<unsigned>((domain::add_days(kToday, -2)).day()) - 1];
  REQUIRE(day.mood);
  CHECK(day.mood->mean == Approx(4.0));
  CHECK(cal.level(day.mood->mean) == 4);
  // Without --metric, the calendar is of moods, every check-in counted.
  CHECK(app::year_calendar(a.journal, 2026).summary.count == 4);
}
