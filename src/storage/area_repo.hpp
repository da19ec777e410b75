#pragma once
// Rows <-> domain::Area, with their people and dispute-stage history. Callers hold the
// transaction.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "domain/area.hpp"

namespace ipt::storage {

/// Inserts `a` (its id is ignored) linked to `person_ids`; records its stage, if any, as the
/// first entry of its stage history on `a.created_day`.
std::int64_t insert_area(SQLite::Database& db, const domain::Area& a,
                         std::span<const std::int64_t> person_ids, domain::Instant now);
std::optional<domain::Area> find_area(SQLite::Database& db, std::int64_t id);
/// The focus area, if one is set.
std::optional<domain::Area> focus_area(SQLite::Database& db);
/// The focus area's id: one indexed lookup, for every new entry.
std::optional<std::int64_t> focus_area_id(SQLite::Database& db);
bool area_exists(SQLite::Database& db, std::int64_t id);
/// Every area, focus first, then open, then resolved; with entry counts and mean moods.
std::vector<domain::AreaSummary> list_areas(SQLite::Database& db);
/// Status, stage, note and resolved day of area `a.id`.
void update_area(SQLite::Database& db, const domain::Area& a);
/// Adds a stage change to the history.
void add_stage_change(SQLite::Database& db, std::int64_t area_id, domain::DisputeStage stage,
                      domain::Date day, domain::Instant at);

}  // namespace ipt::storage
