#include "storage/prompt_repo.hpp"

#include "storage/sql.hpp"

namespace ipt::storage {

std::set<std::string> PromptRepo::asked_between(domain::Date from, domain::Date to) {
  SQLite::Statement q(db_, "SELECT prompt_id FROM prompts_asked WHERE week >= ? AND week < ?");
  q.bind(1, domain::format_date(from));
  q.bind(2, domain::format_date(to));
  std::set<std::string> out;
  while (q.executeStep())
    out.insert(q.getColumn(0).getString());
  return out;
}

std::vector<domain::Date> PromptRepo::weeks_asked(domain::Date from, domain::Date to) {
  SQLite::Statement q(db_,
                      "SELECT DISTINCT week FROM prompts_asked WHERE week BETWEEN ? AND ? "
                      "ORDER BY week");
  q.bind(1, domain::format_date(from));
  q.bind(2, domain::format_date(to));
  std::vector<domain::Date> out;
  const Row r(q, "prompts_asked");
  while (q.executeStep())
    out.push_back(r.day(0, 0));
  return out;
}

std::vector<AskedPrompt> PromptRepo::asked(domain::Date week) {
  // Each asked prompt with its latest answer that week (a prompt answered twice shows the
  // answer given last).
  SQLite::Statement q(db_,
                      "SELECT a.prompt_id, a.text, (SELECT e.text FROM entries e WHERE "
                      "e.type = 'reflection' AND e.week = a.week AND e.prompt_id = a.prompt_id "
                      "ORDER BY e.at DESC, e.id DESC LIMIT 1) AS answer, (SELECT e.id FROM "
                      "entries e WHERE e.type = 'reflection' AND e.week = a.week AND "
                      "e.prompt_id = a.prompt_id ORDER BY e.at DESC, e.id DESC LIMIT 1) AS id "
                      "FROM prompts_asked a WHERE a.week = ? ORDER BY a.pos, a.asked");
  q.bind(1, domain::format_date(week));
  std::vector<AskedPrompt> out;
  const Row r(q, "prompts_asked");
  while (q.executeStep()) {
    AskedPrompt a;
    a.prompt_id = r.text(0);
    a.text = r.text(1);
    if (!r.null(2))
      a.answer = r.text(2);
    a.entry_id = r.opt_i64(3);
    out.push_back(std::move(a));
  }
  return out;
}

bool PromptRepo::answered(domain::Date week) {
  SQLite::Statement q(db_, "SELECT 1 FROM entries WHERE type = 'reflection' AND week = ? LIMIT 1");
  q.bind(1, domain::format_date(week));
  return q.executeStep();
}

void PromptRepo::record_asked(domain::Date week, const std::vector<AskedPrompt>& prompts,
                              domain::Instant now) {
  SQLite::Statement next(db_, "SELECT coalesce(max(pos) + 1, 0) FROM prompts_asked WHERE week = ?");
  next.bind(1, domain::format_date(week));
  next.executeStep();
  int pos = next.getColumn(0).getInt();
  SQLite::Statement q(db_,
                      "INSERT OR IGNORE INTO prompts_asked(week, prompt_id, pos, text, asked) "
                      "VALUES (:week, :id, :pos, :text, :now)");
  for (const auto& p : prompts) {
    bind_value(q, ":week", week);
    bind_value(q, ":id", p.prompt_id);
    bind_value(q, ":pos", pos++);
    bind_value(q, ":text", p.text);
    bind_value(q, ":now", now);
    q.exec();
    q.reset();
  }
}

}  // namespace ipt::storage
