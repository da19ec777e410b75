// A full disk under every kind of write: the journal on a small tmpfs that a filler file has
// nearly filled, then written to by log, event, reflect and import until the disk is full.
// Each failed write says so clearly and exits 1; the journal passes integrity_check and holds
// everything written before, and nothing of what failed; reads go on working, and once there
// is room again writes do too. Mounting needs root: where it is refused the test says so
// (WARN) and returns. test_hardening.cpp has the same for `ipt log` alone.
#include <sys/statvfs.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>
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

const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};

std::uint64_t free_bytes(const std::string& dir) {
  struct statvfs st {};
  REQUIRE(::statvfs(dir.c_str(), &st) == 0);
  return static_cast<std::uint64_t>(st.f_bavail) * st.f_frsize;
}

/// Fills `dir` with a file of zeros until `leave` bytes are free.
void fill(const std::string& dir, std::uint64_t leave) {
  const auto free = free_bytes(dir);
  REQUIRE(free > leave);
  ipt::test::write_file(dir + "/filler", std::string(free - leave, '\0'));
}

/// A text of about 20 KB that starts with `tag`, so it is found again whole or not at all.
std::string big(const std::string& tag) {
  return tag + " " + std::string(20000, 'n');
}

/// The failure a full disk must give: exit 1, one plain message, nothing on stdout.
void check_full_message(const RunResult& r, const std::string& sandbox) {
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  const auto err = ipt::test::lines(r.err);  // a note may come first (reflect's prompts)
  REQUIRE_FALSE(err.empty());
  CHECK(err.back().starts_with("ipt: error: the disk holding "));
  CHECK(err.back().ends_with(" is full; nothing was saved"));
  CHECK_FALSE(ipt::test::leaks_internals(r.err, sandbox));
}

}  // namespace

TEST_CASE("fault: a disk that fills under log, event, reflect and import keeps all before it",
          "[e2e][fault]") {
  Sandbox box;
  const std::string dir = box.path() + "/small";
  std::filesystem::create_directory(dir);
  const ipt::test::TmpfsMount mount(dir, "size=800k");
  if (!mount.mounted()) {
    WARN("mounting a tmpfs is not permitted here (" << std::strerror(mount.error())
                                                    << "); a full disk is not tested");
    return;
  }
  const std::string db = dir + "/journal.db";
  const Env env{{"IPT_NOW", "2026-11-26 18:00"}, {"IPT_DB", db}};
  REQUIRE(box.run({"log", "5", "before"}, {}, env).exit_code == 0);
  REQUIRE(box.run({"people", "add", "Sam"}, {}, env).exit_code == 0);

  // An export of another journal with two large entries of its own, made when an import
  // round needs it (the sandbox is elsewhere: it has room).
  auto export_for = [&](int k) {
    Sandbox other;
    for (int i = 0; i < 2; ++i) {
      const auto tag = "imported-" + std::to_string(k) + "-" + std::to_string(i);
      REQUIRE(other.run({"log", "6", "-"}, big(tag), kNow).exit_code == 0);
    }
    const auto r = other.run({"export"}, {}, kNow);
    REQUIRE(r.exit_code == 0);
    const auto file = box.path() + "/export-" + std::to_string(k) + ".json";
    ipt::test::write_file(file, r.out);
    return file;
  };

  fill(dir, 150 * 1024);
  std::vector<std::string> saved{"before"}, failed;
  std::map<std::string, int> full_by_kind;
  int failures_in_a_row = 0;
  for (int i = 0; i < 40 && failures_in_a_row < 8; ++i) {
    const std::string tag = "w" + std::to_string(i);
    std::string kind;
    RunResult r;
    switch (i % 4) {
      case 0:
        kind = "log";
        r = box.run({"log", "5", "-"}, big(tag), env);
        break;
      case 1:
        kind = "event";
        r = box.run({"event", "--kind", "talk", "--with", "Sam", "-"}, big(tag), env);
        break;
      case 2:
        kind = "reflect";
        r = box.run({"reflect", "--again"}, big(tag) + "\n---\n" + big(tag + "b") + "\n", env);
        break;
      default:
        kind = "import";
        r = box.run({"import", export_for(i / 4)}, {}, env);
        break;
    }
    INFO(kind << " " << tag);
    if (r.exit_code == 0) {
      failures_in_a_row = 0;
      if (kind == "import") {
        for (int k = 0; k < 2; ++k)
          saved.push_back("imported-" + std::to_string(i / 4) + "-" + std::to_string(k));
      } else {
        saved.push_back(tag);
        if (kind == "reflect")
          saved.push_back(tag + "b");
      }
    } else {
      ++failures_in_a_row;
      ++full_by_kind[kind];
      check_full_message(r, box.path());
      if (kind == "import") {
        for (int k = 0; k < 2; ++k)
          failed.push_back("imported-" + std::to_string(i / 4) + "-" + std::to_string(k));
      } else {
        failed.push_back(tag);
        if (kind == "reflect")
          failed.push_back(tag + "b");
      }
    }
  }
  WARN("on the full disk: " << saved.size() << " texts saved; refused: log " << full_by_kind["log"]
                            << ", event " << full_by_kind["event"] << ", reflect "
                            << full_by_kind["reflect"] << ", import " << full_by_kind["import"]);
  CHECK(full_by_kind.size() == 4);  // every kind of write met the full disk
  CHECK(saved.size() >= 2);         // and some fitted before it

  // The journal is sound, and holds what was saved, whole, and nothing that failed. Reading
  // works on the full disk.
  CHECK(ipt::test::sqlite3_value(db, "PRAGMA integrity_check") == "ok");
  const auto r = box.run({"list", "--format", "json"}, {}, env);
  INFO("list: exit " << r.exit_code << ": " << r.err);
  REQUIRE(r.exit_code == 0);
  std::map<std::string, int> seen;
  for (const auto& t : ipt::test::texts(nlohmann::json::parse(r.out))) {
    const auto space = t.find(' ');
    ++seen[t.substr(0, space)];
    if (space != std::string::npos)
      CHECK(t.size() == space + 1 + 20000);
  }
  for (const auto& t : saved) {
    INFO("saved: " << t);
    CHECK(seen[t] == 1);
  }
  for (const auto& t : failed) {
    INFO("refused: " << t);
    CHECK(seen.count(t) == 0);
  }

  // Room again: writes work again.
  std::filesystem::remove(dir + "/filler");
  const auto again = box.run({"log", "5", "-"}, big("again"), env);
  INFO(describe(again));
  CHECK(again.exit_code == 0);
  CHECK(ipt::test::sqlite3_value(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("fault: creating a journal on a full disk fails clearly and leaves nothing behind",
          "[e2e][fault]") {
  Sandbox box;
  const std::string dir = box.path() + "/small";
  std::filesystem::create_directory(dir);
  const ipt::test::TmpfsMount mount(dir, "size=1m");
  if (!mount.mounted()) {
    WARN("mounting a tmpfs is not permitted here (" << std::strerror(mount.error())
                                                    << "); a full disk is not tested");
    return;
  }
  fill(dir, 0);
  const std::string db = dir + "/journal.db";
  const auto r = box.run({"--db", db, "log", "5", "first"}, {}, kNow);
  check_full_message(r, box.path());
  CHECK(ipt::test::dir_names(dir) == std::set<std::string>{"filler"});

  std::filesystem::remove(dir + "/filler");
  const auto again = box.run({"--db", db, "log", "5", "first"}, {}, kNow);
  INFO(describe(again));
  CHECK(again.exit_code == 0);
}
