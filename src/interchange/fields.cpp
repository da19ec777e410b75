#include "interchange/fields.hpp"

#include <cmath>
#include <regex>

namespace ipt::interchange {

namespace {

bool is_uuid(const std::string& s) {
  static const std::regex re("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  return std::regex_match(s, re);
}

std::string shown(const Json& v) {
  return v.is_string() ? v.get<std::string>() : v.dump();
}

}  // namespace

Fields::Fields(const Json& obj, Where where) : obj_(obj), where_(std::move(where)) {
  if (!obj_.is_object()) {
    throw UsageError(Errc::import_invalid, "a record must be a JSON object, not " + obj_.dump(),
                     [&] {
                       ErrorDetail d;
                       d.record = where_.record;
                       return d;
                     }());
  }
  if (where_.uuid.empty() && obj_.contains("uuid") && obj_["uuid"].is_string())
    where_.uuid = obj_["uuid"].get<std::string>();
}

void Fields::fail(const std::string& field, const std::string& what,
                  const std::string& value) const {
  ErrorDetail d;
  d.record = where_.record;
  d.name = where_.uuid;
  d.field = field;
  d.value = value;
  throw UsageError(Errc::import_invalid, what, d);
}

bool Fields::has(const char* key) const {
  return obj_.contains(key);
}

bool Fields::present(const char* key) const {
  return obj_.contains(key) && !obj_[key].is_null();
}

const Json& Fields::at(const char* key) const {
  if (!present(key))
    fail(key, "is missing");
  return obj_[key];
}

std::string Fields::uuid(const char* key) const {
  const auto s = text(key);
  if (!is_uuid(s))
    fail(key, "\"" + s + "\" is not a UUID (lower-case, 8-4-4-4-12 hex digits)", s);
  return s;
}

std::optional<std::string> Fields::opt_uuid(const char* key) const {
  if (!present(key))
    return std::nullopt;
  return uuid(key);
}

std::vector<std::string> Fields::uuids(const char* key) const {
  std::vector<std::string> out;
  for (const auto& s : texts(key)) {
    if (!is_uuid(s))
      fail(key, "\"" + s + "\" is not a UUID (lower-case, 8-4-4-4-12 hex digits)", s);
    out.push_back(s);
  }
  return out;
}

std::string Fields::text(const char* key) const {
  if (!present(key))
    return {};
  const auto& v = obj_[key];
  if (!v.is_string())
    fail(key, "must be a string, not " + v.dump(), shown(v));
  return v.get<std::string>();
}

std::optional<std::string> Fields::opt_text(const char* key) const {
  if (!present(key))
    return std::nullopt;
  return text(key);
}

std::vector<std::string> Fields::texts(const char* key) const {
  std::vector<std::string> out;
  if (!present(key))
    return out;
  const auto& v = obj_[key];
  if (!v.is_array())
    fail(key, "must be a list of strings, not " + v.dump(), shown(v));
  for (const auto& s : v) {
    if (!s.is_string())
      fail(key, "must be a list of strings; it holds " + s.dump(), shown(s));
    out.push_back(s.get<std::string>());
  }
  return out;
}

int Fields::whole(const char* key, int lo, int hi) const {
  const auto& v = at(key);
  if (!v.is_number_integer())
    fail(key, "must be a whole number, not " + v.dump(), shown(v));
  const auto n = v.get<long long>();
  if (n < lo || n > hi) {
    fail(key,
         std::to_string(n) + " is not between " + std::to_string(lo) + " and " + std::to_string(hi),
         std::to_string(n));
  }
  return static_cast<int>(n);
}

std::optional<int> Fields::opt_whole(const char* key, int lo, int hi) const {
  if (!present(key))
    return std::nullopt;
  return whole(key, lo, hi);
}

std::optional<double> Fields::opt_real(const char* key, double lo, double hi) const {
  if (!present(key))
    return std::nullopt;
  const auto& v = obj_[key];
  if (!v.is_number())
    fail(key, "must be a number, not " + v.dump(), shown(v));
  const auto x = v.get<double>();
  if (!std::isfinite(x) || x < lo || x > hi)
    fail(key, v.dump() + " is not between " + Json(lo).dump() + " and " + Json(hi).dump(),
         v.dump());
  return x;
}

std::optional<bool> Fields::opt_bool(const char* key) const {
  if (!present(key))
    return std::nullopt;
  const auto& v = obj_[key];
  if (!v.is_boolean())
    fail(key, "must be true or false, not " + v.dump(), shown(v));
  return v.get<bool>();
}

domain::Date Fields::day(const char* key) const {
  const auto s = text(key);
  if (s.empty())
    fail(key, "is missing");
  auto d = domain::parse_iso_date(s);
  if (!d || s.size() != 10)
    fail(key, "\"" + s + "\" is not a date (YYYY-MM-DD)", s);
  return *d;
}

std::optional<domain::Date> Fields::opt_day(const char* key) const {
  if (!present(key))
    return std::nullopt;
  return day(key);
}

domain::Instant Fields::utc(const char* key) const {
  return moment(key).at;
}

std::optional<domain::Instant> Fields::opt_utc(const char* key) const {
  if (!present(key))
    return std::nullopt;
  return utc(key);
}

Moment Fields::moment(const char* key) const {
  const auto s = text(key);
  if (s.empty())
    fail(key, "is missing");
  auto m = parse_moment(s);
  if (!m)
    fail(key, "\"" + s + "\" is not a time such as 2026-10-01T08:30:00+02:00", s);
  return *m;
}

}  // namespace ipt::interchange
