#include "storage/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace ipt::storage {

namespace {

// Version 1: check-ins and events on one timeline, people, tags and feelings. Typed columns,
// CHECK constraints as a last line of defence behind domain validation. 'reflection' is a valid
// type from the start because SQLite cannot widen a CHECK constraint without rebuilding the
// table; its columns arrive with the migration that uses it.
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
  type       TEXT NOT NULL CHECK (type IN ('checkin', 'event', 'reflection')),
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

// Version 2: the IPT model. Courses of therapy and a phase pin; problem areas with their people
// and dispute-stage history; entries attach to an area; people gain the interpersonal
// inventory's fields.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE courses (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid              TEXT NOT NULL UNIQUE,
  start_day         TEXT NOT NULL,
  weeks             INTEGER NOT NULL CHECK (weeks BETWEEN 4 AND 52),
  initial_weeks     INTEGER NOT NULL CHECK (initial_weeks >= 1),
  termination_weeks INTEGER NOT NULL CHECK (termination_weeks >= 1),
  end_day           TEXT,
  note              TEXT NOT NULL DEFAULT '',
  created           INTEGER NOT NULL,
  CHECK (initial_weeks + termination_weeks < weeks)
);
CREATE UNIQUE INDEX courses_one_open ON courses(ifnull(end_day, 'open')) WHERE end_day IS NULL;
CREATE TABLE phase_pin (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  phase  TEXT NOT NULL CHECK (phase IN ('initial', 'middle', 'termination', 'maintenance')),
  set_at INTEGER NOT NULL
);
CREATE TABLE areas (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid         TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL CHECK (kind IN ('grief', 'dispute', 'transition', 'deficits')),
  title        TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('focus', 'open', 'resolved')),
  stage        TEXT CHECK (stage IN ('renegotiation', 'impasse', 'dissolution')),
  note         TEXT NOT NULL DEFAULT '',
  created_day  TEXT NOT NULL,
  resolved_day TEXT,
  created      INTEGER NOT NULL,
  CHECK (kind = 'dispute' OR stage IS NULL)
);
CREATE UNIQUE INDEX areas_one_focus ON areas(status) WHERE status = 'focus';
CREATE TABLE area_people (
  area_id   INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  pos       INTEGER NOT NULL,
  PRIMARY KEY (area_id, person_id)
) WITHOUT ROWID;
CREATE INDEX area_people_person ON area_people(person_id, area_id);
CREATE TABLE area_stages (
  id      INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
  stage   TEXT NOT NULL CHECK (stage IN ('renegotiation', 'impasse', 'dissolution')),
  day     TEXT NOT NULL,
  at      INTEGER NOT NULL
);
CREATE INDEX area_stages_area ON area_stages(area_id, at);
ALTER TABLE entries ADD COLUMN area_id INTEGER REFERENCES areas(id) ON DELETE SET NULL;
CREATE INDEX entries_area ON entries(area_id, day) WHERE area_id IS NOT NULL;
ALTER TABLE people ADD COLUMN contact TEXT
  CHECK (contact IN ('daily', 'weekly', 'monthly', 'rarely'));
ALTER TABLE people ADD COLUMN satisfying TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN unsatisfying TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN my_expectations TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN their_expectations TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN wish TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: reflections. An answer is an entry of type 'reflection' carrying the prompt's id,
// its text as shown, and the first day of the week reflected on; prompts_shown remembers what
// `ipt prompts` showed, so a prompt is not repeated within four weeks.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE entries ADD COLUMN prompt_id TEXT;
ALTER TABLE entries ADD COLUMN prompt_text TEXT;
ALTER TABLE entries ADD COLUMN week TEXT;
CREATE INDEX entries_reflection ON entries(week, prompt_id) WHERE type = 'reflection';
CREATE TABLE prompts_shown (
  week      TEXT NOT NULL,
  prompt_id TEXT NOT NULL,
  shown     INTEGER NOT NULL,
  PRIMARY KEY (week, prompt_id)
) WITHOUT ROWID;
)sql";

constexpr std::array<Migration, 3> kMigrations{{{1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}}};

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
