#pragma once
// What reflection prompts need from the journal beyond entries: prompt history, first
// appearances of people, the inner circle.
#include <SQLiteCpp/Database.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"

namespace ipt::storage {

/// Prompt ids shown or answered for weeks starting in [from, to).
std::set<std::string> prompts_asked(SQLite::Database& db, domain::Date from, domain::Date to);
/// Prompt ids answered for the week starting `week`, in the order answered.
std::vector<std::string> prompts_answered(SQLite::Database& db, domain::Date week);
/// Remembers that `ids` were shown for the week starting `week`.
void record_shown(SQLite::Database& db, domain::Date week, const std::vector<std::string>& ids,
                  domain::Instant now);
/// Names of people first named in an entry between `from` and `to` (inclusive).
std::vector<std::string> people_first_named(SQLite::Database& db, domain::Date from,
                                            domain::Date to);
/// Case-folded names of the people in the inner circle.
std::set<std::string> inner_circle(SQLite::Database& db);
/// The day of the journal's first entry.
std::optional<domain::Date> first_entry_day(SQLite::Database& db);

}  // namespace ipt::storage
