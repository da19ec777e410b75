#pragma once
// ipt's interchange format, both ways: the document `ipt export` writes and `ipt import` reads
// (ipt-export(5)). JSON is one object, {"format": "ipt", "version": 1, "people":
// [...], ...}, with one array per kind of record in a fixed order; JSONL is a header line and
// then one record per line, each with a "type". Both are written and read one record at a
// time, so neither side holds a journal of many years in memory.
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "domain/exchange.hpp"

namespace ipt::interchange {

constexpr int kVersion = 1;

using Record = domain::ExchangeRecord;

/// The array name (JSON) and "type" (JSONL) of each alternative of Record, in order.
std::string_view section_name(std::size_t index);
std::string_view type_name(std::size_t index);

enum class Layout { json, jsonl };

/// Writes records in Record's order (a record of an earlier kind after a later one is a bug).
class Writer {
 public:
  Writer(std::ostream& out, Layout layout);
  void write(const Record& r);
  /// Writes the sections not written yet and closes the document.
  void finish();

 private:
  void open_up_to(std::size_t section);
  std::ostream& out_;
  Layout layout_;
  std::size_t next_ = 0;  ///< the first section not opened yet
  bool open_ = false;     ///< a section's array is open
  bool empty_ = true;     ///< the open section has no record yet
  bool started_ = false;
};

/// Where a record was in the file, for messages: "entries[499]" or "line 12", and its UUID.
struct Where {
  std::string record;
  std::string uuid;
};

using Sink = std::function<void(Record&&, const Where&)>;

/// Reads a whole document, JSON or JSONL (told apart by its first line), passing each record to
/// `sink` in file order. Throws UsageError with Errc::import_malformed, import_version or
/// import_invalid, detail.record saying where and detail.field which field.
void read_document(std::string_view text, const Sink& sink);

/// The derived UUID of a history record (stage changes have none: they are part of their area).
std::string history_uuid(const Record& r);

/// "2026-10-01T08:30:00+02:00": an instant on the clock of the offset given.
std::string format_moment(domain::Instant at, int utc_offset);
/// "2026-10-01T06:30:00+00:00", as every JSON ipt writes has shown times in UTC.
std::string format_utc(domain::Instant at);
struct Moment {
  domain::Instant at = 0;
  int utc_offset = 0;
};
/// Either of the above (or "...+hhmm"); none when it is not one.
std::optional<Moment> parse_moment(std::string_view s);

}  // namespace ipt::interchange
