#include "storage/prompt_repo.hpp"

#include "storage/sql.hpp"

namespace ipt::storage {

std::set<std::string> PromptRepo::asked(domain::Date from, domain::Date to) {
  SQLite::Statement q(db_,
                      "SELECT prompt_id FROM prompts_shown WHERE week >= ?1 AND week < ?2 "
                      "UNION SELECT prompt_id FROM entries WHERE type = 'reflection' AND "
                      "week >= ?1 AND week < ?2");
  q.bind(1, domain::format_date(from));
  q.bind(2, domain::format_date(to));
  std::set<std::string> out;
  while (q.executeStep())
    out.insert(q.getColumn(0).getString());
  return out;
}

std::vector<std::string> PromptRepo::answered(domain::Date week) {
  SQLite::Statement q(db_,
                      "SELECT prompt_id FROM entries WHERE type = 'reflection' AND week = ? "
                      "ORDER BY at, id");
  q.bind(1, domain::format_date(week));
  std::vector<std::string> out;
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

void PromptRepo::record_shown(domain::Date week, const std::vector<std::string>& ids,
                              domain::Instant now) {
  SQLite::Statement q(
      db_, "INSERT OR IGNORE INTO prompts_shown(week, prompt_id, shown) VALUES (?, ?, ?)");
  for (const auto& id : ids) {
    q.bind(1, domain::format_date(week));
    q.bind(2, id);
    q.bind(3, static_cast<int64_t>(now));
    q.exec();
    q.reset();
  }
}

}  // namespace ipt::storage
