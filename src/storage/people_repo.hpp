#pragma once
// Rows <-> domain::Person. Callers hold the transaction.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/entry.hpp"

namespace ipt::storage {

/// The person whose case-folded name is `key`.
std::optional<domain::Person> find_person(SQLite::Database& db, std::string_view key);
/// Inserts `p` (its id is ignored); returns the new id.
std::int64_t insert_person(SQLite::Database& db, const domain::Person& p);
/// Rewrites name, circle, role and note of person `p.id`.
void update_person(SQLite::Database& db, const domain::Person& p);
/// Deletes the person; their entries stay and lose only the link.
void delete_person(SQLite::Database& db, std::int64_t id);
/// How many entries name this person.
int count_person_entries(SQLite::Database& db, std::int64_t id);
/// Everyone, by name, with their event count, last contact and mean event impact.
std::vector<domain::PersonSummary> list_people(SQLite::Database& db);
/// Events with the person, oldest first, each with the mean check-in mood of its day.
std::vector<domain::PersonMoment> person_timeline(SQLite::Database& db, std::string_view key);

}  // namespace ipt::storage
