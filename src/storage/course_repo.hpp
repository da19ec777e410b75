#pragma once
// Rows <-> domain::Course, and the phase pin. Callers hold the transaction.
#include <SQLiteCpp/Database.h>

#include <optional>
#include <vector>

#include "domain/course.hpp"
#include "domain/local_time.hpp"

namespace ipt::storage {

/// The course that has not ended, if any (the schema allows only one).
std::optional<domain::Course> open_course(SQLite::Database& db);
/// The open course, else the most recently started one.
std::optional<domain::Course> latest_course(SQLite::Database& db);
/// Every course, oldest first.
std::vector<domain::Course> list_courses(SQLite::Database& db);
std::int64_t insert_course(SQLite::Database& db, const domain::Course& c, domain::Instant now);
void update_course(SQLite::Database& db, const domain::Course& c);

std::optional<domain::Phase> phase_pin(SQLite::Database& db);
/// Pins the phase, or unpins it with nullopt.
void set_phase_pin(SQLite::Database& db, std::optional<domain::Phase> phase, domain::Instant now);

}  // namespace ipt::storage
