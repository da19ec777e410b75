#pragma once
// For interchange/*.cpp only: a JSON parse error worded for an import, saying where and why
// but never quoting the file (nlohmann's "last read: '...'" would print journal text, which
// cron mails and logs keep).
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace ipt::interchange {

inline std::string json_error_text(const nlohmann::json::parse_error& e, std::string_view text,
                                   std::string_view what_it_is = "the file") {
  const std::string what = e.what();
  std::string where;
  std::string why;
  if (const auto at = what.find("parse error at "); at != std::string::npos) {
    const auto colon = what.find(": ", at);
    where = what.substr(at + 15, colon == std::string::npos ? std::string::npos : colon - at - 15);
    if (colon != std::string::npos) {
      why = what.substr(colon + 2);
      why = why.substr(0, why.find_first_of(";-"));
      while (!why.empty() && why.back() == ' ')
        why.pop_back();
    }
  }
  if (where.empty())
    where = "byte " + std::to_string(e.byte);
  if (where.rfind("line 1, ", 0) == 0 && what_it_is == "the line")
    where = where.substr(8);  // a line's own line number is no help
  // Past the last character that is not white space: the text stops before the JSON does.
  const auto last = text.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos || e.byte > last + 1)
    return std::string(what_it_is) + " ends part-way through (at " + where +
           "): it may have been cut short while it was copied";
  return std::string(what_it_is) + " is not valid JSON at " + where +
         (why.empty() ? "" : " (" + why + ")");
}

/// A number past what a double holds ("1e999"): nlohmann/json throws it while parsing, as
/// out_of_range (406) rather than parse_error, so each parse catches both.
inline std::string json_number_error_text(std::string_view what_it_is = "the file") {
  return std::string(what_it_is) + " holds a number too large to read (past 1.8e308)";
}

}  // namespace ipt::interchange
