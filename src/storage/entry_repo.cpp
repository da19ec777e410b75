#include "storage/entry_repo.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

#include "domain/text.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

using domain::Entry;

namespace {

constexpr const char* kSelect =
    "SELECT e.id, e.uuid, e.type, e.at, e.utc_offset, e.day, e.mood, e.anxiety, e.energy, "
    "e.sleep, e.text, e.kind, e.impact, e.checkin_id, e.created, e.updated, e.area_id, "
    "e.prompt_id, e.prompt_text, e.week, e.scale, e.answers, e.difficulty FROM entries e";

/// The columns of kSelect, found by name once per statement.
struct Columns {
  int id, uuid, type, at, utc_offset, day, mood, anxiety, energy, sleep, text, kind, impact,
      checkin_id, created, updated, area_id, prompt_id, prompt_text, week, scale, answers,
      difficulty;
  explicit Columns(const Row& r)
      : id(r.index("id")),
        uuid(r.index("uuid")),
        type(r.index("type")),
        at(r.index("at")),
        utc_offset(r.index("utc_offset")),
        day(r.index("day")),
        mood(r.index("mood")),
        anxiety(r.index("anxiety")),
        energy(r.index("energy")),
        sleep(r.index("sleep")),
        text(r.index("text")),
        kind(r.index("kind")),
        impact(r.index("impact")),
        checkin_id(r.index("checkin_id")),
        created(r.index("created")),
        updated(r.index("updated")),
        area_id(r.index("area_id")),
        prompt_id(r.index("prompt_id")),
        prompt_text(r.index("prompt_text")),
        week(r.index("week")),
        scale(r.index("scale")),
        answers(r.index("answers")),
        difficulty(r.index("difficulty")) {}
};

Entry read_entry(const Row& r, const Columns& c) {
  Entry e;
  e.id = r.i64(c.id);
  e.uuid = r.text(c.uuid);
  e.at = r.i64(c.at);
  e.utc_offset = r.i32(c.utc_offset);
  e.day = r.day(c.day, e.id);
  if (!r.null(c.area_id))
    e.area_id = r.i64(c.area_id);
  e.created = r.i64(c.created);
  e.updated = r.i64(c.updated);
  switch (r.named<domain::EntryType>(c.type, e.id, domain::entry_type_from)) {
    case domain::EntryType::checkin: {
      domain::Checkin ci;
      if (r.null(c.mood))
        damaged_row("entries", e.id, "a check-in without a mood");
      ci.mood = r.i32(c.mood);
      ci.anxiety = r.opt_i32(c.anxiety);
      ci.energy = r.opt_i32(c.energy);
      ci.sleep = r.opt_real(c.sleep);
      ci.note = r.text(c.text);
      e.body = std::move(ci);
      break;
    }
    case domain::EntryType::event: {
      domain::Event ev;
      ev.text = r.text(c.text);
      ev.kind = r.named<domain::EventKind>(c.kind, e.id, domain::event_kind_from);
      ev.impact = r.opt_i32(c.impact);
      ev.checkin_id = r.opt_i64(c.checkin_id);
      e.body = std::move(ev);
      break;
    }
    case domain::EntryType::reflection: {
      domain::Reflection rf;
      rf.prompt_id = r.text(c.prompt_id);
      rf.prompt_text = r.text(c.prompt_text);
      rf.week = r.day(c.week, e.id);
      rf.answer = r.text(c.text);
      e.body = std::move(rf);
      break;
    }
    case domain::EntryType::measure: {
      domain::Measure m;
      m.scale = r.named<domain::Scale>(c.scale, e.id, domain::scale_from);
      auto answers = domain::answers_from_key(m.scale, r.text(c.answers));
      if (!answers)
        damaged_row("entries", e.id, "a questionnaire without its answers");
      m.answers = std::move(*answers);
      m.difficulty = r.opt_i32(c.difficulty);
      m.note = r.text(c.text);
      e.body = std::move(m);
      break;
    }
  }
  return e;
}

/// Every column of `e`; the fields another type would have are NULL, as the schema demands.
void bind_fields(SQLite::Statement& q, const Entry& e) {
  bind_value(q, ":uuid", e.uuid);
  bind_value(q, ":type", e.type());
  bind_value(q, ":at", e.at);
  bind_value(q, ":off", e.utc_offset);
  bind_value(q, ":day", e.day);
  bind_value(q, ":updated", e.updated);
  bind_value(q, ":area", e.area_id);
  bind_value(q, ":text", domain::text_of(e));
  const std::optional<int> no_int;
  const std::optional<std::string> no_text;
  const std::optional<domain::Date> no_day;
  bind_value(q, ":mood", no_int);
  bind_value(q, ":anxiety", no_int);
  bind_value(q, ":energy", no_int);
  bind_value(q, ":sleep", std::optional<double>());
  bind_value(q, ":kind", no_text);
  bind_value(q, ":impact", no_int);
  bind_value(q, ":checkin", std::optional<std::int64_t>());
  bind_value(q, ":prompt", no_text);
  bind_value(q, ":prompt_text", no_text);
  bind_value(q, ":week", no_day);
  bind_value(q, ":scale", no_text);
  bind_value(q, ":answers", no_text);
  bind_value(q, ":difficulty", no_int);
  std::visit(domain::Overloaded{[&](const domain::Checkin& c) {
                                  bind_value(q, ":mood", c.mood);
                                  bind_value(q, ":anxiety", c.anxiety);
                                  bind_value(q, ":energy", c.energy);
                                  bind_value(q, ":sleep", c.sleep);
                                },
                                [&](const domain::Event& v) {
                                  bind_value(q, ":kind", v.kind);
                                  bind_value(q, ":impact", v.impact);
                                  bind_value(q, ":checkin", v.checkin_id);
                                },
                                [&](const domain::Reflection& r) {
                                  bind_value(q, ":prompt", r.prompt_id);
                                  bind_value(q, ":prompt_text", r.prompt_text);
                                  bind_value(q, ":week", r.week);
                                },
                                [&](const domain::Measure& m) {
                                  bind_value(q, ":scale", m.scale);
                                  bind_value(q, ":answers", domain::answers_key(m.answers));
                                  bind_value(q, ":difficulty", m.difficulty);
                                }},
             e.body);
}

constexpr const char* kLinkPerson =
    "INSERT OR IGNORE INTO entry_people(entry_id, person_id, pos, day, kind, impact) "
    "SELECT :entry, :person, :pos, day, kind, impact FROM entries WHERE id = :entry";
constexpr const char* kLinkTag = "INSERT OR IGNORE INTO entry_tags(entry_id, tag) VALUES (?, ?)";
constexpr const char* kLinkFeeling =
    "INSERT OR IGNORE INTO entry_feelings(entry_id, feeling) VALUES (?, ?)";

void write_links(StatementCache& cache, std::int64_t id, const Entry& e,
                 std::span<const std::int64_t> person_ids) {
  // The link carries its entry's day, kind and impact (copied from the entry row, kept in step
  // by a trigger), so a person's summary is one index range, not a join per link.
  int pos = 0;
  for (auto pid : person_ids) {
    auto& person = cache.get(kLinkPerson);
    bind_value(person, ":entry", id);
    bind_value(person, ":person", pid);
    bind_value(person, ":pos", pos++);
    person.exec();
  }
  for (const auto& t : e.tags) {
    auto& tag = cache.get(kLinkTag);
    tag.bind(1, static_cast<int64_t>(id));
    tag.bind(2, t);
    tag.exec();
  }
  const auto* ev = e.as<domain::Event>();
  if (!ev)
    return;
  for (const auto& f : ev->feelings) {
    auto& feel = cache.get(kLinkFeeling);
    feel.bind(1, static_cast<int64_t>(id));
    feel.bind(2, f);
    feel.exec();
  }
}

/// Fills people, tags and feelings for `entries` with one query per table.
void load_links(SQLite::Database& db, std::vector<Entry>& entries) {
  if (entries.empty())
    return;
  std::unordered_map<std::int64_t, Entry*> by_id;
  std::vector<std::int64_t> ids;
  ids.reserve(entries.size());
  for (auto& e : entries) {
    by_id[e.id] = &e;
    ids.push_back(e.id);
  }
  const auto list = json_ids(ids);
  auto each = [&](const char* sql, const std::function<void(Entry&, std::string)>& add) {
    SQLite::Statement q(db, sql);
    q.bind(1, list);
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
      [](Entry& e, std::string v) {
        if (auto* ev = e.as<domain::Event>())
          ev->feelings.push_back(std::move(v));
      });
}

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
               "WHERE entry_id = e.id ORDER BY feeling)) AS feeling_list FROM entries e "
               "WHERE e.day BETWEEN :from AND :to ORDER BY e.at, e.id");
  q.bind(":from", from);
  q.bind(":to", to);
  const Row row(q, "entries");
  std::optional<Columns> cols;
  int area = 0, checkin = 0, people = 0, tags = 0, feelings = 0;
  while (q.executeStep()) {
    if (!cols) {
      cols.emplace(row);
      area = row.index("area_uuid");
      checkin = row.index("checkin_uuid");
      people = row.index("people_uuids");
      tags = row.index("tag_list");
      feelings = row.index("feeling_list");
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
  for (const char* table : {"entry_people", "entry_tags", "entry_feelings"}) {
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
