#pragma once
// What weekly prompts need from the journal beyond entries: which prompts `ipt reflect` asked
// in which week, and the answers they got.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

/// A prompt as it was asked one week.
struct AskedPrompt {
  std::string prompt_id;                 ///< "ID" or "ID#followup"
  std::string text;                      ///< as it was worded that week
  std::optional<std::string> answer;     ///< the latest answer given, if any
  std::optional<std::int64_t> entry_id;  ///< the reflection holding it
};

class PromptRepo {
 public:
  explicit PromptRepo(SQLite::Database& db) : db_(db) {}

  /// Prompt ids asked for weeks starting in [from, to).
  std::set<std::string> asked_between(domain::Date from, domain::Date to);
  /// The weeks starting from `from` to `to` (both included) for which prompts were asked.
  std::vector<domain::Date> weeks_asked(domain::Date from, domain::Date to);
  /// What was asked for the week starting `week`, in the order asked, with the answers.
  std::vector<AskedPrompt> asked(domain::Date week);
  /// True when the week starting `week` has an answer.
  bool answered(domain::Date week);
  /// Remembers that these prompts were asked for the week (again: the first time counts).
  void record_asked(domain::Date week, const std::vector<AskedPrompt>& prompts,
                    domain::Instant now);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
