#include "config/config.hpp"
#include "config/keys.hpp"
#include "config/toml_error.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <system_error>

#include "domain/errors.hpp"

namespace ipt::config {

namespace {

namespace fs = std::filesystem;

/// Reads one file's values; every failure names FILE:LINE:COL.
class Reader {
 public:
  explicit Reader(const fs::path& path, Config& cfg) : path_(path), cfg_(cfg) {}

  [[noreturn]] void fail(const toml::node& n, const std::string& message,
                         std::string hint = {}) const {
    throw UsageError(where(n.source()) + ": " + message, std::move(hint));
  }

  std::string where(const toml::source_region& r) const {
    return path_.string() + ":" + std::to_string(r.begin.line) + ":" +
           std::to_string(r.begin.column);
  }

  void seen(const std::string& key, const toml::node& n) {
    cfg_.origins[key] = Origin{path_, static_cast<int>(n.source().begin.line),
                               static_cast<int>(n.source().begin.column)};
  }

  void unknown(const std::string& dotted, const toml::key& key, std::vector<std::string> known) {
    cfg_.unknown.push_back({dotted, std::move(known),
                            Origin{path_, static_cast<int>(key.source().begin.line),
                                   static_cast<int>(key.source().begin.column)}});
  }

  std::string string(const toml::node& n, const std::string& key) const {
    if (!n.is_string())
      fail(n, "'" + key + "' must be a string, in quotes");
    return *n.value<std::string>();
  }

  std::string one_line(const toml::node& n, const std::string& key) const {
    auto v = string(n, key);
    if (v.find_first_of("\n\r") != std::string::npos || v.empty())
      fail(n, "'" + key + "' must be one line of text");
    return v;
  }

  /// A path that means the same from any directory: absolute, or from the home directory.
  std::string path(const toml::node& n, const std::string& key) const {
    auto v = one_line(n, key);
    if (v.front() != '/' && v != "~" && v.rfind("~/", 0) != 0)
      fail(n, "'" + key + "' must be an absolute path or start with ~/; got '" + v + "'",
           "a relative path would name a different file in each directory cron or you run ipt in");
    return v;
  }

  bool boolean(const toml::node& n, const std::string& key) const {
    if (!n.is_boolean())
      fail(n, "'" + key + "' must be true or false");
    return *n.value<bool>();
  }

  int integer(const toml::node& n, const std::string& key, int lo, int hi) const {
    const auto v = n.value<std::int64_t>();
    if (!n.is_integer() || !v || *v < lo || *v > hi)
      fail(n, "'" + key + "' must be a whole number from " + std::to_string(lo) + " to " +
                  std::to_string(hi));
    return static_cast<int>(*v);
  }

  int weekday(const toml::node& n, const std::string& key) const {
    auto v = string(n, key);
    if (auto d = weekday_number(v))
      return *d;
    fail(n, "'" + key + "' must be a weekday such as \"monday\" or \"sun\"; got '" + v + "'");
  }

  int time_of_day(const toml::node& n, const std::string& key, int max_minute) const {
    auto v = string(n, key);
    if (auto m = minute_of_day(v); m && *m <= max_minute)
      return *m;
    fail(n, "'" + key + "' must be a time such as \"04:00\"" +
                (max_minute < 1439 ? std::string(" before noon") : std::string()) + "; got '" + v +
                "'");
  }

  const toml::table& table(const toml::node& n, const std::string& key) const {
    const auto* t = n.as_table();
    if (!t)
      fail(n, "'" + key + "' must be a table", "write it as [" + key + "]");
    return *t;
  }

  static std::optional<int> weekday_number(std::string v) {
    for (auto& c : v)
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const auto days = weekday_words();
    for (std::size_t i = 0; i < days.size(); ++i) {
      if (v == days[i] || (v.size() == 3 && days[i].substr(0, 3) == v))
        return static_cast<int>(i + 1);
    }
    return std::nullopt;
  }

  static std::optional<int> minute_of_day(const std::string& v) {
    if (v.size() != 5 || v[2] != ':')
      return std::nullopt;
    for (std::size_t i : {0U, 1U, 3U, 4U}) {
      if (v[i] < '0' || v[i] > '9')
        return std::nullopt;
    }
    const int h = (v[0] - '0') * 10 + (v[1] - '0');
    const int m = (v[3] - '0') * 10 + (v[4] - '0');
    if (h > 23 || m > 59)
      return std::nullopt;
    return h * 60 + m;
  }

  void read(const toml::table& root);

 private:
  void read_course(const toml::table& t);
  void read_prompts(const toml::table& t);
  void read_remind(const toml::table& t);
  void read_safety(const toml::table& t);
  void read_metrics(const toml::node& n);
  Metric read_metric(const toml::node& n);

  const fs::path& path_;
  Config& cfg_;
};

constexpr std::array<std::string_view, 10> kSwitches{
    "item9",     "words", "low_checkin",  "low_days", "low_week",
    "mood_drop", "phq9",  "gentle_weeks", "fear",     "non_response"};

/// The names an entry already has; a metric of the same name would be ambiguous in list, export
/// and --format csv.
constexpr std::array<std::string_view, 12> kReservedMetricNames{
    "mood", "anxiety", "energy", "sleep", "impact", "kind",
    "text", "tags",    "people", "at",    "day",    "type"};

void Reader::read(const toml::table& root) {
  for (const auto& [key, node] : root) {
    const std::string k(key.str());
    if (k == "db") {
      cfg_.db = path(node, k);
    } else if (k == "color") {
      auto v = string(node, k);
      if (v != "auto" && v != "always" && v != "never")
        fail(node, "'color' must be auto, always or never; got '" + v + "'");
      cfg_.color = v;
    } else if (k == "week_start") {
      cfg_.week_start = weekday(node, k);
    } else if (k == "day_starts_at") {
      cfg_.day_starts_at = time_of_day(node, k, 11 * 60 + 59);
    } else if (k == "course") {
      read_course(table(node, k));
    } else if (k == "prompts") {
      read_prompts(table(node, k));
    } else if (k == "remind") {
      read_remind(table(node, k));
    } else if (k == "safety") {
      read_safety(table(node, k));
    } else if (k == "metric") {
      read_metrics(node);
    } else {
      unknown(k, key,
              {"db", "color", "week_start", "day_starts_at", "course", "prompts", "remind",
               "safety", "metric"});
      continue;
    }
    seen(k, node);
  }
}

void Reader::read_course(const toml::table& t) {
  for (const auto& [key, n] : t) {
    const std::string k(key.str());
    if (k == "weeks")
      cfg_.course.weeks = integer(n, "course." + k, 4, 52);
    else if (k == "initial_weeks")
      cfg_.course.initial_weeks = integer(n, "course." + k, 1, 51);
    else if (k == "termination_weeks")
      cfg_.course.termination_weeks = integer(n, "course." + k, 1, 51);
    else {
      unknown("course." + k, key, {"weeks", "initial_weeks", "termination_weeks"});
      continue;
    }
    seen("course." + k, n);
  }
}

void Reader::read_prompts(const toml::table& t) {
  for (const auto& [key, n] : t) {
    const std::string k(key.str());
    if (k == "count") {
      cfg_.prompts.count = integer(n, "prompts.count", 1, 20);
    } else if (k == "dirs") {
      const auto* arr = n.as_array();
      if (!arr)
        fail(n, "'prompts.dirs' must be a list such as [\"~/my-prompts\"]");
      for (const auto& item : *arr)
        cfg_.prompts.dirs.push_back(path(item, "prompts.dirs"));
    } else {
      unknown("prompts." + k, key, {"count", "dirs"});
      continue;
    }
    seen("prompts." + k, n);
  }
}

void Reader::read_remind(const toml::table& t) {
  for (const auto& [key, n] : t) {
    const std::string k(key.str());
    if (k == "weekly_day")
      cfg_.remind.weekly_day = weekday(n, "remind." + k);
    else if (k == "checkin_time")
      cfg_.remind.checkin_minute = time_of_day(n, "remind." + k, 1439);
    else if (k == "weekly_time")
      cfg_.remind.weekly_minute = time_of_day(n, "remind." + k, 1439);
    else if (k == "notify")
      cfg_.remind.notify = boolean(n, "remind." + k);
    else {
      unknown("remind." + k, key, {"weekly_day", "checkin_time", "weekly_time", "notify"});
      continue;
    }
    seen("remind." + k, n);
  }
}

void Reader::read_safety(const toml::table& t) {
  auto& out = cfg_.safety;
  for (const auto& [key, n] : t) {
    const std::string k(key.str());
    if (k == "country") {
      auto v = string(n, "safety.country");
      for (auto& c : v)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (v.size() != 2 || v.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
        fail(n,
             "country must be a two-letter country code such as \"us\" or \"gb\"; got '" + v + "'");
      out.country = v;
    } else if (k == "message") {
      out.message = string(n, "safety.message");
      if (out.message->find_first_not_of(" \t\n") == std::string::npos)
        fail(n, "'safety.message' is empty",
             "to have none, leave it out: ipt config unset safety.message");
    } else if (k == "contacts") {
      const auto* arr = n.as_array();
      if (!arr)
        fail(n, "contacts must be a list such as [{ name = \"Dr Lee\", number = \"555 0100\" }]");
      for (const auto& item : *arr) {
        const auto* c = item.as_table();
        if (!c)
          fail(item, "each contact is { name = \"...\", number = \"...\" }");
        SafetyContact contact;
        for (const auto& [ck, cn] : *c) {
          if (ck == "name")
            contact.name = one_line(cn, "name");
          else if (ck == "number")
            contact.number = one_line(cn, "number");
          else
            fail(cn, "unknown key '" + std::string(ck.str()) + "' in a contact",
                 "a contact has a name and a number");
        }
        if (contact.name.empty() || contact.number.empty())
          fail(item, "a contact needs a name and a number");
        out.contacts.push_back(std::move(contact));
      }
    } else if (k == "check_every_weeks") {
      out.check_every_weeks = integer(n, "safety.check_every_weeks", 1, 52);
    } else if (std::find(kSwitches.begin(), kSwitches.end(), k) != kSwitches.end()) {
      out.switches[k] = boolean(n, "safety." + k);
    } else {
      std::vector<std::string> known{"country", "message", "contacts", "check_every_weeks"};
      for (auto s : kSwitches)
        known.emplace_back(s);
      unknown("safety." + k, key, std::move(known));
      continue;
    }
    seen("safety." + k, n);
  }
}

void Reader::read_metrics(const toml::node& n) {
  const auto* arr = n.as_array();
  if (!arr)
    fail(n, "'metric' must be written as [[metric]] tables, one per scale");
  for (const auto& item : *arr) {
    auto m = read_metric(item);
    if (find_metric(cfg_, m.name))
      fail(item, "the metric '" + m.name + "' is defined twice");
    cfg_.metrics.push_back(std::move(m));
  }
}

Metric Reader::read_metric(const toml::node& n) {
  const auto* t = n.as_table();
  if (!t)
    fail(n, "each metric is a [[metric]] table with a name, min, max and label");
  Metric m;
  bool named = false;
  bool has_min = false;
  bool has_max = false;
  for (const auto& [key, v] : *t) {
    const std::string k(key.str());
    if (k == "name") {
      m.name = one_line(v, "metric.name");
      const bool ok =
          m.name.size() <= 32 && m.name[0] >= 'a' && m.name[0] <= 'z' &&
          m.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
      if (!ok)
        fail(v,
             "a metric's name is a lower-case word of up to 32 letters, digits, '-' or '_', "
             "starting with a letter; got '" +
                 m.name + "'");
      if (std::find(kReservedMetricNames.begin(), kReservedMetricNames.end(), m.name) !=
          kReservedMetricNames.end())
        fail(v, "'" + m.name + "' is already a field of a check-in; give the metric another name");
      named = true;
    } else if (k == "min") {
      m.min = integer(v, "metric.min", -1000, 1000);
      has_min = true;
    } else if (k == "max") {
      m.max = integer(v, "metric.max", -1000, 1000);
      has_max = true;
    } else if (k == "label") {
      m.label = one_line(v, "metric.label");
    } else {
      unknown("metric." + k, key, {"name", "min", "max", "label"});
    }
  }
  if (!named)
    fail(n, "a [[metric]] needs a name, such as name = \"irritability\"");
  if (!has_min || !has_max)
    fail(n, "the metric '" + m.name + "' needs a min and a max, such as min = 0 and max = 10");
  if (m.min >= m.max)
    fail(n, "the metric '" + m.name + "' needs a min lower than its max");
  return m;
}

}  // namespace

std::span<const std::string_view> safety_switch_names() {
  return kSwitches;
}

const Metric* find_metric(const Config& cfg, std::string_view name) {
  for (const auto& m : cfg.metrics) {
    if (m.name == name)
      return &m;
  }
  return nullptr;
}

Config parse_config(std::string_view text, const std::filesystem::path& path) {
  Config cfg;
  toml::table table;
  try {
    table = toml::parse(text, path.string());
  } catch (const toml::parse_error& e) {
    throw_syntax_error(e, path);
  }
  cfg.source = path;
  Reader(cfg.source, cfg).read(table);
  return cfg;
}

Config load_config(const std::filesystem::path& path, bool must_exist) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (must_exist) {
      ErrorDetail d;
      d.path = path.string();
      throw UsageError(Errc::config_missing, "config file " + path.string() + " does not exist", d);
    }
    return Config{};
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) {
    throw UsageError("cannot read the config file " + path.string());
  }
  return parse_config(text.str(), path);
}

}  // namespace ipt::config
