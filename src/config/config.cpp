#include "config/config.hpp"

#include <toml++/toml.h>

#include <system_error>

#include "domain/errors.hpp"

namespace ipt::config {

namespace {

std::string where(const std::filesystem::path& path, const toml::source_region& r) {
  return path.string() + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

const toml::node& string_value(const std::filesystem::path& path, const toml::node& n,
                               std::string_view key) {
  if (!n.is_string()) {
    throw UsageError(where(path, n.source()) + ": '" + std::string(key) + "' must be a string");
  }
  return n;
}

}  // namespace

Config load_config(const std::filesystem::path& path, bool must_exist) {
  Config cfg;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (must_exist) {
      ErrorDetail d;
      d.path = path.string();
      throw UsageError(Errc::config_missing, "config file " + path.string() + " does not exist", d);
    }
    return cfg;
  }
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(where(path, e.source()) + ": " + std::string(e.description()));
  }
  cfg.source = path;
  for (const auto& [key, node] : table) {
    if (key == "db") {
      cfg.db = *string_value(path, node, key).value<std::string>();
    } else if (key == "color") {
      auto v = *string_value(path, node, key).value<std::string>();
      if (v != "auto" && v != "always" && v != "never") {
        throw UsageError(where(path, node.source()) +
                         ": color must be auto, always or never; got '" + v + "'");
      }
      cfg.color = v;
    } else {
      throw UsageError(
          where(path, node.source()) + ": unknown key '" + std::string(key.str()) + "'",
          "the keys ipt knows are db and color");
    }
  }
  return cfg;
}

}  // namespace ipt::config
