#pragma once
// The configuration file (TOML) as a plain struct.
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

struct Config {
  std::optional<std::string> db;     ///< journal path; "~/" is expanded
  std::optional<std::string> color;  ///< auto, always or never
  SafetyConfig safety;
  std::filesystem::path source;  ///< the file it came from; empty when none was read
};

/// Reads `path`. A missing file gives an empty Config unless `must_exist` (the user named it
/// with --config). Syntax errors, unknown keys and bad values throw UsageError as
/// "FILE:LINE:COL: message".
Config load_config(const std::filesystem::path& path, bool must_exist);

}  // namespace ipt::config
