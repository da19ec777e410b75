#pragma once
// The schema, as an ordered list of migrations keyed by PRAGMA user_version.
#include <SQLiteCpp/Database.h>

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ipt::storage {

/// ipt's PRAGMA application_id ("IPTj"), set when a journal is created. A SQLite file without it
/// is someone else's and is refused, never modified.
inline constexpr int kApplicationId = 0x4950546a;

/// What a migration changed that the person should hear about, once.
struct MigrationNotes {
  /// People who shared a name once names were compared as Unicode says: {kept, renamed to}.
  std::vector<std::pair<std::string, std::string>> renamed;
};

struct Migration {
  int version;      ///< user_version after this migration
  const char* sql;  ///< statements run in one transaction
  bool rebuilds;    ///< rebuilds a table: foreign keys are off while it runs
  /// Work SQL can't do, run after `sql` in the same transaction; may be null.
  void (*step)(SQLite::Database& db, MigrationNotes& notes);
};

/// Every migration, oldest first. Append only: a released migration never changes.
std::span<const Migration> migrations();
/// The schema version this binary writes.
int latest_schema_version();
/// Applies each migration newer than the journal's user_version, one transaction each, up to
/// `target` (default: latest). Safe against a concurrent migrator: it re-reads the version
/// inside each transaction.
void migrate(SQLite::Database& db, int target = 0, MigrationNotes* notes = nullptr);

}  // namespace ipt::storage
