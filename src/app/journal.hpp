#pragma once
// The open journal, as the commands see it. Storage stays behind this type.
#include <filesystem>
#include <memory>

namespace ipt::storage {
class Database;
}

namespace ipt::app {

enum class Access { read, write };

class Journal {
 public:
  /// Opens (for write: creates when missing) the journal at `path`; see storage::Database.
  Journal(const std::filesystem::path& path, Access access);
  /// Wraps an already open database (tests use an in-memory one).
  explicit Journal(std::unique_ptr<storage::Database> db);
  ~Journal();
  Journal(Journal&&) noexcept;
  Journal& operator=(Journal&&) noexcept;

  /// True when opening created the file.
  bool created() const;
  const std::filesystem::path& path() const;
  storage::Database& db() { return *db_; }

 private:
  std::unique_ptr<storage::Database> db_;
};

}  // namespace ipt::app
