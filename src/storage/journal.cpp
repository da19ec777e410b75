#include "storage/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <regex>
#include <system_error>
#include <thread>

#include "domain/errors.hpp"
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
[[noreturn]] void throw_storage_error(const SQLite::Exception& e, const fs::path& path) {
  const std::string where = path.string();
  switch (e.getErrorCode() & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw RuntimeFailure(Errc::journal_locked,
                           "the journal " + where + " is locked by another program", at(path));
    case SQLITE_READONLY:
      throw RuntimeFailure(Errc::journal_readonly, "the journal " + where + " is read-only",
                           at(path));
    case SQLITE_CANTOPEN:
      throw RuntimeFailure(Errc::journal_cantopen, "can't open the journal " + where, at(path));
    case SQLITE_FULL:
      throw RuntimeFailure(Errc::disk_full,
                           "the disk holding " + where + " is full; nothing was saved", at(path));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw RuntimeFailure(Errc::journal_damaged, "the journal " + where + " is damaged", at(path));
    case SQLITE_IOERR:
      throw RuntimeFailure(Errc::disk_error, "a disk error stopped ipt reading or writing " + where,
                           at(path));
    default:
      throw RuntimeFailure(Errc::storage_other,
                           "the journal " + where + " could not be used (SQLite error " +
                               std::to_string(e.getErrorCode()) + ")",
                           at(path));
  }
}

/// Creates each missing directory on the way to `dir` with mode 0700.
void make_private_dirs(const fs::path& dir) {
  if (dir.empty() || fs::exists(dir))
    return;
  make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw RuntimeFailure(
        Errc::journal_dir,
        "can't create the journal directory " + dir.string() + ": " + std::strerror(errno),
        at(dir));
  }
}

/// Per-connection settings; journal_mode=WAL persists in the file.
void configure(SQLite::Database& db, const OpenOptions& options) {
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");
  db.setBusyTimeout(static_cast<int>(options.busy_timeout.count()));
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

/// The name of a journal-in-the-making beside `path`: "journal.db.new-PID-RANDOM".
std::string draft_name(const fs::path& path, long pid, unsigned random) {
  return path.filename().string() + ".new-" + std::to_string(pid) + "-" + std::to_string(random);
}

/// Removes drafts left beside `path` by an ipt that was killed while creating a journal: only
/// files named exactly as draft_name() makes them (and their -journal, -wal and -shm), and only
/// when process PID no longer exists. Anything else with a similar name is the user's.
void remove_stale_drafts(const fs::path& path) {
  const auto dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  const std::string prefix = path.filename().string() + ".new-";
  static const std::regex kDraft(R"(([1-9][0-9]{0,9})-[0-9]{1,10}(-journal|-wal|-shm)?)");
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0)
      continue;
    std::smatch m;
    const std::string rest = name.substr(prefix.size());
    if (!std::regex_match(rest, m, kDraft))
      continue;
    const long pid = std::stol(m[1].str());
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
      fs::remove(entry.path(), ec);
  }
}

/// Builds a complete journal beside `path` and links it into place, so a concurrent ipt sees
/// either no file or a finished journal. Returns false when another process won the race.
bool create_journal(const fs::path& path, const OpenOptions& options) {
  make_private_dirs(path.parent_path().empty() ? fs::path(".") : path.parent_path());
  remove_stale_drafts(path);
  std::random_device rd;
  const fs::path tmp = path.parent_path() / draft_name(path, ::getpid(), rd());
  try {
    {
      SQLite::Database db(tmp.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      ::chmod(tmp.c_str(), 0600);
      db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      db.exec("PRAGMA journal_mode = WAL");
      configure(db, options);
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

/// Refuses anything that is not an ipt journal this binary can use, before any write.
void validate(SQLite::Database& db, const fs::path& path) {
  int app_id = 0;
  int version = 0;
  try {
    app_id = db.execAndGet("PRAGMA application_id").getInt();
    version = db.execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) {
      throw RuntimeFailure(Errc::not_sqlite,
                           path.string() + " is not an ipt journal (it is not a SQLite database)",
                           at(path));
    }
    throw_storage_error(e, path);
  }
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

std::uint32_t big_endian(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

/// Refuses a file that is not an ipt journal this binary can use from its 100-byte header, read
/// with plain read() before SQLite sees it: SQLite opening a foreign database could checkpoint
/// its WAL or roll back its hot journal, and a refused file and its sidecars stay untouched.
void check_header(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    throw RuntimeFailure(err == EACCES ? Errc::journal_readonly : Errc::journal_cantopen,
                         "can't read the journal " + path.string() + ": " + std::strerror(err),
                         at(path));
  }
  unsigned char header[100];
  std::size_t got = 0;
  while (got < sizeof header) {
    const ssize_t n = ::read(fd, header + got, sizeof header - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (got == 0)
    throw RuntimeFailure(Errc::not_a_journal,
                         path.string() + " is not an ipt journal (it is empty)", at(path));
  static constexpr char kMagic[] = "SQLite format 3";  // 16 bytes with its NUL
  if (got < sizeof header || std::memcmp(header, kMagic, sizeof kMagic) != 0) {
    throw RuntimeFailure(Errc::not_sqlite,
                         path.string() + " is not an ipt journal (it is not a SQLite database)",
                         at(path));
  }
  if (big_endian(header + 68) != static_cast<std::uint32_t>(kApplicationId))
    throw RuntimeFailure(Errc::not_a_journal, path.string() + " is not an ipt journal", at(path));
  const auto version = big_endian(header + 60);
  if (version > static_cast<std::uint32_t>(latest_schema_version())) {
    throw RuntimeFailure(Errc::newer_journal,
                         "the journal " + path.string() + " has schema version " +
                             std::to_string(version) + ", newer than this ipt understands (" +
                             std::to_string(latest_schema_version()) + ")",
                         at(path));
  }
}

std::unique_ptr<SQLite::Database> connect(const fs::path& path, bool writable,
                                          const OpenOptions& options) {
  auto db = std::make_unique<SQLite::Database>(
      path.string(), writable ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY,
      static_cast<int>(options.busy_timeout.count()));
  validate(*db, path);
  configure(*db, options);
  return db;
}

/// True when this process may change the file and make its -wal and -shm beside it.
bool writable(const fs::path& path) {
  const auto dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  return ::access(path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK) == 0;
}

}  // namespace

struct Journal::Impl {
  fs::path path;
  std::unique_ptr<SQLite::Database> db;
  bool created = false;
};

Journal::Journal(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open(const fs::path& path, OpenMode mode, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (mode != OpenMode::create)
      throw RuntimeFailure(Errc::no_journal, "no journal at " + path.string(), at(path));
    impl->created = create_journal(path, options);
  }
  check_header(path);
  try {
    const bool can_write = writable(path);
    // A read command opens read-write where it may, so SQLite tidies the -wal and -shm away
    // when it closes, and then turns writing off (query_only): the journal cannot change under
    // it. Where the file or its directory cannot be written, it opens read-only.
    impl->db = connect(path, mode != OpenMode::read || can_write, options);
    if (impl->db->execAndGet("PRAGMA user_version").getInt() < latest_schema_version()) {
      // A journal made by an older ipt is upgraded on first use, by any command.
      if (!can_write) {
        throw RuntimeFailure(Errc::journal_readonly,
                             "the journal " + path.string() +
                                 " was made by an older ipt and must be upgraded, but it is "
                                 "read-only",
                             at(path));
      }
      enable_wal(*impl->db, options);
      migrate(*impl->db);
    }
    if (mode == OpenMode::read)
      impl->db->exec("PRAGMA query_only = ON");
  } catch (const SQLite::Exception& e) {
    throw_storage_error(e, path);
  }
  return Journal(std::move(impl));
}

Journal Journal::in_memory() {
  auto impl = std::make_unique<Impl>();
  impl->path = ":memory:";
  impl->db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
  impl->db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  configure(*impl->db, {});
  migrate(*impl->db);
  return Journal(std::move(impl));
}

bool Journal::created() const {
  return impl_->created;
}

const fs::path& Journal::path() const {
  return impl_->path;
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
  } catch (const SQLite::Exception& e) {
    throw_storage_error(e, impl_->path);
  } catch (const DamagedRow& e) {
    throw RuntimeFailure(Errc::journal_damaged,
                         "the journal " + impl_->path.string() + " is damaged: " + e.what(),
                         at(impl_->path));
  }
}

}  // namespace ipt::storage
