// ipt config, and the settings of the configuration file as a user meets them.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::Sandbox;
using ipt::test::write_config;

namespace {

std::string config_path(const Sandbox& box) {
  return box.path() + "/config/ipt/config.toml";
}

const nlohmann::json& row(const nlohmann::json& shown, const std::string& key) {
  for (const auto& r : shown["keys"]) {
    if (r["key"] == key)
      return r;
  }
  FAIL("no row for " << key);
  static const nlohmann::json none;
  return none;
}

}  // namespace

TEST_CASE("config: shows every value and where it came from", "[config]") {
  Sandbox box;
  auto shown = box.run_json({"config", "--format", "json"});
  CHECK(shown["file"] == config_path(box));
  CHECK(shown["file_source"] == "IPT_CONFIG");
  CHECK(shown["file_exists"] == false);
  CHECK(row(shown, "db")["value"] == box.db());
  CHECK(row(shown, "db")["source"] == "environment IPT_DB");
  CHECK(row(shown, "week_start")["value"] == "monday");
  CHECK(row(shown, "week_start")["source"] == "default");
  CHECK(row(shown, "course.weeks")["value"] == 16);
  CHECK(row(shown, "safety.item9")["value"] == true);
  CHECK(row(shown, "safety.country")["value"].is_null());

  write_config(box,
               "# mine\nweek_start = \"sunday\"\n\n[[metric]]\nname = \"irritability\"\n"
               "min = 0\nmax = 4\nlabel = \"how irritable\"\n");
  shown = box.run_json({"config", "--format", "json"});
  CHECK(shown["file_exists"] == true);
  CHECK(row(shown, "week_start")["value"] == "sunday");
  CHECK(row(shown, "week_start")["source"] == config_path(box) + ":2");
  CHECK(row(shown, "remind.weekly_day")["value"] == "saturday");  // the day before week_start
  CHECK(row(shown, "metric")["value"][0]["name"] == "irritability");
  CHECK(row(shown, "db")["source"] == "environment IPT_DB");
  const auto flag = box.run_json({"--db", box.path() + "/other.db", "config", "--format", "json"});
  CHECK(row(flag, "db")["source"] == "flag --db");
  CHECK(row(flag, "db")["value"] == box.path() + "/other.db");

  const auto text = box.run({"config"});
  INFO(describe(text));
  CHECK(text.exit_code == 0);
  CHECK(has(text.out, "# " + config_path(box) + "\n"));
  CHECK(has(text.out, "week_start "));
  CHECK(has(text.out, config_path(box) + ":2\n"));
  CHECK_FALSE(ipt::test::exists(box.db()));  // looking at the config opens no journal
}

TEST_CASE("config: path and get print one value for scripts", "[config]") {
  Sandbox box;
  auto path = box.run({"config", "path"});
  CHECK(path.exit_code == 0);
  CHECK(path.out == config_path(box) + "\n");
  CHECK(box.run({"config", "get", "prompts.count"}).out == "3\n");
  const auto none = box.run({"config", "get", "safety.country"});
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());
  CHECK(none.err.empty());
  write_config(box, "[prompts]\ncount = 5\ndirs = [\"/a\", \"/b\"]\n");
  CHECK(box.run({"config", "get", "prompts.count"}).out == "5\n");
  CHECK(box.run({"config", "get", "prompts.dirs"}).out == "/a\n/b\n");
  const auto typo = box.run({"config", "get", "prompt.count"});
  CHECK(typo.exit_code == 2);
  CHECK(has(typo.err, "'prompt.count' is not a configuration key; did you mean 'prompts.count'?"));
}

TEST_CASE("config set: writes one value, keeps comments, checks before writing", "[config]") {
  Sandbox box;
  // No file yet: it is made, private, in a private directory.
  auto r = box.run({"config", "set", "week_start", "sunday"});
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(has(r.err, "set week_start = \"sunday\" in " + config_path(box)));
  CHECK(file_bytes(config_path(box)) == "week_start = \"sunday\"\n");
  CHECK(ipt::test::file_mode(config_path(box)) == 0600);
  CHECK(ipt::test::file_mode(box.path() + "/config/ipt") == 0700);
  CHECK_FALSE(ipt::test::exists(box.db()));

  const std::string mine =
      "# my settings\nweek_start = \"sunday\"  # church first\n\n[remind]\n"
      "# after work\ncheckin_time = \"19:00\"\n";
  write_config(box, mine);
  ::chmod(config_path(box).c_str(), 0640);
  CHECK(box.run({"config", "set", "remind.checkin_time", "21:30"}).exit_code == 0);
  CHECK(box.run({"config", "set", "prompts.count", "4"}).exit_code == 0);
  CHECK(file_bytes(config_path(box)) ==
        "# my settings\nweek_start = \"sunday\"  # church first\n\n[remind]\n# after work\n"
        "checkin_time = \"21:30\"\n\n[prompts]\ncount = 4\n");
  CHECK(ipt::test::file_mode(config_path(box)) == 0640);  // its mode is kept
  CHECK(box.run({"config", "get", "remind.checkin_time"}).out == "21:30\n");
  CHECK(box.run({"config", "set", "remind.weekly_day", "Fri"}).exit_code == 0);
  CHECK(has(file_bytes(config_path(box)), "weekly_day = \"friday\"\n"));

  // Bad values are refused with the rule, and the file stays byte for byte.
  const auto before = file_bytes(config_path(box));
  ipt::test::expect_refused(
      box,
      {{{"config", "set", "week_start", "funday"}, 2, "ipt: error: 'week_start' must be a weekday"},
       {{"config", "set", "course.weeks", "99"}, 2, "from 4 to 52"},
       {{"config", "set", "prompts.count", "lots"}, 2, "whole number"},
       {{"config", "set", "remind.notify", "perhaps"}, 2, "true or false"},
       {{"config", "set", "metric", "x"}, 2, "list of tables"},
       {{"config", "set", "colour", "never"}, 2, "did you mean 'color'?"},
       {{"config", "set", "week_start"}, 2, "VALUE is required"}});
  CHECK(file_bytes(config_path(box)) == before);

  // unset takes the line out; nothing to take out is no error.
  CHECK(box.run({"config", "unset", "week_start"}).exit_code == 0);
  CHECK_FALSE(has(file_bytes(config_path(box)), "week_start"));
  CHECK(has(file_bytes(config_path(box)), "# my settings\n"));
  CHECK(box.run({"config", "unset", "week_start"}).exit_code == 0);
}

TEST_CASE("config set: a config path that can't be read is never written over", "[config]") {
  Sandbox box;
  std::filesystem::create_directories(config_path(box));  // a directory where the file goes
  const auto r = box.run({"config", "set", "week_start", "sunday"});
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "is a directory, not a configuration file"));
  CHECK(std::filesystem::is_directory(config_path(box)));
  // An empty file is a file with nothing set.
  std::filesystem::remove(config_path(box));
  write_config(box, "");
  CHECK(box.run({"config", "set", "week_start", "sunday"}).exit_code == 0);
  CHECK(file_bytes(config_path(box)) == "week_start = \"sunday\"\n");
}

TEST_CASE("config set: a symlinked config file stays a symlink", "[config]") {
  Sandbox box;
  const auto real = box.path() + "/dotfiles-config.toml";
  ipt::test::write_file(real, "color = \"never\"\n");
  ::mkdir((box.path() + "/config").c_str(), 0700);
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  REQUIRE(::symlink(real.c_str(), config_path(box).c_str()) == 0);
  CHECK(box.run({"config", "set", "color", "always"}).exit_code == 0);
  struct stat st {};
  REQUIRE(::lstat(config_path(box).c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(file_bytes(real) == "color = \"always\"\n");
}

TEST_CASE("config: a broken file stops commands with file:line:col, but not help-now or config set",
          "[config]") {
  Sandbox box;
  write_config(box, "week_start = \"funday\"\n");
  const auto log = box.run({"log", "5"});
  CHECK(log.exit_code == 2);
  CHECK(has(log.err, config_path(box) + ":1:14: 'week_start' must be a weekday"));
  CHECK_FALSE(ipt::test::exists(box.db()));
  CHECK(box.run({"help-now"}).exit_code == 0);
  // set mends it: the new file is what is checked.
  CHECK(box.run({"config", "set", "week_start", "monday"}).exit_code == 0);
  CHECK(box.run({"log", "5"}).exit_code == 0);
}

TEST_CASE("config: an unknown key warns with the nearest one and the rest still applies",
          "[config]") {
  Sandbox box;
  write_config(box, "colour = \"never\"\n[prompts]\ncount = 1\n");
  REQUIRE(box.run({"log", "5"}).exit_code == 0);
  const auto r = box.run({"prompts", "--format", "json"});
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "ipt: warning: " + config_path(box) +
                       ":1:1: unknown key 'colour', ignored; did you mean 'color'?"));
  CHECK(nlohmann::json::parse(r.out)["prompts"].size() == 1);  // stdout stays pure JSON
}

TEST_CASE("config: day_starts_at puts a late-night check-in on the day before", "[config]") {
  Sandbox box;
  write_config(box, "day_starts_at = \"04:00\"\n");
  const ipt::test::Env late{{"IPT_NOW", "2026-11-11 01:30"}};
  REQUIRE(box.run({"log", "4", "could not sleep"}, {}, late).exit_code == 0);
  const auto list = box.run_json({"list", "--format", "json"}, {}, late);
  REQUIRE(list.size() == 1);
  CHECK(list[0]["day"] == "2026-11-10");
  // After the day's start it is the new day.
  const ipt::test::Env morning{{"IPT_NOW", "2026-11-11 04:00"}};
  REQUIRE(box.run({"log", "6"}, {}, morning).exit_code == 0);
  const auto both = box.run_json({"list", "--format", "json"}, {}, morning);
  REQUIRE(both.size() == 2);
  for (const auto& e : both)
    CHECK(e["day"] == (e["mood"] == 6 ? "2026-11-11" : "2026-11-10"));
}

TEST_CASE("config: week_start, prompts.count and [course] are what commands use", "[config]") {
  Sandbox box;
  write_config(box, "week_start = \"sunday\"\n[prompts]\ncount = 2\n[course]\nweeks = 12\n");
  const ipt::test::Env wednesday{{"IPT_NOW", "2026-11-25 12:00"}};
  REQUIRE(box.run({"log", "5"}, {}, wednesday).exit_code == 0);
  const auto p = box.run_json({"prompts", "--format", "json"}, {}, wednesday);
  CHECK(p["week"]["start"] == "2026-11-22");  // the Sunday before
  CHECK(p["prompts"].size() == 2);
  CHECK(box.run_json({"prompts", "-n", "4", "--format", "json"}, {}, wednesday)["prompts"].size() ==
        4);
  const auto start = box.run({"course", "start"}, {}, wednesday);
  CHECK(start.out == "started a 12-week course on 2026-11-25\n");
  CHECK(box.run({"course", "start", "--weeks", "16"}, {}, wednesday).exit_code == 1);  // one open
}

TEST_CASE("config: prompts.dirs adds prompt directories, and a missing one is named", "[config]") {
  Sandbox box;
  write_config(box, "[prompts]\ndirs = [\"" + box.path() + "/nope\"]\n");
  const auto r = box.run({"prompts"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err,
            config_path(box) + ":2: prompts.dirs: " + box.path() + "/nope is not a directory"));
}

TEST_CASE("config: --help lists the scales the config defines, --config read first", "[config]") {
  Sandbox box;
  write_config(
      box, "[[metric]]\nname = \"irritability\"\nmin = 0\nmax = 4\nlabel = \"how irritable\"\n");
  const auto help = box.run({"log", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(has(help.out, "irritability 0 to 4: how irritable"));
  const auto other = box.path() + "/other.toml";
  ipt::test::write_file(other, "[[metric]]\nname = \"focus\"\nmin = 1\nmax = 5\n");
  for (const auto& flag :
       std::vector<std::vector<std::string>>{{"--config", other}, {"--config=" + other}}) {
    auto args = flag;
    args.insert(args.end(), {"calendar", "--help"});
    const auto r = box.run(args);
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "focus 1 to 5"));
    CHECK_FALSE(has(r.out, "irritability"));
  }
  // A config that can't be read leaves the help as it is.
  write_config(box, "[[metric]]\nname = \"x\"\n");
  const auto broken = box.run({"log", "--help"});
  CHECK(broken.exit_code == 0);
  CHECK(has(broken.out, "--metric"));
}
