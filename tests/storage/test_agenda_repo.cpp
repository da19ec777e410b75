// The session agenda and area ratings (schema 8): what the repositories store, and what the
// schema refuses even if a caller got past domain validation.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "storage/agenda_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/sql.hpp"

using namespace ipt;

namespace {

constexpr domain::Date kDay = std::chrono::year{2026} / 11 / 26;

SQLite::Database journal_at(int version) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec("PRAGMA foreign_keys = ON");
  storage::migrate(db, version);
  return db;
}

void add_area(SQLite::Database& db) {
  db.exec(
      "INSERT INTO areas(id, uuid, kind, title, status, created_day, created) "
      "VALUES (1, 'a-1', 'grief', 'Grandma', 'focus', '2026-11-01', 0)");
}

}  // namespace

TEST_CASE("agenda repo: a version-7 journal gains the agenda and ratings, empty",
          "[migrations][agenda]") {
  auto db = journal_at(7);
  CHECK_FALSE(db.tableExists("agenda"));
  storage::migrate(db, 8);
  CHECK(db.tableExists("agenda"));
  CHECK(db.tableExists("area_ratings"));
  CHECK(db.execAndGet("SELECT count(*) FROM agenda").getInt() == 0);
}

TEST_CASE("agenda repo: items keep their text, entries lend theirs, done is kept once",
          "[agenda]") {
  auto db = journal_at(8);
  storage::AgendaRepo repo(db);
  domain::AgendaItem a;
  a.uuid = "u-1";
  a.text = "ask about sleep";
  a.day = kDay;
  a.created = a.updated = 100;
  const auto id = repo.insert(a);
  db.exec(
      "INSERT INTO entries(id, uuid, type, at, utc_offset, day, mood, text, created, updated) "
      "VALUES (7, 'e-7', 'checkin', 100, 0, '2026-11-26', 3, 'a hard day', 100, 100)");
  domain::AgendaItem b = a;
  b.uuid = "u-2";
  b.entry_id = 7;
  const auto id2 = repo.insert(b);
  auto items = repo.list();
  REQUIRE(items.size() == 2);
  CHECK(items[0].text == "ask about sleep");
  CHECK(items[1].text == "a hard day");
  CHECK(repo.mark_done(id, 200));
  CHECK(repo.mark_done(id, 300));
  CHECK_FALSE(repo.mark_done(99, 300));
  CHECK(repo.find(id)->done == 200);
  CHECK(repo.list().size() == 1);
  CHECK(repo.list(true).size() == 2);
  // An item shows in every period it was open in: done at 200, it is in a period from 150,
  // not in one from 250; one still open is in any later period; none before it was added.
  CHECK(repo.in_period(150, kDay).size() == 2);
  CHECK(repo.in_period(250, domain::add_days(kDay, 13)).size() == 1);
  CHECK(repo.in_period(0, domain::add_days(kDay, -1)).empty());
  db.exec("DELETE FROM entries WHERE id = 7");
  CHECK_FALSE(repo.find(id2).has_value());
}

TEST_CASE("agenda repo: the schema refuses what no item can be", "[agenda]") {
  auto db = journal_at(8);
  CHECK_THROWS(
      db.exec("INSERT INTO agenda(uuid, text, entry_id, day, created, updated) "
              "VALUES ('u', NULL, NULL, '2026-11-26', 0, 0)"));
  CHECK_THROWS(
      db.exec("INSERT INTO agenda(uuid, text, entry_id, day, created, updated) "
              "VALUES ('u', '', NULL, '2026-11-26', 0, 0)"));
  CHECK_THROWS(
      db.exec("INSERT INTO agenda(uuid, text, entry_id, day, created, updated) "
              "VALUES ('u', 'x', NULL, 'soon', 0, 0)"));
}

TEST_CASE("rating repo: one rating per area and day, 1 to 5", "[agenda]") {
  auto db = journal_at(8);
  add_area(db);
  storage::RatingRepo repo(db);
  CHECK_FALSE(repo.save({1, "r-1", kDay, 2, 100}));
  CHECK(repo.save({1, "r-2", kDay, 4, 200}));
  repo.save({1, "r-3", domain::add_days(kDay, -7), 1, 50});
  const auto all = repo.list(1);
  REQUIRE(all.size() == 2);
  CHECK(all[0].rating == 1);
  CHECK(all[1].rating == 4);
  CHECK(all[1].uuid == "r-1");  // the day's rating was replaced, its identity kept
  CHECK(repo.list(1, domain::add_days(kDay, -1)).size() == 1);
  CHECK(repo.list(std::nullopt).size() == 2);
  CHECK_THROWS(repo.save({1, "r-4", domain::add_days(kDay, 1), 6, 0}));
  CHECK_THROWS(repo.save({1, "r-5", domain::add_days(kDay, 1), 0, 0}));
  CHECK_THROWS(repo.save({9, "r-6", domain::add_days(kDay, 1), 3, 0}));
  db.exec("DELETE FROM areas WHERE id = 1");
  CHECK(repo.list(std::nullopt).empty());
}
