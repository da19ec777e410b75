// Hardening, end to end: what ipt does at the edges - a terminal that sends control characters
// or Ctrl-C, files that are not ipt's, storage that is read-only or full, a missing HOME,
// names in any script, typos, escapes in what it prints, output that can't be written.
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
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
const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};

/// Runs `args` and REQUIREs exit 0.
void must(const Sandbox& box, const std::vector<std::string>& args, const Env& env = {}) {
  auto r = box.run(args, {}, env);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

json entries(const Sandbox& box, std::vector<std::string> filter = {}, const Env& env = {}) {
  std::vector<std::string> args = {"list", "--format", "json"};
  args.insert(args.end(), filter.begin(), filter.end());
  return box.run_json(args, {}, env);
}

/// `list --format json` of the journal at `db`.
json entries_in(const Sandbox& box, const std::string& db) {
  return box.run_json({"--db", db, "list", "--format", "json"});
}

std::vector<json> reflections(const Sandbox& box, const Env& env = {}) {
  std::vector<json> out;
  for (const auto& e : entries(box, {}, env)) {
    if (e["type"] == "reflection")
      out.push_back(e);
  }
  return out;
}

std::vector<std::string> people_names(const Sandbox& box) {
  std::vector<std::string> out;
  for (const auto& p : box.run_json({"people", "--format", "json"}))
    out.push_back(p["name"].get<std::string>());
  return out;
}

void require_script() {
  if (!exists(kScript))
    FAIL("util-linux script is not installed, so the terminal can't be tested");
}

/// `ipt ARGS` on a pseudo-terminal made by util-linux script, with `input` typed into it.
RunResult on_terminal(const Sandbox& box, const std::string& args, const std::string& input,
                      const Env& env = {}) {
  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " " + args;
  return ipt::test::run_raw({kScript, "-qec", cmd, "/dev/null"}, box.env(env), input);
}

/// `command` run by /bin/sh with ipt's environment; "IPT" in it stands for the binary.
RunResult shell(const Sandbox& box, std::string command, const Env& env = {}) {
  for (auto at = command.find("IPT"); at != std::string::npos; at = command.find("IPT", at + 1))
    command.replace(at, 3, IPT_BINARY);
  return ipt::test::run_raw({"/bin/sh", "-c", command}, box.env(env), "");
}

/// The environment a process gets with only the variables given (plus the sanitizers' own).
std::vector<std::string> bare_env(std::vector<std::string> env) {
  for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
    if (const char* v = std::getenv(name))
      env.push_back(std::string(name) + "=" + v);
  }
  return env;
}

/// `ipt ARGS` as the unprivileged user nobody (root ignores file permissions).
RunResult as_nobody(const Sandbox& box, std::vector<std::string> args) {
  args.insert(args.begin(),
              {kSetpriv, "--reuid=65534", "--regid=65534", "--clear-groups", IPT_BINARY});
  return ipt::test::run_raw(args, box.env(), "");
}

/// The rest of the line after `marker` in `text` (up to a CR or LF), or "".
std::string after(const std::string& text, const std::string& marker) {
  const auto at = text.find(marker);
  if (at == std::string::npos)
    return {};
  const auto start = at + marker.size();
  return text.substr(start, text.find_first_of("\r\n", start) - start);
}

/// The SQLite header's user_version (bytes 60-63, big-endian) of the main database file.
std::uint32_t header_user_version(const std::string& db) {
  const auto bytes = file_bytes(db);
  REQUIRE(bytes.size() >= 64);
  std::uint32_t v = 0;
  for (int i = 60; i < 64; ++i)
    v = (v << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
  return v;
}

}  // namespace

TEST_CASE("hardening: rm of a reflection on a terminal asks about a reflection and keeps it on n",
          "[e2e][hardening]") {
  require_script();
  Sandbox box;
  auto r = box.run({"reflect"}, "an answer\n");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  const auto answers = reflections(box);
  REQUIRE(answers.size() == 1);
  const auto id = std::to_string(answers[0]["id"].get<std::int64_t>());

  r = on_terminal(box, "rm " + id, "n\n");
  INFO(describe(r));
  CHECK_FALSE(r.signaled);
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "a reflection"));
  CHECK(has(r.out, "kept #" + id));
  CHECK(reflections(box).size() == 1);
}

TEST_CASE("hardening: an answer typed with a control character is kept as a draft and saved later",
          "[e2e][hardening]") {
  require_script();
  Sandbox box;
  const std::string editor = box.path() + "/editor";  // drops every form feed from the draft
  ipt::test::write_file(editor,
                        "#!/bin/sh\ntr -d '\\014' < \"$1\" > \"$1.tmp\" && mv \"$1.tmp\" \"$1\"\n");
  REQUIRE(::chmod(editor.c_str(), 0755) == 0);
  const Env env{{"IPT_NOW", "2026-11-26 18:00"}, {"EDITOR", editor}};
  must(box, {"log", "5", "a start"}, env);
  const auto week = box.run_json({"prompts", "--format", "json"}, {}, env);
  REQUIRE(week["prompts"].size() >= 2);
  const std::string first_id = week["prompts"][0]["id"];
  const std::string second_text = week["prompts"][1]["text"];

  auto r = on_terminal(box, "reflect", "bad\fanswer\n\ns\ns\ns\n", env);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "can't be saved as it is"));
  const std::string drafts = box.db() + ".drafts";
  const std::string kept = after(r.out, "It is kept at ");
  INFO("kept at: " << kept);
  REQUIRE(kept.starts_with(drafts + "/"));
  CHECK(has(r.out, "'e' opens it in your editor"));
  CHECK(has(r.out, "'s'"));
  // 's' went on to the next prompt.
  const auto refused = r.out.find("can't be saved as it is");
  CHECK(r.out.find(second_text, refused) != std::string::npos);
  REQUIRE(exists(kept));
  CHECK(file_mode(kept) == 0600);
  CHECK(file_mode(drafts) == 0700);
  CHECK(has(file_bytes(kept), "bad\fanswer"));
  CHECK(reflections(box, env).empty());

  // The next session: 'e' at the prompt, keep the draft (not start again), the editor fixes it.
  REQUIRE(box.run_json({"prompts", "--format", "json"}, {}, env)["prompts"][0]["id"] == first_id);
  r = on_terminal(box, "reflect", "e\nn\ns\ns\n", env);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "Saved 1 answer"));
  const auto answers = reflections(box, env);
  REQUIRE(answers.size() == 1);
  CHECK(answers[0]["text"] == "badanswer");
  CHECK(answers[0]["prompt_id"] == first_id);
  CHECK_FALSE(exists(kept));
}

TEST_CASE("hardening: Ctrl-C during reflect on a terminal keeps the lines typed and exits 130",
          "[e2e][hardening]") {
  require_script();
  Sandbox box;
  must(box, {"log", "5"}, kNow);
  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " reflect";
  const auto r =
      ipt::test::run_raw({"/bin/sh", "-c",
                          "(printf 'first line\\n'; sleep 1; printf '\\003'; sleep 1) | " +
                              std::string(kScript) + " -qec '" + cmd + "' /dev/null"},
                         box.env(kNow), "");
  INFO(describe(r));
  CHECK(r.exit_code == 130);
  const auto answers = reflections(box, kNow);
  REQUIRE(answers.size() == 1);
  CHECK(answers[0]["text"] == "first line");
}

TEST_CASE("hardening: reflect from stdin splits CRLF answers on the --- line", "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5"}, kNow);
  const auto week = box.run_json({"prompts", "--format", "json"}, {}, kNow);
  REQUIRE(week["prompts"].size() >= 2);
  const auto r = box.run({"reflect"}, "one\r\n---\r\ntwo\r\n", kNow);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  const auto answers = reflections(box, kNow);
  REQUIRE(answers.size() == 2);
  CHECK(answers[0]["text"] == "one");
  CHECK(answers[0]["prompt_id"] == week["prompts"][0]["id"]);
  CHECK(answers[1]["text"] == "two");
  CHECK(answers[1]["prompt_id"] == week["prompts"][1]["id"]);
}

TEST_CASE("hardening: creating a journal removes only ipt's own stale temporary files",
          "[e2e][hardening]") {
  Sandbox box;
  const std::string mine = box.db() + ".new-20260101";
  const std::string stale = box.db() + ".new-999999-12345";
  REQUIRE((::kill(999999, 0) != 0 && errno == ESRCH));  // the stale file's pid is not running
  ipt::test::write_file(mine, "the user's own file\n");
  ipt::test::write_file(stale, "half a journal");
  ipt::test::write_file(stale + "-journal", "its rollback journal");
  must(box, {"log", "5"});
  REQUIRE(exists(mine));
  CHECK(file_bytes(mine) == "the user's own file\n");
  CHECK_FALSE(exists(stale));
  CHECK_FALSE(exists(stale + "-journal"));
}

TEST_CASE("hardening: another program's database with a WAL is refused and left byte for byte",
          "[e2e][hardening]") {
  Sandbox box;
  const std::string other = box.path() + "/other.db", copy = box.path() + "/copy.db";
  // The copy is taken while the session is open, so its tables are only in its -wal.
  const auto made = ipt::test::run_raw(
      {ipt::test::kSqlite3, other,
       "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);",
       ".shell cp " + other + " " + copy + "; cp " + other + "-wal " + copy + "-wal"},
      {"PATH=/usr/bin:/bin"}, "");
  INFO(describe(made));
  REQUIRE(made.exit_code == 0);
  REQUIRE(exists(copy + "-wal"));
  REQUIRE_FALSE(exists(copy + "-shm"));
  const auto db_before = file_bytes(copy), wal_before = file_bytes(copy + "-wal");

  for (const auto& args : std::vector<std::vector<std::string>>{{"list"}, {"log", "5"}}) {
    std::vector<std::string> argv = {"--db", copy};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = box.run(argv);
    INFO(args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "not an ipt journal"));
    CHECK(file_bytes(copy) == db_before);
    CHECK(file_bytes(copy + "-wal") == wal_before);
    CHECK_FALSE(exists(copy + "-shm"));
  }
}

TEST_CASE("hardening: a journal newer only in its WAL is refused and left byte for byte",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  const std::string copy = box.path() + "/newer.db";
  const auto made = ipt::test::run_raw(
      {ipt::test::kSqlite3, box.db(), "PRAGMA user_version=999",
       ".shell cp " + box.db() + " " + copy + "; cp " + box.db() + "-wal " + copy + "-wal"},
      {"PATH=/usr/bin:/bin"}, "");
  INFO(describe(made));
  REQUIRE(made.exit_code == 0);
  REQUIRE(exists(copy + "-wal"));
  REQUIRE(header_user_version(copy) != 999);  // 999 is in the WAL, not the main file
  const auto db_before = file_bytes(copy), wal_before = file_bytes(copy + "-wal");

  for (const auto& args : std::vector<std::vector<std::string>>{{"list"}, {"log", "5"}}) {
    std::vector<std::string> argv = {"--db", copy};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = box.run(argv);
    INFO(args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "newer"));
    CHECK(file_bytes(copy) == db_before);
    CHECK(file_bytes(copy + "-wal") == wal_before);
    CHECK_FALSE(exists(copy + "-shm"));
  }
}

TEST_CASE("hardening: a journal the user can't write is read, and a write says read-only",
          "[e2e][hardening]") {
  if (::geteuid() != 0 || !exists(kSetpriv)) {
    WARN("needs root and setpriv to run ipt as an unprivileged user; not tested");
    return;
  }
  Sandbox box;
  REQUIRE(::chmod(box.path().c_str(), 0755) == 0);  // nobody may pass through the sandbox

  SECTION("a root-owned 0644 journal in a root-owned 0755 directory") {
    const std::string dir = box.path() + "/ro", db = dir + "/j.db";
    must(box, {"--db", db, "log", "5", "--with", "Sam", "hi"});
    REQUIRE(::chmod(dir.c_str(), 0755) == 0);
    REQUIRE(::chmod(db.c_str(), 0644) == 0);
    REQUIRE_FALSE(exists(db + "-wal"));
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"list"}, {"people"}, {"list", "--format", "json"}}) {
      std::vector<std::string> argv = {"--db", db};
      argv.insert(argv.end(), args.begin(), args.end());
      const auto r = as_nobody(box, argv);
      INFO(args.back() << "\n" << describe(r));
      CHECK(r.exit_code == 0);
      CHECK_FALSE(exists(db + "-wal"));
      CHECK_FALSE(exists(db + "-shm"));
    }
    CHECK(has(as_nobody(box, {"--db", db, "list"}).out, "hi"));
    const auto r = as_nobody(box, {"--db", db, "log", "5"});
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "read-only"));
    CHECK_FALSE(exists(db + "-wal"));
    CHECK_FALSE(exists(db + "-shm"));
    CHECK(entries_in(box, db).size() == 1);
  }

  SECTION("a 0400 journal read by its owner, in the owner's directory") {
    const std::string dir = box.path() + "/own", db = dir + "/j.db";
    must(box, {"--db", db, "log", "5", "hi"});
    REQUIRE(::chown(dir.c_str(), 65534, 65534) == 0);
    REQUIRE(::chown(db.c_str(), 65534, 65534) == 0);
    REQUIRE(::chmod(dir.c_str(), 0700) == 0);
    REQUIRE(::chmod(db.c_str(), 0400) == 0);
    for (const auto& args : std::vector<std::vector<std::string>>{{"list"}, {"people"}}) {
      std::vector<std::string> argv = {"--db", db};
      argv.insert(argv.end(), args.begin(), args.end());
      const auto r = as_nobody(box, argv);
      INFO(args.back() << "\n" << describe(r));
      CHECK(r.exit_code == 0);
      CHECK_FALSE(exists(db + "-wal"));
      CHECK_FALSE(exists(db + "-shm"));
    }
    const auto r = as_nobody(box, {"--db", db, "log", "5"});
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "read-only"));
    CHECK(ipt::test::dir_names(dir) == std::set<std::string>{"j.db"});
  }
}

TEST_CASE("hardening: ipt works without HOME when the journal is named", "[e2e][hardening]") {
  Sandbox box;
  const std::string db = box.path() + "/env.db", flag_db = box.path() + "/flag.db";
  const auto env = bare_env({"PATH=/usr/bin:/bin", "IPT_DB=" + db});
  for (const auto& args : std::vector<std::vector<std::string>>{{"log", "5"}, {"list"}}) {
    std::vector<std::string> argv = {IPT_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = ipt::test::run_raw(argv, env, "");
    INFO("IPT_DB " << args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 0);
  }
  CHECK(entries_in(box, db).size() == 1);

  const auto bare = bare_env({"PATH=/usr/bin:/bin"});
  for (const auto& args : std::vector<std::vector<std::string>>{{"log", "5"}, {"list"}}) {
    std::vector<std::string> argv = {IPT_BINARY, "--db", flag_db};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = ipt::test::run_raw(argv, bare, "");
    INFO("--db " << args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 0);
  }
  CHECK(entries_in(box, flag_db).size() == 1);

  for (const auto& args : std::vector<std::vector<std::string>>{{"log", "5"}, {"list"}}) {
    std::vector<std::string> argv = {IPT_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = ipt::test::run_raw(argv, bare, "");
    INFO("no journal " << args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "HOME is not set"));
  }
}

TEST_CASE("hardening: names match without regard to case in any script, and sort by letter",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "--with", "Łukasz"});
  must(box, {"log", "5", "--with", "łukasz"});
  CHECK(people_names(box) == std::vector<std::string>{"Łukasz"});
  must(box, {"log", "5", "--with", "Ńukasz"});
  auto names = people_names(box);
  CHECK(std::count(names.begin(), names.end(), "Ńukasz") == 1);
  CHECK(names.size() == 2);

  must(box, {"people", "add", "ľubica"});
  auto r = box.run({"people", "rm", "Ŀubica", "--force"});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "nobody called"));
  names = people_names(box);
  CHECK(std::count(names.begin(), names.end(), "ľubica") == 1);

  must(box, {"people", "add", "Zoe"});
  must(box, {"people", "add", "Émile"});
  r = box.run({"people"});
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  const auto emile = r.out.find("Émile"), zoe = r.out.find("Zoe");
  REQUIRE(emile != std::string::npos);
  REQUIRE(zoe != std::string::npos);
  CHECK(emile < zoe);

  must(box, {"log", "5", "nothing to find here"});
  must(box, {"log", "5", "w łodzi… łódź"});
  const auto found = entries(box, {"--contains", "ŁÓDŹ"});
  CHECK(ipt::test::texts(found) == std::vector<std::string>{"w łodzi… łódź"});
}

TEST_CASE("hardening: a name two edits from another is saved with a hint, and merge joins them",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "--with", "Jordan"});
  auto r = box.run({"log", "4", "--with", "Jordn"});  // stdin is not a terminal
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.err, "did you mean 'Jordan'"));
  CHECK(has(r.err, "ipt people merge"));
  CHECK(entries(box, {"--with", "Jordn"}).size() == 1);

  must(box, {"people", "edit", "Jordan", "--role", "partner"});
  must(box, {"people", "edit", "Jordn", "--role", "friend", "--circle", "inner"});
  r = box.run({"people", "merge", "Jordn", "Jordan"});
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(entries(box, {"--with", "Jordan"}).size() == 2);
  CHECK(box.run({"people", "show", "Jordn"}).exit_code == 1);
  const auto people = box.run_json({"people", "--format", "json"});
  REQUIRE(people.size() == 1);
  CHECK(people[0]["name"] == "Jordan");
  CHECK(people[0]["role"] == "partner");
  CHECK(people[0]["circle"] == "inner");

  must(box, {"people", "add", "Sam"});
  r = box.run({"people", "edit", "Jordan", "--rename", "Sam"});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "ipt people merge"));
  CHECK(people_names(box).size() == 2);
}

TEST_CASE("hardening: a mistyped command, subcommand, option or value gets a suggestion",
          "[e2e][hardening]") {
  Sandbox box;
  struct Typo {
    std::vector<std::string> args;
    std::vector<std::string> says;
  };
  const std::vector<Typo> typos{
      {{"people", "shw", "Sam"},
       {"unknown subcommand 'shw' for 'ipt people'; did you mean 'show'?"}},
      {{"list", "--form", "json"}, {"unknown option '--form'", "did you mean '--format'"}},
      {{"phase", "set", "middel"}, {"did you mean 'middle'"}},
      {{"li"}, {"did you mean 'ls'"}},
      {{"help", "peple"}, {"did you mean 'people'"}},
  };
  for (const auto& t : typos) {
    const auto r = box.run(t.args);
    INFO(t.args.front() << " " << t.args.back() << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    for (const auto& s : t.says)
      CHECK(has(r.err, s));
  }
}

TEST_CASE("hardening: ipt help prints the command list, and ipt help CMD prints CMD --help",
          "[e2e][hardening]") {
  Sandbox box;
  auto r = box.run({"help"});
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  for (const char* cmd : {"log", "list", "people", "reflect", "prompts"})
    CHECK(has(r.out, std::string("\n  ") + cmd));
  CHECK(r.out == box.run({"--help"}).out);

  r = box.run({"help", "people", "add"});
  const auto direct = box.run({"people", "add", "--help"});
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(direct.exit_code == 0);
  CHECK(r.out == direct.out);
}

TEST_CASE("hardening: a month and day without a year is the last one passed, never the future",
          "[e2e][hardening]") {
  Sandbox box;
  const Env now{{"IPT_NOW", "2026-11-08 12:00"}};
  auto r = box.run({"log", "5", "-d", "11-09"}, {}, now);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.starts_with("logged #"));
  CHECK(has(r.out, " for Sun 2025-11-09"));
  CHECK(has(r.err, "year"));
  CHECK(has(r.err, "2025-11-09"));

  r = box.run({"log", "5", "-d", "tomorrow"}, {}, now);
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "is in the future"));
  const auto all = entries(box, {}, now);
  REQUIRE(all.size() == 1);
  CHECK(all[0]["day"] == "2025-11-09");
}

TEST_CASE("hardening: a write is saved when stdout is closed or full, and a read says it failed",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "first"});
  auto r = shell(box, "IPT log 5 closed >&-");
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "warning: saved"));
  r = shell(box, "IPT log 5 full >/dev/full");
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "warning: saved"));
  CHECK(ipt::test::texts(entries(box)) == std::vector<std::string>{"first", "closed", "full"});

  r = shell(box, "IPT list >/dev/full");
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "could not write the output"));
}

TEST_CASE("hardening: terminal escapes are shown escaped, refused in names and prompt files",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  auto r = box.run({"show", "\x1b[2J1"});
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK_FALSE(has(r.err, "\x1b"));
  CHECK_FALSE(has(r.out, "\x1b"));
  CHECK(has(r.err, "\\x1b"));

  r = box.run({"people", "add", "Sam\u202eX"});
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK_FALSE(has(r.err, "\u202e"));
  CHECK(box.run_json({"people", "--format", "json"}).empty());

  const std::string prompt =
      "[[prompt]]\n"
      "id = \"mine.esc\"\n"
      "text = \"How was your week? PLACE\"\n"
      "phase = \"any\"\n"
      "area = \"any\"\n"
      "technique = \"review\"\n"
      "task = \"week-review\"\n";
  auto with = [&](const std::string& what) {
    std::string s = prompt;
    s.replace(s.find("PLACE"), 5, what);
    return s;
  };
  const std::string bad = box.path() + "/bad.toml", good = box.path() + "/good.toml";
  ipt::test::write_file(bad, with("\\u001b[31mred"));  // a TOML escape: the text holds ESC
  ipt::test::write_file(good, with("red"));
  r = box.run({"prompts", "check", bad});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out + r.err, "control character"));
  CHECK_FALSE(has(r.out + r.err, "\x1b"));
  r = box.run({"prompts", "check", good});
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK_FALSE(has(r.out + r.err, "control character"));

  // A file name is the user's too: escaped in text, and bytes that aren't UTF-8 don't break JSON.
  r = box.run({"prompts", "check", "\x1b[2Jx"});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "\\x1b[2Jx:0: no such file"));
  CHECK_FALSE(has(r.out + r.err, "\x1b"));
  r = box.run({"prompts", "check", "--format", "json", "\xff.toml"});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  const auto problems = nlohmann::json::parse(r.out);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].at("file") == "\xef\xbf\xbd.toml");
}

TEST_CASE("hardening: a world-readable journal is warned about, a relative XDG_DATA_HOME ignored",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  REQUIRE(::chmod(box.db().c_str(), 0644) == 0);
  auto r = box.run({"list"});
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "x"));
  CHECK(has(r.err, "warning"));
  CHECK(has(r.err, "chmod 600 '" + box.db() + "'"));

  const std::string work = box.path() + "/work";
  std::filesystem::create_directory(work);
  r = ipt::test::run_raw(
      {"/bin/sh", "-c", "cd " + work + " && exec " + std::string(IPT_BINARY) + " log 5"},
      box.env({{"IPT_DB", std::nullopt}, {"XDG_DATA_HOME", "rel"}}), "");
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(exists(box.path() + "/home/.local/share/ipt/journal.db"));
  CHECK_FALSE(exists(work + "/rel"));
  CHECK(ipt::test::dir_names(work).empty());
}

TEST_CASE("hardening: a damaged row is reported with its row, not shown with a default",
          "[e2e][hardening]") {
  Sandbox box;
  must(box, {"log", "5", "x"});
  const auto s = ipt::test::sqlite3(
      box.db(), "PRAGMA ignore_check_constraints=ON; UPDATE entries SET day='soon' WHERE id=1");
  INFO(describe(s));
  REQUIRE(s.exit_code == 0);
  REQUIRE(ipt::test::sqlite3_value(box.db(), "SELECT day FROM entries WHERE id=1") == "soon");
  const auto r = box.run({"list"});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "damaged"));
  CHECK(has(r.err, "row 1"));
  CHECK_FALSE(has(r.out, "x"));
}

TEST_CASE("hardening: a note of exactly 64 KiB from stdin is accepted, one byte more refused",
          "[e2e][hardening]") {
  Sandbox box;
  auto r = box.run({"log", "5", "-"}, std::string(65536, 'a') + "\n");
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  r = box.run({"log", "5", "-"}, std::string(65537, 'b'));
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  const auto all = entries(box);
  REQUIRE(all.size() == 1);
  CHECK(all[0]["text"] == std::string(65536, 'a'));
}

TEST_CASE("hardening: on a full disk a write fails whole and the journal stays sound",
          "[e2e][hardening]") {
  Sandbox box;
  const std::string dir = box.path() + "/small";
  std::filesystem::create_directory(dir);
  const ipt::test::TmpfsMount mount(dir, "size=600k");
  if (!mount.mounted()) {
    WARN("mounting a tmpfs is not permitted here (" << std::strerror(mount.error())
                                                    << "); a full disk is not tested");
    return;
  }
  const std::string db = dir + "/journal.db";
  must(box, {"--db", db, "log", "5", "first"});
  std::vector<std::string> saved_ids{"1"};

  // Leave about 270 KiB: room for a few 60 KB notes, not for many.
  struct statvfs st {};
  REQUIRE(::statvfs(dir.c_str(), &st) == 0);
  const auto free_bytes = static_cast<std::uint64_t>(st.f_bavail) * st.f_frsize;
  REQUIRE(free_bytes > 300 * 1024);
  ipt::test::write_file(dir + "/filler", std::string(free_bytes - 270 * 1024, '\0'));

  const std::string note(60000, 'n');
  std::optional<RunResult> failed;
  for (int i = 0; i < 20 && !failed; ++i) {
    auto r = box.run({"--db", db, "log", "5", "-"}, note);
    INFO(describe(r));
    if (r.exit_code == 0) {
      REQUIRE(r.out.starts_with("logged #"));
      saved_ids.push_back(ipt::test::lines(r.out).front().substr(8));
    } else {
      failed = r;
    }
  }
  REQUIRE(failed);
  INFO(describe(*failed));
  CHECK(failed->exit_code == 1);
  CHECK(has(failed->err, "full"));
  CHECK(has(failed->err, "nothing was saved"));
  CHECK(saved_ids.size() >= 2);  // some writes fit before the disk filled

  CHECK(ipt::test::sqlite3_value(db, "PRAGMA integrity_check") == "ok");
  std::string expected;
  for (const auto& id : saved_ids)
    expected += (expected.empty() ? "" : ",") + id;
  CHECK(ipt::test::sqlite3_value(
            db, "SELECT group_concat(id) FROM (SELECT id FROM entries ORDER BY id)") == expected);
}
