#include "app/backup.hpp"

#include "storage/backup.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

namespace fs = std::filesystem;

std::string backup_name(const fs::path& journal, domain::Date day) {
  return journal.stem().string() + "-" + domain::format_date(day) + ".db";
}

fs::path backup_target(const fs::path& journal, const std::optional<fs::path>& given,
                       domain::Date day) {
  if (!given)
    return journal.parent_path() / backup_name(journal, day);
  std::error_code ec;
  const auto& text = given->native();
  // "dir/" names a directory, existing or not: a missing one is then reported as such.
  if (fs::is_directory(*given, ec) || (!text.empty() && text.back() == '/'))
    return *given / backup_name(journal, day);
  return *given;
}

Backup back_up(Journal& journal, const fs::path& target, std::chrono::milliseconds busy_timeout) {
  storage::BackupOptions options;
  options.busy_timeout = busy_timeout;
  const auto copy = storage::write_backup(journal.store(), target, options);
  return Backup{copy.path, fs::absolute(journal.path()), copy.bytes, copy.entries,
                copy.schema_version};
}

BackupCheck check_backup(const fs::path& path) {
  const auto c = storage::check_copy(path, kMaxBackupProblems);
  return BackupCheck{path, c.schema_version, c.entries, c.problems};
}

}  // namespace ipt::app
