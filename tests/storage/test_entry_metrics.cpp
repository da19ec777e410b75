// A check-in's scales of the person's own (entry_metrics): they round-trip by name, are
// replaced by an update, read for a page of entries with one query, go with their check-in,
// and are found by scale over a range of days through the index of days.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "domain/uuid.hpp"
#include "storage/entry_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/sql.hpp"

using namespace ipt;
using namespace std::chrono;

namespace {

struct Db {
  SQLite::Database sql{":memory:", SQLite::OPEN_READWRITE};
  storage::EntryRepo entries{sql};
  Db() {
    storage::add_sql_functions(sql);
    sql.exec("PRAGMA foreign_keys = ON");
    storage::migrate(sql);
  }
  int rows() { return sql.execAndGet("SELECT count(*) FROM entry_metrics").getInt(); }
};

domain::SequentialUuids uuids;

domain::Entry checkin(int mood, domain::Date day, domain::MetricValues metrics = {}) {
  domain::Entry e;
  e.uuid = uuids.next();
  e.day = day;
  e.at = domain::to_instant(day, {20, 0});
  e.created = e.updated = e.at;
  domain::Checkin c;
  c.mood = mood;
  c.metrics = std::move(metrics);
  e.body = std::move(c);
  return e;
}

const domain::MetricValues& metrics_of(const domain::Entry& e) {
  return e.as<domain::Checkin>()->metrics;
}

}  // namespace

TEST_CASE("storage metrics: values round-trip by name, and an update replaces them",
          "[storage][metric]") {
  Db db;
  const domain::MetricValues values{{"irritability", 2}, {"sleep_quality", -3}};
  const auto id = db.entries.insert(checkin(5, 2026y / 3 / 2, values), {});
  const auto none = db.entries.insert(checkin(6, 2026y / 3 / 2), {});
  CHECK(metrics_of(*db.entries.find(id)) == values);
  CHECK(metrics_of(*db.entries.find(none)).empty());

  auto e = *db.entries.find(id);
  e.as<domain::Checkin>()->metrics = {{"irritability", 7}};
  db.entries.update(e, {});
  CHECK(metrics_of(*db.entries.find(id)) == domain::MetricValues{{"irritability", 7}});
  CHECK(db.rows() == 1);
}

TEST_CASE("storage metrics: a listed page carries each check-in's own values",
          "[storage][metric]") {
  Db db;
  for (int d = 1; d <= 30; ++d)
    db.entries.insert(checkin(5, 2026y / 3 / d, {{"irritability", d % 11}, {"calm", d % 3}}), {});
  domain::EntryFilter f;
  f.last = 20;
  const auto page = db.entries.list(f);
  REQUIRE(page.size() == 20);
  for (const auto& e : page) {
    const int d = static_cast<int>(static_cast<unsigned>(e.day.day()));
    INFO("day " << d);
    CHECK(metrics_of(e) == domain::MetricValues{{"calm", d % 3}, {"irritability", d % 11}});
  }
}

TEST_CASE("storage metrics: deleting a check-in deletes its values", "[storage][metric]") {
  Db db;
  const auto id = db.entries.insert(checkin(5, 2026y / 3 / 2, {{"irritability", 2}}), {});
  db.entries.insert(checkin(6, 2026y / 3 / 3, {{"irritability", 4}}), {});
  REQUIRE(db.rows() == 2);
  REQUIRE(db.entries.remove(id));
  CHECK(db.rows() == 1);
}

TEST_CASE("storage metrics: a scale's values over days come through the index of days",
          "[storage][metric]") {
  Db db;
  db.entries.insert(checkin(5, 2025y / 12 / 31, {{"irritability", 9}}), {});
  db.entries.insert(checkin(5, 2026y / 1 / 1, {{"irritability", 2}, {"calm", 1}}), {});
  db.entries.insert(checkin(6, 2026y / 1 / 1, {{"irritability", 4}}), {});
  db.entries.insert(checkin(6, 2026y / 1 / 2, {{"calm", 3}}), {});
  const auto values = db.entries.metric_values("irritability", 2026y / 1 / 1, 2026y / 12 / 31);
  REQUIRE(values.size() == 2);
  CHECK(values[0].day == 2026y / 1 / 1);
  CHECK(values[0].value == 2);
  CHECK(values[1].value == 4);
  // Found by the days' index, then the key of entry_metrics: never a scan of every value.
  SQLite::Statement plan(db.sql,
                         "EXPLAIN QUERY PLAN SELECT e.day, m.value FROM entries e JOIN "
                         "entry_metrics m ON m.entry_id = e.id AND m.name = ? WHERE e.day "
                         "BETWEEN ? AND ? AND e.type = 'checkin' ORDER BY e.day, e.at");
  std::string steps;
  while (plan.executeStep())
    steps += plan.getColumn(3).getString() + "\n";
  INFO(steps);
  CHECK(steps.find("entries_day") != std::string::npos);
  CHECK(steps.find("PRIMARY KEY") != std::string::npos);
  CHECK(steps.find("SCAN m") == std::string::npos);
}

TEST_CASE("storage metrics: an export record carries the values, in name order",
          "[storage][metric]") {
  Db db;
  db.entries.insert(checkin(5, 2026y / 3 / 2, {{"sleep_quality", 4}, {"irritability", -2}}), {});
  db.entries.insert(checkin(6, 2026y / 3 / 3), {});
  std::vector<domain::MetricValues> seen;
  db.entries.each_record("2026-03-01", "2026-03-31",
                         [&](domain::EntryRecord& r) { seen.push_back(metrics_of(r.entry)); });
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == domain::MetricValues{{"irritability", -2}, {"sleep_quality", 4}});
  CHECK(seen[1].empty());
}
