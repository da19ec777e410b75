#include "storage/entry_rows.hpp"

#include <functional>
#include <string>
#include <unordered_map>

#include "domain/text.hpp"

namespace ipt::storage {

using domain::Entry;

namespace {

constexpr const char* kLinkPerson =
    "INSERT OR IGNORE INTO entry_people(entry_id, person_id, pos, day, kind, impact) "
    "SELECT :entry, :person, :pos, day, kind, impact FROM entries WHERE id = :entry";
constexpr const char* kLinkTag = "INSERT OR IGNORE INTO entry_tags(entry_id, tag) VALUES (?, ?)";
constexpr const char* kLinkFeeling =
    "INSERT OR IGNORE INTO entry_feelings(entry_id, feeling) VALUES (?, ?)";
constexpr const char* kLinkMetric =
    "INSERT INTO entry_metrics(entry_id, name, value) VALUES (?, ?, ?)";

}  // namespace

const char* const kSelect =
    "SELECT e.id, e.uuid, e.type, e.at, e.utc_offset, e.day, e.mood, e.anxiety, e.energy, "
    "e.sleep, e.text, e.kind, e.impact, e.checkin_id, e.created, e.updated, e.area_id, "
    "e.prompt_id, e.prompt_text, e.week, e.scale, e.answers, e.difficulty FROM entries e";

Columns::Columns(const Row& r)
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
  if (const auto* c = e.as<domain::Checkin>()) {
    for (const auto& [name, value] : c->metrics) {
      auto& metric = cache.get(kLinkMetric);
      metric.bind(1, static_cast<int64_t>(id));
      metric.bind(2, name);
      metric.bind(3, value);
      metric.exec();
    }
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
  // A check-in's scales: one more query, by the table's key, and none for a page without
  // check-ins (the questionnaires read after every command).
  std::vector<std::int64_t> checkins;
  for (const auto& e : entries) {
    if (e.as<domain::Checkin>())
      checkins.push_back(e.id);
  }
  if (checkins.empty())
    return;
  // Most journals have no scales at all: one probe spares the lookup of every check-in.
  if (!SQLite::Statement(db, "SELECT 1 FROM entry_metrics LIMIT 1").executeStep())
    return;
  SQLite::Statement q(db,
                      "SELECT entry_id, name, value FROM entry_metrics "
                      "WHERE entry_id IN (SELECT value FROM json_each(?))");
  q.bind(1, json_ids(checkins));
  while (q.executeStep()) {
    const auto it = by_id.find(q.getColumn(0).getInt64());
    if (it == by_id.end())
      continue;
    if (auto* c = it->second->as<domain::Checkin>())
      c->metrics.emplace(q.getColumn(1).getString(), q.getColumn(2).getInt());
  }
}

}  // namespace ipt::storage
