#pragma once
// For storage/*.cpp only: binding values to statements and reading columns by name. Nothing
// outside storage/ sees a SQLite type.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "domain/civil.hpp"
#include "domain/errors.hpp"

namespace ipt::storage {

namespace detail {
template <typename T>
struct is_optional : std::false_type {};
template <typename T>
struct is_optional<std::optional<T>> : std::true_type {};
}  // namespace detail

/// Binds one value by parameter name: ints, 64-bit ids and instants, doubles, text, calendar
/// days (as "YYYY-MM-DD") and named enums (as their name). An empty optional binds NULL.
template <typename T>
void bind_value(SQLite::Statement& q, const char* name, const T& v) {
  if constexpr (detail::is_optional<T>::value) {
    if (v) {
      bind_value(q, name, *v);
    } else {
      q.bind(name);
    }
  } else if constexpr (std::is_enum_v<T>) {
    q.bind(name, std::string(to_string(v)));
  } else if constexpr (std::is_same_v<T, domain::Date>) {
    q.bind(name, domain::format_date(v));
  } else if constexpr (std::is_same_v<T, bool>) {
    q.bind(name, v ? 1 : 0);
  } else if constexpr (std::is_integral_v<T> && sizeof(T) > sizeof(int)) {
    q.bind(name, static_cast<int64_t>(v));
  } else if constexpr (std::is_integral_v<T>) {
    q.bind(name, static_cast<int>(v));
  } else if constexpr (std::is_floating_point_v<T>) {
    q.bind(name, static_cast<double>(v));
  } else {
    q.bind(name, std::string(v));
  }
}

/// Adds ipt's own SQL functions to a connection: ipt_fold(text), the case-folded key of a text
/// (domain::fold_case), for matching text as names are matched.
void add_sql_functions(SQLite::Database& db);

/// A row holding what ipt never writes. Thrown by readers; the unit of work that ran them turns
/// it into "the journal is damaged", naming the file, table and row.
class DamagedRow : public std::runtime_error {
 public:
  DamagedRow(std::string_view table, std::int64_t id, std::string_view what);
};

[[noreturn]] void damaged_row(std::string_view table, std::int64_t id, std::string_view what);

/// A row of a statement, read by column name. The name is looked up once per statement (by the
/// caller keeping one Row for the whole result), not once per row.
class Row {
 public:
  Row(SQLite::Statement& q, std::string_view table) : q_(q), table_(table) {}

  int index(const char* column) const { return q_.getColumnIndex(column); }
  bool null(int i) const { return q_.getColumn(i).isNull(); }
  std::int64_t i64(int i) const { return q_.getColumn(i).getInt64(); }
  int i32(int i) const { return q_.getColumn(i).getInt(); }
  double real(int i) const { return q_.getColumn(i).getDouble(); }
  std::string text(int i) const { return q_.getColumn(i).getString(); }
  std::optional<int> opt_i32(int i) const;
  std::optional<std::int64_t> opt_i64(int i) const;
  std::optional<double> opt_real(int i) const;
  /// A "YYYY-MM-DD" day; a malformed one is damage, reported for row `id`.
  domain::Date day(int i, std::int64_t id) const;
  std::optional<domain::Date> opt_day(int i, std::int64_t id) const;
  /// A named enum read back with `from`; an unknown name is damage, reported for row `id`.
  template <typename E, typename From>
  E named(int i, std::int64_t id, From from) const {
    const auto s = text(i);
    if (auto v = from(s))
      return *v;
    damaged_row(table_, id, "an unknown value '" + s + "'");
  }
  template <typename E, typename From>
  std::optional<E> opt_named(int i, std::int64_t id, From from) const {
    if (null(i))
      return std::nullopt;
    return named<E>(i, id, from);
  }

 private:
  SQLite::Statement& q_;
  std::string_view table_;
};

/// Statements prepared once per unit of work and reused, for what runs once per record of a
/// long import. Keyed by the SQL's address: give it string literals (or constants).
class StatementCache {
 public:
  explicit StatementCache(SQLite::Database& db) : db_(db) {}
  /// The statement for `sql`, reset and with its bindings cleared.
  SQLite::Statement& get(const char* sql) {
    for (auto& [key, q] : items_) {
      if (key == sql) {
        q->reset();
        q->clearBindings();
        return *q;
      }
    }
    items_.emplace_back(sql, std::make_unique<SQLite::Statement>(db_, sql));
    return *items_.back().second;
  }

 private:
  SQLite::Database& db_;
  std::vector<std::pair<const char*, std::unique_ptr<SQLite::Statement>>> items_;
};

/// A JSON array of ids, for "IN (SELECT value FROM json_each(?))": one statement for any number.
template <typename Range>
std::string json_ids(const Range& ids) {
  std::string out = "[";
  for (const auto& id : ids)
    out += (out.size() > 1 ? "," : "") + std::to_string(id);
  return out + "]";
}

}  // namespace ipt::storage
