#include "storage/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <array>
#include <map>
#include <string>

#include "domain/text.hpp"

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

// Version 4: typed entries. The entries table is rebuilt with constraints that say which fields
// belong to which type: a check-in has a mood and may have anxiety, energy and sleep; an event
// has a kind and may have an impact and a linked check-in; a reflection has a prompt, its text
// and a week; none has another type's fields. 'measure' is a valid type already (the
// questionnaires arrive with a later version) so the table need not be rebuilt again. Rows that
// held another type's fields (no ipt ever wrote them) lose those fields. People links carry
// their entry's day, kind and impact, kept in step by a trigger, so a person's summary is one
// index range instead of a join per link.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE entries_v4 (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid        TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL CHECK (type IN ('checkin', 'event', 'reflection', 'measure')),
  at          INTEGER NOT NULL,
  utc_offset  INTEGER NOT NULL,
  day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  mood        INTEGER CHECK (mood BETWEEN 0 AND 10),
  anxiety     INTEGER CHECK (anxiety BETWEEN 0 AND 10),
  energy      INTEGER CHECK (energy BETWEEN 0 AND 10),
  sleep       REAL CHECK (sleep BETWEEN 0 AND 24),
  text        TEXT NOT NULL DEFAULT '',
  kind        TEXT CHECK (kind IN ('conflict', 'support', 'closeness', 'loss', 'change',
                                   'avoidance', 'talk', 'other')),
  impact      INTEGER CHECK (impact BETWEEN -3 AND 3),
  checkin_id  INTEGER REFERENCES entries(id) ON DELETE SET NULL,
  created     INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  area_id     INTEGER REFERENCES areas(id) ON DELETE SET NULL,
  prompt_id   TEXT,
  prompt_text TEXT,
  week        TEXT CHECK (week GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK ((type = 'checkin') = (mood IS NOT NULL)),
  CHECK (type = 'checkin' OR (anxiety IS NULL AND energy IS NULL AND sleep IS NULL)),
  CHECK ((type = 'event') = (kind IS NOT NULL)),
  CHECK (type = 'event' OR (impact IS NULL AND checkin_id IS NULL)),
  CHECK ((type = 'reflection') = (prompt_id IS NOT NULL)),
  CHECK ((type = 'reflection') = (prompt_text IS NOT NULL)),
  CHECK ((type = 'reflection') = (week IS NOT NULL))
);
INSERT INTO entries_v4 (id, uuid, type, at, utc_offset, day, mood, anxiety, energy, sleep, text,
                        kind, impact, checkin_id, created, updated, area_id, prompt_id,
                        prompt_text, week)
  SELECT id, uuid, type, at, utc_offset, day,
         CASE WHEN type = 'checkin' THEN mood END,
         CASE WHEN type = 'checkin' THEN anxiety END,
         CASE WHEN type = 'checkin' THEN energy END,
         CASE WHEN type = 'checkin' THEN sleep END,
         text,
         CASE WHEN type = 'event' THEN kind END,
         CASE WHEN type = 'event' THEN impact END,
         CASE WHEN type = 'event' THEN checkin_id END,
         created, updated, area_id,
         CASE WHEN type = 'reflection' THEN coalesce(prompt_id, '') END,
         CASE WHEN type = 'reflection' THEN coalesce(prompt_text, '') END,
         CASE WHEN type = 'reflection' THEN coalesce(week, day) END
  FROM entries;
DELETE FROM sqlite_sequence WHERE name = 'entries_v4';
INSERT INTO sqlite_sequence(name, seq) SELECT 'entries_v4', seq FROM sqlite_sequence
  WHERE name = 'entries';
DROP TABLE entries;
ALTER TABLE entries_v4 RENAME TO entries;
CREATE INDEX entries_day ON entries(day, at);
CREATE INDEX entries_at ON entries(at);
CREATE INDEX entries_checkin ON entries(checkin_id) WHERE checkin_id IS NOT NULL;
CREATE INDEX entries_area ON entries(area_id, day) WHERE area_id IS NOT NULL;
CREATE INDEX entries_reflection ON entries(week, prompt_id) WHERE type = 'reflection';
ALTER TABLE entry_people ADD COLUMN day TEXT NOT NULL DEFAULT '';
ALTER TABLE entry_people ADD COLUMN kind TEXT;
ALTER TABLE entry_people ADD COLUMN impact INTEGER;
UPDATE entry_people SET (day, kind, impact) =
  (SELECT e.day, e.kind, e.impact FROM entries e WHERE e.id = entry_people.entry_id);
DROP INDEX entry_people_person;
CREATE INDEX entry_people_summary ON entry_people(person_id, day, kind, impact);
CREATE TRIGGER entry_people_follow AFTER UPDATE OF day, kind, impact ON entries BEGIN
  UPDATE entry_people SET day = NEW.day, kind = NEW.kind, impact = NEW.impact
    WHERE entry_id = NEW.id;
END;
)sql";

// Version 5: names compared as Unicode says. Keys of people, tags and feelings were folded by
// hand for a few scripts (Łukasz and łukasz were two people); they are folded again with
// Unicode's NFKC case folding. Two people whose names now share a key are both kept: the later
// one is renamed "NAME (2)" and the person is told once, to join them with `people merge`.
constexpr const char* kSchemaV5 = "";

void refold_keys(SQLite::Database& db, MigrationNotes& notes) {
  struct Row {
    std::int64_t id;
    std::string name;
  };
  std::vector<Row> people;
  {
    SQLite::Statement q(db, "SELECT id, name FROM people ORDER BY created, id");
    while (q.executeStep())
      people.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString()});
  }
  // Free every key first, so no new key collides with an old one not yet updated.
  db.exec("UPDATE people SET name_key = '#' || id");
  std::map<std::string, std::string> taken;  // key -> the name that holds it
  SQLite::Statement set(db, "UPDATE people SET name = ?, name_key = ? WHERE id = ?");
  for (auto& p : people) {
    std::string name = p.name;
    std::string key = domain::fold_case(name);
    const auto first = taken.find(key);
    for (int n = 2; taken.count(key); ++n) {
      name = p.name + " (" + std::to_string(n) + ")";
      key = domain::fold_case(name);
    }
    if (name != p.name)
      notes.renamed.emplace_back(first->second, name);
    taken.emplace(key, name);
    set.bind(1, name);
    set.bind(2, key);
    set.bind(3, static_cast<int64_t>(p.id));
    set.exec();
    set.reset();
  }
  for (const char* table : {"entry_tags", "entry_feelings"}) {
    const std::string column = std::string(table) == "entry_tags" ? "tag" : "feeling";
    std::vector<std::pair<std::int64_t, std::string>> rows;
    {
      SQLite::Statement q(db, "SELECT entry_id, " + column + " FROM " + table);
      while (q.executeStep())
        rows.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    }
    SQLite::Statement add(db, "INSERT OR IGNORE INTO " + std::string(table) + "(entry_id, " +
                                  column + ") VALUES (?, ?)");
    SQLite::Statement drop(
        db, "DELETE FROM " + std::string(table) + " WHERE entry_id = ? AND " + column + " = ?");
    for (const auto& [entry, value] : rows) {
      const auto folded = domain::fold_case(value);
      if (folded == value)
        continue;
      add.bind(1, static_cast<int64_t>(entry));
      add.bind(2, folded);
      add.exec();
      add.reset();
      drop.bind(1, static_cast<int64_t>(entry));
      drop.bind(2, value);
      drop.exec();
      drop.reset();
    }
  }
}

// Version 6: weeks that are kept as they were. prompts_asked holds what `ipt reflect` asked
// each week (answered or skipped), as it was worded, so a week revisited shows the same prompts
// and "not repeated within 4 weeks" counts what was asked; what `ipt prompts` merely showed
// (prompts_shown) no longer counts. focus_history and pin_history record focus changes and
// phase pins with their day, so a past week is computed with the focus and phase it had.
constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE prompts_asked (
  week      TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  prompt_id TEXT NOT NULL,
  pos       INTEGER NOT NULL,
  text      TEXT NOT NULL,
  asked     INTEGER NOT NULL,
  PRIMARY KEY (week, prompt_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO prompts_asked(week, prompt_id, pos, text, asked)
  SELECT week, prompt_id, row_number() OVER (PARTITION BY week ORDER BY at, id) - 1,
         prompt_text, at
  FROM entries WHERE type = 'reflection';
DROP TABLE prompts_shown;
CREATE TABLE focus_history (
  id      INTEGER PRIMARY KEY,
  area_id INTEGER REFERENCES areas(id) ON DELETE CASCADE,
  day     TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  at      INTEGER NOT NULL
);
CREATE INDEX focus_history_day ON focus_history(day, at);
INSERT INTO focus_history(area_id, day, at)
  SELECT id, created_day, created FROM areas WHERE status = 'focus';
CREATE TABLE pin_history (
  id    INTEGER PRIMARY KEY,
  phase TEXT CHECK (phase IN ('initial', 'middle', 'termination', 'maintenance')),
  day   TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  at    INTEGER NOT NULL
);
CREATE INDEX pin_history_day ON pin_history(day, at);
INSERT INTO pin_history(phase, day, at)
  SELECT phase, date(set_at, 'unixepoch', 'localtime'), set_at FROM phase_pin;
)sql";

// Version 7: safety and measures. A measure (PHQ-9 or GAD-7) is an entry with its scale, its
// item answers ("012301200") and PHQ-9's unscored difficulty answer; the total and band follow
// from the answers. The safety plan keeps every version of each step (the newest is the plan).
// An area records whether the person said they feel afraid of its person (NULL: never asked).
constexpr const char* kSchemaV7 = R"sql(
ALTER TABLE entries ADD COLUMN scale TEXT CHECK (scale IN ('phq9', 'gad7'))
  CHECK ((type = 'measure') = (scale IS NOT NULL));
ALTER TABLE entries ADD COLUMN answers TEXT
  CHECK ((scale = 'phq9' AND answers GLOB '[0-3][0-3][0-3][0-3][0-3][0-3][0-3][0-3][0-3]')
      OR (scale = 'gad7' AND answers GLOB '[0-3][0-3][0-3][0-3][0-3][0-3][0-3]')
      OR (scale IS NULL AND answers IS NULL));
ALTER TABLE entries ADD COLUMN difficulty INTEGER
  CHECK (difficulty IS NULL OR (scale = 'phq9' AND difficulty BETWEEN 0 AND 3));
CREATE INDEX entries_measure ON entries(at) WHERE type = 'measure';
CREATE TABLE safety_plan (
  id   INTEGER PRIMARY KEY,
  step TEXT NOT NULL CHECK (step IN ('warning-signs', 'coping', 'distraction', 'help',
                                     'professionals', 'safe-surroundings', 'reasons')),
  text TEXT NOT NULL,
  day  TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  at   INTEGER NOT NULL
);
CREATE INDEX safety_plan_step ON safety_plan(step, at, id);
ALTER TABLE areas ADD COLUMN afraid INTEGER CHECK (afraid IN (0, 1));
)sql";

// Version 8: the session review. area_ratings holds the person's own rating of how a problem
// stands (1 no better .. 5 resolved), at most one per area and day (rating again that day
// replaces it). agenda holds things to bring up at the next session: its own text, or an entry
// put on the agenda (whose text it shows, and with which it is deleted).
constexpr const char* kSchemaV8 = R"sql(
CREATE TABLE area_ratings (
  id      INTEGER PRIMARY KEY,
  uuid    TEXT NOT NULL UNIQUE,
  area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
  day     TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  rating  INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  at      INTEGER NOT NULL,
  UNIQUE (area_id, day)
);
CREATE INDEX area_ratings_day ON area_ratings(day);
CREATE TABLE agenda (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid     TEXT NOT NULL UNIQUE,
  text     TEXT CHECK (text IS NULL OR text <> ''),
  entry_id INTEGER UNIQUE REFERENCES entries(id) ON DELETE CASCADE,
  day      TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created  INTEGER NOT NULL,
  updated  INTEGER NOT NULL,
  done     INTEGER,
  CHECK ((text IS NULL) <> (entry_id IS NULL))
);
CREATE INDEX agenda_open ON agenda(id) WHERE done IS NULL;
)sql";

// Version 9: records that can be merged. People, areas and courses gain the time they were last
// changed (entries and agenda items have one already), so `ipt import` can tell which of two
// versions of a record is the later; until now each was last changed when it was made.
constexpr const char* kSchemaV9 = R"sql(
ALTER TABLE people ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
UPDATE people SET updated = created;
ALTER TABLE areas ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
UPDATE areas SET updated = max(created, ifnull((SELECT max(at) FROM area_stages s
                                                WHERE s.area_id = areas.id), 0));
ALTER TABLE courses ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
UPDATE courses SET updated = created;
)sql";

// Version 10: scales of the person's own ([[metric]] in config.toml) on check-ins. Values are
// kept by name, not by a row of a scales table, because the configuration is the list of
// scales: one taken out of it keeps the values recorded with it. The key (entry, name) serves
// both the values of a page of entries and one scale's values over a range of days (found by
// entries_day, then the key); a deleted check-in takes its values with it.
constexpr const char* kSchemaV10 = R"sql(
CREATE TABLE entry_metrics (
  entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 32
                                AND name GLOB '[a-z]*' AND name NOT GLOB '*[^a-z0-9_-]*'),
  value    INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND value BETWEEN -1000 AND 1000),
  PRIMARY KEY (entry_id, name)
) WITHOUT ROWID;
)sql";

constexpr std::array<Migration, 10> kMigrations{{{1, kSchemaV1, false, nullptr},
                                                 {2, kSchemaV2, false, nullptr},
                                                 {3, kSchemaV3, false, nullptr},
                                                 {4, kSchemaV4, true, nullptr},
                                                 {5, kSchemaV5, false, refold_keys},
                                                 {6, kSchemaV6, false, nullptr},
                                                 {7, kSchemaV7, false, nullptr},
                                                 {8, kSchemaV8, false, nullptr},
                                                 {9, kSchemaV9, false, nullptr},
                                                 {10, kSchemaV10, false, nullptr}}};

/// Foreign keys off for the lifetime of this object, when `off`.
class ForeignKeysOff {
 public:
  ForeignKeysOff(SQLite::Database& db, bool off) : db_(db), off_(off) {
    if (off_)
      db_.exec("PRAGMA foreign_keys = OFF");
  }
  ~ForeignKeysOff() {
    if (!off_)
      return;
    try {
      db_.exec("PRAGMA foreign_keys = ON");
    } catch (...) {  // NOLINT(bugprone-empty-catch): the connection is being given up anyway
    }
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  SQLite::Database& db_;
  bool off_;
};

}  // namespace

std::span<const Migration> migrations() {
  return kMigrations;
}

int latest_schema_version() {
  return kMigrations.back().version;
}

void migrate(SQLite::Database& db, int target, MigrationNotes* notes) {
  MigrationNotes ignored;
  if (target == 0)
    target = latest_schema_version();
  for (const auto& m : kMigrations) {
    if (m.version > target)
      break;
    // A table rebuild drops and renames tables that others refer to: foreign keys must be off
    // for it (they cannot be switched inside a transaction) and are checked before the commit.
    const ForeignKeysOff fk_off(db, m.rebuilds);
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current >= m.version)
      continue;  // done already, perhaps by a concurrent ipt; the rollback changes nothing
    if (*m.sql != '\0')
      db.exec(m.sql);
    if (m.step != nullptr)
      m.step(db, notes != nullptr ? *notes : ignored);
    if (m.rebuilds) {
      SQLite::Statement broken(db, "PRAGMA foreign_key_check");
      if (broken.executeStep())
        throw SQLite::Exception("a migration left a broken reference", SQLITE_CORRUPT);
    }
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

}  // namespace ipt::storage
