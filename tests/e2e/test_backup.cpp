// ipt backup [PATH] and ipt backup --check PATH, run as a user would: the copy's name, place and
// mode, what it holds, what it refuses, a full disk, and backups while other ipt processes write.
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::dir_names;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::lines;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::sqlite3_value;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const Env kNow{{"IPT_NOW", "2026-03-02 09:00"}};
const char* kSetpriv = "/usr/bin/setpriv";

RunResult must(const Sandbox& box, const std::vector<std::string>& args, const Env& env = kNow) {
  auto r = box.run(args, {}, env);
  INFO("ipt " << args.front() << ": " << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

/// The sandbox's directory as ipt prints it (canonical: /tmp may be a link).
std::string real(const Sandbox& box) {
  return fs::canonical(box.path()).string();
}

/// The texts of the entries in the journal at `db`, oldest first.
std::vector<std::string> texts_in(const Sandbox& box, const std::string& db) {
  return ipt::test::texts(box.run_json({"--db", db, "list", "--format", "json"}, {}, kNow));
}

std::string entries_in(const std::string& db) {
  return sqlite3_value(db, "SELECT count(*) FROM entries");
}

/// A journal with three check-ins.
void three_entries(const Sandbox& box) {
  must(box, {"log", "6", "walked with Sam"});
  must(box, {"log", "4", "argued about chores"});
  must(box, {"log", "7", "a good evening"});
}

/// Overwrites the first 100 bytes of the entries table's root page with noise.
void damage(const std::string& path) {
  const auto root =
      std::stol(sqlite3_value(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'entries'"));
  REQUIRE(root > 1);
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  REQUIRE(f);
  f.seekp(static_cast<std::streamoff>((root - 1) * 4096));
  f << std::string(100, '\x5a');
  REQUIRE(f.flush());
}

/// The number of entries in the journal at `db` now, waiting for writers as ipt would; -1 when
/// it can't be read.
long count_now(const std::string& db) {
  const auto r = ipt::test::run_raw(
      {ipt::test::kSqlite3, "-cmd", ".timeout 5000", db, "SELECT count(*) FROM entries"},
      {"PATH=/usr/bin:/bin"}, "");
  return r.exit_code == 0 && !r.out.empty() ? std::stol(r.out) : -1;
}

}  // namespace

TEST_CASE(
    "backup: JOURNAL-DATE.db beside the journal, 0600, its path on stdout, the journal as "
    "it was",
    "[e2e][backup]") {
  Sandbox box;
  three_entries(box);
  const auto before = file_bytes(box.db());
  const auto r = must(box, {"backup"});
  const std::string copy = real(box) + "/journal-2026-03-02.db";
  CHECK(r.out == copy + "\n");
  CHECK(has(r.err, "ipt: backed up 3 entries ("));
  CHECK(has(r.err, ") from " + box.db()));
  CHECK(ipt::test::file_mode(copy) == 0600);
  CHECK(file_bytes(box.db()) == before);
  CHECK(dir_names(box.path()) ==
        std::set<std::string>{"config", "data", "home", "journal.db", "journal-2026-03-02.db"});
  CHECK(texts_in(box, copy) == texts_in(box, box.db()));
  CHECK(texts_in(box, copy).size() == 3);
  CHECK(sqlite3_value(copy, "PRAGMA integrity_check") == "ok");

  // -q leaves stdout alone and stderr empty.
  const auto quiet = must(box, {"backup", "-q"});
  CHECK(quiet.out == copy + "\n");
  CHECK(quiet.err.empty());
}

TEST_CASE("backup: into a directory, to a file, and an earlier backup replaced", "[e2e][backup]") {
  Sandbox box;
  three_entries(box);
  fs::create_directory(box.path() + "/backups");
  const std::string in_dir = real(box) + "/backups/journal-2026-03-02.db";
  CHECK(must(box, {"backup", box.path() + "/backups"}).out == in_dir + "\n");
  CHECK(must(box, {"backup", box.path() + "/backups/"}).out == in_dir + "\n");
  CHECK(dir_names(box.path() + "/backups") == std::set<std::string>{"journal-2026-03-02.db"});

  const std::string file = real(box) + "/mine.db";
  CHECK(must(box, {"backup", box.path() + "/mine.db"}).out == file + "\n");
  CHECK(ipt::test::file_mode(file) == 0600);
  must(box, {"log", "5", "one more"});
  must(box, {"backup", file});
  CHECK(texts_in(box, file).size() == 4);

  // A draft left by a backup that was killed is tidied away; a file named like one whose
  // process still runs (this test) is not.
  auto gone = box.spawn({"--version"});
  const auto dead_pid = std::to_string(gone.pid());
  REQUIRE(gone.wait().exit_code == 0);
  const std::string stale = file + ".new-" + dead_pid + "-42",
                    live = file + ".new-" + std::to_string(::getpid()) + "-42";
  ipt::test::write_file(stale, "half a copy");
  ipt::test::write_file(live, "another ipt at work");
  must(box, {"backup", file});
  CHECK_FALSE(exists(stale));
  CHECK(exists(live));
  fs::remove(live);

  // An empty file (as mktemp makes) is replaced too.
  ipt::test::write_file(box.path() + "/empty.db", "");
  must(box, {"backup", box.path() + "/empty.db"});
  CHECK(entries_in(box.path() + "/empty.db") == "4");

  const auto j = box.run_json({"backup", file, "--format", "json"}, {}, kNow);
  CHECK(j["path"] == file);
  CHECK(j["journal"] == box.db());
  CHECK(j["bytes"] == fs::file_size(file));
  CHECK(j["entries"] == 4);
  CHECK(j["schema_version"] == std::stoi(sqlite3_value(box.db(), "PRAGMA user_version")));
}

TEST_CASE(
    "backup: the journal itself, a file that is not a backup and a missing directory are "
    "refused, and nothing is left behind",
    "[e2e][backup]") {
  Sandbox box;
  three_entries(box);
  const std::string notes = box.path() + "/notes.txt";
  ipt::test::write_file(notes, "my own notes\n");
  fs::create_hard_link(box.db(), box.path() + "/hard.db");
  fs::create_symlink(box.db(), box.path() + "/soft.db");
  fs::create_symlink(notes, box.path() + "/to-notes");
  const auto names = dir_names(box.path());
  ipt::test::expect_refused(
      box,
      {
          {{"backup", box.db()}, 1, "won't write a backup onto the journal"},
          {{"backup", box.path() + "/hard.db"}, 1, "onto the journal"},
          {{"backup", box.path() + "/soft.db"}, 1, "onto the journal"},
          {{"backup", notes}, 1, "notes.txt exists and is not an ipt journal"},
          {{"backup", box.path() + "/missing/"}, 1, "the directory " + box.path() + "/missing"},
          {{"backup", box.path() + "/missing/copy.db"}, 1, "does not exist"},
          {{"backup", notes + "/copy.db"}, 1, "notes.txt is not a directory"},
          {{"backup", box.path() + "/to-notes"}, 1, "to-notes is a symbolic link"},
          {{"backup", ""}, 2, "PATH is empty"},
      },
      kNow);
  CHECK(dir_names(box.path()) == names);
  CHECK(file_bytes(notes) == "my own notes\n");

  const auto r = box.run({"backup", box.path() + "/missing/"}, {}, kNow);
  CHECK(has(r.err, "ipt: hint: "));
  CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));

  // A copy with a -wal beside it is open somewhere: replacing it would pair the log with
  // another file.
  const std::string copy = box.path() + "/copy.db";
  must(box, {"backup", copy});
  ipt::test::write_file(copy + "-wal", "");
  const auto in_use = box.run({"backup", copy}, {}, kNow);
  CHECK(in_use.exit_code == 1);
  CHECK(has(in_use.err, "copy.db-wal is beside it"));
}

TEST_CASE("backup: a missing journal is an error and nothing is made", "[e2e][backup]") {
  Sandbox box;
  const auto r = box.run({"backup"}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "no journal at " + box.db()));
  CHECK(r.out.empty());
  CHECK(dir_names(box.path()) == std::set<std::string>{"config", "data", "home"});
}

TEST_CASE(
    "backup: a directory the user can't write to is reported, and a read-only journal is "
    "copied",
    "[e2e][backup]") {
  if (::geteuid() != 0 || !exists(kSetpriv)) {
    WARN("needs root and setpriv to run ipt as an unprivileged user; not tested");
    return;
  }
  Sandbox box;
  REQUIRE(::chmod(box.path().c_str(), 0755) == 0);  // nobody may pass through the sandbox
  const std::string own = box.path() + "/own", db = own + "/j.db";
  must(box, {"--db", db, "log", "5", "hi"});
  REQUIRE(::chown(own.c_str(), 65534, 65534) == 0);
  REQUIRE(::chown(db.c_str(), 65534, 65534) == 0);
  const std::string root_dir = box.path() + "/root";
  fs::create_directory(root_dir);
  REQUIRE(::chmod(root_dir.c_str(), 0755) == 0);
  auto as_nobody = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {kSetpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
                               IPT_BINARY, "--db", db});
    return ipt::test::run_raw(args, box.env(kNow), "");
  };
  auto r = as_nobody({"backup", root_dir});
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err,
            "can't write a backup in " + fs::canonical(root_dir).string() + ": Permission denied"));
  CHECK(dir_names(root_dir).empty());

  // The journal read-only, in a directory nobody may write either: read as it is, copied.
  REQUIRE(::chmod(db.c_str(), 0400) == 0);
  REQUIRE(::chmod(own.c_str(), 0500) == 0);
  const std::string out_dir = box.path() + "/out";
  fs::create_directory(out_dir);
  REQUIRE(::chown(out_dir.c_str(), 65534, 65534) == 0);
  r = as_nobody({"backup", out_dir});
  CHECK(r.exit_code == 0);
  CHECK(r.out == fs::canonical(out_dir).string() + "/j-2026-03-02.db\n");
  CHECK(dir_names(own) == std::set<std::string>{"j.db"});
  CHECK(entries_in(out_dir + "/j-2026-03-02.db") == "1");
}

TEST_CASE("backup: a full disk is reported and the earlier backup is kept whole", "[e2e][backup]") {
  Sandbox box;
  three_entries(box);
  const auto size = fs::file_size(box.db());
  const std::string dir = box.path() + "/small";
  fs::create_directory(dir);
  // Room for one copy, not for a second beside it.
  const ipt::test::TmpfsMount mount(dir, "size=" + std::to_string(size * 3 / 2 / 1024) + "k");
  if (!mount.mounted()) {
    WARN("mounting a tmpfs is not permitted here (" << std::strerror(mount.error())
                                                    << "); a full disk is not tested");
    return;
  }
  const std::string copy = dir + "/copy.db";
  must(box, {"backup", copy});
  const auto first = file_bytes(copy);
  must(box, {"log", "3", "after the first backup"});
  const auto r = box.run({"backup", copy}, {}, kNow);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "is full; no backup was written"));
  CHECK(r.out.empty());
  CHECK(file_bytes(copy) == first);
  CHECK(dir_names(dir) == std::set<std::string>{"copy.db"});
}

TEST_CASE("backup --check: sound, damaged, not a journal, missing, and the file checked unchanged",
          "[e2e][backup]") {
  Sandbox box;
  three_entries(box);
  const std::string copy = lines(must(box, {"backup", "-q"}).out).front();
  const auto journal = file_bytes(box.db());
  const auto version = sqlite3_value(box.db(), "PRAGMA user_version");
  // No journal is needed: --check never opens it.
  const Env no_journal{{"IPT_DB", box.path() + "/none.db"}};

  SECTION("a sound copy") {
    const auto bytes = file_bytes(copy);
    const auto names = dir_names(box.path());
    const auto r = box.run({"backup", "--check", copy}, {}, no_journal);
    INFO(describe(r));
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          copy + ": a sound ipt journal with 3 entries (schema version " + version + ")\n");
    CHECK(r.err.empty());
    const auto j = box.run_json({"backup", "--check", copy, "--format", "json"}, {}, no_journal);
    CHECK(j == json{{"path", copy},
                    {"ok", true},
                    {"entries", 3},
                    {"schema_version", std::stoi(version)},
                    {"problems", json::array()}});
    CHECK(file_bytes(copy) == bytes);
    CHECK(dir_names(box.path()) == names);  // no -wal, no -shm
  }
  SECTION("a damaged copy") {
    damage(copy);
    const auto bytes = file_bytes(copy);
    const auto r = box.run({"backup", "--check", copy}, {}, no_journal);
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    REQUIRE_FALSE(r.out.empty());
    for (const auto& line : lines(r.out))
      CHECK(line.starts_with(copy + ": "));
    CHECK(lines(r.out).size() <= 6);
    CHECK(has(r.err, "ipt: error: " + copy + " is damaged: SQLite's integrity check found "));
    CHECK(has(r.err, "ipt: hint: it was left unchanged"));
    const auto j = box.run({"backup", "--check", copy, "--format", "json"}, {}, no_journal);
    CHECK(j.exit_code == 1);
    const auto o = json::parse(j.out);
    CHECK(o["ok"] == false);
    CHECK(o["entries"].is_null());
    CHECK_FALSE(o["problems"].empty());
    CHECK(file_bytes(copy) == bytes);
    CHECK_FALSE(exists(copy + "-wal"));
    CHECK_FALSE(exists(copy + "-shm"));
  }
  SECTION("files that are not an ipt journal, and a missing one") {
    const std::string text = box.path() + "/notes.txt", other = box.path() + "/other.db";
    ipt::test::write_file(text, std::string(200, 'n'));
    REQUIRE(ipt::test::sqlite3(other, "CREATE TABLE t(x)").exit_code == 0);
    const auto other_bytes = file_bytes(other);
    ipt::test::expect_refused(
        box,
        {
            {{"backup", "--check", text}, 1, "notes.txt is not an ipt journal (it is not a SQLite"},
            {{"backup", "--check", other}, 1, "other.db is not an ipt journal"},
            {{"backup", "--check", box.path() + "/gone.db"}, 1, "no journal at "},
            {{"backup", "--check", box.path()}, 1, "is not an ipt journal (it is a directory)"},
            {{"backup", "--check"}, 2, "--check needs the PATH"},
        },
        no_journal);
    CHECK(file_bytes(other) == other_bytes);
    const auto j = box.run({"backup", "--check", text, "--format", "json"}, {}, no_journal);
    CHECK(j.exit_code == 1);
    const auto o = json::parse(j.out);
    CHECK(o["ok"] == false);
    CHECK(o["schema_version"].is_null());
    REQUIRE(o["problems"].size() == 1);
    CHECK(has(o["problems"][0].get<std::string>(), "is not an ipt journal"));
  }
  CHECK(file_bytes(box.db()) == journal);
}

TEST_CASE("backup: a journal made by an older ipt is copied as it is, not upgraded",
          "[e2e][backup]") {
  Sandbox box;
  const auto sql = file_bytes(std::string(IPT_SOURCE_DIR) + "/tests/fixtures/journal-v3.sql");
  REQUIRE(
      ipt::test::run_raw({ipt::test::kSqlite3, box.db()}, {"PATH=/usr/bin:/bin"}, sql).exit_code ==
      0);
  REQUIRE(::chmod(box.db().c_str(), 0600) == 0);
  const auto before = file_bytes(box.db());
  const auto j = box.run_json({"backup", box.path() + "/old.db", "--format", "json"}, {}, kNow);
  CHECK(j["schema_version"] == 3);
  CHECK(file_bytes(box.db()) == before);
  CHECK(sqlite3_value(box.path() + "/old.db", "PRAGMA user_version") == "3");
  const auto r = box.run({"backup", "--check", box.path() + "/old.db"}, {}, kNow);
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "(schema version 3)"));
}

TEST_CASE("backup: backups taken while ipt log writers run are sound and hold what was saved",
          "[e2e][backup][concurrency][slow]") {
  Sandbox box;
  must(box, {"log", "5", "the first"});
  constexpr int kWriters = 4, kPerWriter = 40;
  std::atomic<int> running{kWriters};
  std::vector<std::vector<std::string>> failures(kWriters);
  std::vector<std::thread> writers;
  for (int i = 0; i < kWriters; ++i) {
    writers.emplace_back([&, i] {
      for (int j = 0; j < kPerWriter; ++j) {
        const std::string text = "w" + std::to_string(i) + "-" + std::to_string(j);
        try {
          const auto r = box.run({"log", std::to_string(j % 11), text}, {}, kNow);
          if (r.exit_code != 0)
            failures[i].push_back(text + ": " + describe(r));
        } catch (const std::exception& e) {
          failures[i].push_back(text + ": " + e.what());
        }
      }
      --running;
    });
  }
  struct Taken {
    std::string path;
    long before, after;
  };
  std::vector<Taken> taken;
  std::vector<std::string> backup_failures;
  for (int n = 0; running > 0 && n < 40; ++n) {
    const std::string path = box.path() + "/b" + std::to_string(n) + ".db";
    const long before = count_now(box.db());
    const auto r = box.run({"backup", path}, {}, kNow);
    const long after = count_now(box.db());
    if (r.exit_code != 0 || before < 0 || after < 0)
      backup_failures.push_back(describe(r) + "\ncounts " + std::to_string(before) + ", " +
                                std::to_string(after));
    else
      taken.push_back({path, before, after});
  }
  for (auto& t : writers)
    t.join();
  for (const auto& f : backup_failures)
    FAIL_CHECK(f);
  for (const auto& list : failures) {
    for (const auto& f : list)
      FAIL_CHECK(f);
  }
  CHECK(entries_in(box.db()) == std::to_string(1 + kWriters * kPerWriter));
  REQUIRE(taken.size() >= 2);
  WARN(taken.size() << " backups taken alongside " << kWriters * kPerWriter << " writes");
  bool mid_write = false;  // at least one backup was taken while the writers were at it
  for (const auto& t : taken) {
    INFO(t.path << ": between " << t.before << " and " << t.after);
    const auto j = box.run_json({"backup", "--check", t.path, "--format", "json"}, {}, kNow);
    CHECK(j["ok"] == true);
    const auto entries = j["entries"].get<long>();
    CHECK(entries >= t.before);
    CHECK(entries <= t.after);
    CHECK(ipt::test::file_mode(t.path) == 0600);
    mid_write = mid_write || (entries > 1 && entries < 1 + kWriters * kPerWriter);
  }
  CHECK(mid_write);
  CHECK(sqlite3_value(box.db(), "PRAGMA integrity_check") == "ok");
}

TEST_CASE("backup: completion offers file names for PATH, after --check and -q too",
          "[e2e][backup][completion]") {
  Sandbox box;
  for (const auto& words : std::vector<std::vector<std::string>>{
           {"backup", ""}, {"backup", "--check", ""}, {"backup", "-q", "--check", ""}}) {
    std::vector<std::string> args{"__complete", "bash", "--"};
    args.insert(args.end(), words.begin(), words.end());
    const auto r = box.run(args, {}, kNow);
    INFO(describe(r));
    CHECK(r.out == ":files\n");
  }
  CHECK_FALSE(exists(box.db()));
}
