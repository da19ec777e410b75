#include "storage/course_repo.hpp"

#include <SQLiteCpp/Statement.h>

#include "storage/rows.hpp"

namespace ipt::storage {

using domain::Course;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, start_day, weeks, initial_weeks, termination_weeks, end_day, note "
    "FROM courses ";

Course read_course(SQLite::Statement& q) {
  Course c;
  c.id = q.getColumn(0).getInt64();
  c.uuid = q.getColumn(1).getString();
  c.start = day_from_column(q.getColumn(2));
  c.weeks = q.getColumn(3).getInt();
  c.initial_weeks = q.getColumn(4).getInt();
  c.termination_weeks = q.getColumn(5).getInt();
  if (!q.getColumn(6).isNull())
    c.end = day_from_column(q.getColumn(6));
  c.note = q.getColumn(7).getString();
  return c;
}

std::optional<Course> one(SQLite::Database& db, const std::string& where) {
  SQLite::Statement q(db, kSelect + where);
  if (!q.executeStep())
    return std::nullopt;
  return read_course(q);
}

void bind_course(SQLite::Statement& q, const Course& c) {
  q.bind(":start", domain::format_date(c.start));
  q.bind(":weeks", c.weeks);
  q.bind(":initial", c.initial_weeks);
  q.bind(":termination", c.termination_weeks);
  if (c.end) {
    q.bind(":end", domain::format_date(*c.end));
  } else {
    q.bind(":end");
  }
  q.bind(":note", c.note);
}

}  // namespace

std::optional<Course> open_course(SQLite::Database& db) {
  return one(db, "WHERE end_day IS NULL LIMIT 1");
}

std::optional<Course> latest_course(SQLite::Database& db) {
  return one(db, "ORDER BY end_day IS NULL DESC, start_day DESC, id DESC LIMIT 1");
}

std::vector<Course> list_courses(SQLite::Database& db) {
  SQLite::Statement q(db, std::string(kSelect) + "ORDER BY start_day, id");
  std::vector<Course> out;
  while (q.executeStep())
    out.push_back(read_course(q));
  return out;
}

std::int64_t insert_course(SQLite::Database& db, const Course& c, domain::Instant now) {
  SQLite::Statement q(db,
                      "INSERT INTO courses(uuid, start_day, weeks, initial_weeks, "
                      "termination_weeks, end_day, note, created) VALUES (:uuid, :start, :weeks, "
                      ":initial, :termination, :end, :note, :created)");
  q.bind(":uuid", c.uuid);
  q.bind(":created", static_cast<int64_t>(now));
  bind_course(q, c);
  q.exec();
  return db.getLastInsertRowid();
}

void update_course(SQLite::Database& db, const Course& c) {
  SQLite::Statement q(db,
                      "UPDATE courses SET start_day = :start, weeks = :weeks, initial_weeks = "
                      ":initial, termination_weeks = :termination, end_day = :end, note = :note "
                      "WHERE id = :id");
  bind_course(q, c);
  q.bind(":id", static_cast<int64_t>(c.id));
  q.exec();
}

std::optional<domain::Phase> phase_pin(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT phase FROM phase_pin WHERE id = 1");
  if (!q.executeStep())
    return std::nullopt;
  return domain::phase_from(q.getColumn(0).getString());
}

void set_phase_pin(SQLite::Database& db, std::optional<domain::Phase> phase, domain::Instant now) {
  if (!phase) {
    db.exec("DELETE FROM phase_pin");
    return;
  }
  SQLite::Statement q(db,
                      "INSERT INTO phase_pin(id, phase, set_at) VALUES (1, ?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET phase = excluded.phase, set_at = "
                      "excluded.set_at");
  q.bind(1, std::string(domain::to_string(*phase)));
  q.bind(2, static_cast<int64_t>(now));
  q.exec();
}

}  // namespace ipt::storage
