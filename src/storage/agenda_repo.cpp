#include "storage/agenda_repo.hpp"

#include "storage/sql.hpp"

namespace ipt::storage {

namespace {

// The item's text, or the text of the entry it names, as the entry is now.
constexpr const char* kSelect =
    "SELECT a.id, a.uuid, coalesce(a.text, e.text, '') AS text, a.entry_id, a.day, a.created, "
    "a.updated, a.done FROM agenda a LEFT JOIN entries e ON e.id = a.entry_id ";

std::vector<domain::AgendaItem> read_items(SQLite::Statement& q) {
  std::vector<domain::AgendaItem> out;
  const Row r(q, "agenda");
  const int id = r.index("id"), uuid = r.index("uuid"), text = r.index("text"),
            entry = r.index("entry_id"), day = r.index("day"), created = r.index("created"),
            updated = r.index("updated"), done = r.index("done");
  while (q.executeStep()) {
    domain::AgendaItem a;
    a.id = r.i64(id);
    a.uuid = r.text(uuid);
    a.text = r.text(text);
    a.entry_id = r.opt_i64(entry);
    a.day = r.day(day, a.id);
    a.created = r.i64(created);
    a.updated = r.i64(updated);
    a.done = r.opt_i64(done);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

std::int64_t AgendaRepo::insert(const domain::AgendaItem& item) {
  SQLite::Statement q(db_,
                      "INSERT INTO agenda(uuid, text, entry_id, day, created, updated, done) "
                      "VALUES (:uuid, :text, :entry, :day, :created, :updated, :done)");
  bind_value(q, ":uuid", item.uuid);
  bind_value(q, ":text", item.entry_id ? std::nullopt : std::optional(item.text));
  bind_value(q, ":entry", item.entry_id);
  bind_value(q, ":day", item.day);
  bind_value(q, ":created", item.created);
  bind_value(q, ":updated", item.updated);
  bind_value(q, ":done", item.done);
  q.exec();
  return db_.getLastInsertRowid();
}

std::optional<domain::AgendaItem> AgendaRepo::find(std::int64_t id) {
  SQLite::Statement q(db_, std::string(kSelect) + "WHERE a.id = :id");
  bind_value(q, ":id", id);
  auto items = read_items(q);
  if (items.empty())
    return std::nullopt;
  return std::move(items.front());
}

std::vector<domain::AgendaItem> AgendaRepo::list(bool with_done) {
  SQLite::Statement q(
      db_, std::string(kSelect) + (with_done ? "" : "WHERE a.done IS NULL ") + "ORDER BY a.id");
  return read_items(q);
}

std::vector<domain::AgendaItem> AgendaRepo::in_period(domain::Instant from, domain::Date to) {
  // The agenda stays small: a scan of it costs nothing.
  SQLite::Statement q(db_, std::string(kSelect) +
                               "WHERE a.day <= :to AND (a.done IS NULL OR a.done >= :from) "
                               "ORDER BY a.id");
  bind_value(q, ":from", from);
  bind_value(q, ":to", to);
  return read_items(q);
}

bool AgendaRepo::mark_done(std::int64_t id, domain::Instant at) {
  SQLite::Statement q(db_,
                      "UPDATE agenda SET done = coalesce(done, :at), updated = :at WHERE id = :id");
  bind_value(q, ":at", at);
  bind_value(q, ":id", id);
  return q.exec() > 0;
}

bool RatingRepo::save(const domain::AreaRating& r) {
  // One indexed lookup on UNIQUE (area_id, day), then the upsert.
  SQLite::Statement had(db_, "SELECT 1 FROM area_ratings WHERE area_id = :area AND day = :day");
  bind_value(had, ":area", r.area_id);
  bind_value(had, ":day", r.day);
  const bool replaced = had.executeStep();
  SQLite::Statement q(db_,
                      "INSERT INTO area_ratings(uuid, area_id, day, rating, at) "
                      "VALUES (:uuid, :area, :day, :rating, :at) "
                      "ON CONFLICT (area_id, day) DO UPDATE SET rating = excluded.rating, "
                      "at = excluded.at");
  bind_value(q, ":uuid", r.uuid);
  bind_value(q, ":area", r.area_id);
  bind_value(q, ":day", r.day);
  bind_value(q, ":rating", r.rating);
  bind_value(q, ":at", r.at);
  q.exec();
  return replaced;
}

std::vector<domain::AreaRating> RatingRepo::list(std::optional<std::int64_t> area,
                                                 std::optional<domain::Date> to) {
  SQLite::Statement q(db_,
                      "SELECT id, uuid, area_id, day, rating, at FROM area_ratings "
                      "WHERE (:area IS NULL OR area_id = :area) AND (:to IS NULL OR day <= :to) "
                      "ORDER BY day, at, id");
  bind_value(q, ":area", area);
  bind_value(q, ":to", to);
  std::vector<domain::AreaRating> out;
  const Row row(q, "area_ratings");
  const int id = row.index("id"), uuid = row.index("uuid"), area_id = row.index("area_id"),
            day = row.index("day"), rating = row.index("rating"), at = row.index("at");
  while (q.executeStep()) {
    domain::AreaRating r;
    const auto rid = row.i64(id);
    r.uuid = row.text(uuid);
    r.area_id = row.i64(area_id);
    r.day = row.day(day, rid);
    r.rating = row.i32(rating);
    r.at = row.i64(at);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace ipt::storage
