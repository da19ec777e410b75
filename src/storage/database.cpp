#include "storage/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <random>
#include <system_error>
#include <thread>

#include "domain/errors.hpp"
#include "storage/migrations.hpp"

namespace ipt::storage {

namespace fs = std::filesystem;

namespace {

std::string describe(const fs::path& p) {
  return p.string();
}

/// Creates each missing directory on the way to `dir` with mode 0700.
void make_private_dirs(const fs::path& dir) {
  if (dir.empty() || fs::exists(dir))
    return;
  make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw RuntimeFailure(
        "can't create the journal directory " + describe(dir) + ": " + std::strerror(errno),
        "choose another place with --db PATH or IPT_DB");
  }
}

/// Per-connection settings; journal_mode=WAL persists in the file but is set again harmlessly.
void configure(SQLite::Database& db) {
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");
}

/// Switching to WAL can return SQLITE_BUSY without consulting the busy handler, so retry it for
/// as long as the busy timeout would have waited.
void enable_wal(SQLite::Database& db) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    try {
      db.exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if (e.getErrorCode() != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
        throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
}

/// Removes journals-in-the-making left beside `path` by an ipt that was killed while creating
/// one ("journal.db.new-PID-N" and its -journal), when process PID no longer exists.
void remove_stale_drafts(const fs::path& path) {
  const auto dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  const std::string prefix = path.filename().string() + ".new-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0)
      continue;
    const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      fs::remove(entry.path(), ec);
    }
  }
}

/// Builds a complete journal beside `path` and links it into place, so a concurrent ipt sees
/// either no file or a finished journal. Returns false when another process won the race.
bool create_journal(const fs::path& path) {
  make_private_dirs(path.parent_path().empty() ? fs::path(".") : path.parent_path());
  remove_stale_drafts(path);
  std::random_device rd;
  fs::path tmp = path;
  tmp += ".new-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
  try {
    {
      SQLite::Database db(tmp.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      ::chmod(tmp.c_str(), 0600);
      db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      db.exec("PRAGMA journal_mode = WAL");
      configure(db);
      migrate(db);
    }  // closing checkpoints and removes tmp's -wal and -shm
    if (::link(tmp.c_str(), path.c_str()) != 0) {
      const int err = errno;
      fs::remove(tmp);
      if (err == EEXIST)
        return false;
      throw RuntimeFailure("can't create the journal " + describe(path) + ": " +
                           std::strerror(err));
    }
    fs::remove(tmp);
    return true;
  } catch (const SQLite::Exception& e) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw_storage_error(e, path);
  }
}

std::unique_ptr<SQLite::Database> open_existing(const fs::path& path) {
  // Read commands open read-write as well, so a journal made by an older ipt can be migrated;
  // a file we may not write is still readable.
  const int flags =
      ::access(path.c_str(), W_OK) == 0 ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY;
  auto db = std::make_unique<SQLite::Database>(path.string(), flags, kBusyTimeoutMs);
  return db;
}

/// Refuses anything that is not an ipt journal this binary can use, before any write.
void validate(SQLite::Database& db, const fs::path& path) {
  int app_id = 0;
  int version = 0;
  try {
    app_id = db.execAndGet("PRAGMA application_id").getInt();
    version = db.execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) {
      throw RuntimeFailure(describe(path) + " is not an ipt journal (it is not a SQLite database)",
                           "point --db or IPT_DB at your journal; this file was left unchanged");
    }
    throw_storage_error(e, path);
  }
  if (app_id != kApplicationId) {
    throw RuntimeFailure(describe(path) + " is not an ipt journal",
                         "point --db or IPT_DB at your journal; this file was left unchanged");
  }
  if (version > latest_schema_version()) {
    throw RuntimeFailure("the journal " + describe(path) + " has schema version " +
                             std::to_string(version) + ", newer than this ipt understands (" +
                             std::to_string(latest_schema_version()) + ")",
                         "upgrade ipt to use it; the journal was left unchanged");
  }
}

}  // namespace

Database::Database(const fs::path& path, Access access) : path_(path) {
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (!exists) {
    if (access == Access::read) {
      throw RuntimeFailure("no journal at " + describe(path),
                           "start one with: ipt log MOOD \"a note\" (or point --db or IPT_DB at "
                           "an existing journal)");
    }
    created_ = create_journal(path);
  }
  try {
    db_ = open_existing(path);
    validate(*db_, path);
    configure(*db_);
    if (db_->execAndGet("PRAGMA user_version").getInt() < latest_schema_version()) {
      if (access == Access::write || ::access(path.c_str(), W_OK) == 0) {
        enable_wal(*db_);
        migrate(*db_);
      }
    }
  } catch (const SQLite::Exception& e) {
    throw_storage_error(e, path);
  }
}

Database Database::in_memory() {
  Database d;
  d.path_ = ":memory:";
  d.db_ = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
  d.db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  configure(*d.db_);
  migrate(*d.db_);
  return d;
}

int Database::schema_version() {
  return db_->execAndGet("PRAGMA user_version").getInt();
}

WriteTransaction::WriteTransaction(Database& db) : db_(db.sql()) {
  db_.exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {  // NOLINT(bugprone-empty-catch): nothing more can be done in a destructor
    }
  }
}

void WriteTransaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

void throw_storage_error(const SQLite::Exception& e, const fs::path& path) {
  const std::string where = describe(path);
  switch (e.getErrorCode() & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw RuntimeFailure("the journal " + where + " is locked by another program",
                           "wait for it to finish and try again");
    case SQLITE_READONLY:
      throw RuntimeFailure("the journal " + where + " is read-only",
                           "check the permissions of the file and its directory");
    case SQLITE_CANTOPEN:
      throw RuntimeFailure("can't open the journal " + where,
                           "check that the directory exists and that you may write to it");
    case SQLITE_FULL:
      throw RuntimeFailure("the disk holding " + where + " is full; nothing was saved");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw RuntimeFailure("the journal " + where + " is damaged",
                           "restore it from a backup; ipt did not change it");
    case SQLITE_IOERR:
      throw RuntimeFailure("a disk error stopped ipt reading or writing " + where);
    default:
      throw RuntimeFailure("the journal " + where + " could not be used (SQLite error " +
                           std::to_string(e.getErrorCode()) + ")");
  }
}

}  // namespace ipt::storage
