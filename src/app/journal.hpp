#pragma once
// The open journal, as the commands see it: the file, the clock and the source of UUIDs that
// every use case needs. Storage stays behind this type; nothing here names SQLite.
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/clock.hpp"
#include "domain/uuid.hpp"

namespace ipt::storage {
class Journal;
}

namespace ipt::app {

/// What a command needs of the journal file.
enum class Access {
  read,    ///< read-only; a missing journal is an error; the file is never changed
  write,   ///< read-write; a missing journal is an error
  create,  ///< read-write; a missing journal is created
};

struct OpenOptions {
  /// How long to wait for another ipt holding the journal.
  std::chrono::milliseconds busy_timeout{5000};
  /// False: a journal made by an older ipt is refused (Errc::journal_older), not upgraded.
  bool upgrade = true;
  /// True: a journal made by an older ipt is opened as it is, neither upgraded nor refused,
  /// for copying it whole (app/backup.hpp); the other use cases need the latest schema.
  bool keep_older = false;
  /// False: commits are not waited onto the disk one by one, for a throwaway journal.
  bool durable = true;
};

class Journal {
 public:
  static Journal open(const std::filesystem::path& path, Access access, const OpenOptions& options,
                      const domain::Clock& clock, domain::UuidSource& uuids);
  /// A journal in memory at the latest schema, for tests.
  static Journal in_memory(const domain::Clock& clock, domain::UuidSource& uuids);

  Journal(Journal&&) noexcept;
  Journal& operator=(Journal&&) = delete;
  ~Journal();

  /// True when opening created the file.
  bool created() const;
  const std::filesystem::path& path() const;
  /// The file's mode, when people other than its owner may read or write it.
  std::optional<unsigned> others_can_read() const;
  /// True once something was saved: a command that saved must not fail afterwards.
  bool wrote() const;
  /// People the upgrade of an older journal renamed because their names became one name (as
  /// Unicode compares them): {kept, renamed to}. Said once: the upgrade happens once.
  const std::vector<std::pair<std::string, std::string>>& renamed_people() const;
  const domain::Clock& clock() const { return clock_; }
  domain::Instant now() const { return clock_.now(); }
  std::string new_uuid() { return uuids_.next(); }
  /// For app/*.cpp: the storage behind it.
  storage::Journal& store() { return *store_; }

 private:
  Journal(std::unique_ptr<storage::Journal> store, const domain::Clock& clock,
          domain::UuidSource& uuids);
  std::unique_ptr<storage::Journal> store_;
  const domain::Clock& clock_;
  domain::UuidSource& uuids_;
};

}  // namespace ipt::app
