#include "storage/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <system_error>
#include <thread>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/journal_file.hpp"
#include "storage/migrations.hpp"
#include "storage/sql.hpp"

namespace ipt::storage {

namespace fs = std::filesystem;

namespace {

ErrorDetail at(const fs::path& path) {
  ErrorDetail d;
  d.path = path.string();
  return d;
}

/// The user-facing error for a SQLite failure on the journal at `path`; never SQL text.
/// `db`, when given, tells the operating system's error behind an I/O failure.
[[noreturn]] void throw_storage_error(const SQLite::Exception& e, const fs::path& path,
                                      sqlite3* db = nullptr) {
  const std::string where = path.string();
  const int code = e.getErrorCode() & 0xFF;
  const int os_error = db != nullptr ? sqlite3_system_errno(db) : 0;
  if (code == SQLITE_FULL || (code == SQLITE_IOERR && (os_error == ENOSPC || os_error == EDQUOT))) {
    throw RuntimeFailure(Errc::disk_full,
                         "the disk holding " + where + " is full; nothing was saved", at(path));
  }
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw RuntimeFailure(Errc::journal_locked,
                           "the journal " + where + " is locked by another program", at(path));
    case SQLITE_READONLY:
      throw RuntimeFailure(Errc::journal_readonly,
                           "the journal " + where + " is read-only; nothing was saved", at(path));
    case SQLITE_CANTOPEN:
      throw RuntimeFailure(Errc::journal_cantopen, "can't open the journal " + where, at(path));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw RuntimeFailure(Errc::journal_damaged, "the journal " + where + " is damaged", at(path));
    case SQLITE_IOERR:
      throw RuntimeFailure(
          Errc::disk_error,
          "a disk error stopped ipt reading or writing " + where +
              (os_error != 0 ? std::string(" (") + std::strerror(os_error) + ")" : std::string()),
          at(path));
    default:
      throw RuntimeFailure(Errc::storage_other,
                           "the journal " + where + " could not be used (SQLite error " +
                               std::to_string(e.getErrorCode()) + ")",
                           at(path));
  }
}

/// How long a connection waits for another writer, with short random pauses instead of
/// SQLite's growing ones: under heavy contention the growing pauses let a waiter fall behind
/// newcomers until its timeout runs out; short ones keep it in the queue.
struct BusyWait {
  std::chrono::milliseconds timeout{5000};
  std::chrono::steady_clock::time_point since;
  std::minstd_rand rng{std::random_device{}()};

  static int handler(void* self, int attempt) {
    auto& w = *static_cast<BusyWait*>(self);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
      w.since = now;
    if (now - w.since >= w.timeout)
      return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(500 + w.rng() % 4500));
    return 1;
  }
};

/// Per-connection settings; journal_mode=WAL persists in the file.
void configure(SQLite::Database& db, BusyWait& busy) {
  sqlite3_busy_handler(db.getHandle(), &BusyWait::handler, &busy);
  add_sql_functions(db);
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");
}

/// Switching to WAL can return SQLITE_BUSY without consulting the busy handler, so retry it for
/// as long as the busy timeout would have waited.
void enable_wal(SQLite::Database& db, const OpenOptions& options) {
  const auto deadline = std::chrono::steady_clock::now() + options.busy_timeout;
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

/// Builds a complete journal beside `path` and links it into place, so a concurrent ipt sees
/// either no file or a finished journal. Returns false when another process won the race.
bool create_journal(const fs::path& path, BusyWait& busy) {
  make_private_dirs(path.parent_path().empty() ? fs::path(".") : path.parent_path());
  remove_stale_drafts(path);
  std::random_device rd;
  const fs::path tmp = draft_path(path, ::getpid(), rd());
  try {
    {
      SQLite::Database db(tmp.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      ::chmod(tmp.c_str(), 0600);
      db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      db.exec("PRAGMA journal_mode = WAL");
      configure(db, busy);
      migrate(db);
    }  // closing checkpoints and removes tmp's -wal and -shm
    if (::link(tmp.c_str(), path.c_str()) != 0) {
      const int err = errno;
      fs::remove(tmp);
      if (err == EEXIST)
        return false;
      throw RuntimeFailure(Errc::journal_create,
                           "can't create the journal " + path.string() + ": " + std::strerror(err),
                           at(path));
    }
    fs::remove(tmp);
    return true;
  } catch (const SQLite::Exception& e) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw_storage_error(e, path);
  }
}

/// Refuses anything that is not an ipt journal this binary can use. check_journal_file has
/// decided already from the bytes; this asks SQLite, which reads the -wal too.
void validate(SQLite::Database& db, const fs::path& path) {
  const int app_id = db.execAndGet("PRAGMA application_id").getInt();
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (app_id != kApplicationId)
    throw RuntimeFailure(Errc::not_a_journal, path.string() + " is not an ipt journal", at(path));
  if (version > latest_schema_version()) {
    throw RuntimeFailure(Errc::newer_journal,
                         "the journal " + path.string() + " has schema version " +
                             std::to_string(version) + ", newer than this ipt understands (" +
                             std::to_string(latest_schema_version()) + ")",
                         at(path));
  }
}

enum class Connection { read_write, read_only, immutable };

std::unique_ptr<SQLite::Database> connect(const fs::path& path, Connection how, BusyWait& busy) {
  std::unique_ptr<SQLite::Database> db;
  switch (how) {
    case Connection::read_write:
      db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE);
      break;
    case Connection::read_only:
      db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READONLY);
      break;
    case Connection::immutable:
      db = std::make_unique<SQLite::Database>(immutable_uri(path),
                                              SQLite::OPEN_READONLY | SQLite::OPEN_URI);
      break;
  }
  configure(*db, busy);
  validate(*db, path);
  return db;
}

}  // namespace

struct Journal::Impl {
  fs::path path;
  BusyWait busy;  // before db: the connection's busy handler points at it
  std::unique_ptr<SQLite::Database> db;
  bool created = false;
  bool wrote = false;
  std::optional<unsigned> open_mode;
  MigrationNotes notes;
};

Journal::Journal(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open(const fs::path& path, OpenMode mode, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->busy.timeout = options.busy_timeout;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (mode != OpenMode::create)
      throw RuntimeFailure(Errc::no_journal, "no journal at " + path.string(), at(path));
    impl->created = create_journal(path, impl->busy);
  }
  check_journal_file(path);
  const bool can_write = writable(path);
  if (mode != OpenMode::read && !can_write) {
    throw RuntimeFailure(Errc::journal_readonly,
                         "the journal " + path.string() + " is read-only; nothing was saved",
                         at(path));
  }
  impl->open_mode = storage::others_can_read(path);
  // A creation killed midway (by another ipt) leaves its half-made copy beside the journal;
  // the next write tidies it away, as the next creation would.
  if (mode != OpenMode::read && !impl->created)
    remove_stale_drafts(path);
  try {
    // A read command opens read-write where it may, so SQLite tidies the -wal and -shm away
    // when it closes, and then turns writing off (query_only): the journal cannot change under
    // it. Where the file or its directory can't be written it opens read-only, and where not
    // even a -shm can be made beside it (a read-only directory or mount, with no writer's -wal
    // present), as an immutable file that needs no sidecar at all.
    Connection how = Connection::read_write;
    if (!can_write) {
      // No -wal means no writer is at work and nothing waits in a log: read the file alone.
      how = fs::exists(path.string() + "-wal", ec) ? Connection::read_only : Connection::immutable;
    }
    impl->db = connect(path, how, impl->busy);
    if (!options.keep_older &&
        impl->db->execAndGet("PRAGMA user_version").getInt() < latest_schema_version()) {
      // A journal made by an older ipt is upgraded on first use, by any command.
      if (!options.upgrade) {
        throw RuntimeFailure(Errc::journal_older,
                             "the journal " + path.string() + " was made by an older ipt",
                             at(path));
      }
      if (!can_write) {
        throw RuntimeFailure(Errc::journal_readonly,
                             "the journal " + path.string() +
                                 " was made by an older ipt and must be upgraded, but it is "
                                 "read-only",
                             at(path));
      }
      enable_wal(*impl->db, options);
      migrate(*impl->db, 0, &impl->notes);
    }
    if (mode == OpenMode::read && how == Connection::read_write)
      impl->db->exec("PRAGMA query_only = ON");
    if (!options.durable)
      impl->db->exec("PRAGMA synchronous = NORMAL");
  } catch (const SQLite::Exception& e) {
    throw_storage_error(e, path, impl->db ? impl->db->getHandle() : nullptr);
  }
  return Journal(std::move(impl));
}

Journal Journal::in_memory() {
  auto impl = std::make_unique<Impl>();
  impl->path = ":memory:";
  impl->db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
  impl->db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  configure(*impl->db, impl->busy);
  migrate(*impl->db);
  return Journal(std::move(impl));
}

bool Journal::created() const {
  return impl_->created;
}

const fs::path& Journal::path() const {
  return impl_->path;
}

std::optional<unsigned> Journal::others_can_read() const {
  return impl_->open_mode;
}

int Journal::schema_version() {
  return impl_->db->execAndGet("PRAGMA user_version").getInt();
}

void Journal::run(bool write, const std::function<void(Repos&)>& body) {
  auto& db = *impl_->db;
  try {
    SQLite::Transaction tx(
        db, write ? SQLite::TransactionBehavior::IMMEDIATE : SQLite::TransactionBehavior::DEFERRED);
    Repos repos(db);
    body(repos);
    tx.commit();
    if (write)
      impl_->wrote = true;
  } catch (const SQLite::Exception& e) {
    throw_storage_error(e, impl_->path, db.getHandle());
  } catch (const DamagedRow& e) {
    throw RuntimeFailure(Errc::journal_damaged,
                         "the journal " + impl_->path.string() + " is damaged: " + e.what(),
                         at(impl_->path));
  }
}

SQLite::Database& Journal::connection() {
  return *impl_->db;
}

bool Journal::wrote() const {
  return impl_->wrote;
}

const std::vector<std::pair<std::string, std::string>>& Journal::renamed_people() const {
  return impl_->notes.renamed;
}

}  // namespace ipt::storage
