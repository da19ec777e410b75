// Read-only storage, three ways: a journal file the user may not write, a directory the user
// may not write, and a read-only mount. Read commands work (and leave no -wal or -shm
// behind); every kind of write fails clearly with exit 1 and leaves the journal byte for byte.
// File and directory permissions bind only a user who is not root, so those run as nobody
// (setpriv); the mount binds root too. Where root, setpriv or mounting is missing, the case
// says so (WARN) and is skipped.
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;

namespace {

const char* kSetpriv = "/usr/bin/setpriv";
const std::string kNow = "IPT_NOW=2026-11-26 18:00";

struct Command {
  std::vector<std::string> args;
  std::string in;
};

const std::vector<Command> kReads = {
    {{"list", "--format", "json"}, {}},   {{"people", "--format", "json"}, {}},
    {{"report", "--format", "json"}, {}}, {{"export"}, {}},
    {{"plan", "--format", "json"}, {}},   {{"show", "1"}, {}},
};

std::vector<Command> writes(const std::string& export_file) {
  return {
      {{"log", "5", "refused"}, {}},  {{"event", "--kind", "talk", "--with", "Sam", "refused"}, {}},
      {{"people", "add", "Ira"}, {}}, {{"reflect"}, "refused\n"},
      {{"plan"}, "refused\n"},        {{"check", "phq9", "--answers", "0,0,0,0,0,0,0,0,0"}, {}},
      {{"import", export_file}, {}},  {{"rm", "1", "--yes"}, {}},
  };
}

/// Runs `c` on the journal `db`, as nobody when `nobody`.
RunResult run(const Sandbox& box, const std::string& db, const Command& c, bool nobody) {
  std::vector<std::string> argv = {IPT_BINARY, "--db", db};
  if (nobody)
    argv.insert(argv.begin(), {kSetpriv, "--reuid=65534", "--regid=65534", "--clear-groups"});
  argv.insert(argv.end(), c.args.begin(), c.args.end());
  auto env = box.env();
  env.push_back(kNow);
  return ipt::test::run_raw(argv, env, c.in);
}

/// Every read works, every write is refused, and nothing changes: the journal's bytes, and
/// the names in its directory.
void check_read_only(const Sandbox& box, const std::string& db, bool nobody,
                     const std::string& export_file) {
  const auto dir = std::filesystem::path(db).parent_path().string();
  const auto bytes = ipt::test::file_bytes(db);
  const auto names = ipt::test::dir_names(dir);
  for (const auto& c : kReads) {
    const auto r = run(box, db, c, nobody);
    INFO(c.args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK_FALSE(r.out.empty());
  }
  CHECK(has(run(box, db, {{"list"}, {}}, nobody).out, "kept"));
  for (const auto& c : writes(export_file)) {
    const auto r = run(box, db, c, nobody);
    INFO(c.args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("ipt: error: the journal " + db + " is read-only"));
    CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));
  }
  CHECK(ipt::test::file_bytes(db) == bytes);
  CHECK(ipt::test::dir_names(dir) == names);
}

/// A journal with an entry, a person and a plan, at `db`.
void make_journal(const Sandbox& box, const std::string& db) {
  for (const auto& c :
       std::vector<Command>{{{"log", "5", "kept", "--with", "Sam"}, {}}, {{"plan"}, "signs\n"}}) {
    const auto r = run(box, db, c, false);
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
  }
}

/// An export of another journal, for import to refuse.
std::string an_export(const Sandbox& box) {
  Sandbox other;
  REQUIRE(other.run({"log", "6", "elsewhere"}).exit_code == 0);
  const auto r = other.run({"export"});
  REQUIRE(r.exit_code == 0);
  const auto file = box.path() + "/export.json";
  ipt::test::write_file(file, r.out);
  REQUIRE(::chmod(file.c_str(), 0644) == 0);
  return file;
}

}  // namespace

TEST_CASE("fault: a read-only journal file or directory - reads work, every write is refused",
          "[e2e][fault]") {
  if (::geteuid() != 0 || !ipt::test::exists(kSetpriv)) {
    WARN("needs root and setpriv to run ipt as an unprivileged user; not tested");
    return;
  }
  Sandbox box;
  REQUIRE(::chmod(box.path().c_str(), 0755) == 0);  // nobody may pass through the sandbox
  const auto export_file = an_export(box);
  const std::string dir = box.path() + "/j";
  const std::string db = dir + "/journal.db";
  make_journal(box, db);
  REQUIRE(::chown(dir.c_str(), 65534, 65534) == 0);
  REQUIRE(::chown(db.c_str(), 65534, 65534) == 0);

  SECTION("the file is 0400, in the user's own 0700 directory") {
    REQUIRE(::chmod(dir.c_str(), 0700) == 0);
    REQUIRE(::chmod(db.c_str(), 0400) == 0);
    check_read_only(box, db, true, export_file);
  }
  SECTION("the file is 0600, in a 0500 directory of the user's") {
    REQUIRE(::chmod(dir.c_str(), 0500) == 0);
    REQUIRE(::chmod(db.c_str(), 0600) == 0);
    check_read_only(box, db, true, export_file);
  }
}

TEST_CASE("fault: a journal on a read-only mount - reads work, every write is refused",
          "[e2e][fault]") {
  Sandbox box;
  const auto export_file = an_export(box);
  const std::string dir = box.path() + "/mnt";
  std::filesystem::create_directory(dir);
  const ipt::test::TmpfsMount mount(dir, "size=2m,mode=0700");
  if (!mount.mounted()) {
    WARN("mounting a tmpfs is not permitted here (" << std::strerror(mount.error())
                                                    << "); a read-only mount is not tested");
    return;
  }
  const std::string db = dir + "/journal.db";
  make_journal(box, db);
  if (::mount(nullptr, dir.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
    WARN("remounting read-only is not permitted here (" << std::strerror(errno) << "); not tested");
    return;
  }
  check_read_only(box, db, false, export_file);
}
