#include "storage/entry_repo.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

#include "storage/rows.hpp"

namespace ipt::storage {

using domain::Entry;

namespace {

constexpr const char* kColumns =
    "e.id, e.uuid, e.type, e.at, e.utc_offset, e.day, e.mood, e.anxiety, e.energy, e.sleep, "
    "e.text, e.kind, e.impact, e.checkin_id, e.created, e.updated, e.area_id, e.prompt_id, "
    "e.prompt_text, e.week";

Entry read_entry(SQLite::Statement& q) {
  Entry e;
  e.id = q.getColumn(0).getInt64();
  e.uuid = q.getColumn(1).getString();
  e.type = domain::entry_type_from(q.getColumn(2).getString()).value_or(domain::EntryType::checkin);
  e.at = q.getColumn(3).getInt64();
  e.utc_offset = q.getColumn(4).getInt();
  e.day = day_from_column(q.getColumn(5));
  e.mood = optional_int(q.getColumn(6));
  e.anxiety = optional_int(q.getColumn(7));
  e.energy = optional_int(q.getColumn(8));
  if (!q.getColumn(9).isNull())
    e.sleep = q.getColumn(9).getDouble();
  e.text = q.getColumn(10).getString();
  if (!q.getColumn(11).isNull())
    e.kind = domain::event_kind_from(q.getColumn(11).getString());
  e.impact = optional_int(q.getColumn(12));
  if (!q.getColumn(13).isNull())
    e.checkin_id = q.getColumn(13).getInt64();
  e.created = q.getColumn(14).getInt64();
  e.updated = q.getColumn(15).getInt64();
  if (!q.getColumn(16).isNull())
    e.area_id = q.getColumn(16).getInt64();
  if (!q.getColumn(17).isNull())
    e.prompt_id = q.getColumn(17).getString();
  if (!q.getColumn(18).isNull())
    e.prompt_text = q.getColumn(18).getString();
  if (!q.getColumn(19).isNull())
    e.week = day_from_column(q.getColumn(19));
  return e;
}

void bind_fields(SQLite::Statement& q, const Entry& e) {
  q.bind(":uuid", e.uuid);
  q.bind(":type", std::string(domain::to_string(e.type)));
  q.bind(":at", static_cast<int64_t>(e.at));
  q.bind(":off", e.utc_offset);
  q.bind(":day", domain::format_date(e.day));
  bind_optional(q, ":mood", e.mood);
  bind_optional(q, ":anxiety", e.anxiety);
  bind_optional(q, ":energy", e.energy);
  if (e.sleep) {
    q.bind(":sleep", *e.sleep);
  } else {
    q.bind(":sleep");
  }
  q.bind(":text", e.text);
  if (e.kind) {
    q.bind(":kind", std::string(domain::to_string(*e.kind)));
  } else {
    q.bind(":kind");
  }
  bind_optional(q, ":impact", e.impact);
  if (e.checkin_id) {
    q.bind(":checkin", static_cast<int64_t>(*e.checkin_id));
  } else {
    q.bind(":checkin");
  }
  q.bind(":updated", static_cast<int64_t>(e.updated));
  if (e.area_id) {
    q.bind(":area", static_cast<int64_t>(*e.area_id));
  } else {
    q.bind(":area");
  }
  const bool reflection = e.type == domain::EntryType::reflection;
  if (reflection) {
    q.bind(":prompt", e.prompt_id);
    q.bind(":prompt_text", e.prompt_text);
  } else {
    q.bind(":prompt");
    q.bind(":prompt_text");
  }
  if (e.week) {
    q.bind(":week", domain::format_date(*e.week));
  } else {
    q.bind(":week");
  }
}

void write_links(SQLite::Database& db, std::int64_t id, const Entry& e,
                 std::span<const std::int64_t> person_ids) {
  SQLite::Statement person(db,
                           "INSERT OR IGNORE INTO entry_people(entry_id, person_id, pos) "
                           "VALUES (?, ?, ?)");
  int pos = 0;
  for (auto pid : person_ids) {
    person.bind(1, static_cast<int64_t>(id));
    person.bind(2, static_cast<int64_t>(pid));
    person.bind(3, pos++);
    person.exec();
    person.reset();
  }
  SQLite::Statement tag(db, "INSERT OR IGNORE INTO entry_tags(entry_id, tag) VALUES (?, ?)");
  for (const auto& t : e.tags) {
    tag.bind(1, static_cast<int64_t>(id));
    tag.bind(2, t);
    tag.exec();
    tag.reset();
  }
  SQLite::Statement feel(db,
                         "INSERT OR IGNORE INTO entry_feelings(entry_id, feeling) VALUES (?, ?)");
  for (const auto& f : e.feelings) {
    feel.bind(1, static_cast<int64_t>(id));
    feel.bind(2, f);
    feel.exec();
    feel.reset();
  }
}

/// Fills people, tags and feelings for `entries` with one query per table.
void load_links(SQLite::Database& db, std::vector<Entry>& entries) {
  if (entries.empty())
    return;
  std::unordered_map<std::int64_t, Entry*> by_id;
  std::string ids = "[";
  for (auto& e : entries) {
    by_id[e.id] = &e;
    ids += (ids.size() > 1 ? "," : "") + std::to_string(e.id);
  }
  ids += "]";
  auto each = [&](const char* sql, const std::function<void(Entry&, std::string)>& add) {
    SQLite::Statement q(db, sql);
    q.bind(1, ids);
    while (q.executeStep()) {
      if (auto it = by_id.find(q.getColumn(0).getInt64()); it != by_id.end()) {
        add(*it->second, q.getColumn(1).getString());
      }
    }
  };
  each(
      "SELECT ep.entry_id, p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id "
      "WHERE ep.entry_id IN (SELECT value FROM json_each(?)) ORDER BY ep.entry_id, ep.pos",
      [](Entry& e, std::string v) { e.people.push_back(std::move(v)); });
  each(
      "SELECT entry_id, tag FROM entry_tags WHERE entry_id IN (SELECT value FROM json_each(?)) "
      "ORDER BY entry_id, tag",
      [](Entry& e, std::string v) { e.tags.push_back(std::move(v)); });
  each(
      "SELECT entry_id, feeling FROM entry_feelings "
      "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, feeling",
      [](Entry& e, std::string v) { e.feelings.push_back(std::move(v)); });
}

}  // namespace

std::int64_t insert_entry(SQLite::Database& db, const Entry& e,
                          std::span<const std::int64_t> person_ids) {
  SQLite::Statement q(
      db,
      "INSERT INTO entries(uuid, type, at, utc_offset, day, mood, anxiety, energy, "
      "sleep, text, kind, impact, checkin_id, created, updated, area_id, prompt_id, prompt_text, "
      "week) VALUES (:uuid, "
      ":type, :at, :off, :day, :mood, :anxiety, :energy, :sleep, :text, :kind, "
      ":impact, :checkin, :created, :updated, :area, :prompt, :prompt_text, :week)");
  bind_fields(q, e);
  q.bind(":created", static_cast<int64_t>(e.created));
  q.exec();
  const auto id = db.getLastInsertRowid();
  write_links(db, id, e, person_ids);
  return id;
}

void update_entry(SQLite::Database& db, const Entry& e, std::span<const std::int64_t> person_ids) {
  SQLite::Statement q(db,
                      "UPDATE entries SET uuid = :uuid, type = :type, at = :at, utc_offset = :off, "
                      "day = :day, mood = :mood, anxiety = :anxiety, energy = :energy, sleep = "
                      ":sleep, text = :text, kind = :kind, impact = :impact, checkin_id = "
                      ":checkin, updated = :updated, area_id = :area, prompt_id = :prompt, "
                      "prompt_text = :prompt_text, week = :week WHERE id = :id");
  bind_fields(q, e);
  q.bind(":id", static_cast<int64_t>(e.id));
  q.exec();
  for (const char* table : {"entry_people", "entry_tags", "entry_feelings"}) {
    SQLite::Statement del(db, std::string("DELETE FROM ") + table + " WHERE entry_id = ?");
    del.bind(1, static_cast<int64_t>(e.id));
    del.exec();
  }
  write_links(db, e.id, e, person_ids);
}

std::optional<Entry> find_entry(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM entries e WHERE e.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep())
    return std::nullopt;
  std::vector<Entry> one{read_entry(q)};
  q.reset();
  load_links(db, one);
  return std::move(one.front());
}

std::vector<Entry> find_entries(SQLite::Database& db, const domain::EntryFilter& f) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM entries e WHERE 1";
  std::vector<std::function<void(SQLite::Statement&, int)>> binds;
  auto where = [&](const std::string& clause, std::function<void(SQLite::Statement&, int)> b) {
    sql += " AND " + clause;
    binds.push_back(std::move(b));
  };
  if (f.from)
    where("e.day >= ?", [d = domain::format_date(*f.from)](auto& q, int i) { q.bind(i, d); });
  if (f.to)
    where("e.day <= ?", [d = domain::format_date(*f.to)](auto& q, int i) { q.bind(i, d); });
  if (f.type) {
    where("e.type = ?", [t = std::string(to_string(*f.type))](auto& q, int i) { q.bind(i, t); });
  }
  if (f.kind) {
    where("e.kind = ?", [k = std::string(to_string(*f.kind))](auto& q, int i) { q.bind(i, k); });
  }
  if (f.person) {
    where(
        "e.id IN (SELECT ep.entry_id FROM entry_people ep JOIN people p ON p.id = ep.person_id "
        "WHERE p.name_key = ?)",
        [p = *f.person](auto& q, int i) { q.bind(i, p); });
  }
  if (f.tag) {
    where("e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)",
          [t = *f.tag](auto& q, int i) { q.bind(i, t); });
  }
  if (f.contains) {
    where("instr(lower(e.text), lower(?)) > 0",
          [c = *f.contains](auto& q, int i) { q.bind(i, c); });
  }
  if (f.area) {
    if (*f.area == 0) {
      sql += " AND e.area_id IS NULL";
    } else {
      where("e.area_id = ?", [a = *f.area](auto& q, int i) { q.bind(i, static_cast<int64_t>(a)); });
    }
  }
  sql += f.last ? " ORDER BY e.at DESC, e.id DESC LIMIT ?" : " ORDER BY e.at, e.id";
  SQLite::Statement q(db, sql);
  int i = 1;
  for (auto& b : binds)
    b(q, i++);
  if (f.last)
    q.bind(i, *f.last);
  std::vector<Entry> out;
  while (q.executeStep())
    out.push_back(read_entry(q));
  if (f.last)
    std::reverse(out.begin(), out.end());
  load_links(db, out);
  return out;
}

bool delete_entry(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "DELETE FROM entries WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  return q.exec() > 0;
}

}  // namespace ipt::storage
