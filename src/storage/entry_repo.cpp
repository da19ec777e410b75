#include "storage/entry_repo.hpp"

#include <algorithm>
#include <functional>
#include <string>

#include "domain/text.hpp"
#include "storage/entry_rows.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

using domain::Entry;

namespace {

std::vector<Entry> read_all(SQLite::Statement& q) {
  std::vector<Entry> out;
  const Row row(q, "entries");
  std::optional<Columns> cols;
  while (q.executeStep()) {
    if (!cols)
      cols.emplace(row);
    out.push_back(read_entry(row, *cols));
  }
  return out;
}

std::optional<Entry> one(SQLite::Database& db, SQLite::Statement& q) {
  auto found = read_all(q);
  if (found.empty())
    return std::nullopt;
  load_links(db, found);
  return std::move(found.front());
}

std::vector<domain::Sample> read_samples(SQLite::Statement& q) {
  std::vector<domain::Sample> out;
  const Row row(q, "entries");
  while (q.executeStep()) {
    out.push_back({row.day(0, 0), row.real(1)});
  }
  return out;
}

}  // namespace

namespace {

std::vector<std::string> split_units(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty())
    return out;
  std::size_t start = 0;
  for (;;) {
    const auto end = s.find('\x1f', start);
    out.push_back(s.substr(start, end - start));
    if (end == std::string::npos)
      return out;
    start = end + 1;
  }
}

}  // namespace

void EntryRepo::each_record(const std::string& from, const std::string& to,
                            const std::function<void(domain::EntryRecord&)>& f) {
  // One statement, read row by row: the links come as lists joined by the unit separator
  // (which no name, tag or feeling can hold), so nothing but the current row is in memory.
  std::string columns(kSelect);
  columns.resize(columns.rfind(" FROM entries e"));
  SQLite::Statement q(
      db_, columns +
               ", (SELECT uuid FROM areas a WHERE a.id = e.area_id) AS area_uuid, "
               "(SELECT c.uuid FROM entries c WHERE c.id = e.checkin_id AND c.day BETWEEN :from "
               "AND :to) AS checkin_uuid, "
               "(SELECT group_concat(u, char(31)) FROM (SELECT p.uuid u FROM entry_people ep "
               "JOIN people p ON p.id = ep.person_id WHERE ep.entry_id = e.id ORDER BY ep.pos)) "
               "AS people_uuids, "
               "(SELECT group_concat(t, char(31)) FROM (SELECT tag t FROM entry_tags WHERE "
               "entry_id = e.id ORDER BY tag)) AS tag_list, "
               "(SELECT group_concat(v, char(31)) FROM (SELECT feeling v FROM entry_feelings "
               "WHERE entry_id = e.id ORDER BY feeling)) AS feeling_list, " +
               // A journal without scales (most) skips the lookup for each entry.
               (SQLite::Statement(db_, "SELECT 1 FROM entry_metrics LIMIT 1").executeStep()
                    ? "(SELECT group_concat(m, char(31)) FROM (SELECT name || '=' || value m "
                      "FROM entry_metrics WHERE entry_id = e.id ORDER BY name))"
                    : "NULL") +
               " AS metric_list FROM entries e WHERE e.day BETWEEN :from AND :to "
               "ORDER BY e.at, e.id");
  q.bind(":from", from);
  q.bind(":to", to);
  const Row row(q, "entries");
  std::optional<Columns> cols;
  int area = 0, checkin = 0, people = 0, tags = 0, feelings = 0, metrics = 0;
  while (q.executeStep()) {
    if (!cols) {
      cols.emplace(row);
      area = row.index("area_uuid");
      checkin = row.index("checkin_uuid");
      people = row.index("people_uuids");
      tags = row.index("tag_list");
      feelings = row.index("feeling_list");
      metrics = row.index("metric_list");
    }
    domain::EntryRecord rec;
    rec.entry = read_entry(row, *cols);
    if (!row.null(area))
      rec.area = row.text(area);
    if (!row.null(checkin))
      rec.checkin = row.text(checkin);
    rec.people = split_units(row.text(people));
    rec.entry.tags = split_units(row.text(tags));
    if (auto* ev = rec.entry.as<domain::Event>()) {
      ev->feelings = split_units(row.text(feelings));
      ev->checkin_id.reset();
    }
    if (auto* c = rec.entry.as<domain::Checkin>()) {
      for (const auto& m : split_units(row.text(metrics))) {
        const auto eq = m.find('=');
        c->metrics.emplace(m.substr(0, eq), std::stoi(m.substr(eq + 1)));
      }
    }
    rec.entry.area_id.reset();
    f(rec);
  }
}

constexpr const char* kInsert =
    "INSERT INTO entries(uuid, type, at, utc_offset, day, mood, anxiety, energy, sleep, text, "
    "kind, impact, checkin_id, created, updated, area_id, prompt_id, prompt_text, week, scale, "
    "answers, difficulty) "
    "VALUES (:uuid, :type, :at, :off, :day, :mood, :anxiety, :energy, :sleep, :text, :kind, "
    ":impact, :checkin, :created, :updated, :area, :prompt, :prompt_text, :week, :scale, "
    ":answers, :difficulty)";

StatementCache& EntryRepo::cache() {
  if (!cache_)
    cache_ = std::make_shared<StatementCache>(db_);
  return *cache_;
}

std::int64_t EntryRepo::insert(const Entry& e, std::span<const std::int64_t> person_ids) {
  auto& q = cache().get(kInsert);
  bind_fields(q, e);
  bind_value(q, ":created", e.created);
  q.exec();
  const auto id = db_.getLastInsertRowid();
  write_links(cache(), id, e, person_ids);
  return id;
}

void EntryRepo::update(const Entry& e, std::span<const std::int64_t> person_ids) {
  SQLite::Statement q(db_,
                      "UPDATE entries SET uuid = :uuid, type = :type, at = :at, utc_offset = :off, "
                      "day = :day, mood = :mood, anxiety = :anxiety, energy = :energy, sleep = "
                      ":sleep, text = :text, kind = :kind, impact = :impact, checkin_id = "
                      ":checkin, updated = :updated, area_id = :area, prompt_id = :prompt, "
                      "prompt_text = :prompt_text, week = :week, scale = :scale, answers = "
                      ":answers, difficulty = :difficulty WHERE id = :id");
  bind_fields(q, e);
  bind_value(q, ":id", e.id);
  q.exec();
  for (const char* table : {"entry_people", "entry_tags", "entry_feelings", "entry_metrics"}) {
    SQLite::Statement del(db_, std::string("DELETE FROM ") + table + " WHERE entry_id = ?");
    del.bind(1, static_cast<int64_t>(e.id));
    del.exec();
  }
  write_links(cache(), e.id, e, person_ids);
}

std::optional<Entry> EntryRepo::find(std::int64_t id) {
  SQLite::Statement q(db_, std::string(kSelect) + " WHERE e.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  return one(db_, q);
}

std::optional<Entry> EntryRepo::find_by_uuid(std::string_view uuid) {
  SQLite::Statement q(db_, std::string(kSelect) + " WHERE e.uuid = ?");
  q.bind(1, std::string(uuid));
  return one(db_, q);
}

std::vector<Entry> EntryRepo::list(const domain::EntryFilter& f) {
  std::string sql = std::string(kSelect) + " WHERE 1";
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
    // Said literally too, so the partial index of questionnaires serves the safety checks that
    // run after every command (a bound value can't select a partial index).
    if (*f.type == domain::EntryType::measure)
      sql += " AND e.type = 'measure'";
  }
  if (f.kind) {
    where("e.kind = ?", [k = std::string(to_string(*f.kind))](auto& q, int i) { q.bind(i, k); });
  }
  if (f.person) {
    where(
        "e.id IN (SELECT ep.entry_id FROM entry_people ep JOIN people p ON p.id = ep.person_id "
        "WHERE p.name_key = ?)",
        [p = domain::fold_case(*f.person)](auto& q, int i) { q.bind(i, p); });
  }
  if (f.tag) {
    where("e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)",
          [t = *f.tag](auto& q, int i) { q.bind(i, t); });
  }
  if (f.contains) {
    where("instr(ipt_fold(e.text), ?) > 0",
          [c = domain::fold_case(*f.contains)](auto& q, int i) { q.bind(i, c); });
  }
  if (f.area) {
    if (*f.area == 0) {
      sql += " AND e.area_id IS NULL";
    } else {
      where("e.area_id = ?", [a = *f.area](auto& q, int i) { q.bind(i, static_cast<int64_t>(a)); });
    }
  }
  sql += f.last ? " ORDER BY e.at DESC, e.id DESC LIMIT ?" : " ORDER BY e.at, e.id";
  SQLite::Statement q(db_, sql);
  int i = 1;
  for (auto& b : binds)
    b(q, i++);
  if (f.last)
    q.bind(i, *f.last);
  auto out = read_all(q);
  if (f.last)
    std::reverse(out.begin(), out.end());
  load_links(db_, out);
  return out;
}

bool EntryRepo::remove(std::int64_t id) {
  SQLite::Statement q(db_, "DELETE FROM entries WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  return q.exec() > 0;
}

std::vector<domain::Sample> EntryRepo::moods(domain::Date from, domain::Date to) {
  SQLite::Statement q(db_,
                      "SELECT day, mood FROM entries WHERE day BETWEEN ? AND ? AND "
                      "type = 'checkin' ORDER BY day, at");
  q.bind(1, domain::format_date(from));
  q.bind(2, domain::format_date(to));
  return read_samples(q);
}

std::vector<domain::Phq9Result> EntryRepo::phq9_results(domain::Date to, domain::Date back_to,
                                                        std::size_t at_least) {
  // Newest first along entries_measure (at, then id), stopping once enough are read: the
  // signals after every command must not cost more as the years of questionnaires add up.
  SQLite::Statement q(db_,
                      "SELECT id, day, answers FROM entries WHERE type = 'measure' AND "
                      "scale = 'phq9' AND day <= ? ORDER BY at DESC, id DESC");
  q.bind(1, domain::format_date(to));
  std::vector<domain::Phq9Result> out;
  const Row row(q, "entries");
  while (q.executeStep()) {
    const auto id = row.i64(0);
    const auto day = row.day(1, id);
    if (out.size() >= at_least && day < back_to)
      break;
    const auto answers = domain::answers_from_key(domain::Scale::phq9, row.text(2));
    if (!answers)
      damaged_row("entries", id, "a questionnaire without its answers");
    domain::Measure m;
    m.scale = domain::Scale::phq9;
    m.answers = *answers;
    out.push_back({day, m.total(), m.item9()});
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<domain::Sample> EntryRepo::metric_values(const std::string& name, domain::Date from,
                                                     domain::Date to) {
  // The period's check-ins by day (entries_day), then each one's value by the key.
  SQLite::Statement q(db_,
                      "SELECT e.day, m.value FROM entries e JOIN entry_metrics m "
                      "ON m.entry_id = e.id AND m.name = ? WHERE e.day BETWEEN ? AND ? AND "
                      "e.type = 'checkin' ORDER BY e.day, e.at");
  q.bind(1, name);
  q.bind(2, domain::format_date(from));
  q.bind(3, domain::format_date(to));
  return read_samples(q);
}

std::vector<domain::Sample> EntryRepo::moods_on(const std::set<domain::Date>& days) {
  if (days.empty())
    return {};
  std::string list = "[";
  for (const auto& d : days)
    list += (list.size() > 1 ? ",\"" : "\"") + domain::format_date(d) + "\"";
  list += "]";
  SQLite::Statement q(db_,
                      "SELECT day, mood FROM entries WHERE day IN (SELECT value FROM json_each(?)) "
                      "AND type = 'checkin' ORDER BY day, at");
  q.bind(1, list);
  return read_samples(q);
}

std::vector<AreaDay> EntryRepo::area_days(std::optional<std::int64_t> only) {
  SQLite::Statement q(db_, only ? "SELECT area_id, day FROM entries WHERE area_id = ? ORDER BY day"
                                : "SELECT area_id, day FROM entries WHERE area_id IS NOT NULL "
                                  "ORDER BY area_id, day");
  if (only)
    q.bind(1, static_cast<int64_t>(*only));
  std::vector<AreaDay> out;
  const Row row(q, "entries");
  while (q.executeStep())
    out.push_back({row.i64(0), row.day(1, 0)});
  return out;
}

std::vector<std::string> EntryRepo::tags() {
  SQLite::Statement q(db_, "SELECT DISTINCT tag FROM entry_tags ORDER BY tag");
  std::vector<std::string> out;
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

std::optional<domain::Date> EntryRepo::first_day() {
  SQLite::Statement q(db_, "SELECT min(day) FROM entries");
  if (!q.executeStep() || q.getColumn(0).isNull())
    return std::nullopt;
  const Row row(q, "entries");
  return row.day(0, 0);
}

}  // namespace ipt::storage
