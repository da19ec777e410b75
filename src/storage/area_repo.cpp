#include "storage/area_repo.hpp"

#include <SQLiteCpp/Statement.h>

#include "storage/rows.hpp"

namespace ipt::storage {

using domain::Area;

namespace {

constexpr const char* kColumns =
    "a.id, a.uuid, a.kind, a.title, a.status, a.stage, a.note, a.created_day, a.resolved_day";

domain::AreaKind kind_of(const std::string& s) {
  return domain::area_kind_from(s).value_or(domain::AreaKind::grief);  // CHECK keeps it valid
}

std::optional<domain::DisputeStage> stage_of(const SQLite::Column& c) {
  if (c.isNull())
    return std::nullopt;
  return domain::dispute_stage_from(c.getString());
}

Area read_area(SQLite::Statement& q) {
  Area a;
  a.id = q.getColumn(0).getInt64();
  a.uuid = q.getColumn(1).getString();
  a.kind = kind_of(q.getColumn(2).getString());
  a.title = q.getColumn(3).getString();
  a.status =
      domain::area_status_from(q.getColumn(4).getString()).value_or(domain::AreaStatus::open);
  a.stage = stage_of(q.getColumn(5));
  a.note = q.getColumn(6).getString();
  a.created_day = day_from_column(q.getColumn(7));
  if (!q.getColumn(8).isNull())
    a.resolved_day = day_from_column(q.getColumn(8));
  return a;
}

void load_details(SQLite::Database& db, Area& a) {
  SQLite::Statement people(db,
                           "SELECT p.name FROM area_people ap JOIN people p ON p.id = "
                           "ap.person_id WHERE ap.area_id = ? ORDER BY ap.pos");
  people.bind(1, static_cast<int64_t>(a.id));
  while (people.executeStep())
    a.people.push_back(people.getColumn(0).getString());
  SQLite::Statement stages(db,
                           "SELECT stage, day FROM area_stages WHERE area_id = ? ORDER BY at, id");
  stages.bind(1, static_cast<int64_t>(a.id));
  while (stages.executeStep()) {
    if (auto s = stage_of(stages.getColumn(0))) {
      a.stages.push_back({*s, day_from_column(stages.getColumn(1))});
    }
  }
}

std::optional<Area> one(SQLite::Database& db, const std::string& where, std::int64_t id) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM areas a " + where);
  if (id)
    q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep())
    return std::nullopt;
  Area a = read_area(q);
  q.reset();
  load_details(db, a);
  return a;
}

}  // namespace

std::int64_t insert_area(SQLite::Database& db, const Area& a,
                         std::span<const std::int64_t> person_ids, domain::Instant now) {
  SQLite::Statement q(db,
                      "INSERT INTO areas(uuid, kind, title, status, stage, note, created_day, "
                      "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, a.uuid);
  q.bind(2, std::string(domain::to_string(a.kind)));
  q.bind(3, a.title);
  q.bind(4, std::string(domain::to_string(a.status)));
  if (a.stage) {
    q.bind(5, std::string(domain::to_string(*a.stage)));
  } else {
    q.bind(5);
  }
  q.bind(6, a.note);
  q.bind(7, domain::format_date(a.created_day));
  q.bind(8, static_cast<int64_t>(now));
  q.exec();
  const auto id = db.getLastInsertRowid();
  SQLite::Statement link(db,
                         "INSERT OR IGNORE INTO area_people(area_id, person_id, pos) "
                         "VALUES (?, ?, ?)");
  int pos = 0;
  for (auto pid : person_ids) {
    link.bind(1, static_cast<int64_t>(id));
    link.bind(2, static_cast<int64_t>(pid));
    link.bind(3, pos++);
    link.exec();
    link.reset();
  }
  if (a.stage)
    add_stage_change(db, id, *a.stage, a.created_day, now);
  return id;
}

std::optional<Area> find_area(SQLite::Database& db, std::int64_t id) {
  return one(db, "WHERE a.id = ?", id);
}

std::optional<Area> focus_area(SQLite::Database& db) {
  return one(db, "WHERE a.status = 'focus' LIMIT 1", 0);
}

std::optional<std::int64_t> focus_area_id(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT id FROM areas WHERE status = 'focus'");
  if (!q.executeStep())
    return std::nullopt;
  return q.getColumn(0).getInt64();
}

bool area_exists(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "SELECT 1 FROM areas WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  return q.executeStep();
}

std::vector<domain::AreaSummary> list_areas(SQLite::Database& db) {
  SQLite::Statement q(
      db, std::string("SELECT ") + kColumns +
              ", (SELECT count(*) FROM entries e WHERE e.area_id = a.id), "
              "(SELECT avg(c.mood) FROM entries c WHERE c.type = 'checkin' AND c.day IN "
              "(SELECT e.day FROM entries e WHERE e.area_id = a.id)) "
              "FROM areas a ORDER BY CASE a.status WHEN 'focus' THEN 0 WHEN 'open' THEN 1 "
              "ELSE 2 END, a.id");
  std::vector<domain::AreaSummary> out;
  while (q.executeStep()) {
    domain::AreaSummary s;
    s.area = read_area(q);
    s.entries = q.getColumn(9).getInt();
    if (!q.getColumn(10).isNull())
      s.mean_mood = q.getColumn(10).getDouble();
    out.push_back(std::move(s));
  }
  for (auto& s : out)
    load_details(db, s.area);
  return out;
}

void update_area(SQLite::Database& db, const Area& a) {
  SQLite::Statement q(db,
                      "UPDATE areas SET status = ?, stage = ?, note = ?, resolved_day = ? "
                      "WHERE id = ?");
  q.bind(1, std::string(domain::to_string(a.status)));
  if (a.stage) {
    q.bind(2, std::string(domain::to_string(*a.stage)));
  } else {
    q.bind(2);
  }
  q.bind(3, a.note);
  if (a.resolved_day) {
    q.bind(4, domain::format_date(*a.resolved_day));
  } else {
    q.bind(4);
  }
  q.bind(5, static_cast<int64_t>(a.id));
  q.exec();
}

void add_stage_change(SQLite::Database& db, std::int64_t area_id, domain::DisputeStage stage,
                      domain::Date day, domain::Instant at) {
  SQLite::Statement q(db, "INSERT INTO area_stages(area_id, stage, day, at) VALUES (?, ?, ?, ?)");
  q.bind(1, static_cast<int64_t>(area_id));
  q.bind(2, std::string(domain::to_string(stage)));
  q.bind(3, domain::format_date(day));
  q.bind(4, static_cast<int64_t>(at));
  q.exec();
}

}  // namespace ipt::storage
