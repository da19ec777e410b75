#pragma once
// For storage/*.cpp only: the journal as a file, before SQLite opens it. Whether a file is an
// ipt journal this binary can use is decided here from bytes read with plain read(), so a
// refused file and its -wal, -shm and -journal are never touched; and the directory, the
// drafts of a journal being made, and the file's permissions.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace ipt::storage {

/// The two fields of a SQLite database header that decide whether ipt may open it.
struct Header {
  std::uint32_t application_id = 0;  ///< offset 68
  std::uint32_t user_version = 0;    ///< offset 60
};

/// The header as the write-ahead log `wal` would make it: page 1's last committed image in
/// its valid frames (salts and checksums checked as SQLite does). nullopt when the log is
/// missing, empty, invalid or holds no committed page 1.
std::optional<Header> header_from_wal(const std::filesystem::path& wal);

/// Throws RuntimeFailure (not_a_journal, not_sqlite, newer_journal, journal_readonly,
/// journal_cantopen) unless `path` is an ipt journal of a schema this binary knows.
void check_journal_file(const std::filesystem::path& path);

/// "file:/a%20b/journal.db?immutable=1": the file as a URI SQLite opens read-only without any
/// -wal or -shm beside it (where none can be made, or none may be).
std::string immutable_uri(const std::filesystem::path& path);

/// Creates each missing directory on the way to `dir` with mode 0700.
void make_private_dirs(const std::filesystem::path& dir);
/// Where a journal is built before it is linked into place: "journal.db.new-PID-RANDOM".
std::filesystem::path draft_path(const std::filesystem::path& path, long pid, unsigned random);
/// Removes drafts left beside `path` by an ipt that was killed while creating a journal: only
/// files named exactly as draft_path() makes them (and their -journal, -wal and -shm), and
/// only when their process no longer exists. Anything else with a similar name is the user's.
void remove_stale_drafts(const std::filesystem::path& path);

/// True when this process may change the file and its directory.
bool writable(const std::filesystem::path& path);
/// The file's mode when people other than its owner may read or write it.
std::optional<unsigned> others_can_read(const std::filesystem::path& path);

}  // namespace ipt::storage
