#pragma once
// What weekly prompts need from the journal beyond entries: which prompts were asked when.
#include <set>
#include <string>
#include <vector>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class PromptRepo {
 public:
  explicit PromptRepo(SQLite::Database& db) : db_(db) {}

  /// Prompt ids shown or answered for weeks starting in [from, to).
  std::set<std::string> asked(domain::Date from, domain::Date to);
  /// Prompt ids answered for the week starting `week`, in the order answered.
  std::vector<std::string> answered(domain::Date week);
  /// Remembers that `ids` were shown for the week starting `week`.
  void record_shown(domain::Date week, const std::vector<std::string>& ids, domain::Instant now);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
