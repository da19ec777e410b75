// The journal as exchange records: what export reads, and the lookups and writes a merge uses.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "domain/text.hpp"
#include "storage/exchange_repo.hpp"
#include "storage/journal.hpp"
#include "storage/migrations.hpp"
#include "storage/sql.hpp"

using namespace ipt;

namespace {

struct Db {
  SQLite::Database db{":memory:", SQLite::OPEN_READWRITE};
  Db() {
    storage::add_sql_functions(db);
    db.exec("PRAGMA foreign_keys = ON");
    storage::migrate(db);
  }
};

domain::PersonRecord person(const std::string& uuid, const std::string& name, domain::Instant at) {
  domain::PersonRecord p;
  p.person.uuid = uuid;
  p.person.name = name;
  p.person.created = at;
  p.updated = at;
  return p;
}

}  // namespace

TEST_CASE("exchange repo: entries come out with their references as UUIDs", "[exchange]") {
  Db d;
  storage::ExchangeRepo x(d.db);
  const auto sam = x.insert_person(person("00000000-0000-4000-8000-000000000001", "Sam", 100));
  const auto mum = x.insert_person(person("00000000-0000-4000-8000-000000000002", "Mum", 100));
  domain::Entry checkin;
  checkin.uuid = "00000000-0000-4000-8000-0000000000c1";
  checkin.at = 1000;
  checkin.day = *domain::parse_iso_date("2026-11-20");
  checkin.body = domain::Checkin{6, {}, {}, {}, "ok"};
  const auto cid = storage::EntryRepo(d.db).insert(checkin, std::vector<std::int64_t>{});
  domain::Entry event = checkin;
  event.uuid = "00000000-0000-4000-8000-0000000000e1";
  event.tags = {"home", "work"};
  domain::Event ev;
  ev.text = "argued";
  ev.kind = domain::EventKind::conflict;
  ev.feelings = {"angry", "sad"};
  ev.checkin_id = cid;
  event.body = ev;
  storage::EntryRepo(d.db).insert(event, std::vector<std::int64_t>{mum, sam});

  std::vector<domain::EntryRecord> out;
  x.each_entry({}, [&](const domain::EntryRecord& r) { out.push_back(r); });
  REQUIRE(out.size() == 2);
  const auto& e = out[1];
  CHECK(e.entry.uuid == event.uuid);
  CHECK(e.people == std::vector<std::string>{"00000000-0000-4000-8000-000000000002",
                                             "00000000-0000-4000-8000-000000000001"});
  CHECK(e.entry.tags == std::vector<std::string>{"home", "work"});
  CHECK(e.entry.as<domain::Event>()->feelings == std::vector<std::string>{"angry", "sad"});
  CHECK(e.checkin == std::optional<std::string>(checkin.uuid));
  CHECK_FALSE(e.entry.as<domain::Event>()->checkin_id);  // local ids never leave

  // A range that leaves the check-in out drops the reference to it, so the export imports.
  out.clear();
  x.each_entry({domain::parse_iso_date("2026-11-21"), {}},
               [&](const domain::EntryRecord& r) { out.push_back(r); });
  CHECK(out.empty());
}

TEST_CASE("exchange repo: a rating of a day already rated is replaced only by a later one",
          "[exchange]") {
  Db d;
  storage::ExchangeRepo x(d.db);
  domain::AreaRecord a;
  a.uuid = "00000000-0000-4000-8000-0000000000a1";
  a.kind = domain::AreaKind::grief;
  a.title = "Dad";
  a.created_day = *domain::parse_iso_date("2026-11-01");
  const auto id = x.insert_area(a, {});
  const auto day = *domain::parse_iso_date("2026-11-20");
  a.ratings = {{"00000000-0000-4000-8000-0000000000b1", day, 2, 500}};
  CHECK(x.merge_area_history(id, a) == 1);
  a.ratings = {{"00000000-0000-4000-8000-0000000000b2", day, 4, 400}};  // older: kept out
  CHECK(x.merge_area_history(id, a) == 0);
  a.ratings = {{"00000000-0000-4000-8000-0000000000b3", day, 5, 600}};  // later: replaces
  CHECK(x.merge_area_history(id, a) == 1);
  CHECK(d.db.execAndGet("SELECT group_concat(rating) FROM area_ratings").getString() == "5");
  a.stages = {{domain::DisputeStage::impasse, day, 700}};
  CHECK(x.merge_area_history(id, a) == 1);
  CHECK(x.merge_area_history(id, a) == 0);  // the same stage change is there already
}

TEST_CASE("exchange repo: the phase pin follows the latest pin of the history", "[exchange]") {
  Db d;
  storage::ExchangeRepo x(d.db);
  const auto day = *domain::parse_iso_date("2026-11-20");
  CHECK(x.add_pin({domain::Phase::middle, day, 100}));
  CHECK_FALSE(x.add_pin({domain::Phase::middle, day, 100}));
  x.settle_pin();
  CHECK(d.db.execAndGet("SELECT phase FROM phase_pin").getString() == "middle");
  CHECK(x.add_pin({std::nullopt, day, 200}));  // the calendar followed again
  x.settle_pin();
  CHECK(d.db.execAndGet("SELECT count(*) FROM phase_pin").getInt() == 0);
}
