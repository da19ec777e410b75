#include "storage/people_repo.hpp"

#include <algorithm>

#include "domain/text.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

using domain::Person;

namespace {

constexpr const char* kColumns =
    "p.id, p.uuid, p.name, p.circle, p.role, p.note, p.created, p.contact, p.satisfying, "
    "p.unsatisfying, p.my_expectations, p.their_expectations, p.wish";

struct Columns {
  int id, uuid, name, circle, role, note, created, contact, satisfying, unsatisfying, mine, theirs,
      wish;
  explicit Columns(const Row& r)
      : id(r.index("id")),
        uuid(r.index("uuid")),
        name(r.index("name")),
        circle(r.index("circle")),
        role(r.index("role")),
        note(r.index("note")),
        created(r.index("created")),
        contact(r.index("contact")),
        satisfying(r.index("satisfying")),
        unsatisfying(r.index("unsatisfying")),
        mine(r.index("my_expectations")),
        theirs(r.index("their_expectations")),
        wish(r.index("wish")) {}
};

Person read_person(const Row& r, const Columns& c) {
  Person p;
  p.id = r.i64(c.id);
  p.uuid = r.text(c.uuid);
  p.name = r.text(c.name);
  p.circle = r.opt_named<domain::Circle>(c.circle, p.id, domain::circle_from);
  p.role = r.text(c.role);
  p.note = r.text(c.note);
  p.created = r.i64(c.created);
  p.contact = r.opt_named<domain::Contact>(c.contact, p.id, domain::contact_from);
  p.satisfying = r.text(c.satisfying);
  p.unsatisfying = r.text(c.unsatisfying);
  p.my_expectations = r.text(c.mine);
  p.their_expectations = r.text(c.theirs);
  p.wish = r.text(c.wish);
  return p;
}

std::optional<Person> one(SQLite::Statement& q) {
  if (!q.executeStep())
    return std::nullopt;
  const Row row(q, "people");
  return read_person(row, Columns(row));
}

void bind_person(SQLite::Statement& q, const Person& p) {
  bind_value(q, ":name", p.name);
  bind_value(q, ":key", domain::fold_case(p.name));
  bind_value(q, ":circle", p.circle);
  bind_value(q, ":role", p.role);
  bind_value(q, ":note", p.note);
  bind_value(q, ":contact", p.contact);
  bind_value(q, ":satisfying", p.satisfying);
  bind_value(q, ":unsatisfying", p.unsatisfying);
  bind_value(q, ":mine", p.my_expectations);
  bind_value(q, ":theirs", p.their_expectations);
  bind_value(q, ":wish", p.wish);
}

/// Each person's links, summed. entry_people carries its entry's day, kind and impact (only
/// events have a kind and an impact), so this reads one index, entry_people_summary, in order,
/// and never the entries table.
constexpr const char* kSummaryAll =
    ", coalesce(s.events, 0) AS events, s.last_contact, s.mean_impact FROM people p LEFT JOIN "
    "(SELECT person_id, count(kind) AS events, max(day) AS last_contact, avg(impact) AS "
    "mean_impact FROM entry_people GROUP BY person_id) s ON s.person_id = p.id";
/// The same for one person: their range of the index only.
constexpr const char* kSummaryOne =
    ", (SELECT count(kind) FROM entry_people WHERE person_id = p.id) AS events, "
    "(SELECT max(day) FROM entry_people WHERE person_id = p.id) AS last_contact, "
    "(SELECT avg(impact) FROM entry_people WHERE person_id = p.id) AS mean_impact "
    "FROM people p";

domain::PersonSummary read_summary(const Row& r, const Columns& c) {
  domain::PersonSummary s;
  s.person = read_person(r, c);
  s.events = r.i32(r.index("events"));
  s.last_contact = r.opt_day(r.index("last_contact"), s.person.id);
  s.mean_impact = r.opt_real(r.index("mean_impact"));
  return s;
}

}  // namespace

std::optional<Person> PeopleRepo::find(std::string_view key) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns + " FROM people p WHERE name_key = ?");
  q.bind(1, std::string(key));
  return one(q);
}

std::optional<Person> PeopleRepo::find_by_uuid(std::string_view uuid) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns + " FROM people p WHERE uuid = ?");
  q.bind(1, std::string(uuid));
  return one(q);
}

std::int64_t PeopleRepo::insert(const Person& p) {
  SQLite::Statement q(
      db_,
      "INSERT INTO people(uuid, name, name_key, circle, role, note, created, contact, "
      "satisfying, unsatisfying, my_expectations, their_expectations, wish, updated) "
      "VALUES (:uuid, :name, :key, :circle, :role, :note, :created, :contact, "
      ":satisfying, :unsatisfying, :mine, :theirs, :wish, :created)");
  bind_value(q, ":uuid", p.uuid);
  bind_value(q, ":created", p.created);
  bind_person(q, p);
  q.exec();
  return db_.getLastInsertRowid();
}

void PeopleRepo::update(const Person& p, domain::Instant now) {
  SQLite::Statement q(
      db_,
      "UPDATE people SET updated = :updated, name = :name, name_key = :key, circle = :circle, "
      "role = :role, note = :note, contact = :contact, satisfying = :satisfying, "
      "unsatisfying = :unsatisfying, my_expectations = :mine, "
      "their_expectations = :theirs, wish = :wish WHERE id = :id");
  bind_person(q, p);
  bind_value(q, ":updated", now);
  bind_value(q, ":id", p.id);
  q.exec();
}

void PeopleRepo::remove(std::int64_t id) {
  SQLite::Statement q(db_, "DELETE FROM people WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  q.exec();  // entry_people rows go with it (ON DELETE CASCADE); entries stay
}

int PeopleRepo::count_entries(std::int64_t id) {
  SQLite::Statement q(db_, "SELECT count(*) FROM entry_people WHERE person_id = ?");
  q.bind(1, static_cast<int64_t>(id));
  q.executeStep();
  return q.getColumn(0).getInt();
}

int PeopleRepo::move_links(std::int64_t from, std::int64_t into) {
  const int moved = count_entries(from);
  for (const char* sql :
       {"INSERT OR IGNORE INTO entry_people(entry_id, person_id, pos, day, kind, impact) "
        "SELECT entry_id, :into, pos, day, kind, impact FROM entry_people WHERE person_id = :from",
        "INSERT OR IGNORE INTO area_people(area_id, person_id, pos) "
        "SELECT area_id, :into, pos FROM area_people WHERE person_id = :from",
        "DELETE FROM people WHERE id = :from"}) {
    SQLite::Statement q(db_, sql);
    if (std::string_view(sql).find(":into") != std::string_view::npos)
      bind_value(q, ":into", into);
    bind_value(q, ":from", from);
    q.exec();
  }
  return moved;
}

std::vector<domain::PersonSummary> PeopleRepo::summaries() {
  SQLite::Statement q(db_,
                      std::string("SELECT ") + kColumns + kSummaryAll + " ORDER BY p.name_key");
  std::vector<domain::PersonSummary> out;
  const Row row(q, "people");
  std::optional<Columns> cols;
  while (q.executeStep()) {
    if (!cols)
      cols.emplace(row);
    out.push_back(read_summary(row, *cols));
  }
  // By name as a person reads them: "Émile" before "Zoë", not after every ASCII name.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return domain::compare_names(a.person.name, b.person.name) < 0;
  });
  return out;
}

std::optional<domain::PersonSummary> PeopleRepo::summary(std::string_view key) {
  SQLite::Statement q(db_,
                      std::string("SELECT ") + kColumns + kSummaryOne + " WHERE p.name_key = ?");
  q.bind(1, std::string(key));
  if (!q.executeStep())
    return std::nullopt;
  const Row row(q, "people");
  return read_summary(row, Columns(row));
}

std::vector<domain::Sample> PeopleRepo::moods_on_their_days(std::int64_t id) {
  SQLite::Statement q(db_,
                      "SELECT day, mood FROM entries WHERE type = 'checkin' AND day IN "
                      "(SELECT day FROM entry_people WHERE person_id = ?) ORDER BY day, at");
  q.bind(1, static_cast<int64_t>(id));
  std::vector<domain::Sample> out;
  const Row row(q, "entries");
  while (q.executeStep())
    out.push_back({row.day(0, 0), row.real(1)});
  return out;
}

std::vector<Person> PeopleRepo::added_between(domain::Instant from, domain::Instant to) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns +
                               " FROM people p WHERE created >= ? AND created < ? ORDER BY "
                               "created, id");
  q.bind(1, static_cast<int64_t>(from));
  q.bind(2, static_cast<int64_t>(to));
  std::vector<Person> out;
  const Row row(q, "people");
  std::optional<Columns> cols;
  while (q.executeStep()) {
    if (!cols)
      cols.emplace(row);
    out.push_back(read_person(row, *cols));
  }
  return out;
}

std::set<domain::Date> PeopleRepo::days_named(std::int64_t id, domain::Date from, domain::Date to) {
  SQLite::Statement q(db_,
                      "SELECT DISTINCT day FROM entry_people WHERE person_id = ? AND day BETWEEN "
                      "? AND ?");
  q.bind(1, static_cast<int64_t>(id));
  q.bind(2, domain::format_date(from));
  q.bind(3, domain::format_date(to));
  std::set<domain::Date> out;
  const Row r(q, "entry_people");
  while (q.executeStep())
    out.insert(r.day(0, id));
  return out;
}

std::set<std::string> PeopleRepo::inner_circle() {
  SQLite::Statement q(db_, "SELECT name_key FROM people WHERE circle = 'inner'");
  std::set<std::string> out;
  while (q.executeStep())
    out.insert(q.getColumn(0).getString());
  return out;
}

std::vector<std::string> PeopleRepo::first_named(domain::Date from, domain::Date to) {
  SQLite::Statement q(db_,
                      "SELECT DISTINCT p.name, p.name_key FROM entries e JOIN entry_people ep ON "
                      "ep.entry_id = e.id JOIN people p ON p.id = ep.person_id WHERE e.day "
                      "BETWEEN ?1 AND ?2 AND NOT EXISTS "
                      "(SELECT 1 FROM entry_people ep2 WHERE ep2.person_id = ep.person_id AND "
                      "ep2.day < ?1) ORDER BY p.name_key");
  q.bind(1, domain::format_date(from));
  q.bind(2, domain::format_date(to));
  std::vector<std::string> out;
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

}  // namespace ipt::storage
