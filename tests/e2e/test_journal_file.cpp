// The journal file: where it goes, how it is created, what ipt refuses to touch, and locking.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::dir_names;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::file_mode;
using ipt::test::Sandbox;
using ipt::test::sqlite3;
using ipt::test::sqlite3_value;

namespace {

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::string without(std::string s, const std::string& part) {
  for (auto at = s.find(part); at != std::string::npos; at = s.find(part))
    s.erase(at, part.size());
  return s;
}

std::size_t entry_count(const Sandbox& box) {
  return box.run_json({"list", "--format", "json"}).size();
}

}  // namespace

TEST_CASE("journal file: the first write creates a private journal and directories",
          "[journal-file]") {
  Sandbox box;
  const std::string dir = box.path() + "/a/b";
  const std::string db = dir + "/journal.db";
  auto r = box.run({"--db", db, "log", "5", "first"});
  INFO("stderr: " << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.err, "created a new journal at " + db));
  CHECK(file_mode(db) == 0600);
  CHECK(file_mode(box.path() + "/a") == 0700);
  CHECK(file_mode(dir) == 0700);
  for (const auto& name : dir_names(dir)) {  // no temporary files left; sidecars are private
    INFO(name);
    CHECK((name == "journal.db" || name == "journal.db-wal" || name == "journal.db-shm"));
    CHECK(file_mode(dir + "/" + name) == 0600);
  }
  // A second write says nothing about creating.
  r = box.run({"--db", db, "log", "6"});
  CHECK(r.exit_code == 0);
  CHECK_FALSE(contains(r.err, "created"));

  // The -wal and -shm files exist while ipt has the journal open; a killed ipt leaves them behind,
  // which shows the modes ipt gave them.
  // Under a loaded machine (the sanitizer build beside another suite) ipt can take longer than
  // 200 ms to reach the open journal: after 1 ms steps to 200 ms, 10 ms steps to 2 s.
  bool seen = false;
  for (int delay_ms = 1; delay_ms <= 2000 && !seen; delay_ms += delay_ms < 200 ? 1 : 10) {
    auto child = box.spawn({"--db", db, "log", "7"});
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    child.kill();
    (void)child.wait();
    // Closing removes -shm before -wal, so a kill can leave either alone: wait for both.
    seen = exists(db + "-wal") && exists(db + "-shm");
  }
  REQUIRE(seen);  // a check that cannot observe what it checks must fail, not pass
  CHECK(file_mode(db + "-wal") == 0600);
  CHECK(file_mode(db + "-shm") == 0600);
  CHECK(sqlite3_value(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("journal file: a read command on a missing journal creates nothing", "[journal-file]") {
  Sandbox box;
  const std::string db = box.path() + "/x/y/journal.db";
  const std::vector<std::vector<std::string>> reads{
      {"list"},          {"ls", "--format", "json"}, {"people"},
      {"show", "1"},     {"people", "show", "Sam"},  {"edit", "1", "--mood", "5"},
      {"rm", "1", "-y"}, {"people", "rm", "Sam"},    {"people", "edit", "Sam", "--circle", "inner"},
  };
  for (const auto& args : reads) {
    for (bool flag : {true, false}) {  // via --db and via IPT_DB
      std::vector<std::string> argv = args;
      const std::string path = flag ? db : box.db();
      if (flag)
        argv.insert(argv.begin(), {"--db", db});
      auto r = box.run(argv);
      INFO(argv.front() << " " << argv.back() << "\nstderr: " << r.err);
      CHECK(r.exit_code == 1);
      CHECK(r.out.empty());
      CHECK(r.err.starts_with("ipt: error: no journal at " + path + "\n"));
      CHECK(contains(r.err, "ipt: hint: "));
      CHECK_FALSE(exists(box.path() + "/x"));
      CHECK_FALSE(exists(box.db()));
    }
  }
  CHECK(dir_names(box.path()) == std::set<std::string>{"config", "data", "home"});
  CHECK(dir_names(box.path() + "/data").empty());
}

TEST_CASE("journal file: --db, IPT_DB, the config file, XDG_DATA_HOME, HOME in that order",
          "[journal-file]") {
  Sandbox box;
  const std::string p = box.path();
  const std::string flag_db = p + "/flag.db", env_db = p + "/env.db", cfg_db = p + "/cfg.db";
  const std::string xdg_db = p + "/data/ipt/journal.db";
  const std::string home_db = p + "/home/.local/share/ipt/journal.db";
  auto write_to = [&](std::vector<std::string> args, const ipt::test::Env& env,
                      const std::string& expected) {
    args.insert(args.end(), {"log", "5"});
    auto r = box.run(args, "", env);
    INFO("expected " << expected << "\nstderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.err, "created a new journal at " + expected));
    CHECK(exists(expected));
    // A read with the same settings finds that same journal.
    args.resize(args.size() - 2);
    args.insert(args.end(), {"list", "--format", "json"});
    CHECK(nlohmann::json::parse(box.run(args, "", env).out).size() == 1);
  };

  write_to({"--db", flag_db}, {{"IPT_DB", env_db}}, flag_db);
  write_to({"--db", "~/tilde.db"}, {{"IPT_DB", env_db}}, p + "/home/tilde.db");
  CHECK_FALSE(exists(env_db));
  write_to({}, {{"IPT_DB", env_db}}, env_db);
  CHECK_FALSE(exists(xdg_db));

  ipt::test::write_file(p + "/config/ipt.toml", "db = \"" + cfg_db + "\"\n");
  const std::pair<std::string, std::optional<std::string>> cfg{"IPT_CONFIG",
                                                               p + "/config/ipt.toml"};
  // IPT_DB beats the config file.
  auto r = box.run({"list", "--format", "json"}, "", {cfg, {"IPT_DB", env_db}});
  CHECK(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out).size() == 1);
  CHECK_FALSE(exists(cfg_db));
  write_to({}, {cfg, {"IPT_DB", std::nullopt}}, cfg_db);
  CHECK_FALSE(exists(xdg_db));

  write_to({}, {{"IPT_DB", std::nullopt}}, xdg_db);
  CHECK(file_mode(p + "/data/ipt") == 0700);
  CHECK_FALSE(exists(p + "/home/.local"));
  write_to({}, {{"IPT_DB", std::nullopt}, {"XDG_DATA_HOME", std::nullopt}}, home_db);
  for (const char* d : {"/home/.local", "/home/.local/share", "/home/.local/share/ipt"}) {
    INFO(d);
    CHECK(file_mode(p + d) == 0700);
  }
  CHECK(file_mode(home_db) == 0600);
  // An empty variable counts as unset.
  write_to({}, {{"IPT_DB", ""}, {"XDG_DATA_HOME", ""}, {"HOME", p + "/home2"}},
           p + "/home2/.local/share/ipt/journal.db");
}

TEST_CASE("journal file: PRAGMAs of a new journal", "[journal-file]") {
  Sandbox box;
  REQUIRE(box.run({"log", "5"}).exit_code == 0);
  CHECK(sqlite3_value(box.db(), "PRAGMA journal_mode") == "wal");
  CHECK(sqlite3_value(box.db(), "PRAGMA application_id") == "1230001258");
  CHECK(std::stoi(sqlite3_value(box.db(), "PRAGMA user_version")) >= 1);
  CHECK(sqlite3_value(box.db(), "PRAGMA integrity_check") == "ok");
  CHECK(sqlite3_value(box.db(), "PRAGMA foreign_key_check") == "");
}

TEST_CASE("journal file: files that are not a usable journal are refused, unchanged",
          "[journal-file]") {
  Sandbox box;
  const std::string db = box.db();
  // The schema version this binary writes, from a journal it made.
  REQUIRE(box.run({"--db", box.path() + "/ref.db", "log", "5"}).exit_code == 0);
  const std::string version = sqlite3_value(box.path() + "/ref.db", "PRAGMA user_version");
  REQUIRE_FALSE(version.empty());
  std::remove((box.path() + "/ref.db").c_str());

  std::string random(4096, '\0');
  std::mt19937 rng(20261126);
  for (auto& c : random)
    c = static_cast<char>(rng());

  const std::vector<std::string> kinds{"random bytes", "empty file", "foreign database",
                                       "newer schema"};
  for (const auto& kind : kinds) {
    DYNAMIC_SECTION(kind) {
      std::string needle = "is not an ipt journal";
      if (kind == "random bytes") {
        ipt::test::write_file(db, random);
      } else if (kind == "empty file") {
        ipt::test::write_file(db, "");
      } else if (kind == "foreign database") {
        REQUIRE(sqlite3(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1);").exit_code == 0);
      } else {
        REQUIRE(box.run({"log", "5", "mine"}).exit_code == 0);
        REQUIRE(sqlite3(db, "PRAGMA user_version = 99").exit_code == 0);
        needle = "99";
      }
      const auto bytes = file_bytes(db);
      const auto names = dir_names(box.path());
      for (const std::vector<std::string>& args :
           {std::vector<std::string>{"list"}, {"log", "5"}, {"people", "add", "Kim"}}) {
        auto r = box.run(args);
        INFO(args.front() << "\nstderr: " << r.err);
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(r.err.starts_with("ipt: error: "));
        CHECK(contains(r.err, db));
        CHECK(contains(r.err, needle));
        if (kind == "newer schema")
          CHECK(contains(without(r.err, db), version));
        CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));
        CHECK(file_bytes(db) == bytes);
        CHECK(dir_names(box.path()) == names);  // no -wal, -shm, -journal or temporary files
      }
    }
  }
}

TEST_CASE("journal file: a journal that can't be created is reported, nothing is made",
          "[journal-file]") {
  Sandbox box;
  const std::string p = box.path();
  ipt::test::write_file(p + "/afile", "not a directory\n");
  // Root ignores permissions; a path under a regular file fails for everyone.
  std::vector<std::string> targets{p + "/afile/journal.db", p + "/afile/sub/journal.db"};
  if (::geteuid() != 0) {
    ::mkdir((p + "/ro").c_str(), 0700);
    ::chmod((p + "/ro").c_str(), 0500);
    targets.push_back(p + "/ro/journal.db");
    targets.push_back(p + "/ro/sub/journal.db");
  }
  const auto names = dir_names(p);
  for (const auto& target : targets) {
    auto r = box.run({"--db", target, "log", "5"});
    INFO(target << "\nstderr: " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: "));
    CHECK(contains(r.err, "journal"));
    CHECK(contains(r.err, target.substr(0, target.rfind('/'))));
    CHECK_FALSE(ipt::test::leaks_internals(r.err, p));
    CHECK(file_bytes(p + "/afile") == "not a directory\n");
    CHECK(dir_names(p) == names);
    CHECK(dir_names(p + "/ro").empty());
  }
  ::chmod((p + "/ro").c_str(), 0700);
}

TEST_CASE("journal file: a write waits for a locked journal, then gives up",
          "[journal-file][slow]") {
  Sandbox box;
  const std::string db = box.db();
  REQUIRE(box.run({"log", "5", "before"}).exit_code == 0);
  const auto count = entry_count(box);
  const auto people = box.run({"people", "--format", "json"}).out;

  // sqlite3 takes the write lock, says so with a marker file, and holds it for 3 s; ipt waits
  // 1 s (IPT_BUSY_TIMEOUT_MS, for tests, instead of the 5 s default).
  const std::string marker = box.path() + "/locked";
  auto holder = ipt::test::spawn_raw({ipt::test::kSqlite3, db}, {"PATH=/usr/bin:/bin"},
                                     "BEGIN IMMEDIATE;\n"
                                     "INSERT INTO people(uuid, name, name_key, created) "
                                     "VALUES ('x', 'Held', 'held', 0);\n"
                                     ".shell touch " +
                                         marker +
                                         "\n"
                                         ".shell sleep 3\n"
                                         "ROLLBACK;\n");
  const auto start = std::chrono::steady_clock::now();
  while (!exists(marker) && std::chrono::steady_clock::now() - start < std::chrono::seconds(10))
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  REQUIRE(exists(marker));

  // Readers are not blocked by a writer in WAL mode.
  CHECK(box.run({"list"}).exit_code == 0);

  const auto t0 = std::chrono::steady_clock::now();
  auto r = box.run({"log", "6", "blocked"}, {}, {{"IPT_BUSY_TIMEOUT_MS", "1000"}});
  const double waited =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  INFO("waited " << waited << " s; stderr: " << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("ipt: error: "));
  CHECK(contains(r.err, "locked"));
  CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));
  CHECK(waited >= 0.9);  // the busy timeout, not an immediate failure
  CHECK(waited < 2.5);   // and not until the lock went away

  auto held = holder.wait();
  CHECK(held.exit_code == 0);
  CHECK(entry_count(box) == count);
  CHECK(box.run({"people", "--format", "json"}).out == people);
  CHECK(sqlite3_value(db, "PRAGMA integrity_check") == "ok");
  // Once the lock is gone, writing works again.
  CHECK(box.run({"log", "6", "after"}).exit_code == 0);
  CHECK(entry_count(box) == count + 1);
}
