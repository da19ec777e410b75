#pragma once
// Rows <-> domain::Person, and what the timeline says about each person. A unit of work holds
// the transaction.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/entry.hpp"
#include "domain/stats.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class PeopleRepo {
 public:
  explicit PeopleRepo(SQLite::Database& db) : db_(db) {}

  /// The person whose case-folded name is `key`.
  std::optional<domain::Person> find(std::string_view key);
  std::optional<domain::Person> find_by_uuid(std::string_view uuid);
  /// Inserts `p` (its id is ignored); returns the new id.
  std::int64_t insert(const domain::Person& p);
  /// Rewrites every field of person `p.id` but its uuid and creation time.
  /// Rewrites every field of `p.id`; `now` is its update time.
  void update(const domain::Person& p, domain::Instant now);
  /// Deletes the person; their entries stay and lose only the link.
  void remove(std::int64_t id);
  /// How many entries name this person.
  int count_entries(std::int64_t id);
  /// Moves every link of person `from` (entries, areas) to `into`, then deletes `from`; an
  /// entry or area naming both keeps one link. Returns the entries moved.
  int move_links(std::int64_t from, std::int64_t into);

  /// Everyone, by name, with their event count, last contact and mean event impact.
  std::vector<domain::PersonSummary> summaries();
  /// One person's summary: an index range over their links, not a scan of everyone.
  std::optional<domain::PersonSummary> summary(std::string_view key);
  /// Check-in moods on the days of entries that name person `id`.
  std::vector<domain::Sample> moods_on_their_days(std::int64_t id);

  /// The people added between two instants (from included, to excluded), oldest first.
  std::vector<domain::Person> added_between(domain::Instant from, domain::Instant to);

  /// The days from `from` to `to` with an entry naming person `id`.
  std::set<domain::Date> days_named(std::int64_t id, domain::Date from, domain::Date to);

  /// Case-folded names of the people in the inner circle.
  std::set<std::string> inner_circle();
  /// Names of the people first named in an entry between `from` and `to` (inclusive).
  std::vector<std::string> first_named(domain::Date from, domain::Date to);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
