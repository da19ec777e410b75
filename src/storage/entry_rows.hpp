#pragma once
// For storage/entry_*.cpp only: an entries row <-> domain::Entry, and the rows linked to it
// (people, tags, feelings, a check-in's scales), written and read in one place.
#include <cstdint>
#include <span>
#include <vector>

#include "domain/entry.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

/// SELECT of every column read_entry() reads, from `entries e`; callers append WHERE ... .
extern const char* const kSelect;

/// The columns of kSelect, found by name once per statement.
struct Columns {
  int id, uuid, type, at, utc_offset, day, mood, anxiety, energy, sleep, text, kind, impact,
      checkin_id, created, updated, area_id, prompt_id, prompt_text, week, scale, answers,
      difficulty;
  explicit Columns(const Row& r);
};

/// The entry of row `r`, without its links.
domain::Entry read_entry(const Row& r, const Columns& c);
/// Binds every column of `e`; the fields another type would have are NULL, as the schema
/// demands.
void bind_fields(SQLite::Statement& q, const domain::Entry& e);
/// Writes the people, tags, feelings and scale values of entry `id`.
void write_links(StatementCache& cache, std::int64_t id, const domain::Entry& e,
                 std::span<const std::int64_t> person_ids);
/// Fills people, tags, feelings and scale values for `entries` with one query per table (the
/// scales only when a check-in is among them).
void load_links(SQLite::Database& db, std::vector<domain::Entry>& entries);

}  // namespace ipt::storage
