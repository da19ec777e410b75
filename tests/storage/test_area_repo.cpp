// The focus history as the calendar reads it: every change, in the order of the day and the
// moment it was made, with the area's title and kind, through the focus_history(day, at) index.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "storage/area_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/sql.hpp"

using namespace ipt;
using namespace std::chrono;

namespace {

struct Db {
  SQLite::Database sql{":memory:", SQLite::OPEN_READWRITE};
  storage::AreaRepo areas{sql};
  Db() {
    storage::add_sql_functions(sql);
    sql.exec("PRAGMA foreign_keys = ON");
    storage::migrate(sql);
  }
  std::int64_t add(const std::string& title, domain::AreaKind kind) {
    domain::Area a;
    a.uuid = "uuid-" + title;
    a.kind = kind;
    a.title = title;
    a.created_day = 2026y / 1 / 1;
    return areas.insert(a, {}, 0);
  }
};

}  // namespace

TEST_CASE("storage areas: focus_changes lists every change by day, then by the moment made",
          "[storage][area]") {
  Db db;
  CHECK(db.areas.focus_changes().empty());
  const auto grief = db.add("losing Dad", domain::AreaKind::grief);
  const auto job = db.add("new job", domain::AreaKind::transition);
  // Recorded out of order: a change backdated to an earlier day sorts by its day.
  db.areas.record_focus(job, 2026y / 3 / 1, 300);
  db.areas.record_focus(grief, 2026y / 1 / 5, 500);
  db.areas.record_focus(std::nullopt, 2026y / 3 / 1, 400);
  db.areas.record_focus(grief, 2026y / 3 / 1, 200);
  const auto changes = db.areas.focus_changes();
  REQUIRE(changes.size() == 4);
  CHECK(changes[0].area_id == grief);
  CHECK(changes[0].day == 2026y / 1 / 5);
  CHECK(changes[0].title == "losing Dad");
  CHECK(changes[0].kind == domain::AreaKind::grief);
  CHECK(changes[1].area_id == grief);  // 2026-03-01 at 200
  CHECK(changes[2].area_id == job);    // at 300
  CHECK(changes[2].title == "new job");
  CHECK(changes[2].kind == domain::AreaKind::transition);
  CHECK_FALSE(changes[3].area_id);  // at 400: no area
  CHECK(changes[3].title.empty());
  CHECK(changes[3].day == 2026y / 3 / 1);
}

TEST_CASE("storage areas: focus_changes reads the focus_history index, never sorts",
          "[storage][area]") {
  Db db;
  // The statement the repository runs, as SQLite saw it, then its plan.
  std::vector<std::string> run;
  sqlite3_trace_v2(
      db.sql.getHandle(), SQLITE_TRACE_STMT,
      [](unsigned, void* ctx, void* stmt, void*) {
        static_cast<std::vector<std::string>*>(ctx)->push_back(
            sqlite3_sql(static_cast<sqlite3_stmt*>(stmt)));
        return 0;
      },
      &run);
  db.areas.focus_changes();
  sqlite3_trace_v2(db.sql.getHandle(), 0, nullptr, nullptr);
  REQUIRE(run.size() == 1);  // one statement
  SQLite::Statement plan(db.sql, "EXPLAIN QUERY PLAN " + run.front());
  std::string steps;
  while (plan.executeStep())
    steps += plan.getColumn(3).getString() + "\n";
  INFO(steps);
  CHECK(steps.find("USING INDEX focus_history_day") != std::string::npos);
  CHECK(steps.find("TEMP B-TREE") == std::string::npos);
}
