#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "config/config.hpp"
#include "config/paths.hpp"
#include "domain/errors.hpp"

using namespace ipt;
namespace fs = std::filesystem;

namespace {

config::EnvLookup env_of(std::map<std::string, std::string> vars) {
  return [vars](const char* name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end() || it->second.empty())
      return std::nullopt;
    return it->second;
  };
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ipt-cfg-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return path / name;
  }
};

}  // namespace

TEST_CASE("paths: the journal location follows flag, env, config, XDG, HOME", "[config]") {
  const auto all = env_of({{"IPT_DB", "/env/j.db"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/h"}});
  CHECK(config::resolve_db_path("/flag.db", "/cfg.db", all) == "/flag.db");
  CHECK(config::resolve_db_path(std::nullopt, "/cfg.db", all) == "/env/j.db");
  const auto no_env = env_of({{"XDG_DATA_HOME", "/xdg"}, {"HOME", "/h"}});
  CHECK(config::resolve_db_path(std::nullopt, "/cfg.db", no_env) == "/cfg.db");
  CHECK(config::resolve_db_path(std::nullopt, "~/j.db", no_env) == "/h/j.db");
  CHECK(config::resolve_db_path(std::nullopt, std::nullopt, no_env) == "/xdg/ipt/journal.db");
  const auto home_only = env_of({{"HOME", "/h"}, {"XDG_DATA_HOME", ""}});
  CHECK(config::resolve_db_path(std::nullopt, std::nullopt, home_only) ==
        "/h/.local/share/ipt/journal.db");
  CHECK_THROWS_AS(config::resolve_db_path(std::nullopt, std::nullopt, env_of({})), RuntimeFailure);
}

TEST_CASE("paths: the config file location", "[config]") {
  CHECK(config::default_config_path(env_of({{"IPT_CONFIG", "/c.toml"}, {"HOME", "/h"}})) ==
        "/c.toml");
  CHECK(config::default_config_path(env_of({{"XDG_CONFIG_HOME", "/x"}, {"HOME", "/h"}})) ==
        "/x/ipt/config.toml");
  CHECK(config::default_config_path(env_of({{"HOME", "/h"}})) == "/h/.config/ipt/config.toml");
}

TEST_CASE("config: keys are read and checked", "[config]") {
  TempDir dir;
  const auto good = dir.write("good.toml", "db = \"~/j.db\"\ncolor = \"never\"\n");
  const auto cfg = config::load_config(good, true);
  CHECK(cfg.db == "~/j.db");
  CHECK(cfg.color == "never");
  CHECK(cfg.source == good);

  CHECK_FALSE(config::load_config(dir.path / "missing.toml", false).db);
  CHECK_THROWS_AS(config::load_config(dir.path / "missing.toml", true), UsageError);

  const auto unknown = dir.write("unknown.toml", "db = \"/x\"\n\ncolour = \"never\"\n");
  const auto warned = config::load_config(unknown, false);
  REQUIRE(warned.unknown.size() == 1);
  CHECK(warned.unknown[0].key == "colour");
  CHECK(warned.unknown[0].at.line == 3);
  CHECK(warned.db == "/x");
  const auto syntax = dir.write("syntax.toml", "db = \n");
  CHECK_THROWS_WITH(config::load_config(syntax, false), Catch::Contains("syntax.toml:1:"));
  const auto type = dir.write("type.toml", "color = 3\n");
  CHECK_THROWS_WITH(config::load_config(type, false), Catch::Contains("must be a string"));
  const auto value = dir.write("value.toml", "color = \"sometimes\"\n");
  CHECK_THROWS_WITH(config::load_config(value, false), Catch::Contains("auto, always or never"));
}
