#pragma once
// ipt backup: the copy written, and what checking a copy found.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/view.hpp"

namespace ipt::render {

struct BackupWritten {
  std::string path;
  std::string journal;
  std::uintmax_t bytes = 0;
  std::int64_t entries = 0;
  int schema_version = 0;
};
/// text: the copy's path, one line, for scripts; json: {"path", "journal", "bytes", "entries",
/// "schema_version"}.
const View<BackupWritten>& backup_view();

/// Problem lines the text shows; JSON has them all.
inline constexpr std::size_t kShownProblems = 5;

struct BackupChecked {
  std::string path;
  bool ok = false;
  std::optional<std::int64_t> entries;  ///< when sound
  std::optional<int> schema_version;    ///< when it is an ipt journal
  std::vector<std::string> problems;
};
/// text: "PATH: a sound ipt journal with N entries (schema version V)", or "PATH: problem"
/// lines; json: {"path", "ok", "entries", "schema_version", "problems"}.
const View<BackupChecked>& backup_check_view();

}  // namespace ipt::render
