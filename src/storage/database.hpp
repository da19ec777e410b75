#pragma once
// The journal file: opening, validating, creating and migrating it.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <filesystem>
#include <memory>
#include <string>

namespace ipt::storage {

enum class Access { read, write };

/// ipt's PRAGMA application_id ("IPTj"), set when a journal is created. A SQLite file without it
/// is someone else's and is refused, never modified.
inline constexpr int kApplicationId = 0x4950546a;
/// How long a command waits for another writer before giving up.
inline constexpr int kBusyTimeoutMs = 5000;

class Database {
 public:
  /// Opens the journal at `path`. Read access on a missing journal throws RuntimeFailure and
  /// creates nothing; write access creates it (directories 0700, file 0600) atomically, so no
  /// other process ever sees a half-made journal. Refuses (RuntimeFailure, file untouched) a file
  /// that is not an ipt journal or whose schema is newer than this binary knows.
  Database(const std::filesystem::path& path, Access access);
  /// A journal in memory at the latest schema, for tests.
  static Database in_memory();

  SQLite::Database& sql() { return *db_; }
  /// True when this call created the journal file.
  bool created() const { return created_; }
  const std::filesystem::path& path() const { return path_; }
  int schema_version();

 private:
  Database() = default;
  std::filesystem::path path_;
  std::unique_ptr<SQLite::Database> db_;
  bool created_ = false;
};

/// A write transaction taken with BEGIN IMMEDIATE, so two writers queue on the busy timeout
/// instead of failing when a reader upgrades. Rolls back unless commit() is called.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit();

 private:
  SQLite::Database& db_;
  bool done_ = false;
};

/// The user-facing error for a SQLite failure on the journal at `path`; never SQL text.
[[noreturn]] void throw_storage_error(const SQLite::Exception& e,
                                      const std::filesystem::path& path);

}  // namespace ipt::storage
