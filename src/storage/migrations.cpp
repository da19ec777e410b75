#include "storage/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace ipt::storage {

namespace {

// Version 1: check-ins and events on one timeline, people, tags and feelings. Typed columns,
// CHECK constraints as a last line of defence behind domain validation.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE people (
  id       INTEGER PRIMARY KEY,
  uuid     TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  circle   TEXT CHECK (circle IN ('inner', 'middle', 'outer')),
  role     TEXT NOT NULL DEFAULT '',
  note     TEXT NOT NULL DEFAULT '',
  created  INTEGER NOT NULL
);
CREATE TABLE entries (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid       TEXT NOT NULL UNIQUE,
  type       TEXT NOT NULL CHECK (type IN ('checkin', 'event')),
  at         INTEGER NOT NULL,
  utc_offset INTEGER NOT NULL,
  day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  mood       INTEGER CHECK (mood BETWEEN 0 AND 10),
  anxiety    INTEGER CHECK (anxiety BETWEEN 0 AND 10),
  energy     INTEGER CHECK (energy BETWEEN 0 AND 10),
  sleep      REAL CHECK (sleep BETWEEN 0 AND 24),
  text       TEXT NOT NULL DEFAULT '',
  kind       TEXT CHECK (kind IN ('conflict', 'support', 'closeness', 'loss', 'change',
                                  'avoidance', 'talk', 'other')),
  impact     INTEGER CHECK (impact BETWEEN -3 AND 3),
  checkin_id INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  created    INTEGER NOT NULL,
  updated    INTEGER NOT NULL,
  CHECK ((type = 'checkin') = (mood IS NOT NULL)),
  CHECK ((type = 'event') = (kind IS NOT NULL))
);
CREATE INDEX entries_day ON entries(day, at);
CREATE INDEX entries_at ON entries(at);
CREATE INDEX entries_checkin ON entries(checkin_id) WHERE checkin_id IS NOT NULL;
CREATE TABLE entry_people (
  entry_id  INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  pos       INTEGER NOT NULL,
  PRIMARY KEY (entry_id, person_id)
) WITHOUT ROWID;
CREATE INDEX entry_people_person ON entry_people(person_id, entry_id);
CREATE TABLE entry_tags (
  entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  tag      TEXT NOT NULL,
  PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tags_tag ON entry_tags(tag, entry_id);
CREATE TABLE entry_feelings (
  entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  feeling  TEXT NOT NULL,
  PRIMARY KEY (entry_id, feeling)
) WITHOUT ROWID;
)sql";

constexpr std::array<Migration, 1> kMigrations{{{1, kSchemaV1}}};

}  // namespace

std::span<const Migration> migrations() {
  return kMigrations;
}

int latest_schema_version() {
  return kMigrations.back().version;
}

void migrate(SQLite::Database& db, int target) {
  if (target == 0)
    target = latest_schema_version();
  for (const auto& m : kMigrations) {
    if (m.version > target)
      break;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current >= m.version)
      continue;  // done already, perhaps by a concurrent ipt
    db.exec(m.sql);
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

}  // namespace ipt::storage
