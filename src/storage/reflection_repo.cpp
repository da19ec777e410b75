#include "storage/reflection_repo.hpp"

#include <SQLiteCpp/Statement.h>

#include "domain/text.hpp"
#include "storage/rows.hpp"

namespace ipt::storage {

std::set<std::string> prompts_asked(SQLite::Database& db, domain::Date from, domain::Date to) {
  SQLite::Statement q(db,
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

std::vector<std::string> prompts_answered(SQLite::Database& db, domain::Date week) {
  SQLite::Statement q(db,
                      "SELECT prompt_id FROM entries WHERE type = 'reflection' AND week = ? "
                      "ORDER BY at, id");
  q.bind(1, domain::format_date(week));
  std::vector<std::string> out;
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

void record_shown(SQLite::Database& db, domain::Date week, const std::vector<std::string>& ids,
                  domain::Instant now) {
  SQLite::Statement q(
      db, "INSERT OR IGNORE INTO prompts_shown(week, prompt_id, shown) VALUES (?, ?, ?)");
  for (const auto& id : ids) {
    q.bind(1, domain::format_date(week));
    q.bind(2, id);
    q.bind(3, static_cast<int64_t>(now));
    q.exec();
    q.reset();
  }
}

std::vector<std::string> people_first_named(SQLite::Database& db, domain::Date from,
                                            domain::Date to) {
  // For each person named this week, look for any earlier entry naming them; ids grow with
  // time, so the person index finds an early one quickly.
  SQLite::Statement q(db,
                      "SELECT DISTINCT p.name FROM entry_people ep JOIN entries e ON e.id = "
                      "ep.entry_id JOIN people p ON p.id = ep.person_id WHERE e.day BETWEEN ?1 "
                      "AND ?2 AND NOT EXISTS (SELECT 1 FROM entry_people ep2 JOIN entries e2 ON "
                      "e2.id = ep2.entry_id WHERE ep2.person_id = ep.person_id AND e2.day < ?1) "
                      "ORDER BY p.name_key");
  q.bind(1, domain::format_date(from));
  q.bind(2, domain::format_date(to));
  std::vector<std::string> out;
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

std::set<std::string> inner_circle(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT name_key FROM people WHERE circle = 'inner'");
  std::set<std::string> out;
  while (q.executeStep())
    out.insert(q.getColumn(0).getString());
  return out;
}

std::optional<domain::Date> first_entry_day(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT min(day) FROM entries");
  if (!q.executeStep() || q.getColumn(0).isNull())
    return std::nullopt;
  return day_from_column(q.getColumn(0));
}

}  // namespace ipt::storage
