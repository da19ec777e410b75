// Hardening, end to end: the issue 8 behaviours the first round of tests left out. An answer
// from $EDITOR that can't be saved (over 64 KiB, a form feed), an editor session with TMPDIR
// unset or missing, another program's database with a hot rollback journal, an older journal
// that can't be upgraded because it is read-only, the upgrade that folds names as Unicode does,
// slips in the inventory walk, relative XDG directories, and a damaged area kind.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::file_mode;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

const char* kScript = "/usr/bin/script";
const char* kSetpriv = "/usr/bin/setpriv";
const char* kNow = "2026-11-26 18:00";

/// Runs `args` and REQUIREs exit 0.
RunResult must(const Sandbox& box, const std::vector<std::string>& args, const Env& env = {}) {
  auto r = box.run(args, {}, env);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

std::vector<json> reflections(const Sandbox& box, const Env& env) {
  std::vector<json> out;
  for (const auto& e : box.run_json({"list", "--format", "json"}, {}, env)) {
    if (e["type"] == "reflection")
      out.push_back(e);
  }
  return out;
}

void require_script() {
  if (!exists(kScript))
    FAIL("util-linux script is not installed, so the terminal can't be tested");
}

/// `ipt ARGS` on a pseudo-terminal made by util-linux script, with `input` typed into it;
/// stdout and stderr both land in out.
RunResult on_terminal(const Sandbox& box, const std::string& args, const std::string& input,
                      const Env& env = {}) {
  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " " + args;
  return ipt::test::run_raw({kScript, "-qec", cmd, "/dev/null"}, box.env(env), input);
}

/// The rest of the line after `marker` in `text` (up to a CR or LF), or "".
std::string after(const std::string& text, const std::string& marker) {
  const auto at = text.find(marker);
  if (at == std::string::npos)
    return {};
  const auto start = at + marker.size();
  return text.substr(start, text.find_first_of("\r\n", start) - start);
}

/// How many times `needle` occurs in `text`.
std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

/// An executable /bin/sh script at `path`; "$1" in `body` is the draft file.
void write_script(const std::string& path, const std::string& body) {
  ipt::test::write_file(path, "#!/bin/sh\n" + body);
  REQUIRE(::chmod(path.c_str(), 0700) == 0);
}

/// A sandbox with a check-in this week, so `ipt reflect` has prompts, and EDITOR set to a
/// script that runs `editor_body`.
struct ReflectSetup {
  Sandbox box;
  std::string editor;
  Env env;
  json week;

  explicit ReflectSetup(const std::string& editor_body) : editor(box.path() + "/editor") {
    write_script(editor, editor_body);
    env = {{"IPT_NOW", kNow}, {"EDITOR", editor}, {"VISUAL", std::nullopt}};
    must(box, {"log", "5", "a start"}, env);
    week = box.run_json({"prompts", "--format", "json"}, {}, env);
    REQUIRE(week["prompts"].size() >= 2);
  }
};

/// Loads tests/fixtures/journal-vN.sql into a new journal at `db` with the sqlite3 shell.
void load_fixture(const std::string& db, int version) {
  const auto sql = file_bytes(std::string(IPT_SOURCE_DIR) + "/tests/fixtures/journal-v" +
                              std::to_string(version) + ".sql");
  const auto r = ipt::test::run_raw({ipt::test::kSqlite3, db}, {"PATH=/usr/bin:/bin"}, sql);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  REQUIRE(ipt::test::sqlite3_value(db, "PRAGMA user_version") == std::to_string(version));
  REQUIRE(::chmod(db.c_str(), 0600) == 0);  // private, as ipt makes its own
}

/// `ipt ARGS` as a user file permissions apply to: the user nobody when the tests run as root
/// (root writes any file), else the user running the tests.
RunResult unprivileged(const Sandbox& box, std::vector<std::string> args) {
  if (::geteuid() == 0) {
    REQUIRE(exists(kSetpriv));
    args.insert(args.begin(),
                {kSetpriv, "--reuid=65534", "--regid=65534", "--clear-groups", IPT_BINARY});
  } else {
    args.insert(args.begin(), IPT_BINARY);
  }
  return ipt::test::run_raw(args, box.env(), "");
}

/// Gives `path` to the user `unprivileged` runs as (nobody when root; a no-op otherwise).
void give_to_unprivileged(const std::string& path) {
  if (::geteuid() == 0)
    REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);
}

}  // namespace

TEST_CASE(
    "hardening gaps: an answer from the editor over 64 KiB or with a form feed is kept as "
    "a draft",
    "[e2e][hardening][tty]") {
  require_script();
  struct Bad {
    const char* what;
    std::string editor_body;  // appends the bad answer to the draft
    std::string answer;       // what the draft then holds below ipt's notes
    const char* why;
  };
  const std::string big(70000, 'a');
  const std::vector<Bad> cases{
      {"over 64 KiB", "head -c 70000 /dev/zero | tr '\\000' a >> \"$1\"\n", big,
       "the answer is 70000 bytes; the most a single entry holds is 65536 bytes (64 KiB)"},
      {"a form feed", "printf 'page one\\014page two\\n' >> \"$1\"\n", "page one\fpage two\n",
       "the answer contains a control character"},
  };
  for (const auto& bad : cases) {
    DYNAMIC_SECTION(bad.what) {
      ReflectSetup s(bad.editor_body);
      const std::string second_text = s.week["prompts"][1]["text"];
      // 'e' opens the editor, which writes the bad answer; 's' leaves the draft for later and
      // goes on to the next prompt, which is skipped too.
      const auto r = on_terminal(s.box, "reflect", "e\ns\ns\ns\n", s.env);
      INFO(describe(r));
      REQUIRE(r.exit_code == 0);
      CHECK(has(r.out, std::string("ipt: this answer can't be saved as it is: ") + bad.why));
      const std::string drafts = s.box.db() + ".drafts";
      const std::string kept = after(r.out, "It is kept at ");
      INFO("kept at: " << kept);
      REQUIRE(kept.starts_with(drafts + "/"));
      CHECK(has(r.out, "'e' opens it in your editor; Enter or 's' leaves it for later"));
      // ipt went on: the next prompt was asked after the refusal.
      const auto refused = r.out.find("can't be saved as it is");
      CHECK(r.out.find(second_text, refused) != std::string::npos);
      CHECK(has(r.out, "Saved 0 answers."));
      // The draft holds the answer as the editor left it, privately.
      REQUIRE(exists(kept));
      CHECK(file_mode(kept) == 0600);
      CHECK(file_mode(drafts) == 0700);
      const auto draft = file_bytes(kept);
      CHECK(draft.ends_with("\n\n" + bad.answer));
      // The journal did not get the bad answer, nor any part of it.
      CHECK(reflections(s.box, s.env).empty());
      CHECK(s.box.run_json({"list", "--format", "json"}, {}, s.env).size() == 1);

      // Next time the prompt says a draft is kept.
      const auto again = on_terminal(s.box, "reflect", "s\ns\ns\n", s.env);
      INFO(describe(again));
      CHECK(again.exit_code == 0);
      CHECK(has(again.out, "(a draft of your answer is kept: 'e' opens it)"));
      CHECK(exists(kept));
    }
  }
}

TEST_CASE("hardening gaps: TMPDIR unset or missing does not end an editor session",
          "[e2e][hardening][tty]") {
  require_script();
  struct Tmp {
    const char* what;
    bool missing;  // TMPDIR names a directory that does not exist; else it is unset
  };
  for (const auto& t : {Tmp{"TMPDIR unset", false}, Tmp{"TMPDIR missing", true}}) {
    DYNAMIC_SECTION(t.what) {
      ReflectSetup s("printf 'written in the editor\\n' >> \"$1\"\n");
      const std::string missing = s.box.path() + "/no-such-tmp";
      s.env.emplace_back("TMPDIR", t.missing ? std::optional<std::string>(missing) : std::nullopt);
      const std::string first_id = s.week["prompts"][0]["id"];
      const auto r = on_terminal(s.box, "reflect", "e\ns\ns\n", s.env);
      INFO(describe(r));
      CHECK(r.exit_code == 0);
      CHECK_FALSE(has(r.out, "ipt: error"));
      CHECK_FALSE(has(r.out, "the editor did not finish"));
      CHECK(has(r.out, "Saved 1 answer."));
      const auto answers = reflections(s.box, s.env);
      REQUIRE(answers.size() == 1);
      CHECK(answers[0]["text"] == "written in the editor");
      CHECK(answers[0]["prompt_id"] == first_id);
      CHECK_FALSE(exists(missing));
      // Saved, the draft is gone, and its directory with it.
      CHECK_FALSE(exists(s.box.db() + ".drafts"));
    }
  }
}

TEST_CASE(
    "hardening gaps: another program's database with a hot rollback journal is refused "
    "and left byte for byte",
    "[e2e][hardening]") {
  Sandbox box;
  const std::string other = box.path() + "/other.db", copy = box.path() + "/copy.db",
                    probe = box.path() + "/probe.db";
  // A write transaction bigger than the cache spills pages into the file, with the originals in
  // the -journal; copies taken while it is open hold a hot journal that no process owns.
  const auto made = ipt::test::run_raw(
      {ipt::test::kSqlite3, other,
       "PRAGMA journal_mode=DELETE; CREATE TABLE t(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION "
       "ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO t SELECT randomblob(1000) FROM n;",
       "PRAGMA cache_size=5; BEGIN; UPDATE t SET x = randomblob(1000);",
       ".shell cp " + other + " " + copy + "; cp " + other + "-journal " + copy + "-journal; cp " +
           other + " " + probe + "; cp " + other + "-journal " + probe + "-journal"},
      {"PATH=/usr/bin:/bin"}, "");
  INFO(describe(made));
  REQUIRE(made.exit_code == 0);
  REQUIRE(exists(copy + "-journal"));
  REQUIRE_FALSE(exists(copy + "-wal"));
  const auto db_before = file_bytes(copy), journal_before = file_bytes(copy + "-journal");
  REQUIRE(db_before == file_bytes(probe));

  // The journal is hot: SQLite opening the probe rolls it back, changing the file.
  REQUIRE(ipt::test::sqlite3_value(probe, "SELECT count(*) FROM t") == "200");
  REQUIRE_FALSE(exists(probe + "-journal"));
  REQUIRE(file_bytes(probe) != db_before);

  for (const auto& args :
       std::vector<std::vector<std::string>>{{"list"}, {"people"}, {"log", "5"}}) {
    std::vector<std::string> argv = {"--db", copy};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = box.run(argv);
    INFO(args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "ipt: error: " + copy + " is not an ipt journal"));
    CHECK(file_bytes(copy) == db_before);
    REQUIRE(exists(copy + "-journal"));
    CHECK(file_bytes(copy + "-journal") == journal_before);
    CHECK_FALSE(exists(copy + "-wal"));
    CHECK_FALSE(exists(copy + "-shm"));
  }
}

TEST_CASE(
    "hardening gaps: an older journal that is read-only is refused with the reason, "
    "unchanged",
    "[e2e][hardening]") {
  Sandbox box;
  REQUIRE(::chmod(box.path().c_str(), 0755) == 0);  // the unprivileged user may pass through
  const std::string why = " was made by an older ipt and must be upgraded, but it is read-only";

  struct Setup {
    const char* what;
    int file_mode;
    int dir_mode;
    bool owned;  // by the user ipt runs as (else by root, when the tests run as root)
  };
  const std::vector<Setup> setups{
      {"a 0400 journal of its owner", 0400, 0700, true},
      {"a journal in a read-only directory", 0600, 0500, true},
  };
  std::vector<Setup> all = setups;
  if (::geteuid() == 0)
    all.push_back({"a root-owned journal in a root-owned directory", 0644, 0755, false});
  for (const auto& s : all) {
    DYNAMIC_SECTION(s.what) {
      const std::string dir = box.path() + "/old", db = dir + "/j.db";
      std::filesystem::create_directory(dir);
      load_fixture(db, 3);
      if (s.owned) {
        give_to_unprivileged(dir);
        give_to_unprivileged(db);
      }
      REQUIRE(::chmod(db.c_str(), static_cast<mode_t>(s.file_mode)) == 0);
      REQUIRE(::chmod(dir.c_str(), static_cast<mode_t>(s.dir_mode)) == 0);
      const auto before = file_bytes(db);
      for (const auto& args : std::vector<std::vector<std::string>>{
               {"list"}, {"people"}, {"list", "--format", "json"}, {"log", "5"}}) {
        std::vector<std::string> argv = {"--db", db};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto r = unprivileged(box, argv);
        INFO(args.front() << " " << args.back() << "\n" << describe(r));
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        if (args.front() == "log") {
          CHECK(has(r.err, "ipt: error: the journal " + db + " is read-only; nothing was saved"));
        } else {
          CHECK(has(r.err, "ipt: error: the journal " + db + why));
        }
        CHECK(file_bytes(db) == before);
        CHECK(ipt::test::dir_names(dir) == std::set<std::string>{"j.db"});
      }
      REQUIRE(::chmod(dir.c_str(), 0700) == 0);  // so the sandbox can be removed
    }
  }
}

TEST_CASE(
    "hardening gaps: upgrading a journal whose people's names became one keeps both and "
    "says so once",
    "[e2e][hardening]") {
  Sandbox box;
  load_fixture(box.db(), 3);
  // Before schema 5, only ASCII was folded: "Łukasz" and "łukasz" were two people.
  const auto added = ipt::test::sqlite3(
      box.db(),
      "INSERT INTO people(id, uuid, name, name_key, created) VALUES "
      "(4, '11111111-1111-4111-8111-111111111111', 'Łukasz', 'Łukasz', 1795700000), "
      "(5, '22222222-2222-4222-8222-222222222222', 'łukasz', 'łukasz', 1795800000);"
      "INSERT INTO entry_people(entry_id, person_id, pos) VALUES (3, 4, 0), (5, 5, 1);");
  INFO(describe(added));
  REQUIRE(added.exit_code == 0);

  const Env now{{"IPT_NOW", kNow}};
  auto r = box.run({"people"}, {}, now);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  const std::string said =
      "ipt: 'Łukasz' and 'łukasz (2)' were two people whose names are now one name; the later "
      "is called 'łukasz (2)'\n"
      "ipt: hint: if they are one person, join them with: ipt people merge 'łukasz (2)' "
      "'Łukasz'\n";
  CHECK(has(r.err, said));
  CHECK(occurrences(r.err, "were two people") == 1);
  CHECK(has(r.out, "Łukasz"));
  CHECK(has(r.out, "łukasz (2)"));

  // Said once: the next command has nothing to say; both people and their entries are there.
  r = box.run({"people"}, {}, now);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  std::vector<std::string> names;
  for (const auto& p : box.run_json({"people", "--format", "json"}, {}, now))
    names.push_back(p["name"].get<std::string>());
  CHECK(std::count(names.begin(), names.end(), "Łukasz") == 1);
  CHECK(std::count(names.begin(), names.end(), "łukasz (2)") == 1);
  CHECK(names.size() == 5);
  const auto kept = box.run_json({"list", "--with", "ŁUKASZ", "--format", "json"}, {}, now);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0]["id"] == 3);
  const auto renamed = box.run_json({"list", "--with", "łukasz (2)", "--format", "json"}, {}, now);
  REQUIRE(renamed.size() == 1);
  CHECK(renamed[0]["id"] == 5);

  // The hint works: merging makes them one person with both entries.
  must(box, {"people", "merge", "łukasz (2)", "Łukasz"}, now);
  CHECK(box.run_json({"list", "--with", "Łukasz", "--format", "json"}, {}, now).size() == 2);
}

TEST_CASE(
    "hardening gaps: the inventory walk explains a trailing comma or a control character "
    "and asks again",
    "[e2e][hardening][tty]") {
  require_script();
  Sandbox box;
  const std::string inner = "Who is in your inner circle", middle = "Who is in your middle circle",
                    good = "What is good in your relationship with Sam?";
  const std::string input =
      "Sam,\n"               // a trailing comma: an empty name
      "Sam\n"                // asked again
      "Al\x1b[2Jex\n"        // a pasted escape in a name
      "\n"                   // asked again: skip the middle circle
      "\n"                   // skip the outer circle
      "weekly\n"             // Sam: contact
      "we\x0claugh\n"        // a form feed in an answer
      "we laugh together\n"  // asked again
      ;
  const auto r = on_terminal(box, "inventory", input, {{"IPT_NOW", kNow}});
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "ipt: a person's name is empty; try again, or press Enter to skip"));
  CHECK(has(r.out, "ipt: a person's name contains a control character: "));
  CHECK(has(r.out,
            "ipt: the answer contains a control character; try again, or press Enter to "
            "skip"));
  CHECK(occurrences(r.out, inner) == 2);
  CHECK(occurrences(r.out, middle) == 2);
  CHECK(occurrences(r.out, good) == 2);
  // The walk went on to the questions after them, and ended only with the input.
  CHECK(has(r.out, "What is hard or disappointing in it?"));
  CHECK(has(r.out, "Stopped; everything you answered is saved."));

  const auto people = box.run_json({"people", "--format", "json"}, {}, {{"IPT_NOW", kNow}});
  REQUIRE(people.size() == 1);  // nobody was added from a refused answer
  CHECK(people[0]["name"] == "Sam");
  CHECK(people[0]["circle"] == "inner");
  CHECK(people[0]["contact"] == "weekly");
  CHECK(people[0]["satisfying"] == "we laugh together");
}

TEST_CASE("hardening gaps: relative XDG_DATA_HOME and XDG_CONFIG_HOME are ignored",
          "[e2e][hardening]") {
  Sandbox box;
  const std::string work = box.path() + "/work", home = box.path() + "/home";
  std::filesystem::create_directories(work + "/relconf/ipt");
  // Were the relative XDG_CONFIG_HOME used, this file would put the journal elsewhere.
  ipt::test::write_file(work + "/relconf/ipt/config.toml",
                        "db = \"" + box.path() + "/from-relative-config.db\"\n");
  const auto before = ipt::test::dir_names(work);
  auto in_work = [&](const std::string& args, const Env& env) {
    return ipt::test::run_raw(
        {"/bin/sh", "-c", "cd " + work + " && exec " + std::string(IPT_BINARY) + " " + args},
        box.env(env), "");
  };

  SECTION("both relative: the journal goes under $HOME/.local/share/ipt") {
    const Env env{{"IPT_DB", std::nullopt},
                  {"IPT_CONFIG", std::nullopt},
                  {"XDG_DATA_HOME", "reldata"},
                  {"XDG_CONFIG_HOME", "relconf"}};
    auto r = in_work("log 5 where", env);
    INFO(describe(r));
    CHECK(r.exit_code == 0);
    CHECK(exists(home + "/.local/share/ipt/journal.db"));
    CHECK_FALSE(exists(box.path() + "/from-relative-config.db"));
    CHECK_FALSE(exists(work + "/reldata"));
    CHECK(ipt::test::dir_names(work) == before);
    r = in_work("list", env);
    INFO(describe(r));
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "where"));
  }

  SECTION("a relative XDG_CONFIG_HOME: the configuration under $HOME/.config is read") {
    std::filesystem::create_directories(home + "/.config/ipt");
    ipt::test::write_file(home + "/.config/ipt/config.toml",
                          "db = \"" + box.path() + "/from-home-config.db\"\n");
    const Env env{{"IPT_DB", std::nullopt},
                  {"IPT_CONFIG", std::nullopt},
                  {"XDG_DATA_HOME", std::nullopt},
                  {"XDG_CONFIG_HOME", "relconf"}};
    const auto r = in_work("log 5", env);
    INFO(describe(r));
    CHECK(r.exit_code == 0);
    CHECK(exists(box.path() + "/from-home-config.db"));
    CHECK_FALSE(exists(box.path() + "/from-relative-config.db"));
    CHECK_FALSE(exists(home + "/.local/share/ipt/journal.db"));
    CHECK(ipt::test::dir_names(work) == before);
  }
}

TEST_CASE("hardening gaps: an area of an unknown kind is reported as damage with its row",
          "[e2e][hardening]") {
  Sandbox box;
  const Env now{{"IPT_NOW", kNow}};
  must(box, {"area", "add", "dispute", "chores"}, now);
  must(box, {"area", "add", "grief", "Grandma"}, now);
  const auto s = ipt::test::sqlite3(
      box.db(), "PRAGMA ignore_check_constraints=ON; UPDATE areas SET kind='feud' WHERE id=2");
  INFO(describe(s));
  REQUIRE(s.exit_code == 0);
  REQUIRE(ipt::test::sqlite3_value(box.db(), "SELECT kind FROM areas WHERE id=2") == "feud");
  const std::string damaged = "ipt: error: the journal " + box.db() +
                              " is damaged: the areas table, row 2, holds an unknown value 'feud'";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"area"}, {"area", "--format", "json"}, {"area", "show", "2"}}) {
    const auto r = box.run(args, {}, now);
    INFO(args.back() << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, damaged));
    CHECK_FALSE(has(r.out, "Grandma"));
    CHECK_FALSE(has(r.out, "grief"));
  }
}
