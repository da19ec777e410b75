// Each migration is tested against a journal made by the schema before it. The fixtures in
// tests/fixtures/journal-vN.sql are dumps of journals at schema version N (v1 written by the
// ipt of that schema; v2 the v1 fixture migrated by schema 2's SQL, with the model's rows
// added); a new migration adds the fixture of the version it starts from.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "storage/area_repo.hpp"
#include "storage/course_repo.hpp"
#include "storage/entry_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/people_repo.hpp"
#include "storage/prompt_repo.hpp"
#include "storage/sql.hpp"

using namespace ipt;

namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(IPT_SOURCE_DIR) / "tests" / "fixtures" / name);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int count(SQLite::Database& db, const char* table) {
  return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

}  // namespace

TEST_CASE("migrations: versions are consecutive and start at 1", "[migrations]") {
  int expected = 1;
  for (const auto& m : storage::migrations())
    CHECK(m.version == expected++);
  CHECK(storage::latest_schema_version() == expected - 1);
}

TEST_CASE("migrations: the version-1 fixture is what ipt 0.1 wrote", "[migrations]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v1.sql"));
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
  CHECK(db.execAndGet("PRAGMA application_id").getInt() == storage::kApplicationId);
  CHECK(count(db, "entries") == 5);
  CHECK(count(db, "people") == 3);
}

TEST_CASE("migrations: a version-1 journal migrates to the latest and keeps every entry",
          "[migrations]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v1.sql"));
  std::vector<std::string> uuids_before;
  {
    SQLite::Statement q(db, "SELECT uuid FROM entries ORDER BY id");
    while (q.executeStep())
      uuids_before.push_back(q.getColumn(0).getString());
  }
  storage::migrate(db);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  {
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    CHECK_FALSE(fk.executeStep());  // no dangling references
  }
  std::vector<std::string> uuids_after;
  {
    SQLite::Statement q(db, "SELECT uuid FROM entries ORDER BY id");
    while (q.executeStep())
      uuids_after.push_back(q.getColumn(0).getString());
  }
  CHECK(uuids_after == uuids_before);
  // The repositories read the migrated rows back in full.
  const auto all = storage::EntryRepo(db).list({});
  REQUIRE(all.size() == 5);
  CHECK(all.front().people == std::vector<std::string>{"Zoë"});
  domain::EntryFilter with_sam;
  with_sam.person = "sam";
  const auto sam = storage::EntryRepo(db).list(with_sam);
  REQUIRE(sam.size() == 2);
  REQUIRE(sam[1].as<domain::Event>());
  CHECK(sam[1].as<domain::Event>()->feelings == std::vector<std::string>{"angry", "hurt"});
  CHECK(sam[1].as<domain::Event>()->checkin_id == sam[0].id);
  CHECK(storage::PeopleRepo(db).find("sam")->circle == domain::Circle::inner);
  domain::EntryFilter drop;
  drop.contains = "DROP TABLE";
  const auto quoted = storage::EntryRepo(db).list(drop);
  REQUIRE(quoted.size() == 1);
  CHECK(domain::text_of(quoted[0]) == "quotes ' \" back\\slash ; DROP TABLE entries; --");
  // Version 2 added: no entry is attached to an area; the inventory fields start empty.
  for (const auto& e : all)
    CHECK_FALSE(e.area_id);
  const auto sam_person = storage::PeopleRepo(db).find("sam");
  CHECK_FALSE(sam_person->contact);
  CHECK(sam_person->satisfying.empty());
  CHECK(count(db, "areas") == 0);
  CHECK(count(db, "courses") == 0);
}

TEST_CASE("migrations: a version-2 journal migrates to the latest and keeps the IPT model",
          "[migrations]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v2.sql"));
  REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 2);
  storage::migrate(db);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  {
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    CHECK_FALSE(fk.executeStep());
  }
  const auto all = storage::EntryRepo(db).list({});
  REQUIRE(all.size() == 5);
  int attached = 0;
  for (const auto& e : all) {
    attached += e.area_id == std::optional<std::int64_t>(1) ? 1 : 0;
    CHECK(e.type() != domain::EntryType::reflection);  // version 3 added reflections
  }
  CHECK(attached == 2);
  const auto course = storage::CourseRepo(db).latest();
  REQUIRE(course);
  CHECK(course->weeks == 16);
  CHECK(domain::format_date(course->start) == "2026-02-16");
  CHECK(storage::CourseRepo(db).phase_pin() == domain::Phase::middle);
  const auto focus = storage::AreaRepo(db).focus();
  REQUIRE(focus);
  CHECK(focus->title == "Sam and the chores");
  CHECK(focus->stage == domain::DisputeStage::renegotiation);
  REQUIRE(focus->stages.size() == 2);
  CHECK(focus->stages[0].stage == domain::DisputeStage::impasse);
  CHECK(focus->people == std::vector<std::string>{"Sam"});
  const auto sam = storage::PeopleRepo(db).find("sam");
  CHECK(sam->contact == domain::Contact::daily);
  CHECK(sam->wish == "talk before it builds up");
  CHECK(storage::AreaRepo(db).list().size() == 2);
  CHECK(count(db, "prompts_asked") == 0);
}

TEST_CASE("migrations: a version-3 journal migrates to typed entries and keeps everything",
          "[migrations]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v3.sql"));
  REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 3);
  const auto seq_before =
      db.execAndGet("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").getInt64();
  db.exec("PRAGMA foreign_keys = ON");
  storage::migrate(db);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  CHECK(db.execAndGet("PRAGMA foreign_keys").getInt() == 1);  // back on after the rebuild
  {
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    CHECK_FALSE(fk.executeStep());
  }
  CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
  // Ids are not reused: the sequence runs past the deleted last entry, as before.
  CHECK(db.execAndGet("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").getInt64() ==
        seq_before);
  const auto all = storage::EntryRepo(db).list({});
  REQUIRE(all.size() == 7);
  int checkins = 0, events = 0, reflections = 0;
  for (const auto& e : all) {
    checkins += e.as<domain::Checkin>() != nullptr;
    events += e.as<domain::Event>() != nullptr;
    reflections += e.as<domain::Reflection>() != nullptr;
  }
  CHECK(checkins == 3);
  CHECK(events == 2);
  CHECK(reflections == 2);
  const auto* conflict = all[1].as<domain::Event>();
  REQUIRE(conflict);
  CHECK(conflict->kind == domain::EventKind::conflict);
  CHECK(conflict->impact == -2);
  CHECK(conflict->checkin_id == all[0].id);
  CHECK(conflict->feelings == std::vector<std::string>{"angry", "hurt"});
  const auto* slept = all[2].as<domain::Checkin>();
  REQUIRE(slept);
  CHECK(slept->sleep == Approx(7.5));
  CHECK(slept->anxiety == 3);
  const auto* answer = all[5].as<domain::Reflection>();
  REQUIRE(answer);
  CHECK(answer->answer == "I wanted him to notice");
  CHECK(domain::format_date(answer->week) == "2026-11-23");
  CHECK_FALSE(answer->prompt_text.empty());
  // People links now carry their entry's day: Sam's summary needs no join.
  const auto sam = storage::PeopleRepo(db).summary("sam");
  REQUIRE(sam);
  CHECK(sam->events == 1);
  CHECK(sam->mean_impact == Approx(-2));
  CHECK(sam->last_contact == domain::parse_iso_date("2026-11-23"));
  const auto focus = storage::AreaRepo(db).focus();
  REQUIRE(focus);
  CHECK(focus->stages.size() == 2);
  // What `ipt prompts` only showed no longer counts as asked; what was answered was asked.
  const auto asked = storage::PromptRepo(db).asked(*domain::parse_iso_date("2026-11-23"));
  REQUIRE(asked.size() == 2);
  CHECK(asked[0].answer == "I wanted him to notice");
  CHECK(asked[0].text == all[5].as<domain::Reflection>()->prompt_text);
  CHECK_FALSE(db.tableExists("prompts_shown"));
  CHECK(count(db, "focus_history") == 1);  // the focus area, since the day it was added
  // A new entry gets the next id after the sequence, not a reused one.
  db.exec(
      "INSERT INTO entries(uuid, type, at, utc_offset, day, mood, created, updated) VALUES "
      "('00000000-0000-4000-8000-00000000ffff', 'checkin', 0, 0, '2026-11-29', 5, 0, 0)");
  CHECK(db.getLastInsertRowid() == seq_before + 1);
}

TEST_CASE("migrations: version 9 gives people, areas and courses an update time", "[migrations]") {
  // Until version 9 a person, an area or a course was last changed when it was made (or, for
  // an area, at its latest stage change): that is the update time an import compares.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v2.sql"));
  storage::migrate(db, 8);
  db.exec(
      "INSERT INTO area_stages(area_id, stage, day, at) SELECT id, 'impasse', created_day, "
      "created + 100000000 FROM areas LIMIT 1");
  storage::migrate(db);
  CHECK(db.execAndGet("SELECT count(*) FROM people WHERE updated <> created").getInt() == 0);
  CHECK(db.execAndGet("SELECT count(*) FROM courses WHERE updated <> created").getInt() == 0);
  CHECK(db.execAndGet("SELECT count(*) FROM areas WHERE updated = created + 100000000").getInt() ==
        1);
  CHECK(db.execAndGet("SELECT count(*) FROM areas WHERE updated < created").getInt() == 0);
}

TEST_CASE("migrations: version 10 adds check-ins' scales and keeps a version-9 journal whole",
          "[migrations][metric]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v9.sql"));
  REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 9);
  REQUIRE_FALSE(db.tableExists("entry_metrics"));
  // The rows as version 9 holds them (the repository reads the latest schema only).
  struct Before {
    std::string uuid, type, text;
    std::optional<int> mood;
  };
  std::vector<Before> before;
  {
    SQLite::Statement q(db, "SELECT uuid, type, text, mood FROM entries ORDER BY at, id");
    while (q.executeStep()) {
      Before b{
          q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), {}};
      if (!q.getColumn(3).isNull())
        b.mood = q.getColumn(3).getInt();
      before.push_back(b);
    }
  }
  REQUIRE(before.size() == 5);
  const auto seq_before =
      db.execAndGet("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").getInt64();

  storage::migrate(db);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == 10);
  CHECK(db.tableExists("entry_metrics"));
  db.exec("PRAGMA foreign_keys = ON");
  storage::EntryRepo repo(db);
  const auto after = repo.list({});
  REQUIRE(after.size() == before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    INFO("entry #" << after[i].id);
    CHECK(after[i].uuid == before[i].uuid);
    CHECK(domain::to_string(after[i].type()) == before[i].type);
    CHECK(domain::text_of(after[i]) == before[i].text);
    if (const auto* c = after[i].as<domain::Checkin>()) {
      CHECK(c->mood == before[i].mood);
      CHECK(c->metrics.empty());  // nothing to carry over: no scale existed before
    }
  }
  CHECK(after[0].as<domain::Checkin>()->sleep == 7.5);
  CHECK(after[0].tags == std::vector<std::string>{"walk"});
  CHECK(after[1].people == std::vector<std::string>{"Sam"});
  CHECK(after[2].as<domain::Event>()->feelings == std::vector<std::string>{"hurt"});

  // The new table takes values of the journal's check-ins, and only valid ones.
  auto e = repo.find(1);
  REQUIRE(e);
  e->as<domain::Checkin>()->metrics = {{"irritability", 2}, {"sleep-quality", -4}};
  repo.update(*e, {});
  CHECK(repo.find(1)->as<domain::Checkin>()->metrics == e->as<domain::Checkin>()->metrics);
  auto refused = [&](const std::string& values) {
    try {
      db.exec("INSERT INTO entry_metrics(entry_id, name, value) VALUES " + values);
      return false;
    } catch (const SQLite::Exception&) {
      return true;
    }
  };
  CHECK(refused("(1, 'Irritability', 1)"));
  CHECK(refused("(1, 'two words', 1)"));
  CHECK(refused("(1, '', 1)"));
  CHECK(refused("(1, 'calm', 1001)"));
  CHECK(refused("(1, 'calm', 2.5)"));
  CHECK(refused("(1, 'calm', 'high')"));
  CHECK(refused("(999, 'calm', 1)"));        // no such entry
  CHECK(refused("(1, 'irritability', 3)"));  // once per check-in
  CHECK_FALSE(refused("(4, 'calm', -1000)"));
  // A new entry still gets the next id after the sequence.
  db.exec(
      "INSERT INTO entries(uuid, type, at, utc_offset, day, mood, created, updated) VALUES "
      "('00000000-0000-4000-8000-00000000ffff', 'checkin', 0, 0, '2026-03-06', 5, 0, 0)");
  CHECK(db.getLastInsertRowid() == seq_before + 1);
}
