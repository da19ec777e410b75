#pragma once
// Small conversions between SQLite columns and domain values, shared by the repositories.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "domain/civil.hpp"

namespace ipt::storage {

inline std::optional<int> optional_int(const SQLite::Column& c) {
  if (c.isNull())
    return std::nullopt;
  return c.getInt();
}

inline void bind_optional(SQLite::Statement& q, const char* name, const std::optional<int>& v) {
  if (v) {
    q.bind(name, *v);
  } else {
    q.bind(name);
  }
}

/// Days are stored as "YYYY-MM-DD"; the schema's CHECK keeps them well-formed.
inline domain::Date day_from_column(const SQLite::Column& c) {
  return domain::parse_iso_date(c.getString()).value_or(domain::Date{});
}

}  // namespace ipt::storage
