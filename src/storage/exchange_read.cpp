// ExchangeRepo, export half: the journal read as records that refer to each other by UUID.
#include <map>

#include "storage/entry_repo.hpp"
#include "storage/exchange_repo.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

using namespace domain;

namespace {

constexpr const char* kFirstDay = "0000-01-01";
constexpr const char* kLastDay = "9999-12-31";

std::string from_of(const ExchangeRange& r) {
  return r.from ? format_date(*r.from) : kFirstDay;
}
std::string to_of(const ExchangeRange& r) {
  return r.to ? format_date(*r.to) : kLastDay;
}

std::vector<PersonRecord> read_people(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT id, uuid, name, circle, role, note, contact, satisfying, "
                      "unsatisfying, my_expectations, their_expectations, wish, created, updated "
                      "FROM people ORDER BY created, uuid");
  const Row r(q, "people");
  std::vector<PersonRecord> out;
  while (q.executeStep()) {
    PersonRecord rec;
    auto& p = rec.person;
    p.id = r.i64(0);
    p.uuid = r.text(1);
    p.name = r.text(2);
    p.circle = r.opt_named<Circle>(3, p.id, circle_from);
    p.role = r.text(4);
    p.note = r.text(5);
    p.contact = r.opt_named<Contact>(6, p.id, contact_from);
    p.satisfying = r.text(7);
    p.unsatisfying = r.text(8);
    p.my_expectations = r.text(9);
    p.their_expectations = r.text(10);
    p.wish = r.text(11);
    p.created = r.i64(12);
    rec.updated = r.i64(13);
    out.push_back(std::move(rec));
  }
  return out;
}

std::vector<AreaRecord> read_areas(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT id, uuid, kind, title, status, stage, note, afraid, created_day, "
                      "resolved_day, created, updated FROM areas ORDER BY created, uuid");
  const Row r(q, "areas");
  std::vector<AreaRecord> out;
  std::map<std::int64_t, std::size_t> index;
  while (q.executeStep()) {
    const auto id = r.i64(0);
    AreaRecord a;
    a.uuid = r.text(1);
    a.kind = r.named<AreaKind>(2, id, area_kind_from);
    a.title = r.text(3);
    a.status = r.named<AreaStatus>(4, id, area_status_from);
    a.stage = r.opt_named<DisputeStage>(5, id, dispute_stage_from);
    a.note = r.text(6);
    if (!r.null(7))
      a.afraid = r.i32(7) != 0;
    a.created_day = r.day(8, id);
    a.resolved_day = r.opt_day(9, id);
    a.created = r.i64(10);
    a.updated = r.i64(11);
    index[id] = out.size();
    out.push_back(std::move(a));
  }
  SQLite::Statement people(db,
                           "SELECT ap.area_id, p.uuid FROM area_people ap JOIN people p ON "
                           "p.id = ap.person_id ORDER BY ap.area_id, ap.pos");
  while (people.executeStep())
    out[index.at(people.getColumn(0).getInt64())].people.push_back(people.getColumn(1));
  SQLite::Statement stages(db,
                           "SELECT id, area_id, stage, day, at FROM area_stages "
                           "ORDER BY area_id, at, id");
  const Row s(stages, "area_stages");
  while (stages.executeStep()) {
    const auto id = s.i64(0);
    out[index.at(s.i64(1))].stages.push_back(
        {s.named<DisputeStage>(2, id, dispute_stage_from), s.day(3, id), s.i64(4)});
  }
  SQLite::Statement ratings(db,
                            "SELECT id, area_id, uuid, day, rating, at FROM area_ratings "
                            "ORDER BY area_id, day");
  const Row g(ratings, "area_ratings");
  while (ratings.executeStep()) {
    const auto id = g.i64(0);
    out[index.at(g.i64(1))].ratings.push_back({g.text(2), g.day(3, id), g.i32(4), g.i64(5)});
  }
  return out;
}

std::vector<FocusRecord> read_focus(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT f.id, a.uuid, f.day, f.at FROM focus_history f LEFT JOIN areas a "
                      "ON a.id = f.area_id ORDER BY f.day, f.at, f.id");
  const Row r(q, "focus_history");
  std::vector<FocusRecord> out;
  while (q.executeStep()) {
    FocusRecord f;
    if (!r.null(1))
      f.area = r.text(1);
    f.day = r.day(2, r.i64(0));
    f.at = r.i64(3);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<CourseRecord> read_courses(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT id, uuid, start_day, weeks, initial_weeks, termination_weeks, "
                      "end_day, note, created, updated FROM courses ORDER BY start_day, uuid");
  const Row r(q, "courses");
  std::vector<CourseRecord> out;
  while (q.executeStep()) {
    CourseRecord rec;
    auto& c = rec.course;
    c.id = r.i64(0);
    c.uuid = r.text(1);
    c.start = r.day(2, c.id);
    c.weeks = r.i32(3);
    c.initial_weeks = r.i32(4);
    c.termination_weeks = r.i32(5);
    c.end = r.opt_day(6, c.id);
    c.note = r.text(7);
    rec.created = r.i64(8);
    rec.updated = r.i64(9);
    out.push_back(std::move(rec));
  }
  return out;
}

std::vector<PinRecord> read_pins(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT id, phase, day, at FROM pin_history ORDER BY day, at, id");
  const Row r(q, "pin_history");
  std::vector<PinRecord> out;
  while (q.executeStep()) {
    const auto id = r.i64(0);
    out.push_back({r.opt_named<Phase>(1, id, phase_from), r.day(2, id), r.i64(3)});
  }
  return out;
}

}  // namespace

ExchangeHead ExchangeRepo::head() {
  return {read_people(db_), read_areas(db_), read_focus(db_), read_courses(db_), read_pins(db_)};
}

void ExchangeRepo::each_entry(const ExchangeRange& range,
                              const std::function<void(const EntryRecord&)>& f) {
  EntryRepo(db_).each_record(from_of(range), to_of(range), f);
}

ExchangeTail ExchangeRepo::tail(const ExchangeRange& range) {
  ExchangeTail t;
  {
    SQLite::Statement q(db_, "SELECT id, step, text, day, at FROM safety_plan ORDER BY at, id");
    const Row r(q, "safety_plan");
    while (q.executeStep()) {
      const auto id = r.i64(0);
      t.safety_plan.push_back(
          {r.named<PlanStep>(1, id, plan_step_from), r.text(2), r.day(3, id), r.i64(4)});
    }
  }
  {
    // An item whose entry is outside the range goes with it.
    SQLite::Statement q(db_,
                        "SELECT g.id, g.uuid, g.text, e.uuid, g.day, g.created, g.updated, g.done "
                        "FROM agenda g LEFT JOIN entries e ON e.id = g.entry_id "
                        "WHERE (g.entry_id IS NULL AND g.day BETWEEN :from AND :to) "
                        "OR e.day BETWEEN :from AND :to ORDER BY g.created, g.uuid");
    bind_value(q, ":from", from_of(range));
    bind_value(q, ":to", to_of(range));
    const Row r(q, "agenda");
    while (q.executeStep()) {
      AgendaRecord a;
      const auto id = r.i64(0);
      a.uuid = r.text(1);
      if (!r.null(2))
        a.text = r.text(2);
      if (!r.null(3))
        a.entry = r.text(3);
      a.day = r.day(4, id);
      a.created = r.i64(5);
      a.updated = r.i64(6);
      a.done = r.opt_i64(7);
      t.agenda.push_back(std::move(a));
    }
  }
  {
    SQLite::Statement q(db_,
                        "SELECT week, prompt_id, pos, text, asked FROM prompts_asked "
                        "WHERE date(week, '+6 days') >= :from AND week <= :to "
                        "ORDER BY week, pos, prompt_id");
    bind_value(q, ":from", from_of(range));
    bind_value(q, ":to", to_of(range));
    const Row r(q, "prompts_asked");
    while (q.executeStep())
      t.prompts_asked.push_back({r.day(0, 0), r.text(1), r.i32(2), r.text(3), r.i64(4)});
  }
  return t;
}

}  // namespace ipt::storage
