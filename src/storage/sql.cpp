#include "storage/sql.hpp"

#include <sqlite3.h>

#include "domain/text.hpp"

namespace ipt::storage {

namespace {

std::string describe_row(std::string_view table, std::int64_t id, std::string_view what) {
  std::string s = "the " + std::string(table) + " table";
  if (id != 0)
    s += ", row " + std::to_string(id) + ",";
  return s + " holds " + std::string(what);
}

/// ipt_fold(text): the text's case-folded key (domain::fold_case), so SQL matches text the way
/// names are matched: "--contains łódź" finds "ŁÓDŹ".
extern "C" void sql_fold(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* text = sqlite3_value_text(argv[0]);
  if (text == nullptr) {
    sqlite3_result_null(ctx);
    return;
  }
  const auto folded = domain::fold_case(std::string_view(
      reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

}  // namespace

void add_sql_functions(SQLite::Database& db) {
  sqlite3_create_function(db.getHandle(), "ipt_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                          nullptr, sql_fold, nullptr, nullptr);
}

DamagedRow::DamagedRow(std::string_view table, std::int64_t id, std::string_view what)
    : std::runtime_error(describe_row(table, id, what)) {}

void damaged_row(std::string_view table, std::int64_t id, std::string_view what) {
  throw DamagedRow(table, id, what);
}

std::optional<int> Row::opt_i32(int i) const {
  if (null(i))
    return std::nullopt;
  return i32(i);
}

std::optional<std::int64_t> Row::opt_i64(int i) const {
  if (null(i))
    return std::nullopt;
  return i64(i);
}

std::optional<double> Row::opt_real(int i) const {
  if (null(i))
    return std::nullopt;
  return real(i);
}

domain::Date Row::day(int i, std::int64_t id) const {
  const auto s = text(i);
  if (auto d = domain::parse_iso_date(s))
    return *d;
  damaged_row(table_, id, "a malformed day '" + s + "'");
}

std::optional<domain::Date> Row::opt_day(int i, std::int64_t id) const {
  if (null(i))
    return std::nullopt;
  return day(i, id);
}

}  // namespace ipt::storage
