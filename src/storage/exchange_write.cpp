// ExchangeRepo, import half: lookups by UUID and the writes of a merge. Which version of a
// record wins is decided by the caller (app/exchange.cpp); these only run statements.
#include "domain/text.hpp"
#include "storage/exchange_repo.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

using namespace domain;

namespace {

constexpr const char* kPersonStamp = "SELECT id, updated FROM people WHERE uuid = ?";
constexpr const char* kAreaStamp = "SELECT id, updated FROM areas WHERE uuid = ?";
constexpr const char* kCourseStamp = "SELECT id, updated FROM courses WHERE uuid = ?";
constexpr const char* kEntryStamp = "SELECT id, updated FROM entries WHERE uuid = ?";
constexpr const char* kAgendaStamp = "SELECT id, updated FROM agenda WHERE uuid = ?";

void bind_person(SQLite::Statement& q, const PersonRecord& rec) {
  const auto& p = rec.person;
  bind_value(q, ":name", p.name);
  bind_value(q, ":key", fold_case(p.name));
  bind_value(q, ":circle", p.circle);
  bind_value(q, ":role", p.role);
  bind_value(q, ":note", p.note);
  bind_value(q, ":contact", p.contact);
  bind_value(q, ":satisfying", p.satisfying);
  bind_value(q, ":unsatisfying", p.unsatisfying);
  bind_value(q, ":mine", p.my_expectations);
  bind_value(q, ":theirs", p.their_expectations);
  bind_value(q, ":wish", p.wish);
  bind_value(q, ":updated", rec.updated);
}

void bind_area(SQLite::Statement& q, const AreaRecord& a) {
  bind_value(q, ":kind", a.kind);
  bind_value(q, ":title", a.title);
  bind_value(q, ":status", a.status);
  bind_value(q, ":stage", a.stage);
  bind_value(q, ":note", a.note);
  bind_value(q, ":afraid", a.afraid);
  bind_value(q, ":created_day", a.created_day);
  bind_value(q, ":resolved", a.resolved_day);
  bind_value(q, ":updated", a.updated);
}

void link_area_people(SQLite::Database& db, std::int64_t id, std::span<const std::int64_t> people) {
  SQLite::Statement del(db, "DELETE FROM area_people WHERE area_id = ?");
  del.bind(1, static_cast<int64_t>(id));
  del.exec();
  SQLite::Statement link(db,
                         "INSERT OR IGNORE INTO area_people(area_id, person_id, pos) "
                         "VALUES (?, ?, ?)");
  int pos = 0;
  for (auto pid : people) {
    link.bind(1, static_cast<int64_t>(id));
    link.bind(2, static_cast<int64_t>(pid));
    link.bind(3, pos++);
    link.exec();
    link.reset();
  }
}

void bind_course(SQLite::Statement& q, const CourseRecord& rec) {
  const auto& c = rec.course;
  bind_value(q, ":start", c.start);
  bind_value(q, ":weeks", c.weeks);
  bind_value(q, ":initial", c.initial_weeks);
  bind_value(q, ":termination", c.termination_weeks);
  bind_value(q, ":end", c.end);
  bind_value(q, ":note", c.note);
  bind_value(q, ":updated", rec.updated);
}

void bind_agenda(SQLite::Statement& q, const AgendaRecord& a, std::optional<std::int64_t> entry) {
  bind_value(q, ":text", a.text);
  bind_value(q, ":entry", entry);
  bind_value(q, ":day", a.day);
  bind_value(q, ":updated", a.updated);
  bind_value(q, ":done", a.done);
}

/// Inserts a row unless an identical one exists; true when it was added.
bool add_unless_there(SQLite::Statement& exists, SQLite::Statement& insert) {
  if (exists.executeStep())
    return false;
  insert.exec();
  return true;
}

}  // namespace

std::optional<Stamp> ExchangeRepo::stamp(const char* sql, std::string_view uuid) {
  if (!cache_)
    cache_ = std::make_shared<StatementCache>(db_);
  auto& q = cache_->get(sql);
  q.bind(1, std::string(uuid));
  std::optional<Stamp> out;
  if (q.executeStep())
    out = Stamp{q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
  q.reset();  // no statement stays open across the rest of the unit
  return out;
}

std::optional<Stamp> ExchangeRepo::person(std::string_view uuid) {
  return stamp(kPersonStamp, uuid);
}
std::optional<Stamp> ExchangeRepo::area(std::string_view uuid) {
  return stamp(kAreaStamp, uuid);
}
std::optional<Stamp> ExchangeRepo::course(std::string_view uuid) {
  return stamp(kCourseStamp, uuid);
}
std::optional<Stamp> ExchangeRepo::entry(std::string_view uuid) {
  return stamp(kEntryStamp, uuid);
}
std::optional<Stamp> ExchangeRepo::agenda_item(std::string_view uuid) {
  return stamp(kAgendaStamp, uuid);
}

std::optional<NameHolder> ExchangeRepo::name_holder(std::string_view key) {
  SQLite::Statement q(db_, "SELECT id, uuid, name, created FROM people WHERE name_key = ?");
  q.bind(1, std::string(key));
  if (!q.executeStep())
    return std::nullopt;
  return NameHolder{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                    q.getColumn(2).getString(), q.getColumn(3).getInt64()};
}

std::optional<NameHolder> ExchangeRepo::open_course() {
  SQLite::Statement q(db_,
                      "SELECT id, uuid, start_day, updated FROM courses WHERE end_day IS NULL");
  if (!q.executeStep())
    return std::nullopt;
  return NameHolder{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                    q.getColumn(2).getString(), q.getColumn(3).getInt64()};
}

std::optional<NameHolder> ExchangeRepo::focus_area() {
  SQLite::Statement q(db_, "SELECT id, uuid, title, updated FROM areas WHERE status = 'focus'");
  if (!q.executeStep())
    return std::nullopt;
  return NameHolder{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                    q.getColumn(2).getString(), q.getColumn(3).getInt64()};
}

std::int64_t ExchangeRepo::insert_person(const PersonRecord& p) {
  SQLite::Statement q(db_,
                      "INSERT INTO people(uuid, name, name_key, circle, role, note, created, "
                      "contact, satisfying, unsatisfying, my_expectations, their_expectations, "
                      "wish, updated) VALUES (:uuid, :name, :key, :circle, :role, :note, "
                      ":created, :contact, :satisfying, :unsatisfying, :mine, :theirs, :wish, "
                      ":updated)");
  bind_value(q, ":uuid", p.person.uuid);
  bind_value(q, ":created", p.person.created);
  bind_person(q, p);
  q.exec();
  return db_.getLastInsertRowid();
}

void ExchangeRepo::update_person(std::int64_t id, const PersonRecord& p) {
  SQLite::Statement q(db_,
                      "UPDATE people SET name = :name, name_key = :key, circle = :circle, role = "
                      ":role, note = :note, contact = :contact, satisfying = :satisfying, "
                      "unsatisfying = :unsatisfying, my_expectations = :mine, "
                      "their_expectations = :theirs, wish = :wish, updated = :updated "
                      "WHERE id = :id");
  bind_person(q, p);
  bind_value(q, ":id", id);
  q.exec();
}

void ExchangeRepo::rename_person(std::int64_t id, const std::string& name) {
  SQLite::Statement q(db_, "UPDATE people SET name = ?, name_key = ? WHERE id = ?");
  q.bind(1, name);
  q.bind(2, fold_case(name));
  q.bind(3, static_cast<int64_t>(id));
  q.exec();
}

std::int64_t ExchangeRepo::insert_area(const AreaRecord& a, std::span<const std::int64_t> people) {
  SQLite::Statement q(db_,
                      "INSERT INTO areas(uuid, kind, title, status, stage, note, afraid, "
                      "created_day, resolved_day, created, updated) VALUES (:uuid, :kind, "
                      ":title, :status, :stage, :note, :afraid, :created_day, :resolved, "
                      ":created, :updated)");
  bind_value(q, ":uuid", a.uuid);
  bind_value(q, ":created", a.created);
  bind_area(q, a);
  q.exec();
  const auto id = db_.getLastInsertRowid();
  link_area_people(db_, id, people);
  return id;
}

void ExchangeRepo::update_area(std::int64_t id, const AreaRecord& a,
                               std::span<const std::int64_t> people) {
  SQLite::Statement q(db_,
                      "UPDATE areas SET kind = :kind, title = :title, status = :status, stage = "
                      ":stage, note = :note, afraid = :afraid, created_day = :created_day, "
                      "resolved_day = :resolved, updated = :updated WHERE id = :id");
  bind_area(q, a);
  bind_value(q, ":id", id);
  q.exec();
  link_area_people(db_, id, people);
}

void ExchangeRepo::set_area_status(std::int64_t id, AreaStatus status) {
  SQLite::Statement q(db_, "UPDATE areas SET status = ? WHERE id = ?");
  q.bind(1, std::string(to_string(status)));
  q.bind(2, static_cast<int64_t>(id));
  q.exec();
}

int ExchangeRepo::merge_area_history(std::int64_t id, const AreaRecord& a) {
  int changed = 0;
  SQLite::Statement has_stage(db_,
                              "SELECT 1 FROM area_stages WHERE area_id = :area AND stage = :stage "
                              "AND day = :day AND at = :at");
  SQLite::Statement add_stage(db_,
                              "INSERT INTO area_stages(area_id, stage, day, at) "
                              "VALUES (:area, :stage, :day, :at)");
  for (const auto& s : a.stages) {
    for (auto* q : {&has_stage, &add_stage}) {
      q->reset();
      bind_value(*q, ":area", id);
      bind_value(*q, ":stage", s.stage);
      bind_value(*q, ":day", s.day);
      bind_value(*q, ":at", s.at);
    }
    changed += add_unless_there(has_stage, add_stage) ? 1 : 0;
  }
  // A rating is one per area and day: the later of two for the same day stands.
  SQLite::Statement same_day(db_,
                             "SELECT id, uuid, at FROM area_ratings WHERE area_id = ? AND day = ?");
  SQLite::Statement drop(db_, "DELETE FROM area_ratings WHERE id = ?");
  SQLite::Statement add(db_,
                        "INSERT INTO area_ratings(uuid, area_id, day, rating, at) "
                        "VALUES (:uuid, :area, :day, :rating, :at)");
  for (const auto& r : a.ratings) {
    same_day.reset();
    same_day.bind(1, static_cast<int64_t>(id));
    same_day.bind(2, format_date(r.day));
    if (same_day.executeStep()) {
      if (same_day.getColumn(2).getInt64() >= r.at)
        continue;
      drop.reset();
      drop.bind(1, same_day.getColumn(0).getInt64());
      drop.exec();
    }
    same_day.reset();
    // A rating's UUID moves with it: one given for another day of the same area is replaced.
    SQLite::Statement moved(db_, "DELETE FROM area_ratings WHERE uuid = ?");
    moved.bind(1, r.uuid);
    moved.exec();
    add.reset();
    bind_value(add, ":uuid", r.uuid);
    bind_value(add, ":area", id);
    bind_value(add, ":day", r.day);
    bind_value(add, ":rating", r.rating);
    bind_value(add, ":at", r.at);
    add.exec();
    ++changed;
  }
  return changed;
}

bool ExchangeRepo::add_focus_change(std::optional<std::int64_t> area, const FocusRecord& f) {
  SQLite::Statement has(db_,
                        "SELECT 1 FROM focus_history WHERE area_id IS :area AND day = :day AND "
                        "at = :at");
  SQLite::Statement add(db_,
                        "INSERT INTO focus_history(area_id, day, at) VALUES (:area, :day, :at)");
  for (auto* q : {&has, &add}) {
    bind_value(*q, ":area", area);
    bind_value(*q, ":day", f.day);
    bind_value(*q, ":at", f.at);
  }
  return add_unless_there(has, add);
}

std::int64_t ExchangeRepo::insert_course(const CourseRecord& c) {
  SQLite::Statement q(db_,
                      "INSERT INTO courses(uuid, start_day, weeks, initial_weeks, "
                      "termination_weeks, end_day, note, created, updated) VALUES (:uuid, :start, "
                      ":weeks, :initial, :termination, :end, :note, :created, :updated)");
  bind_value(q, ":uuid", c.course.uuid);
  bind_value(q, ":created", c.created);
  bind_course(q, c);
  q.exec();
  return db_.getLastInsertRowid();
}

void ExchangeRepo::update_course(std::int64_t id, const CourseRecord& c) {
  SQLite::Statement q(db_,
                      "UPDATE courses SET start_day = :start, weeks = :weeks, initial_weeks = "
                      ":initial, termination_weeks = :termination, end_day = :end, note = :note, "
                      "updated = :updated WHERE id = :id");
  bind_course(q, c);
  bind_value(q, ":id", id);
  q.exec();
}

bool ExchangeRepo::add_pin(const PinRecord& p) {
  SQLite::Statement has(db_,
                        "SELECT 1 FROM pin_history WHERE phase IS :phase AND day = :day AND "
                        "at = :at");
  SQLite::Statement add(db_, "INSERT INTO pin_history(phase, day, at) VALUES (:phase, :day, :at)");
  for (auto* q : {&has, &add}) {
    bind_value(*q, ":phase", p.phase);
    bind_value(*q, ":day", p.day);
    bind_value(*q, ":at", p.at);
  }
  return add_unless_there(has, add);
}

void ExchangeRepo::settle_pin() {
  SQLite::Statement last(db_,
                         "SELECT phase, at FROM pin_history ORDER BY day DESC, at DESC, id DESC "
                         "LIMIT 1");
  if (!last.executeStep())
    return;
  if (last.getColumn(0).isNull()) {
    db_.exec("DELETE FROM phase_pin");
    return;
  }
  SQLite::Statement set(db_,
                        "INSERT INTO phase_pin(id, phase, set_at) VALUES (1, ?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET phase = excluded.phase, "
                        "set_at = excluded.set_at");
  set.bind(1, last.getColumn(0).getString());
  set.bind(2, last.getColumn(1).getInt64());
  set.exec();
}

bool ExchangeRepo::add_plan_version(const PlanRecord& p) {
  SQLite::Statement has(db_,
                        "SELECT 1 FROM safety_plan WHERE step = :step AND text = :text AND "
                        "day = :day AND at = :at");
  SQLite::Statement add(db_,
                        "INSERT INTO safety_plan(step, text, day, at) "
                        "VALUES (:step, :text, :day, :at)");
  for (auto* q : {&has, &add}) {
    bind_value(*q, ":step", p.step);
    bind_value(*q, ":text", p.text);
    bind_value(*q, ":day", p.day);
    bind_value(*q, ":at", p.at);
  }
  return add_unless_there(has, add);
}

std::int64_t ExchangeRepo::insert_agenda(const AgendaRecord& a, std::optional<std::int64_t> entry) {
  SQLite::Statement q(db_,
                      "INSERT INTO agenda(uuid, text, entry_id, day, created, updated, done) "
                      "VALUES (:uuid, :text, :entry, :day, :created, :updated, :done)");
  bind_value(q, ":uuid", a.uuid);
  bind_value(q, ":created", a.created);
  bind_agenda(q, a, entry);
  q.exec();
  return db_.getLastInsertRowid();
}

void ExchangeRepo::update_agenda(std::int64_t id, const AgendaRecord& a,
                                 std::optional<std::int64_t> entry) {
  SQLite::Statement q(db_,
                      "UPDATE agenda SET text = :text, entry_id = :entry, day = :day, "
                      "updated = :updated, done = :done WHERE id = :id");
  bind_agenda(q, a, entry);
  bind_value(q, ":id", id);
  q.exec();
}

bool ExchangeRepo::add_asked(const AskedRecord& a) {
  SQLite::Statement q(db_,
                      "INSERT OR IGNORE INTO prompts_asked(week, prompt_id, pos, text, asked) "
                      "VALUES (:week, :id, :pos, :text, :asked)");
  bind_value(q, ":week", a.week);
  bind_value(q, ":id", a.prompt_id);
  bind_value(q, ":pos", a.pos);
  bind_value(q, ":text", a.text);
  bind_value(q, ":asked", a.asked);
  return q.exec() > 0;
}

void ExchangeRepo::set_checkin(std::int64_t event, std::optional<std::int64_t> checkin) {
  SQLite::Statement q(db_, "UPDATE entries SET checkin_id = :c WHERE id = :id");
  bind_value(q, ":c", checkin);
  bind_value(q, ":id", event);
  q.exec();
}

}  // namespace ipt::storage
