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

/// An XDG base directory variable, when it holds an absolute path (the spec says to ignore a
/// relative one).
std::optional<fs::path> xdg(const EnvLookup& env, const char* name) {
  auto v = env(name);
  if (!v || v->front() != '/')
    return std::nullopt;
  return fs::path(*v);
}

}  // namespace

std::string expand_home(const std::string& path, const EnvLookup& env) {
  if (path == "~")
    return home(env).string();
  if (path.rfind("~/", 0) == 0)
    return (home(env) / path.substr(2)).string();
  return path;
}

std::optional<fs::path> config_dir(const EnvLookup& env) {
  if (auto x = xdg(env, "XDG_CONFIG_HOME"))
    return *x / "ipt";
  if (auto h = env("HOME"))
    return fs::path(*h) / ".config" / "ipt";
  return std::nullopt;
}

std::optional<fs::path> state_dir(const EnvLookup& env) {
  if (auto x = xdg(env, "XDG_STATE_HOME"))
    return *x / "ipt";
  if (auto h = env("HOME"))
    return fs::path(*h) / ".local" / "state" / "ipt";
  return std::nullopt;
}

std::optional<fs::path> default_config_path(const EnvLookup& env) {
  if (auto p = env("IPT_CONFIG"))
    return expand_home(*p, env);
  if (auto dir = config_dir(env))
    return *dir / "config.toml";
  return std::nullopt;
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
  if (auto x = xdg(env, "XDG_DATA_HOME"))
    return *x / "ipt" / "journal.db";
  return home(env) / ".local" / "share" / "ipt" / "journal.db";
}

}  // namespace ipt::config
