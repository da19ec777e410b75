#pragma once
// Copies of the journal (ipt backup): where one goes, writing it, and checking one.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/civil.hpp"

namespace ipt::app {

/// "journal-2026-03-02.db": the journal's name without its extension, and the day.
std::string backup_name(const std::filesystem::path& journal, domain::Date day);

/// Where `ipt backup [PATH]` writes: beside the journal without PATH, into PATH when it is a
/// directory (or is written as one, ending in '/'), else PATH itself; named by backup_name in a
/// directory.
std::filesystem::path backup_target(const std::filesystem::path& journal,
                                    const std::optional<std::filesystem::path>& given,
                                    domain::Date day);

/// A copy written.
struct Backup {
  std::filesystem::path path;  ///< absolute
  std::filesystem::path journal;
  std::uintmax_t bytes = 0;
  std::int64_t entries = 0;
  int schema_version = 0;
};

/// Copies the open journal to `target` as one consistent snapshot, while other ipt processes
/// go on writing; see storage/backup.hpp for what it refuses.
Backup back_up(Journal& journal, const std::filesystem::path& target,
               std::chrono::milliseconds busy_timeout);

/// The most integrity-check problems kept.
inline constexpr std::size_t kMaxBackupProblems = 100;

/// What checking a copy found.
struct BackupCheck {
  std::filesystem::path path;
  int schema_version = 0;
  std::optional<std::int64_t> entries;  ///< when sound
  std::vector<std::string> problems;    ///< SQLite's integrity check's; empty when sound
  bool sound() const { return problems.empty(); }
};

/// Checks the copy at `path`, reading it only. Throws RuntimeFailure when it is missing, not an
/// ipt journal, or from a newer ipt.
BackupCheck check_backup(const std::filesystem::path& path);

}  // namespace ipt::app
