#include "storage/area_repo.hpp"

#include <map>

#include "storage/sql.hpp"

namespace ipt::storage {

using domain::Area;

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.uuid, a.kind, a.title, a.status, a.stage, a.note, a.created_day, "
    "a.resolved_day, a.afraid FROM areas a ";

std::vector<Area> read_areas(SQLite::Statement& q) {
  std::vector<Area> out;
  const Row r(q, "areas");
  while (q.executeStep()) {
    Area a;
    a.id = r.i64(r.index("id"));
    a.uuid = r.text(r.index("uuid"));
    a.kind = r.named<domain::AreaKind>(r.index("kind"), a.id, domain::area_kind_from);
    a.title = r.text(r.index("title"));
    a.status = r.named<domain::AreaStatus>(r.index("status"), a.id, domain::area_status_from);
    a.stage = r.opt_named<domain::DisputeStage>(r.index("stage"), a.id, domain::dispute_stage_from);
    a.note = r.text(r.index("note"));
    a.created_day = r.day(r.index("created_day"), a.id);
    a.resolved_day = r.opt_day(r.index("resolved_day"), a.id);
    if (const int i = r.index("afraid"); !r.null(i))
      a.afraid = r.i32(i) != 0;
    out.push_back(std::move(a));
  }
  return out;
}

/// People and stage history for `areas`, one statement each.
void load_details(SQLite::Database& db, std::vector<Area>& areas) {
  if (areas.empty())
    return;
  std::map<std::int64_t, Area*> by_id;
  std::vector<std::int64_t> ids;
  for (auto& a : areas) {
    by_id[a.id] = &a;
    ids.push_back(a.id);
  }
  const auto list = json_ids(ids);
  SQLite::Statement people(db,
                           "SELECT ap.area_id, p.name FROM area_people ap JOIN people p ON p.id = "
                           "ap.person_id WHERE ap.area_id IN (SELECT value FROM json_each(?)) "
                           "ORDER BY ap.area_id, ap.pos");
  people.bind(1, list);
  while (people.executeStep())
    by_id.at(people.getColumn(0).getInt64())->people.push_back(people.getColumn(1).getString());
  SQLite::Statement stages(db,
                           "SELECT id, area_id, stage, day FROM area_stages WHERE area_id IN "
                           "(SELECT value FROM json_each(?)) ORDER BY area_id, at, id");
  stages.bind(1, list);
  const Row r(stages, "area_stages");
  while (stages.executeStep()) {
    const auto id = r.i64(0);
    by_id.at(r.i64(1))->stages.push_back(
        {r.named<domain::DisputeStage>(2, id, domain::dispute_stage_from), r.day(3, id)});
  }
}

std::optional<Area> one(SQLite::Database& db, SQLite::Statement& q) {
  auto found = read_areas(q);
  if (found.empty())
    return std::nullopt;
  load_details(db, found);
  return std::move(found.front());
}

}  // namespace

std::int64_t AreaRepo::insert(const Area& a, std::span<const std::int64_t> person_ids,
                              domain::Instant now) {
  SQLite::Statement q(db_,
                      "INSERT INTO areas(uuid, kind, title, status, stage, note, created_day, "
                      "created, afraid, updated) VALUES (:uuid, :kind, :title, :status, :stage, "
                      ":note, :day, :now, :afraid, :now)");
  bind_value(q, ":afraid", a.afraid);
  bind_value(q, ":uuid", a.uuid);
  bind_value(q, ":kind", a.kind);
  bind_value(q, ":title", a.title);
  bind_value(q, ":status", a.status);
  bind_value(q, ":stage", a.stage);
  bind_value(q, ":note", a.note);
  bind_value(q, ":day", a.created_day);
  bind_value(q, ":now", now);
  q.exec();
  const auto id = db_.getLastInsertRowid();
  SQLite::Statement link(db_,
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
    add_stage_change(id, *a.stage, a.created_day, now);
  return id;
}

std::optional<Area> AreaRepo::find(std::int64_t id) {
  SQLite::Statement q(db_, std::string(kSelect) + "WHERE a.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  return one(db_, q);
}

std::optional<Area> AreaRepo::find_by_uuid(std::string_view uuid) {
  SQLite::Statement q(db_, std::string(kSelect) + "WHERE a.uuid = ?");
  q.bind(1, std::string(uuid));
  return one(db_, q);
}

std::optional<Area> AreaRepo::focus() {
  SQLite::Statement q(db_, std::string(kSelect) + "WHERE a.status = 'focus' LIMIT 1");
  return one(db_, q);
}

std::optional<std::int64_t> AreaRepo::focus_id() {
  SQLite::Statement q(db_, "SELECT id FROM areas WHERE status = 'focus'");
  if (!q.executeStep())
    return std::nullopt;
  return q.getColumn(0).getInt64();
}

bool AreaRepo::exists(std::int64_t id) {
  SQLite::Statement q(db_, "SELECT 1 FROM areas WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  return q.executeStep();
}

std::vector<Area> AreaRepo::list() {
  SQLite::Statement q(db_, std::string(kSelect) +
                               "ORDER BY CASE a.status WHEN 'focus' THEN 0 WHEN 'open' THEN 1 "
                               "ELSE 2 END, a.id");
  auto out = read_areas(q);
  load_details(db_, out);
  return out;
}

void AreaRepo::update(const Area& a, domain::Instant now) {
  SQLite::Statement q(db_,
                      "UPDATE areas SET status = :status, stage = :stage, note = :note, "
                      "resolved_day = :resolved, afraid = :afraid, updated = :now WHERE id = :id");
  bind_value(q, ":afraid", a.afraid);
  bind_value(q, ":status", a.status);
  bind_value(q, ":stage", a.stage);
  bind_value(q, ":note", a.note);
  bind_value(q, ":resolved", a.resolved_day);
  bind_value(q, ":now", now);
  bind_value(q, ":id", a.id);
  q.exec();
}

void AreaRepo::record_focus(std::optional<std::int64_t> area_id, domain::Date day,
                            domain::Instant at) {
  SQLite::Statement q(db_, "INSERT INTO focus_history(area_id, day, at) VALUES (:a, :d, :t)");
  bind_value(q, ":a", area_id);
  bind_value(q, ":d", day);
  bind_value(q, ":t", at);
  q.exec();
}

std::optional<Area> AreaRepo::focus_on(domain::Date day) {
  SQLite::Statement q(db_,
                      "SELECT area_id FROM focus_history WHERE day <= ? ORDER BY day DESC, "
                      "at DESC, id DESC LIMIT 1");
  q.bind(1, domain::format_date(day));
  if (!q.executeStep() || q.getColumn(0).isNull())
    return std::nullopt;
  auto a = find(q.getColumn(0).getInt64());
  if (!a)
    return std::nullopt;
  // Its stage as it was that day: the last change by then.
  std::optional<domain::DisputeStage> stage;
  std::vector<domain::StageChange> then;
  for (const auto& c : a->stages) {
    if (c.day <= day) {
      stage = c.stage;
      then.push_back(c);
    }
  }
  a->stage = stage ? stage : a->stage;
  a->stages = then;
  return a;
}

std::vector<domain::FocusChange> AreaRepo::focus_changes() {
  SQLite::Statement q(db_,
                      "SELECT f.id, f.area_id, a.title, a.kind, f.day FROM focus_history f "
                      "LEFT JOIN areas a ON a.id = f.area_id ORDER BY f.day, f.at, f.id");
  std::vector<domain::FocusChange> out;
  const Row r(q, "focus_history");
  while (q.executeStep()) {
    const auto id = r.i64(0);
    domain::FocusChange c;
    c.area_id = r.opt_i64(1);
    if (c.area_id) {
      if (r.null(3))
        damaged_row("focus_history", id, "an area that does not exist");
      c.title = r.text(2);
      c.kind = r.named<domain::AreaKind>(3, id, domain::area_kind_from);
    }
    c.day = r.day(4, id);
    out.push_back(std::move(c));
  }
  return out;
}

void AreaRepo::add_stage_change(std::int64_t area_id, domain::DisputeStage stage, domain::Date day,
                                domain::Instant at) {
  SQLite::Statement q(db_,
                      "INSERT INTO area_stages(area_id, stage, day, at) "
                      "VALUES (:area, :stage, :day, :at)");
  bind_value(q, ":area", area_id);
  bind_value(q, ":stage", stage);
  bind_value(q, ":day", day);
  bind_value(q, ":at", at);
  q.exec();
}

}  // namespace ipt::storage
