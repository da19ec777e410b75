#pragma once
// The configuration file (TOML) as a plain struct, with where each value was written.
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ipt::config {

/// Someone to reach in a hard moment, as the person wrote them down.
struct SafetyContact {
  std::string name;
  std::string number;
};

/// [safety]: what `ipt help-now` shows first, and the switch of each signal.
struct SafetyConfig {
  std::optional<std::string> country;  ///< ISO 3166 alpha-2, lower case: its line comes first
  std::optional<std::string> message;  ///< the person's own words, shown first
  std::vector<SafetyContact> contacts;
  std::map<std::string, bool> switches;  ///< by the names of safety_switch_names()
  std::optional<int> check_every_weeks;  ///< 1..52
};

/// The on/off keys of [safety], each a signal or a rule (all on unless set to false).
std::span<const std::string_view> safety_switch_names();

/// [[metric]]: a scale of the person's own, recorded on check-ins with --metric NAME=VALUE.
struct Metric {
  std::string name;   ///< lower case letters, digits, '-' and '_'; not a built-in field
  int min = 0;        ///< the lowest value
  int max = 10;       ///< the highest value (min < max, both within -1000..1000)
  std::string label;  ///< what it measures, for --help and reports ("irritability, 0 calm")
};

/// [course]: what `ipt course start` uses when its flags are not given.
struct CourseDefaults {
  std::optional<int> weeks;              ///< 4..52
  std::optional<int> initial_weeks;      ///< 1..
  std::optional<int> termination_weeks;  ///< 1..
};

/// [prompts]
struct PromptsConfig {
  std::optional<int> count;       ///< how many prompts, 1..20 (-n overrides)
  std::vector<std::string> dirs;  ///< more prompt directories, "~/" expanded, in order
};

/// [remind]: what `ipt remind` and the lines of `ipt cron` use.
struct RemindConfig {
  std::optional<int> weekly_day;      ///< ISO weekday 1 (Monday)..7: --weekly reminds from it
  std::optional<int> checkin_minute;  ///< minutes after midnight of the evening reminder
  std::optional<int> weekly_minute;   ///< minutes after midnight of the weekly reminder
  std::optional<bool> notify;         ///< as if --notify were given
};

/// Where a value came from, for `ipt config`.
struct Origin {
  std::filesystem::path file;
  int line = 0;
  int column = 0;
};

/// A key the file has that ipt does not know: a warning, not an error, so that a config
/// written for a newer ipt still works with this one.
struct UnknownKey {
  std::string key;                 ///< dotted: "colour", "safety.contact"
  std::vector<std::string> known;  ///< the keys that would be valid where it stands
  Origin at;
};

struct Config {
  std::optional<std::string> db;     ///< journal path; "~/" is expanded
  std::optional<std::string> color;  ///< auto, always or never
  std::optional<int> week_start;     ///< ISO weekday 1..7 of weeks outside a course
  std::optional<int> day_starts_at;  ///< minutes after midnight (0..719): earlier is the day before
  CourseDefaults course;
  PromptsConfig prompts;
  RemindConfig remind;
  SafetyConfig safety;
  std::vector<Metric> metrics;
  std::filesystem::path source;           ///< the file it came from; empty when none was read
  std::map<std::string, Origin> origins;  ///< by dotted key ("remind.weekly_day", "metric")
  std::vector<UnknownKey> unknown;
};

/// Reads `path`. A missing file gives an empty Config unless `must_exist` (the user named it
/// with --config). Syntax errors and bad values throw UsageError as "FILE:LINE:COL: message";
/// unknown keys are collected in Config::unknown.
Config load_config(const std::filesystem::path& path, bool must_exist);

/// The same, from text (`path` names it in messages); for `ipt config set`, which checks the
/// file it is about to write.
Config parse_config(std::string_view text, const std::filesystem::path& path);

/// The metric named `name`, or nullptr.
const Metric* find_metric(const Config& cfg, std::string_view name);

}  // namespace ipt::config
