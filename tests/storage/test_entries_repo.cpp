#include <catch2/catch.hpp>

#include "domain/uuid.hpp"
#include "storage/database.hpp"
#include "storage/entry_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/people_repo.hpp"

using namespace ipt;
using namespace std::chrono;

namespace {

domain::Entry checkin(int mood, domain::Date day, domain::Instant at) {
  domain::Entry e;
  e.uuid = domain::random_uuid();
  e.type = domain::EntryType::checkin;
  e.mood = mood;
  e.day = day;
  e.at = at;
  e.created = e.updated = at;
  return e;
}

}  // namespace

TEST_CASE("storage: a check-in round-trips with every field", "[storage]") {
  auto db = storage::Database::in_memory();
  auto e = checkin(4, 2026y / 3 / 2, 1772445600);
  e.anxiety = 7;
  e.energy = 2;
  e.sleep = 6.5;
  e.text = "quotes ' \" and ; DROP TABLE entries; --";
  e.tags = {"work", "late"};
  const auto id = storage::insert_entry(db.sql(), e, {});
  const auto back = storage::find_entry(db.sql(), id);
  REQUIRE(back);
  CHECK(back->mood == 4);
  CHECK(back->anxiety == 7);
  CHECK(back->energy == 2);
  CHECK(back->sleep == Approx(6.5));
  CHECK(back->text == e.text);
  CHECK(back->tags == std::vector<std::string>{"late", "work"});
  CHECK(back->day == e.day);
  CHECK(back->uuid == e.uuid);
}

TEST_CASE("storage: filters select by day, type, person, tag and text", "[storage]") {
  auto db = storage::Database::in_memory();
  domain::Person sam;
  sam.uuid = domain::random_uuid();
  sam.name = "Sam";
  const auto sam_id = storage::insert_person(db.sql(), sam);
  for (int d = 1; d <= 5; ++d) {
    auto e = checkin(d, 2026y / 3 / d, 1772323200 + d * 86400);
    if (d % 2 == 0)
      e.tags = {"even"};
    e.text = d == 3 ? "Walked by the River" : "";
    const std::vector<std::int64_t> people{sam_id};
    storage::insert_entry(
        db.sql(), e,
        d == 4 ? std::span<const std::int64_t>(people) : std::span<const std::int64_t>());
  }
  domain::EntryFilter f;
  CHECK(storage::find_entries(db.sql(), f).size() == 5);
  f.from = 2026y / 3 / 2;
  f.to = 2026y / 3 / 4;
  CHECK(storage::find_entries(db.sql(), f).size() == 3);
  f = {};
  f.last = 2;
  auto last = storage::find_entries(db.sql(), f);
  REQUIRE(last.size() == 2);
  CHECK(*last[0].mood == 4);  // oldest first, even for the last N
  CHECK(*last[1].mood == 5);
  f = {};
  f.tag = "even";
  CHECK(storage::find_entries(db.sql(), f).size() == 2);
  f = {};
  f.person = "sam";
  auto with_sam = storage::find_entries(db.sql(), f);
  REQUIRE(with_sam.size() == 1);
  CHECK(with_sam[0].people == std::vector<std::string>{"Sam"});
  f = {};
  f.contains = "river";
  CHECK(storage::find_entries(db.sql(), f).size() == 1);
  f = {};
  f.type = domain::EntryType::event;
  CHECK(storage::find_entries(db.sql(), f).empty());
}

TEST_CASE("storage: the schema refuses what validation should have caught", "[storage]") {
  auto db = storage::Database::in_memory();
  auto e = checkin(11, 2026y / 3 / 2, 1772445600);
  CHECK_THROWS_AS(storage::insert_entry(db.sql(), e, {}), SQLite::Exception);
  e.mood = 5;
  e.impact = 2;  // an impact belongs to events
  e.kind = domain::EventKind::talk;
  CHECK_THROWS_AS(storage::insert_entry(db.sql(), e, {}), SQLite::Exception);
}

TEST_CASE("storage: migrations reach the latest version once", "[storage]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::migrate(db);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  storage::migrate(db);  // a second run is a no-op
  CHECK(db.tableExists("entries"));
  CHECK(db.tableExists("people"));
}
