// Storage-level tests for issue 8 behaviours that had none: the migration that folds name keys
// again as Unicode says (schema 5, refold_keys), run on a version-4 journal whose people were
// told apart only by the old hand-made folding.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "domain/text.hpp"
#include "storage/entry_repo.hpp"
#include "storage/migrations.hpp"
#include "storage/people_repo.hpp"
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

std::vector<std::string> column(SQLite::Database& db, const std::string& sql) {
  std::vector<std::string> out;
  SQLite::Statement q(db, sql);
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

}  // namespace

TEST_CASE(
    "hardening gaps: refolding keys keeps two people whose names became one, renaming the "
    "later",
    "[migrations][hardening]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  storage::add_sql_functions(db);
  db.exec(read_fixture("journal-v3.sql"));
  db.exec("PRAGMA foreign_keys = ON");
  storage::migrate(db, 4);
  REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 4);
  // What an ipt of schema 4 could hold: the old folding lowered ASCII only, so "Łukasz" and
  // "łukasz" had different keys and were two people; tags were folded the same way.
  db.exec(
      "INSERT INTO people(id, uuid, name, name_key, created) VALUES "
      "(4, '11111111-1111-4111-8111-111111111111', 'Łukasz', 'Łukasz', 1795700000), "
      "(5, '22222222-2222-4222-8222-222222222222', 'łukasz', 'łukasz', 1795800000);"
      "INSERT INTO entry_people(entry_id, person_id, pos, day) VALUES "
      "(3, 4, 0, '2026-11-24'), (5, 5, 0, '2026-11-25');"
      "INSERT INTO entry_tags(entry_id, tag) VALUES (3, 'ŁÓDŹ'), (3, 'łódź'), (5, 'ŁÓDŹ');");

  storage::MigrationNotes notes;
  storage::migrate(db, 0, &notes);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latest_schema_version());
  CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");

  // Both are kept, with their links; the earlier keeps the name, the later is "NAME (2)".
  CHECK(notes.renamed ==
        std::vector<std::pair<std::string, std::string>>{{"Łukasz", "łukasz (2)"}});
  CHECK(column(db, "SELECT name FROM people WHERE id IN (4, 5) ORDER BY id") ==
        std::vector<std::string>{"Łukasz", "łukasz (2)"});
  // The keys are Unicode's folding now: both spellings find the first, "(2)" the second.
  CHECK(column(db, "SELECT name_key FROM people WHERE id IN (4, 5) ORDER BY id") ==
        std::vector<std::string>{domain::fold_case("ŁUKASZ"), domain::fold_case("ŁUKASZ (2)")});
  storage::PeopleRepo people(db);
  const auto kept = people.find(domain::fold_case("ŁUKASZ"));
  REQUIRE(kept);
  CHECK(kept->name == "Łukasz");
  const auto renamed = people.find(domain::fold_case("Łukasz (2)"));
  REQUIRE(renamed);
  CHECK(renamed->name == "łukasz (2)");
  CHECK(people.count_entries(kept->id) == 1);
  CHECK(people.count_entries(renamed->id) == 1);
  domain::EntryFilter with_kept;
  with_kept.person = "łukasz";
  const auto kept_entries = storage::EntryRepo(db).list(with_kept);
  REQUIRE(kept_entries.size() == 1);
  CHECK(kept_entries[0].id == 3);
  domain::EntryFilter with_renamed;
  with_renamed.person = "łukasz (2)";
  const auto renamed_entries = storage::EntryRepo(db).list(with_renamed);
  REQUIRE(renamed_entries.size() == 1);
  CHECK(renamed_entries[0].id == 5);
  // Every other person kept their name.
  CHECK(column(db, "SELECT name FROM people WHERE id <= 3 ORDER BY id") ==
        std::vector<std::string>{"sam", "Mum", "Zoë"});
  // Tags that became one tag are one tag on each entry, none lost.
  CHECK(column(db, "SELECT tag FROM entry_tags WHERE entry_id = 3") ==
        std::vector<std::string>{"łódź"});
  CHECK(column(db, "SELECT tag FROM entry_tags WHERE entry_id = 5") ==
        std::vector<std::string>{"łódź"});

  // Said once: migrating again changes nothing and has nothing to say.
  storage::MigrationNotes again;
  storage::migrate(db, 0, &again);
  CHECK(again.renamed.empty());
  CHECK(column(db, "SELECT name FROM people WHERE id IN (4, 5) ORDER BY id") ==
        std::vector<std::string>{"Łukasz", "łukasz (2)"});
}
