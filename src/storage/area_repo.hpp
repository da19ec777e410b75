#pragma once
// Rows <-> domain::Area, with their people and dispute-stage history. A unit of work holds the
// transaction.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/area.hpp"
#include "domain/calendar.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class AreaRepo {
 public:
  explicit AreaRepo(SQLite::Database& db) : db_(db) {}

  /// Inserts `a` (its id is ignored) linked to `person_ids`; records its stage, if any, as the
  /// first entry of its stage history on `a.created_day`.
  std::int64_t insert(const domain::Area& a, std::span<const std::int64_t> person_ids,
                      domain::Instant now);
  std::optional<domain::Area> find(std::int64_t id);
  std::optional<domain::Area> find_by_uuid(std::string_view uuid);
  /// The focus area, if one is set.
  std::optional<domain::Area> focus();
  /// The focus area's id: one indexed lookup, for every new entry.
  std::optional<std::int64_t> focus_id();
  bool exists(std::int64_t id);
  /// Every area, focus first, then open, then resolved, each with its people and stages (three
  /// statements in all, whatever the number of areas).
  std::vector<domain::Area> list();
  /// Status, stage, note and resolved day of area `a.id`.
  void update(const domain::Area& a, domain::Instant now);
  /// Records that `area_id` (none: no area) became the focus on `day`.
  void record_focus(std::optional<std::int64_t> area_id, domain::Date day, domain::Instant at);
  /// The area in focus at the end of `day`, with its stage then: the focus history's latest
  /// change by that day. nullopt when none was in focus.
  std::optional<domain::Area> focus_on(domain::Date day);
  /// Every change of focus, oldest first (by day, then the moment it was made), with the
  /// area's title and kind: one statement in the order of the focus_history(day, at) index.
  /// The whole history, because a period in force on a day may have begun years before it (and
  /// refocusing the focus area repeats a row); it holds a row per change of focus, a few a
  /// year, whatever the size of the journal.
  std::vector<domain::FocusChange> focus_changes();

  /// Adds a stage change to the history.
  void add_stage_change(std::int64_t area_id, domain::DisputeStage stage, domain::Date day,
                        domain::Instant at);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
