#pragma once
// The schema, as an ordered list of migrations keyed by PRAGMA user_version.
#include <SQLiteCpp/Database.h>

#include <span>

namespace ipt::storage {

struct Migration {
  int version;      ///< user_version after this migration
  const char* sql;  ///< statements run in one transaction
};

/// Every migration, oldest first. Append only: a released migration never changes.
std::span<const Migration> migrations();
/// The schema version this binary writes.
int latest_schema_version();
/// Applies each migration newer than the journal's user_version, one transaction each, up to
/// `target` (default: latest). Safe against a concurrent migrator: it re-reads the version
/// inside each transaction.
void migrate(SQLite::Database& db, int target = 0);

}  // namespace ipt::storage
