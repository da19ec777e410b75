#include "storage/course_repo.hpp"

#include "domain/moment.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

using domain::Course;

namespace {

constexpr const char* kSelect =
    "SELECT id, uuid, start_day, weeks, initial_weeks, termination_weeks, end_day, note "
    "FROM courses ";

std::vector<Course> read_courses(SQLite::Statement& q) {
  std::vector<Course> out;
  const Row r(q, "courses");
  while (q.executeStep()) {
    Course c;
    c.id = r.i64(r.index("id"));
    c.uuid = r.text(r.index("uuid"));
    c.start = r.day(r.index("start_day"), c.id);
    c.weeks = r.i32(r.index("weeks"));
    c.initial_weeks = r.i32(r.index("initial_weeks"));
    c.termination_weeks = r.i32(r.index("termination_weeks"));
    c.end = r.opt_day(r.index("end_day"), c.id);
    c.note = r.text(r.index("note"));
    out.push_back(std::move(c));
  }
  return out;
}

std::optional<Course> one(SQLite::Database& db, const std::string& where) {
  SQLite::Statement q(db, kSelect + where);
  auto found = read_courses(q);
  if (found.empty())
    return std::nullopt;
  return std::move(found.front());
}

void bind_course(SQLite::Statement& q, const Course& c) {
  bind_value(q, ":start", c.start);
  bind_value(q, ":weeks", c.weeks);
  bind_value(q, ":initial", c.initial_weeks);
  bind_value(q, ":termination", c.termination_weeks);
  bind_value(q, ":end", c.end);
  bind_value(q, ":note", c.note);
}

}  // namespace

std::optional<Course> CourseRepo::open() {
  return one(db_, "WHERE end_day IS NULL LIMIT 1");
}

std::optional<Course> CourseRepo::latest() {
  return one(db_, "ORDER BY end_day IS NULL DESC, start_day DESC, id DESC LIMIT 1");
}

std::optional<Course> CourseRepo::find_by_uuid(std::string_view uuid) {
  SQLite::Statement q(db_, std::string(kSelect) + "WHERE uuid = ?");
  q.bind(1, std::string(uuid));
  auto found = read_courses(q);
  if (found.empty())
    return std::nullopt;
  return std::move(found.front());
}

std::vector<Course> CourseRepo::list() {
  SQLite::Statement q(db_, std::string(kSelect) + "ORDER BY start_day, id");
  return read_courses(q);
}

std::int64_t CourseRepo::insert(const Course& c, domain::Instant now) {
  SQLite::Statement q(db_,
                      "INSERT INTO courses(uuid, start_day, weeks, initial_weeks, "
                      "termination_weeks, end_day, note, created, updated) VALUES (:uuid, :start, "
                      ":weeks, :initial, :termination, :end, :note, :created, :created)");
  bind_value(q, ":uuid", c.uuid);
  bind_value(q, ":created", now);
  bind_course(q, c);
  q.exec();
  return db_.getLastInsertRowid();
}

void CourseRepo::update(const Course& c, domain::Instant now) {
  SQLite::Statement q(db_,
                      "UPDATE courses SET start_day = :start, weeks = :weeks, initial_weeks = "
                      ":initial, termination_weeks = :termination, end_day = :end, note = :note, "
                      "updated = :now WHERE id = :id");
  bind_course(q, c);
  bind_value(q, ":now", now);
  bind_value(q, ":id", c.id);
  q.exec();
}

std::optional<Course> CourseRepo::covering(domain::Date first, domain::Date last) {
  SQLite::Statement q(db_, std::string(kSelect) +
                               "WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?) "
                               "ORDER BY start_day DESC, id DESC LIMIT 1");
  q.bind(1, domain::format_date(last));
  q.bind(2, domain::format_date(first));
  auto found = read_courses(q);
  if (found.empty())
    return std::nullopt;
  return std::move(found.front());
}

std::optional<domain::Phase> CourseRepo::pin_on(domain::Date day) {
  SQLite::Statement q(db_,
                      "SELECT phase FROM pin_history WHERE day <= ? ORDER BY day DESC, at DESC, "
                      "id DESC LIMIT 1");
  q.bind(1, domain::format_date(day));
  if (!q.executeStep() || q.getColumn(0).isNull())
    return std::nullopt;
  const Row r(q, "pin_history");
  return r.named<domain::Phase>(0, 0, domain::phase_from);
}

std::optional<domain::Phase> CourseRepo::phase_pin() {
  SQLite::Statement q(db_, "SELECT phase FROM phase_pin WHERE id = 1");
  if (!q.executeStep())
    return std::nullopt;
  const Row r(q, "phase_pin");
  return r.named<domain::Phase>(0, 1, domain::phase_from);
}

void CourseRepo::set_phase_pin(std::optional<domain::Phase> phase, domain::Instant now) {
  SQLite::Statement history(db_, "INSERT INTO pin_history(phase, day, at) VALUES (?, ?, ?)");
  if (phase) {
    history.bind(1, std::string(domain::to_string(*phase)));
  } else {
    history.bind(1);
  }
  history.bind(2, domain::format_date(domain::today(now)));
  history.bind(3, static_cast<int64_t>(now));
  history.exec();
  if (!phase) {
    db_.exec("DELETE FROM phase_pin");
    return;
  }
  SQLite::Statement q(db_,
                      "INSERT INTO phase_pin(id, phase, set_at) VALUES (1, :phase, :now) "
                      "ON CONFLICT(id) DO UPDATE SET phase = excluded.phase, set_at = "
                      "excluded.set_at");
  bind_value(q, ":phase", *phase);
  bind_value(q, ":now", now);
  q.exec();
}

}  // namespace ipt::storage
