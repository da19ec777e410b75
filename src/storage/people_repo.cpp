#include "storage/people_repo.hpp"

#include <SQLiteCpp/Statement.h>

#include "domain/text.hpp"
#include "storage/entry_repo.hpp"
#include "storage/rows.hpp"

namespace ipt::storage {

using domain::Person;

namespace {

constexpr const char* kColumns =
    "p.id, p.uuid, p.name, p.circle, p.role, p.note, p.created, p.contact, p.satisfying, "
    "p.unsatisfying, p.my_expectations, p.their_expectations, p.wish";
constexpr int kColumnCount = 13;

Person read_person(SQLite::Statement& q) {
  Person p;
  p.id = q.getColumn(0).getInt64();
  p.uuid = q.getColumn(1).getString();
  p.name = q.getColumn(2).getString();
  if (!q.getColumn(3).isNull())
    p.circle = domain::circle_from(q.getColumn(3).getString());
  p.role = q.getColumn(4).getString();
  p.note = q.getColumn(5).getString();
  p.created = q.getColumn(6).getInt64();
  if (!q.getColumn(7).isNull())
    p.contact = domain::contact_from(q.getColumn(7).getString());
  p.satisfying = q.getColumn(8).getString();
  p.unsatisfying = q.getColumn(9).getString();
  p.my_expectations = q.getColumn(10).getString();
  p.their_expectations = q.getColumn(11).getString();
  p.wish = q.getColumn(12).getString();
  return p;
}

void bind_person(SQLite::Statement& q, const Person& p) {
  q.bind(":name", p.name);
  q.bind(":key", domain::fold_case(p.name));
  if (p.circle) {
    q.bind(":circle", std::string(domain::to_string(*p.circle)));
  } else {
    q.bind(":circle");
  }
  q.bind(":role", p.role);
  q.bind(":note", p.note);
  if (p.contact) {
    q.bind(":contact", std::string(domain::to_string(*p.contact)));
  } else {
    q.bind(":contact");
  }
  q.bind(":satisfying", p.satisfying);
  q.bind(":unsatisfying", p.unsatisfying);
  q.bind(":mine", p.my_expectations);
  q.bind(":theirs", p.their_expectations);
  q.bind(":wish", p.wish);
}

}  // namespace

std::optional<Person> find_person(SQLite::Database& db, std::string_view key) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM people p WHERE name_key = ?");
  q.bind(1, std::string(key));
  if (!q.executeStep())
    return std::nullopt;
  return read_person(q);
}

std::int64_t insert_person(SQLite::Database& db, const Person& p) {
  SQLite::Statement q(
      db,
      "INSERT INTO people(uuid, name, name_key, circle, role, note, created, contact, "
      "satisfying, unsatisfying, my_expectations, their_expectations, wish) "
      "VALUES (:uuid, :name, :key, :circle, :role, :note, :created, :contact, "
      ":satisfying, :unsatisfying, :mine, :theirs, :wish)");
  q.bind(":uuid", p.uuid);
  q.bind(":created", static_cast<int64_t>(p.created));
  bind_person(q, p);
  q.exec();
  return db.getLastInsertRowid();
}

void update_person(SQLite::Database& db, const Person& p) {
  SQLite::Statement q(db,
                      "UPDATE people SET name = :name, name_key = :key, circle = :circle, "
                      "role = :role, note = :note, contact = :contact, satisfying = :satisfying, "
                      "unsatisfying = :unsatisfying, my_expectations = :mine, "
                      "their_expectations = :theirs, wish = :wish WHERE id = :id");
  bind_person(q, p);
  q.bind(":id", static_cast<int64_t>(p.id));
  q.exec();
}

void delete_person(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "DELETE FROM people WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  q.exec();  // entry_people rows go with it (ON DELETE CASCADE); entries stay
}

int count_person_entries(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "SELECT count(*) FROM entry_people WHERE person_id = ?");
  q.bind(1, static_cast<int64_t>(id));
  q.executeStep();
  return q.getColumn(0).getInt();
}

std::vector<domain::PersonSummary> list_people(SQLite::Database& db) {
  SQLite::Statement q(
      db, std::string("SELECT ") + kColumns +
              ", count(CASE WHEN e.type = 'event' THEN 1 END), max(e.day), "
              "avg(CASE WHEN e.type = 'event' THEN e.impact END) "
              "FROM people p LEFT JOIN entry_people ep ON ep.person_id = p.id "
              "LEFT JOIN entries e ON e.id = ep.entry_id GROUP BY p.id ORDER BY p.name_key");
  std::vector<domain::PersonSummary> out;
  while (q.executeStep()) {
    domain::PersonSummary s;
    s.person = read_person(q);
    s.events = q.getColumn(kColumnCount).getInt();
    if (!q.getColumn(kColumnCount + 1).isNull()) {
      s.last_contact = day_from_column(q.getColumn(kColumnCount + 1));
    }
    if (!q.getColumn(kColumnCount + 2).isNull()) {
      s.mean_impact = q.getColumn(kColumnCount + 2).getDouble();
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<domain::PersonMoment> person_timeline(SQLite::Database& db, std::string_view key) {
  domain::EntryFilter f;
  f.person = std::string(key);
  f.type = domain::EntryType::event;
  auto events = find_entries(db, f);
  SQLite::Statement mood(db, "SELECT avg(mood) FROM entries WHERE day = ? AND type = 'checkin'");
  std::vector<domain::PersonMoment> out;
  for (auto& e : events) {
    mood.bind(1, domain::format_date(e.day));
    mood.executeStep();
    domain::PersonMoment m{std::move(e), std::nullopt};
    if (!mood.getColumn(0).isNull())
      m.day_mood = mood.getColumn(0).getDouble();
    mood.reset();
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace ipt::storage
