#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "config/config.hpp"
#include "config/keys.hpp"
#include "domain/errors.hpp"

using namespace ipt;

namespace {

const config::KeyInfo& key(const char* k) {
  const auto* info = config::find_key(k);
  REQUIRE(info != nullptr);
  return *info;
}

std::string set(const std::string& text, const char* k, const std::string& value) {
  const auto& info = key(k);
  return config::set_in_text(text, "c.toml", info, config::toml_literal(info, value));
}

}  // namespace

TEST_CASE("config: every key the file can hold is read, with where it was written", "[config]") {
  const std::string text =
      "db = \"~/j.db\"\n"
      "color = \"never\"\n"
      "week_start = \"sun\"\n"
      "day_starts_at = \"04:00\"\n"
      "[course]\nweeks = 12\ninitial_weeks = 3\ntermination_weeks = 2\n"
      "[prompts]\ncount = 5\ndirs = [\"~/p\", \"/q\"]\n"
      "[remind]\nweekly_day = \"Friday\"\ncheckin_time = \"21:30\"\nweekly_time = \"09:05\"\n"
      "notify = true\n"
      "[[metric]]\nname = \"irritability\"\nmin = 0\nmax = 4\nlabel = \"how irritable\"\n";
  const auto cfg = config::parse_config(text, "c.toml");
  CHECK(cfg.week_start == 7);
  CHECK(cfg.day_starts_at == 240);
  CHECK(cfg.course.weeks == 12);
  CHECK(cfg.course.initial_weeks == 3);
  CHECK(cfg.course.termination_weeks == 2);
  CHECK(cfg.prompts.count == 5);
  CHECK(cfg.prompts.dirs == std::vector<std::string>{"~/p", "/q"});
  CHECK(cfg.remind.weekly_day == 5);
  CHECK(cfg.remind.checkin_minute == 21 * 60 + 30);
  CHECK(cfg.remind.weekly_minute == 9 * 60 + 5);
  CHECK(cfg.remind.notify == true);
  REQUIRE(cfg.metrics.size() == 1);
  CHECK(cfg.metrics[0].name == "irritability");
  CHECK(cfg.metrics[0].max == 4);
  CHECK(config::find_metric(cfg, "irritability") != nullptr);
  CHECK(config::find_metric(cfg, "mood") == nullptr);
  CHECK(cfg.origins.at("day_starts_at").line == 4);
  CHECK(cfg.origins.at("remind.weekly_day").line == 13);
  CHECK(cfg.unknown.empty());
  CHECK(std::get<std::string>(*config::value_of(cfg, key("remind.weekly_day"))) == "friday");
  CHECK(std::get<std::string>(*config::value_of(cfg, key("day_starts_at"))) == "04:00");
  CHECK(std::get<int>(*config::value_of(cfg, key("course.weeks"))) == 12);
  CHECK_FALSE(config::value_of(cfg, key("safety.country")));
}

TEST_CASE("config: a bad value names its file, line and column", "[config]") {
  auto fails = [](const std::string& text, const std::string& where, const std::string& what) {
    CAPTURE(text);
    CHECK_THROWS_WITH(config::parse_config(text, "c.toml"),
                      Catch::StartsWith("c.toml:" + where) && Catch::Contains(what));
  };
  fails("week_start = \"funday\"\n", "1:14", "must be a weekday");
  fails("day_starts_at = \"13:00\"\n", "1:17", "before noon");
  fails("day_starts_at = \"4am\"\n", "1:17", "time such as");
  fails("\n[course]\nweeks = 3\n", "3:9", "from 4 to 52");
  fails("[prompts]\ncount = \"3\"\n", "2:9", "whole number");
  fails("[remind]\nnotify = 1\n", "2:10", "true or false");
  fails("[[metric]]\nname = \"Mood!\"\nmin = 0\nmax = 3\n", "2:8", "lower-case word");
  fails("[[metric]]\nname = \"mood\"\nmin = 0\nmax = 3\n", "2:8", "already a field");
  fails("[[metric]]\nname = \"x\"\nmin = 3\nmax = 3\n", "1:1", "min lower than its max");
  fails("[[metric]]\nname = \"x\"\nmax = 3\n", "1:1", "needs a min and a max");
  fails("[[metric]]\nname = \"x\"\nmin = 0\nmax = 3\n[[metric]]\nname = \"x\"\nmin = 0\nmax = 3\n",
        "5:1", "defined twice");
  fails("course = 3\n", "1:10", "must be a table");
}

TEST_CASE("config: unknown keys are collected with the keys valid where they stand", "[config]") {
  const auto cfg = config::parse_config("colour = \"x\"\n[remind]\nweekday = \"fri\"\n", "c.toml");
  REQUIRE(cfg.unknown.size() == 2);
  CHECK(cfg.unknown[0].key == "colour");
  CHECK(std::count(cfg.unknown[0].known.begin(), cfg.unknown[0].known.end(), "color") == 1);
  CHECK(cfg.unknown[1].key == "remind.weekday");
  CHECK(cfg.unknown[1].at.line == 3);
  CHECK(std::count(cfg.unknown[1].known.begin(), cfg.unknown[1].known.end(), "weekly_day") == 1);
}

TEST_CASE("config: every key known_keys lists is one the reader takes", "[config]") {
  // A file setting each scalar key to a valid value reads without an unknown key.
  std::set<std::string> seen;
  for (const auto& k : config::known_keys()) {
    CHECK(seen.insert(std::string(k.key)).second);
    if (k.type == config::KeyType::tables)
      continue;
    std::string value = std::string(k.fallback).empty() ? "x" : std::string(k.fallback);
    if (k.key == "safety.country")
      value = "gb";
    if (k.key == "db")
      value = "~/j.db";
    if (k.key == "course.initial_weeks" || k.key == "course.termination_weeks")
      value = "2";
    if (k.type == config::KeyType::path_list)
      value = "~/p";
    CAPTURE(k.key, value);
    const auto text = set("", std::string(k.key).c_str(), value);
    const auto cfg = config::parse_config(text, "c.toml");
    CHECK(cfg.unknown.empty());
    CHECK(cfg.origins.count(std::string(k.key)) == 1);
  }
}

TEST_CASE("config set: only the value's text changes, comments and other lines stay", "[config]") {
  const std::string text =
      "# my ipt settings\n"
      "db = \"~/j.db\"   # the journal\n"
      "\n"
      "[remind]\n"
      "# when I get home\n"
      "checkin_time = \"19:00\"\n"
      "\n"
      "[safety]\n"
      "country = \"gb\"\n";
  CHECK(set(text, "remind.checkin_time", "21:15") ==
        "# my ipt settings\n"
        "db = \"~/j.db\"   # the journal\n"
        "\n"
        "[remind]\n"
        "# when I get home\n"
        "checkin_time = \"21:15\"\n"
        "\n"
        "[safety]\n"
        "country = \"gb\"\n");
  // A new key in an existing table goes after its last line; a top-level one before the tables.
  CHECK(set(text, "remind.weekly_day", "friday") ==
        "# my ipt settings\n"
        "db = \"~/j.db\"   # the journal\n"
        "\n"
        "[remind]\n"
        "# when I get home\n"
        "checkin_time = \"19:00\"\n"
        "weekly_day = \"friday\"\n"
        "\n"
        "[safety]\n"
        "country = \"gb\"\n");
  CHECK(set(text, "week_start", "sunday") ==
        "# my ipt settings\n"
        "db = \"~/j.db\"   # the journal\n"
        "week_start = \"sunday\"\n"
        "\n"
        "[remind]\n"
        "# when I get home\n"
        "checkin_time = \"19:00\"\n"
        "\n"
        "[safety]\n"
        "country = \"gb\"\n");
  // A missing table is added at the end.
  CHECK(set(text, "prompts.count", "5") == text + "\n[prompts]\ncount = 5\n");
  CHECK(set("", "color", "never") == "color = \"never\"\n");
  CHECK(set("", "prompts.dirs", "~/a,~/b") == "[prompts]\ndirs = [\"~/a\", \"~/b\"]\n");
  // A value with quotes and backslashes stays one TOML string.
  const auto msg = set("", "safety.message", "Call \"Jo\" \\ breathe");
  CHECK(config::parse_config(msg, "c.toml").safety.message == "Call \"Jo\" \\ breathe");
}

TEST_CASE("config set: values of the wrong kind and inline tables are refused", "[config]") {
  CHECK_THROWS_WITH(config::toml_literal(key("prompts.count"), "many"),
                    Catch::Contains("whole number"));
  CHECK_THROWS_WITH(config::toml_literal(key("remind.notify"), "maybe"),
                    Catch::Contains("true or false"));
  CHECK_THROWS_WITH(config::toml_literal(key("metric"), "x"), Catch::Contains("list of tables"));
  CHECK_THROWS_WITH(config::toml_literal(key("safety.message"), "two\nlines"),
                    Catch::Contains("as one line"));
  CHECK(config::toml_literal(key("remind.notify"), "false") == "false");
  CHECK_THROWS_WITH(set("remind = { notify = true }\n", "remind.weekly_day", "fri"),
                    Catch::Contains("c.toml:1:") && Catch::Contains("does not rewrite"));
  CHECK_THROWS_WITH(set("db = \n", "color", "never"), Catch::StartsWith("c.toml:1:"));
}

TEST_CASE("config unset: the key's lines go, the rest stays", "[config]") {
  const auto& k = key("prompts.dirs");
  const std::string text = "# mine\n[prompts]\ncount = 4\ndirs = [\n  \"~/a\",\n]\n# end\n";
  CHECK(config::unset_in_text(text, "c.toml", k) == "# mine\n[prompts]\ncount = 4\n# end\n");
  CHECK(config::unset_in_text(text, "c.toml", key("week_start")) == text);
}

TEST_CASE("config set: values with letters beyond ASCII are replaced whole", "[config]") {
  // toml++ counts columns in code points: 2-, 3- and 4-byte characters before and in the value.
  for (const std::string old : {"Zo\u00eb", "\u0141ukasz \u2014 ok", "\U0001F60A calm"}) {
    CAPTURE(old);
    const std::string text = "# \u00e9t\u00e9\n[safety]\nmessage = \"" + old + "\"  # mine\n";
    const auto edited = set(text, "safety.message", "plain");
    CHECK(edited == "# \u00e9t\u00e9\n[safety]\nmessage = \"plain\"  # mine\n");
    CHECK(set(edited, "safety.message", old) == text);
  }
  const auto dirs =
      set("[prompts]\ndirs = [\"~/Prompts-\u00e4\", \"~/b\"]\n", "prompts.dirs", "~/c");
  CHECK(dirs == "[prompts]\ndirs = [\"~/c\"]\n");
}

TEST_CASE("config set: a top-level key goes above the first table and its comments", "[config]") {
  CHECK(set("# reminders\n[remind]\nnotify = true\n", "week_start", "sunday") ==
        "week_start = \"sunday\"\n\n# reminders\n[remind]\nnotify = true\n");
  CHECK(set("[remind]\nnotify = true\n", "week_start", "sunday") ==
        "week_start = \"sunday\"\n\n[remind]\nnotify = true\n");
  // List items lose the spaces around them.
  CHECK(set("", "prompts.dirs", "~/a, ~/b ,") == "[prompts]\ndirs = [\"~/a\", \"~/b\"]\n");
}

TEST_CASE("config: paths are absolute or from home, a message is not empty, syntax is plain",
          "[config]") {
  CHECK_THROWS_WITH(
      config::parse_config("db = \"relative.db\"\n", "c.toml"),
      Catch::StartsWith("c.toml:1:6: 'db' must be an absolute path or start with ~/"));
  CHECK_THROWS_WITH(config::parse_config("[prompts]\ndirs = [\"mine\"]\n", "c.toml"),
                    Catch::Contains("'prompts.dirs' must be an absolute path"));
  CHECK(config::parse_config("db = \"~/j.db\"\n", "c.toml").db == "~/j.db");
  CHECK_THROWS_WITH(config::parse_config("[safety]\nmessage = \"\"\n", "c.toml"),
                    Catch::Contains("'safety.message' is empty"));
  CHECK_THROWS_WITH(
      config::parse_config("week_start = \"sunday\n", "c.toml"),
      Catch::StartsWith("c.toml:1:") && Catch::Contains("its closing quote is missing"));
  CHECK_THROWS_WITH(config::parse_config("color = \"never\"\ncolor = \"auto\"\n", "c.toml"),
                    Catch::StartsWith("c.toml:2:") && Catch::Contains("written twice"));
  try {
    config::parse_config("week_start = \"sunday\n", "c.toml");
  } catch (const UsageError& e) {
    CHECK(e.hint() == "mend it in an editor: \"${EDITOR:-vi}\" \"$(ipt config path)\"");
  }
  CHECK_THROWS_WITH(config::toml_literal(key("remind.notify"), "yes"),
                    Catch::Contains("must be true or false"));
  CHECK_THROWS_WITH(config::toml_literal(key("remind.notify"), "TRUE"),
                    Catch::Contains("must be true or false"));
}

TEST_CASE("config keys: a table header that starts no key is a syntax error", "[config]") {
  // toml++ 3.3 asserted here, so a debug build aborted (fuzz/config found "[:course]").
  for (const char* text : {"[:course]\nweeks = 12\n", "[[[1]]]\n", "[[=\n", "[&\n"}) {
    INFO(text);
    CHECK_THROWS_WITH(
        config::parse_config(text, "c.toml"),
        Catch::StartsWith("c.toml:1:") && Catch::Contains("expected bare key starting character"));
  }
}
