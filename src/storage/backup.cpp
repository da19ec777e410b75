#include "storage/backup.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <sstream>
#include <thread>

#include "domain/errors.hpp"
#include "storage/journal.hpp"
#include "storage/journal_file.hpp"
#include "storage/migrations.hpp"

namespace ipt::storage {

namespace fs = std::filesystem;

namespace {

ErrorDetail at(const fs::path& path) {
  ErrorDetail d;
  d.path = path.string();
  return d;
}

std::string os_error(int err) {
  return std::strerror(err);
}

/// The directory a copy goes in, made canonical so the path printed is the one written.
fs::path directory_of(const fs::path& target) {
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    const int err = errno;
    throw RuntimeFailure(Errc::backup_dir,
                         err == ENOENT
                             ? "the directory " + dir.string() + " does not exist"
                             : "can't write a backup in " + dir.string() + ": " + os_error(err),
                         at(dir));
  }
  if (!S_ISDIR(st.st_mode))
    throw RuntimeFailure(Errc::backup_dir, dir.string() + " is not a directory", at(dir));
  return fs::canonical(dir);
}

bool same_file(const fs::path& a, const fs::path& b) {
  struct stat sa {
  }, sb{};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

/// Refuses a target that is the journal, or holds something a copy must not replace: anything
/// but an empty file or an ipt journal (an earlier backup), or a file with a -wal or -journal
/// beside it, which SQLite would apply to the new copy.
void check_target(const fs::path& journal, const fs::path& target) {
  if (same_file(journal, target)) {
    throw RuntimeFailure(Errc::backup_onto_journal,
                         "won't write a backup onto the journal " + journal.string() + " itself",
                         at(target));
  }
  struct stat st {};
  if (::lstat(target.c_str(), &st) != 0)
    return;
  const auto taken = [&](const std::string& why) {
    throw RuntimeFailure(Errc::backup_target, target.string() + " " + why, at(target));
  };
  if (S_ISLNK(st.st_mode))
    taken("is a symbolic link; ipt backup replaces only a file");
  if (!S_ISREG(st.st_mode))
    taken("exists and is not a regular file");
  for (const char* sidecar : {"-wal", "-journal"}) {
    std::error_code ec;
    if (fs::exists(target.string() + sidecar, ec))
      taken("is in use: " + target.filename().string() + sidecar + " is beside it");
  }
  if (st.st_size == 0)
    return;
  try {
    check_journal_file(target);
  } catch (const RuntimeFailure& e) {
    if (e.code() != Errc::newer_journal)  // a copy made by a newer ipt is still a copy
      taken("exists and is not an ipt journal");
  }
}

/// The draft a copy is built in, removed with its sidecars unless it was renamed into place.
class Draft {
 public:
  explicit Draft(fs::path path) : path_(std::move(path)) {}
  Draft(const Draft&) = delete;
  Draft& operator=(const Draft&) = delete;
  ~Draft() {
    if (placed_)
      return;
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
      fs::remove(path_.string() + suffix, ec);
  }
  const fs::path& path() const { return path_; }
  void placed() { placed_ = true; }

 private:
  fs::path path_;
  bool placed_ = false;
};

[[noreturn]] void throw_write_error(int err, const fs::path& target) {
  if (err == ENOSPC || err == EDQUOT) {
    throw RuntimeFailure(
        Errc::disk_full,
        "the disk holding " + target.parent_path().string() + " is full; no backup was written",
        at(target));
  }
  if (err == EACCES || err == EPERM || err == EROFS) {
    throw RuntimeFailure(
        Errc::backup_dir,
        "can't write a backup in " + target.parent_path().string() + ": " + os_error(err),
        at(target));
  }
  throw RuntimeFailure(
      Errc::disk_error,
      "a disk error stopped ipt writing the backup " + target.string() + " (" + os_error(err) + ")",
      at(target));
}

/// Creates the draft empty, 0600 from the start: the copy is never readable by others.
void create_private(const fs::path& path, const fs::path& target) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    throw_write_error(errno, target);
  const bool ok = ::fchmod(fd, 0600) == 0;  // whatever the umask
  const int err = errno;
  ::close(fd);
  if (!ok)
    throw_write_error(err, target);
}

/// Flushes a file or directory to the disk.
void sync_path(const fs::path& path, int flags, const fs::path& target) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0)
    throw_write_error(errno, target);
  const bool ok = ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!ok && err != EINVAL)  // EINVAL: a directory that can't be synced
    throw_write_error(err, target);
}

/// The user-facing error for a SQLite failure while copying; never SQL text.
[[noreturn]] void throw_copy_error(const SQLite::Exception& e, const fs::path& journal,
                                   const fs::path& target, sqlite3* dest) {
  const int code = e.getErrorCode() & 0xFF;
  const int err = dest != nullptr ? sqlite3_system_errno(dest) : 0;
  if (code == SQLITE_FULL)
    throw_write_error(ENOSPC, target);
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw RuntimeFailure(Errc::journal_locked,
                           "the journal " + journal.string() + " is locked by another program",
                           at(journal));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw RuntimeFailure(Errc::journal_damaged, "the journal " + journal.string() + " is damaged",
                           at(journal));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      throw_write_error(err != 0 ? err : EACCES, target);
    case SQLITE_IOERR:
      throw_write_error(err != 0 ? err : EIO, target);
    default:
      throw RuntimeFailure(Errc::storage_other,
                           "the backup " + target.string() +
                               " could not be written (SQLite error " +
                               std::to_string(e.getErrorCode()) + ")",
                           at(target));
  }
}

/// Copies every page of `src` into `dest`, a few at a time. The caller holds a read
/// transaction on `src`, so every step reads the same snapshot: the copy never restarts however
/// busy the writers are, and in WAL mode a reader never holds a writer up.
void copy_pages(SQLite::Database& src, SQLite::Database& dest, const BackupOptions& options) {
  SQLite::Backup backup(dest, src);
  const auto deadline = std::chrono::steady_clock::now() + options.busy_timeout;
  for (;;) {
    const int rc = backup.executeStep(options.pages_per_step);
    if (rc == SQLITE_DONE)
      return;
    if (rc == SQLITE_OK)
      continue;
    // SQLITE_BUSY or SQLITE_LOCKED: not an error yet; try again shortly.
    if (std::chrono::steady_clock::now() > deadline)
      throw SQLite::Exception("the journal stayed locked", rc);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace

BackupCopy write_backup(Journal& journal, const fs::path& target, const BackupOptions& options) {
  BackupCopy copy;
  copy.path = directory_of(target) / target.filename();
  check_target(journal.path(), copy.path);
  remove_stale_drafts(copy.path);
  std::random_device rd;
  Draft draft(draft_path(copy.path, ::getpid(), rd()));
  create_private(draft.path(), copy.path);
  {
    std::optional<SQLite::Database> dest;
    try {
      dest.emplace(draft.path().string(), SQLite::OPEN_READWRITE);
      dest->exec("PRAGMA synchronous = FULL");
      auto& src = journal.connection();
      SQLite::Transaction snapshot(src, SQLite::TransactionBehavior::DEFERRED);
      copy.schema_version = src.execAndGet("PRAGMA user_version").getInt();
      copy.entries = src.execAndGet("SELECT count(*) FROM entries").getInt64();
      copy_pages(src, *dest, options);
    } catch (const SQLite::Exception& e) {
      throw_copy_error(e, journal.path(), copy.path, dest ? dest->getHandle() : nullptr);
    }
  }  // closed: the copy is on the disk, its -journal gone
  sync_path(draft.path(), O_RDONLY, copy.path);
  if (::rename(draft.path().c_str(), copy.path.c_str()) != 0)
    throw_write_error(errno, copy.path);
  draft.placed();
  sync_path(copy.path.parent_path(), O_RDONLY | O_DIRECTORY, copy.path);
  std::error_code ec;
  copy.bytes = fs::file_size(copy.path, ec);
  return copy;
}

CopyCheck check_copy(const fs::path& path, std::size_t max_problems) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 && (errno == ENOENT || errno == ENOTDIR))
    throw RuntimeFailure(Errc::no_journal, "no journal at " + path.string(), at(path));
  if (S_ISDIR(st.st_mode)) {
    throw RuntimeFailure(Errc::not_a_journal,
                         path.string() + " is not an ipt journal (it is a directory)", at(path));
  }
  check_journal_file(path);
  // A -wal beside it means a program has it open: SQLite must read the log too. Otherwise the
  // file is read alone, as immutable, so no -wal or -shm is made beside it.
  std::error_code ec;
  const bool live = fs::exists(path.string() + "-wal", ec);
  CopyCheck out;
  try {
    SQLite::Database db(live ? path.string() : immutable_uri(path),
                        SQLite::OPEN_READONLY | (live ? 0 : SQLite::OPEN_URI), 5000);
    if (db.execAndGet("PRAGMA application_id").getInt() != kApplicationId)
      throw RuntimeFailure(Errc::not_a_journal, path.string() + " is not an ipt journal", at(path));
    out.schema_version = db.execAndGet("PRAGMA user_version").getInt();
    SQLite::Statement q(db, "PRAGMA integrity_check(" + std::to_string(max_problems) + ")");
    while (q.executeStep()) {
      std::istringstream rows(q.getColumn(0).getString());
      for (std::string line; std::getline(rows, line);) {
        if (line != "ok" && !line.starts_with("*** in database") &&
            out.problems.size() < max_problems)
          out.problems.push_back(line);
      }
    }
    if (out.problems.empty())
      out.entries = db.execAndGet("SELECT count(*) FROM entries").getInt64();
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode() & 0xFF;
    if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB) {
      throw RuntimeFailure(Errc::disk_error,
                           "ipt could not read " + path.string() + " to check it (SQLite error " +
                               std::to_string(e.getErrorCode()) + ")",
                           at(path));
    }
    out.entries.reset();
    out.problems.push_back(out.problems.empty()
                               ? "SQLite can't read the file: it is too damaged"
                               : "the check stopped here: the file is too damaged to read on");
  }
  return out;
}

}  // namespace ipt::storage
