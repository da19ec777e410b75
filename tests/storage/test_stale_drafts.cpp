#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "storage/journal_file.hpp"

namespace fs = std::filesystem;

TEST_CASE("journal file: only ipt's own drafts of dead processes are removed", "[storage]") {
  std::string tmpl = (fs::temp_directory_path() / "ipt-drafts-XXXXXX").string();
  const fs::path dir = ::mkdtemp(tmpl.data());
  const auto journal = dir / "journal.db";
  REQUIRE((::kill(999999, 0) != 0 && errno == ESRCH));
  const std::string live = std::to_string(::getpid());
  auto touch = [&](const std::string& name) { std::ofstream(dir / name) << "x"; };
  const std::vector<std::string> removed = {
      "journal.db.new-999999-1", "journal.db.new-999999-42-journal", "journal.db.new-999999-42-wal",
      "journal.db.new-999999-4294967295-shm"};
  const std::vector<std::string> kept = {
      "journal.db.new-" + live + "-7",  // a running ipt's
      "journal.db.new-0999999-1",       // not a pid draft_path writes
      "journal.db.new-999999-",           "journal.db.new-999999",
      "journal.db.new-999999-1-other",    "journal.db.new-12345678901-1",
      "journal.db.new-20260101",          "other.db.new-999999-1",
      "journal.db.new-999999-12345678901"};
  for (const auto& n : removed)
    touch(n);
  for (const auto& n : kept)
    touch(n);
  ipt::storage::remove_stale_drafts(journal);
  for (const auto& n : removed) {
    INFO(n);
    CHECK_FALSE(fs::exists(dir / n));
  }
  for (const auto& n : kept) {
    INFO(n);
    CHECK(fs::exists(dir / n));
  }
  fs::remove_all(dir);
}
