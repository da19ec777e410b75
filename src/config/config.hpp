#pragma once
// The configuration file (TOML) as a plain struct.
#include <filesystem>
#include <optional>
#include <string>

namespace ipt::config {

struct Config {
  std::optional<std::string> db;     ///< journal path; "~/" is expanded
  std::optional<std::string> color;  ///< auto, always or never
  std::filesystem::path source;      ///< the file it came from; empty when none was read
};

/// Reads `path`. A missing file gives an empty Config unless `must_exist` (the user named it
/// with --config). Syntax errors, unknown keys and bad values throw UsageError as
/// "FILE:LINE:COL: message".
Config load_config(const std::filesystem::path& path, bool must_exist);

}  // namespace ipt::config
