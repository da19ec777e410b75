#pragma once
// Copies of the journal, and checking one. A copy is made with SQLite's online backup API from
// one snapshot of the open journal, so it is consistent while other ipt processes write, and is
// built in a private file beside its target and renamed into place: the target is only ever a
// complete copy. Checking opens a file read-only without any -wal or -shm, and changes nothing.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ipt::storage {

class Journal;

/// A copy written.
struct BackupCopy {
  std::filesystem::path path;  ///< where it is: its directory made canonical
  std::uintmax_t bytes = 0;
  std::int64_t entries = 0;
  int schema_version = 0;
};

struct BackupOptions {
  /// How long a step that finds the journal locked is retried before giving up.
  std::chrono::milliseconds busy_timeout{5000};
  /// Pages copied per step; between steps the journal is not held by the copy.
  int pages_per_step = 64;
};

/// Writes a copy of `journal` to the file `target`, replacing only an empty file or an earlier
/// ipt journal there. Throws RuntimeFailure: backup_dir (its directory is missing or can't be
/// written), backup_target (something else is there, or a -wal or -journal beside it),
/// backup_onto_journal (it is the journal), disk_full, disk_error, journal_locked,
/// journal_damaged; nothing is left behind.
BackupCopy write_backup(Journal& journal, const std::filesystem::path& target,
                        const BackupOptions& options = {});

/// What SQLite's integrity check found in a copy.
struct CopyCheck {
  int schema_version = 0;
  std::optional<std::int64_t> entries;  ///< when it is sound
  std::vector<std::string> problems;    ///< at most `max_problems`; empty when sound
};

/// Checks the ipt journal at `path`, reading it only. Throws RuntimeFailure (no_journal,
/// not_sqlite, not_a_journal, newer_journal, journal_readonly, journal_cantopen) when it is not
/// an ipt journal this ipt knows; damage is a result, not an error.
CopyCheck check_copy(const std::filesystem::path& path, std::size_t max_problems);

}  // namespace ipt::storage
