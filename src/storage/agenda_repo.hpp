#pragma once
// Rows <-> the session agenda and the areas' own ratings (domain/agenda.hpp). A unit of work
// holds the transaction.
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/agenda.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class AgendaRepo {
 public:
  explicit AgendaRepo(SQLite::Database& db) : db_(db) {}

  /// Adds `item` (its id is ignored; its text is ignored when it names an entry); returns the
  /// new id.
  std::int64_t insert(const domain::AgendaItem& item);
  std::optional<domain::AgendaItem> find(std::int64_t id);
  /// The open items (or every item), oldest first.
  std::vector<domain::AgendaItem> list(bool with_done = false);
  /// The items open at some time from instant `from` to the end of day `to`, oldest first:
  /// added by then and not done before `from`.
  std::vector<domain::AgendaItem> in_period(domain::Instant from, domain::Date to);
  /// Marks an item done at `at`; false when there is no such item.
  bool mark_done(std::int64_t id, domain::Instant at);

 private:
  SQLite::Database& db_;
};

class RatingRepo {
 public:
  explicit RatingRepo(SQLite::Database& db) : db_(db) {}

  /// Records `r`, replacing a rating of the same area on the same day; true when it replaced one.
  bool save(const domain::AreaRating& r);
  /// The ratings of one area (or of every area) up to `to`, oldest first.
  std::vector<domain::AreaRating> list(std::optional<std::int64_t> area,
                                       std::optional<domain::Date> to = std::nullopt);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
