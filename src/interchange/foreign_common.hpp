#pragma once
// What the readers of other tools' exports (jrnl.cpp, daylio.cpp) share: one way to report a
// bad record, to quote a value in a message, and to check the values both formats hold.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/civil.hpp"
#include "domain/errors.hpp"

namespace ipt::interchange::foreign {

/// `s` safe for a message: control characters and invalid UTF-8 escaped, cut after 60 bytes
/// with "..." (a bad value may be a whole page of text).
std::string shorten(std::string_view s);
/// shorten(s) in double quotes.
std::string quote(std::string_view s);

/// Throws UsageError(code, message) with detail.record, detail.field and detail.value.
[[noreturn]] void fail(Errc code, const std::string& message, std::string record,
                       std::string field = {}, std::string value = {});

/// Calls `check` (a domain validator, which throws UsageError with a message but no record)
/// and rethrows what it throws as import_invalid at `record` and `field`, keeping its message.
template <class Check>
auto in_record(const std::string& record, const std::string& field, std::string_view value,
               Check&& check) -> decltype(check()) {
  try {
    return std::forward<Check>(check)();
  } catch (const UsageError& e) {
    fail(Errc::import_invalid, e.what(), record, field, std::string(value));
  }
}

/// A strict "YYYY-MM-DD" calendar day, or import_invalid naming `field` and saying whether the
/// form or the calendar is wrong.
domain::Date check_date(const std::string& record, const std::string& field, std::string_view text);

/// Strict "HH:MM" (two digits each, 00:00..23:59); nullopt otherwise.
std::optional<domain::TimeOfDay> parse_hh_mm(std::string_view text);

/// Appends `item` unless `list` holds it already (first spelling and order kept).
void add_unique(std::vector<std::string>& list, std::string item);

/// Appends `name` unless `list` holds a name with the same fold_case key: "Sam" and "sam" in
/// one entry are one person.
void add_unique_person(std::vector<std::string>& list, std::string name);

}  // namespace ipt::interchange::foreign
