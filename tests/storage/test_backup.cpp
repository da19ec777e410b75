// storage/backup.cpp on real files: a copy is one snapshot even while another connection
// writes, it is private and complete or absent, and checking a copy finds damage.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "domain/errors.hpp"
#include "storage/backup.hpp"
#include "storage/journal.hpp"

using namespace ipt;
namespace fs = std::filesystem;

namespace {

/// A fresh directory, removed with what is in it.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ipt-backup-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

/// `n` check-ins written straight into the journal at `db`, one transaction each.
void add_checkins(SQLite::Database& db, int n, int from = 0) {
  for (int i = from; i < from + n; ++i) {
    db.exec(
        "INSERT INTO entries(uuid, type, at, utc_offset, day, mood, text, created, updated) "
        "VALUES ('u" +
        std::to_string(i) + "', 'checkin', 1772000000, 0, '2026-03-02', 5, '" +
        std::string(200, 'x') + "', 1772000000, 1772000000)");
  }
}

std::int64_t count_entries(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM entries").getInt64();
}

int mode_of(const fs::path& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

/// The Errc of what `f` throws; unspecified when it throws nothing.
template <typename F>
Errc failure_of(F&& f) {
  try {
    f();
  } catch (const RuntimeFailure& e) {
    return e.code();
  }
  return Errc::unspecified;
}

}  // namespace

TEST_CASE("backup: a copy taken while another connection writes is one complete snapshot",
          "[storage][backup]") {
  TempDir dir;
  const auto db_path = dir.path / "journal.db";
  storage::Journal::open(db_path, storage::OpenMode::create);
  SQLite::Database writer(db_path.string(), SQLite::OPEN_READWRITE, 5000);
  add_checkins(writer, 400);
  auto journal = storage::Journal::open(db_path, storage::OpenMode::read);

  // One page a step, with a writer committing all the while: without the snapshot each commit
  // would restart the copy (or, in chunks without a read transaction, mix two states).
  std::atomic<bool> done{false};
  std::atomic<int> written{0};
  std::thread t([&] {
    SQLite::Database w(db_path.string(), SQLite::OPEN_READWRITE, 5000);
    for (int i = 0; !done && i < 2000; ++i) {
      add_checkins(w, 1, 1000 + i);
      ++written;
    }
  });
  storage::BackupOptions options;
  options.pages_per_step = 1;
  while (written < 5)  // the writer is under way
    std::this_thread::yield();
  const int before = written;
  const auto copy = storage::write_backup(journal, dir.path / "copy.db", options);
  const int after = written;
  done = true;
  t.join();

  CHECK(copy.path == fs::canonical(dir.path) / "copy.db");
  CHECK(copy.entries >= 400 + before);
  CHECK(copy.entries <= 400 + after + 1);
  CHECK(copy.bytes == fs::file_size(copy.path));
  CHECK(mode_of(copy.path) == 0600);
  const auto check = storage::check_copy(copy.path, 10);
  CHECK(check.problems.empty());
  REQUIRE(check.entries);
  CHECK(*check.entries == copy.entries);
  // Only the copy is left: no draft, no -journal.
  for (const auto& e : fs::directory_iterator(dir.path)) {
    const auto name = e.path().filename().string();
    INFO(name);
    CHECK((name.starts_with("journal.db") || name == "copy.db"));
  }
  SQLite::Database reread(copy.path.string(), SQLite::OPEN_READONLY);
  CHECK(count_entries(reread) == copy.entries);
}

TEST_CASE("backup: refused targets are left as they were and nothing is left behind",
          "[storage][backup]") {
  TempDir dir;
  const auto db_path = dir.path / "journal.db";
  storage::Journal::open(db_path, storage::OpenMode::create);
  auto journal = storage::Journal::open(db_path, storage::OpenMode::read);
  const auto notes = dir.path / "notes.txt";
  std::ofstream(notes) << "my own notes\n";
  const auto in_use = dir.path / "in-use.db";
  storage::write_backup(journal, in_use);
  std::ofstream(in_use.string() + "-wal") << "";
  const auto names_before = std::distance(fs::directory_iterator(dir.path), {});

  CHECK(failure_of([&] { storage::write_backup(journal, db_path); }) == Errc::backup_onto_journal);
  CHECK(failure_of([&] { storage::write_backup(journal, notes); }) == Errc::backup_target);
  CHECK(failure_of([&] { storage::write_backup(journal, in_use); }) == Errc::backup_target);
  CHECK(failure_of([&] { storage::write_backup(journal, dir.path / "no" / "copy.db"); }) ==
        Errc::backup_dir);
  CHECK(failure_of([&] { storage::write_backup(journal, notes / "copy.db"); }) == Errc::backup_dir);
  CHECK(std::distance(fs::directory_iterator(dir.path), {}) == names_before);
  std::ifstream in(notes);
  std::string line;
  std::getline(in, line);
  CHECK(line == "my own notes");

  // An empty file (as mktemp makes) and an earlier copy are replaced.
  const auto empty = dir.path / "empty.db";
  std::ofstream(empty).close();
  CHECK(storage::write_backup(journal, empty).bytes > 0);
  CHECK(storage::write_backup(journal, empty).bytes > 0);
}

TEST_CASE("backup: checking finds damage, and refuses what is not an ipt journal",
          "[storage][backup]") {
  TempDir dir;
  const auto db_path = dir.path / "journal.db";
  {
    storage::Journal::open(db_path, storage::OpenMode::create);
    SQLite::Database writer(db_path.string(), SQLite::OPEN_READWRITE, 5000);
    add_checkins(writer, 200);
  }
  auto journal = storage::Journal::open(db_path, storage::OpenMode::read);
  const auto copy = storage::write_backup(journal, dir.path / "copy.db").path;
  {
    // The entries table's root page overwritten with noise.
    const auto root = [&] {
      SQLite::Database db(copy.string(), SQLite::OPEN_READONLY);
      return db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'entries'").getInt();
    }();
    std::fstream f(copy, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(root - 1) * 4096);
    f << std::string(100, '\x5a');
  }
  for (const char* sidecar : {"-wal", "-shm"})  // left by the read-only look above
    fs::remove(copy.string() + sidecar);
  const auto check = storage::check_copy(copy, 3);
  CHECK_FALSE(check.problems.empty());
  CHECK(check.problems.size() <= 3);
  CHECK_FALSE(check.entries);
  CHECK_FALSE(fs::exists(copy.string() + "-wal"));
  CHECK_FALSE(fs::exists(copy.string() + "-shm"));

  std::ofstream(dir.path / "plain.db")
      << "not a database at all, just some text to fill a header" << std::string(100, '.');
  CHECK(failure_of([&] { storage::check_copy(dir.path / "plain.db", 3); }) == Errc::not_sqlite);
  CHECK(failure_of([&] { storage::check_copy(dir.path / "missing.db", 3); }) == Errc::no_journal);
  CHECK(failure_of([&] { storage::check_copy(dir.path, 3); }) == Errc::not_a_journal);
}
