#include "config/paths.hpp"

#include <cstdlib>

#include "domain/errors.hpp"

namespace ipt::config {

namespace fs = std::filesystem;

EnvLookup process_env() {
  return [](const char* name) -> std::optional<std::string> {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0')
      return std::nullopt;
    return std::string(v);
  };
}

namespace {

fs::path home(const EnvLookup& env) {
  if (auto h = env("HOME"))
    return *h;
  throw RuntimeFailure(Errc::home_unset, "HOME is not set, so ipt can't find its default files");
}

}  // namespace

std::string expand_home(const std::string& path, const EnvLookup& env) {
  if (path == "~")
    return home(env).string();
  if (path.rfind("~/", 0) == 0)
    return (home(env) / path.substr(2)).string();
  return path;
}

fs::path config_dir(const EnvLookup& env) {
  if (auto x = env("XDG_CONFIG_HOME"))
    return fs::path(*x) / "ipt";
  return home(env) / ".config" / "ipt";
}

fs::path default_config_path(const EnvLookup& env) {
  if (auto p = env("IPT_CONFIG"))
    return expand_home(*p, env);
  if (auto x = env("XDG_CONFIG_HOME"))
    return fs::path(*x) / "ipt" / "config.toml";
  return home(env) / ".config" / "ipt" / "config.toml";
}

fs::path resolve_db_path(const std::optional<std::string>& flag,
                         const std::optional<std::string>& configured, const EnvLookup& env) {
  if (flag) {
    if (flag->empty())
      throw UsageError(Errc::db_path_empty, "the journal's path is empty");
    return expand_home(*flag, env);
  }
  if (auto p = env("IPT_DB"))
    return expand_home(*p, env);
  if (configured && !configured->empty())
    return expand_home(*configured, env);
  if (auto x = env("XDG_DATA_HOME"))
    return fs::path(*x) / "ipt" / "journal.db";
  return home(env) / ".local" / "share" / "ipt" / "journal.db";
}

}  // namespace ipt::config
