// The entry repository on an in-memory journal at the latest schema: every field of every type
// round-trips, filters select what they say, and the schema itself refuses what no entry type
// may hold.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "domain/uuid.hpp"
#include "storage/entry_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/people_repo.hpp"
#include "storage/sql.hpp"

using namespace ipt;
using namespace std::chrono;

namespace {

struct Db {
  SQLite::Database sql{":memory:", SQLite::OPEN_READWRITE};
  storage::EntryRepo entries{sql};
  storage::PeopleRepo people{sql};
  Db() {
    storage::add_sql_functions(sql);
    sql.exec("PRAGMA foreign_keys = ON");
    storage::migrate(sql);
  }
};

domain::SequentialUuids uuids;

domain::Entry entry(domain::EntryBody body, domain::Date day, domain::Instant at) {
  domain::Entry e;
  e.uuid = uuids.next();
  e.day = day;
  e.at = at;
  e.created = e.updated = at;
  e.body = std::move(body);
  return e;
}

domain::Entry checkin(int mood, domain::Date day, domain::Instant at) {
  domain::Checkin c;
  c.mood = mood;
  return entry(c, day, at);
}

/// Runs raw SQL and reports whether SQLite refused it.
bool refused(SQLite::Database& db, const std::string& sql) {
  try {
    db.exec(sql);
    return false;
  } catch (const SQLite::Exception&) {
    return true;
  }
}

}  // namespace

TEST_CASE("storage: a check-in round-trips with every field", "[storage]") {
  Db db;
  auto e = checkin(4, 2026y / 3 / 2, 1772445600);
  auto& c = std::get<domain::Checkin>(e.body);
  c.anxiety = 7;
  c.energy = 2;
  c.sleep = 6.5;
  c.note = "quotes ' \" and ; DROP TABLE entries; --";
  e.tags = {"work", "late"};
  const auto id = db.entries.insert(e, {});
  const auto back = db.entries.find(id);
  REQUIRE(back);
  const auto* bc = back->as<domain::Checkin>();
  REQUIRE(bc);
  CHECK(bc->mood == 4);
  CHECK(bc->anxiety == 7);
  CHECK(bc->energy == 2);
  CHECK(bc->sleep == Approx(6.5));
  CHECK(bc->note == c.note);
  CHECK(back->tags == std::vector<std::string>{"late", "work"});
  CHECK(back->day == e.day);
  CHECK(back->uuid == e.uuid);
  CHECK(db.entries.find_by_uuid(e.uuid)->id == id);
  CHECK_FALSE(db.entries.find_by_uuid(uuids.next()));
}

TEST_CASE("storage: an event and a reflection round-trip with their own fields", "[storage]") {
  Db db;
  const auto ci = db.entries.insert(checkin(4, 2026y / 3 / 2, 1772445600), {});
  domain::Event ev;
  ev.text = "argued about the dishes";
  ev.kind = domain::EventKind::conflict;
  ev.impact = -2;
  ev.feelings = {"hurt", "angry"};
  ev.checkin_id = ci;
  const auto eid = db.entries.insert(entry(ev, 2026y / 3 / 2, 1772445600), {});
  const auto e = db.entries.find(eid);
  REQUIRE(e);
  const auto* back = e->as<domain::Event>();
  REQUIRE(back);
  CHECK(back->text == ev.text);
  CHECK(back->kind == domain::EventKind::conflict);
  CHECK(back->impact == -2);
  CHECK(back->feelings == std::vector<std::string>{"angry", "hurt"});
  CHECK(back->checkin_id == ci);

  const domain::Reflection r{"dispute.middle.replay#followup", "What was said?", 2026y / 2 / 23,
                             "less than I thought"};
  const auto rid = db.entries.insert(entry(r, 2026y / 3 / 2, 1772449200), {});
  const auto stored = db.entries.find(rid);
  REQUIRE(stored);
  const auto* rb = stored->as<domain::Reflection>();
  REQUIRE(rb);
  CHECK(rb->prompt_id == r.prompt_id);
  CHECK(rb->prompt_text == r.prompt_text);
  CHECK(rb->week == r.week);
  CHECK(rb->answer == r.answer);
}

TEST_CASE("storage: filters select by day, type, person, tag and text", "[storage]") {
  Db db;
  domain::Person sam;
  sam.uuid = uuids.next();
  sam.name = "Sam";
  const auto sam_id = db.people.insert(sam);
  for (int d = 1; d <= 5; ++d) {
    auto e = checkin(d, 2026y / 3 / d, 1772323200 + d * 86400);
    if (d % 2 == 0)
      e.tags = {"even"};
    std::get<domain::Checkin>(e.body).note = d == 3 ? "Walked by the River" : "";
    const std::vector<std::int64_t> people{sam_id};
    db.entries.insert(
        e, d == 4 ? std::span<const std::int64_t>(people) : std::span<const std::int64_t>());
  }
  domain::EntryFilter f;
  CHECK(db.entries.list(f).size() == 5);
  f.from = 2026y / 3 / 2;
  f.to = 2026y / 3 / 4;
  CHECK(db.entries.list(f).size() == 3);
  f = {};
  f.last = 2;
  auto last = db.entries.list(f);
  REQUIRE(last.size() == 2);
  CHECK(last[0].as<domain::Checkin>()->mood == 4);  // oldest first, even for the last N
  CHECK(last[1].as<domain::Checkin>()->mood == 5);
  f = {};
  f.tag = "even";
  CHECK(db.entries.list(f).size() == 2);
  f = {};
  f.person = "sam";
  auto with_sam = db.entries.list(f);
  REQUIRE(with_sam.size() == 1);
  CHECK(with_sam[0].people == std::vector<std::string>{"Sam"});
  f = {};
  f.contains = "river";
  CHECK(db.entries.list(f).size() == 1);
  f = {};
  f.type = domain::EntryType::event;
  CHECK(db.entries.list(f).empty());
  const auto moods = db.entries.moods(2026y / 3 / 2, 2026y / 3 / 3);
  REQUIRE(moods.size() == 2);
  CHECK(moods[0].value == 2);
  CHECK(moods[1].day == 2026y / 3 / 3);
}

TEST_CASE("storage: a person's summary counts their events and any contact", "[storage]") {
  Db db;
  domain::Person sam;
  sam.uuid = uuids.next();
  sam.name = "Sam";
  const auto sam_id = db.people.insert(sam);
  const std::vector<std::int64_t> people{sam_id};
  db.entries.insert(checkin(6, 2026y / 3 / 5, 1772668800), people);  // an evening together
  domain::Event ev;
  ev.text = "argued";
  ev.kind = domain::EventKind::conflict;
  ev.impact = -2;
  const auto eid = db.entries.insert(entry(ev, 2026y / 3 / 2, 1772409600), people);
  auto s = db.people.summary("sam");
  REQUIRE(s);
  CHECK(s->events == 1);
  CHECK(s->mean_impact == Approx(-2));
  CHECK(s->last_contact == 2026y / 3 / 5);  // the check-in with Sam is contact too
  // Editing the event's day and impact moves the link's copy with it.
  db.sql.exec("UPDATE entries SET day = '2026-03-07', impact = 1 WHERE id = " +
              std::to_string(eid));
  s = db.people.summary("sam");
  CHECK(s->last_contact == 2026y / 3 / 7);
  CHECK(s->mean_impact == Approx(1));
  const auto all = db.people.summaries();
  REQUIRE(all.size() == 1);
  CHECK(all[0].events == 1);
  CHECK(all[0].last_contact == 2026y / 3 / 7);
}

TEST_CASE("storage: the schema refuses what no entry type holds", "[storage]") {
  Db db;
  const std::string cols =
      "INSERT INTO entries(uuid, type, at, utc_offset, day, created, updated, ";
  auto row = [&](const std::string& extra_cols, const std::string& type,
                 const std::string& extra_vals) {
    return cols + extra_cols + ") VALUES ('" + uuids.next() + "', '" + type +
           "', 0, 0, '2026-03-02', 0, 0, " + extra_vals + ")";
  };
  CHECK_FALSE(refused(db.sql, row("mood", "checkin", "5")));
  CHECK(refused(db.sql, row("mood", "checkin", "11")));
  CHECK(refused(db.sql, row("mood, impact", "checkin", "5, 2")));      // an impact is an event's
  CHECK(refused(db.sql, row("mood, kind", "checkin", "5, 'talk'")));   // so is a kind
  CHECK(refused(db.sql, row("kind, anxiety", "event", "'talk', 3")));  // anxiety is a check-in's
  CHECK(refused(db.sql, row("kind, sleep", "event", "'talk', 7")));    // so is sleep
  CHECK(refused(db.sql, row("kind, mood", "event", "'talk', 5")));     // and a mood
  CHECK(refused(db.sql, row("prompt_id, prompt_text", "reflection", "'a', 'b'")));  // no week
  CHECK(
      refused(db.sql, row("mood, prompt_id", "checkin", "5, 'a'")));  // a prompt is a reflection's
  CHECK_FALSE(
      refused(db.sql, row("prompt_id, prompt_text, week", "reflection", "'a', 'b', '2026-03-02'")));
  CHECK_FALSE(refused(db.sql, row("kind, impact", "event", "'talk', -3")));
  CHECK(refused(db.sql, row("kind", "mystery", "'talk'")));
}

TEST_CASE("storage: a damaged row is reported, never read as a default", "[storage]") {
  Db db;
  const auto id = db.entries.insert(checkin(5, 2026y / 3 / 2, 1772445600), {});
  // A journal edited by hand past the schema's checks (CHECK constraints can be turned off).
  db.sql.exec("PRAGMA ignore_check_constraints = ON");
  db.sql.exec("UPDATE entries SET day = 'soon' WHERE id = " + std::to_string(id));
  CHECK_THROWS_WITH(db.entries.find(id),
                    Catch::Contains("row " + std::to_string(id)) && Catch::Contains("'soon'"));
  db.sql.exec("UPDATE entries SET day = '2026-03-02', type = 'mystery' WHERE id = " +
              std::to_string(id));
  CHECK_THROWS_WITH(db.entries.find(id), Catch::Contains("'mystery'"));
}

TEST_CASE("storage: migrations reach the latest version once", "[storage]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::migrate(db);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  storage::migrate(db);  // a second run is a no-op
  CHECK(db.tableExists("entries"));
  CHECK(db.tableExists("people"));
}
