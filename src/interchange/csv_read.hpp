#pragma once
// A small RFC 4180 reader: comma-separated fields, double-quoted fields that may hold commas,
// line breaks and doubled quotes, rows ended by LF or CRLF.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ipt::interchange {

struct CsvRow {
  std::size_t line = 0;  ///< the physical line the row starts on, 1-based
  std::vector<std::string> fields;
};

/// The rows of `text`, fields exactly as written (quotes removed, "" read as ", line breaks
/// inside quotes kept as they are). Empty lines are skipped, wherever they are. A quoted field
/// that is never closed, or text after a closing quote, throws UsageError(import_malformed)
/// with detail.record "line N". A quote inside an unquoted field is kept as text, as most
/// writers that produce one mean it.
std::vector<CsvRow> read_csv(std::string_view text);

}  // namespace ipt::interchange
