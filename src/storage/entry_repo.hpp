#pragma once
// Rows <-> domain::Entry (storage/entry_rows.hpp), and the mood samples the statistics module works
// on. A unit of work (storage/journal.hpp) holds the transaction; these only run statements.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/entry.hpp"
#include "domain/exchange.hpp"
#include "domain/safety.hpp"
#include "domain/stats.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class StatementCache;

/// An entry attached to a problem area, by day.
struct AreaDay {
  std::int64_t area_id = 0;
  domain::Date day;
};

class EntryRepo {
 public:
  explicit EntryRepo(SQLite::Database& db) : db_(db) {}

  /// Inserts `e` (its id is ignored) with links to `person_ids`; returns the new id.
  std::int64_t insert(const domain::Entry& e, std::span<const std::int64_t> person_ids);
  /// Rewrites every field of entry `e.id`, replacing its people, tags and feelings.
  void update(const domain::Entry& e, std::span<const std::int64_t> person_ids);
  std::optional<domain::Entry> find(std::int64_t id);
  std::optional<domain::Entry> find_by_uuid(std::string_view uuid);
  /// Matching entries, oldest first (by instant, then id).
  std::vector<domain::Entry> list(const domain::EntryFilter& f);
  /// Every entry whose day is from `from` to `to` ("YYYY-MM-DD"), oldest first, as an exchange
  /// record (storage/exchange_repo.hpp), one at a time.
  void each_record(const std::string& from, const std::string& to,
                   const std::function<void(domain::EntryRecord&)>& f);
  /// Removes the entry and its links; false when there was no such entry.
  bool remove(std::int64_t id);

  /// Check-in moods from `from` to `to`, both included.
  std::vector<domain::Sample> moods(domain::Date from, domain::Date to);
  /// The PHQ-9s up to `to` from `back_to` on, and at least the last `at_least` before that,
  /// oldest first (by instant, then id): day, total and item 9, without building the entries.
  std::vector<domain::Phq9Result> phq9_results(domain::Date to, domain::Date back_to,
                                               std::size_t at_least);
  /// The values of the check-ins' scale `name` from `from` to `to`, both included.
  std::vector<domain::Sample> metric_values(const std::string& name, domain::Date from,
                                            domain::Date to);
  /// Check-in moods on the given days.
  std::vector<domain::Sample> moods_on(const std::set<domain::Date>& days);
  /// The day of every entry attached to an area (to area `only`, when given).
  std::vector<AreaDay> area_days(std::optional<std::int64_t> only = std::nullopt);
  /// The day of the journal's first entry.
  std::optional<domain::Date> first_day();
  /// Every tag in use, in order.
  std::vector<std::string> tags();

 private:
  StatementCache& cache();
  SQLite::Database& db_;
  std::shared_ptr<StatementCache> cache_;  ///< made on first use
};

}  // namespace ipt::storage
