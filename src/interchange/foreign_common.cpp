#include "interchange/foreign_common.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace ipt::interchange::foreign {

namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string shorten(std::string_view s) {
  constexpr std::size_t kMax = 60;
  if (s.size() <= kMax)
    return domain::escape_controls(s);
  std::size_t n = kMax;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
    --n;  // not in the middle of a character
  return domain::escape_controls(s.substr(0, n)) + "...";
}

std::string quote(std::string_view s) {
  return "\"" + shorten(s) + "\"";
}

void fail(Errc code, const std::string& message, std::string record, std::string field,
          std::string value) {
  ErrorDetail d = ErrorDetail::of_field(std::move(field), std::move(value));
  d.record = std::move(record);
  throw UsageError(code, message, std::move(d));
}

domain::Date check_date(const std::string& record, const std::string& field,
                        std::string_view text) {
  if (const auto d = domain::parse_iso_date(text))
    return *d;
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      digits(text.substr(0, 4)) && digits(text.substr(5, 2)) &&
                      digits(text.substr(8, 2));
  fail(Errc::import_invalid,
       field + " " + quote(text) +
           (shaped ? " is not a calendar date" : " is not a date in the form YYYY-MM-DD"),
       record, field, std::string(text));
}

std::optional<domain::TimeOfDay> parse_hh_mm(std::string_view text) {
  if (text.size() != 5 || text[2] != ':' || !digits(text.substr(0, 2)) ||
      !digits(text.substr(3, 2)))
    return std::nullopt;
  const int hour = (text[0] - '0') * 10 + (text[1] - '0');
  const int minute = (text[3] - '0') * 10 + (text[4] - '0');
  if (hour > 23 || minute > 59)
    return std::nullopt;
  return domain::TimeOfDay{hour, minute};
}

void add_unique(std::vector<std::string>& list, std::string item) {
  if (std::find(list.begin(), list.end(), item) == list.end())
    list.push_back(std::move(item));
}

void add_unique_person(std::vector<std::string>& list, std::string name) {
  const auto key = domain::fold_case(name);
  const bool seen = std::any_of(list.begin(), list.end(), [&key](const std::string& other) {
    return domain::fold_case(other) == key;
  });
  if (!seen)
    list.push_back(std::move(name));
}

}  // namespace ipt::interchange::foreign
