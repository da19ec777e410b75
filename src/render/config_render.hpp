#pragma once
// ipt config: the effective configuration, each value with where it came from.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/view.hpp"

namespace ipt::render {

struct ConfigRow {
  std::string key;               ///< dotted: "remind.weekly_day"
  std::string text;              ///< the value as shown: friday, 16, ["~/p"]; "" when none
  nlohmann::ordered_json value;  ///< the same, typed, for JSON; null when none
  std::string source;            ///< "default", "FILE:LINE", "environment IPT_DB", "flag --db"
};

struct ConfigShown {
  std::string file;         ///< the configuration file read, or that would be
  std::string file_source;  ///< "--config", "IPT_CONFIG", "default"
  bool file_exists = false;
  std::vector<ConfigRow> rows;
};
/// text: a line naming the file, then "KEY  VALUE  SOURCE" rows; json: {"file", "file_source",
/// "file_exists", "keys": [{"key", "value", "source"}]}.
const View<ConfigShown>& config_view();

}  // namespace ipt::render
