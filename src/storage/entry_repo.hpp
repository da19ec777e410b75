#pragma once
// Rows <-> domain::Entry. Callers hold the transaction; these functions only run statements.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "domain/entry.hpp"

namespace ipt::storage {

/// Inserts `e` (its id is ignored) with links to `person_ids`; returns the new id.
std::int64_t insert_entry(SQLite::Database& db, const domain::Entry& e,
                          std::span<const std::int64_t> person_ids);
/// Rewrites every field of entry `e.id`, replacing its people, tags and feelings.
void update_entry(SQLite::Database& db, const domain::Entry& e,
                  std::span<const std::int64_t> person_ids);
std::optional<domain::Entry> find_entry(SQLite::Database& db, std::int64_t id);
/// Matching entries, oldest first (by instant, then id).
std::vector<domain::Entry> find_entries(SQLite::Database& db, const domain::EntryFilter& f);
/// Removes the entry and its links; false when there was no such entry.
bool delete_entry(SQLite::Database& db, std::int64_t id);

}  // namespace ipt::storage
