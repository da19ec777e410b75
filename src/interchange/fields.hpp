#pragma once
// For interchange/*.cpp only: reading one record's fields with the checks every import makes,
// each failure naming the record, its UUID and the field.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "domain/civil.hpp"
#include "domain/errors.hpp"
#include "domain/local_time.hpp"
#include "interchange/document.hpp"

namespace ipt::interchange {

using Json = nlohmann::ordered_json;

class Fields {
 public:
  Fields(const Json& obj, Where where);

  const Where& where() const { return where_; }
  [[noreturn]] void fail(const std::string& field, const std::string& what,
                         const std::string& value = {}) const;

  bool has(const char* key) const;
  std::string uuid(const char* key = "uuid") const;
  std::optional<std::string> opt_uuid(const char* key) const;
  std::vector<std::string> uuids(const char* key) const;
  std::string text(const char* key) const;  ///< a string; absent: ""
  std::optional<std::string> opt_text(const char* key) const;
  std::vector<std::string> texts(const char* key) const;  ///< absent: none
  int whole(const char* key, int lo, int hi) const;
  std::optional<int> opt_whole(const char* key, int lo, int hi) const;
  std::optional<double> opt_real(const char* key, double lo, double hi) const;
  std::optional<bool> opt_bool(const char* key) const;
  domain::Date day(const char* key) const;
  std::optional<domain::Date> opt_day(const char* key) const;
  domain::Instant utc(const char* key) const;
  std::optional<domain::Instant> opt_utc(const char* key) const;
  Moment moment(const char* key) const;
  /// A name from `from` (domain's *_from), listing the valid ones when it is not one.
  template <typename E, typename From, typename Names>
  E named(const char* key, From from, Names names) const {
    const auto s = text(key);
    if (auto v = from(s))
      return *v;
    fail(key, "\"" + s + "\" is not one of " + join(names()), s);
  }
  template <typename E, typename From, typename Names>
  std::optional<E> opt_named(const char* key, From from, Names names) const {
    if (!present(key))
      return std::nullopt;
    return named<E>(key, from, names);
  }
  /// Runs a domain check, turning its error into one about this record's `field`.
  template <typename F>
  auto check(const char* field, F&& f) const {
    try {
      return f();
    } catch (const ipt::Error& e) {
      fail(field, e.what());
    }
  }

 private:
  bool present(const char* key) const;  ///< there and not null
  const Json& at(const char* key) const;
  template <typename Range>
  static std::string join(const Range& names) {
    std::string out;
    for (const auto& n : names)
      out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
  }
  const Json& obj_;
  Where where_;
};

}  // namespace ipt::interchange
