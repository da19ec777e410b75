// ipt backup [PATH] and ipt backup --check PATH: a consistent copy of the live journal, made
// while other ipt commands go on writing, and checking such a copy.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/backup.hpp"
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "domain/errors.hpp"
#include "render/backup.hpp"

namespace ipt::cli {

namespace {

struct BackupOpts {
  std::optional<std::string> path;
  bool check = false;
};

/// "512 bytes", "245 KiB", "1.2 MiB".
std::string size_text(std::uintmax_t bytes) {
  char buf[32];
  if (bytes < 1024)
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  if (bytes < 1024 * 1024)
    return std::to_string((bytes + 512) / 1024) + " KiB";
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

std::string entries_text(std::int64_t n) {
  return std::to_string(n) + (n == 1 ? " entry" : " entries");
}

void write_copy(Invocation& inv, const BackupOpts& o) {
  auto& ctx = inv.ctx;
  std::optional<std::filesystem::path> given;
  if (o.path)
    given = *o.path;
  const auto target = app::backup_target(ctx.db_path(), given, ctx.today());
  inv.keep_older = true;  // a copy of the journal as it is: never upgraded, never written
  const auto b = app::back_up(inv.journal(), target, ctx.busy_timeout());
  inv.emit(render::backup_view(), render::BackupWritten{b.path.string(), b.journal.string(),
                                                        b.bytes, b.entries, b.schema_version});
  ctx.note("backed up " + entries_text(b.entries) + " (" + size_text(b.bytes) + ") from " +
           b.journal.string());
}

/// The hint for a file --check could not check: the journal's own hints talk of --db.
std::string check_hint(const Error& e) {
  switch (e.code()) {
    case Errc::no_journal:
      return "check the path: ipt backup prints the path of each backup it writes";
    case Errc::not_sqlite:
    case Errc::not_a_journal:
      return "ipt backup --check checks a copy made by ipt backup; this file was left unchanged";
    case Errc::newer_journal:
      return "check it with the newer ipt that made it; it was left unchanged";
    default:
      return word(e).hint;
  }
}

void check_copy(Invocation& inv, const BackupOpts& o) {
  if (!o.path) {
    throw UsageError("--check needs the PATH of a backup to check",
                     "ipt backup --check ~/backups/journal-2026-03-02.db");
  }
  render::BackupChecked shown;
  shown.path = *o.path;
  try {
    const auto c = app::check_backup(*o.path);
    shown.ok = c.sound();
    shown.entries = c.entries;
    shown.schema_version = c.schema_version;
    shown.problems = c.problems;
  } catch (const RuntimeFailure& e) {
    const auto message = word(e).message;
    if (inv.format == domain::Format::json) {  // a script gets its answer on stdout either way
      shown.problems = {message};
      inv.emit(render::backup_check_view(), shown);
    }
    throw RuntimeFailure(message, check_hint(e));
  }
  inv.emit(render::backup_check_view(), shown);
  if (!shown.ok) {
    const auto n = shown.problems.size();
    throw RuntimeFailure(
        *o.path + " is damaged: SQLite's integrity check found " +
            (n >= app::kMaxBackupProblems ? "at least " : "") + std::to_string(n) +
            (n == 1 ? " problem" : " problems"),
        "it was left unchanged; make a new backup with: ipt backup, and check that one");
  }
}

}  // namespace

Run setup_backup(CLI::App& cmd) {
  auto o = std::make_shared<BackupOpts>();
  cmd.add_option("PATH", o->path,
                 "Where to write: a directory or a file (default: beside the journal); with "
                 "--check, the copy to check")
      ->type_name("DIR|FILE");
  cmd.add_flag("--check", o->check,
               "Check the copy at PATH instead: exit 0 if it is a sound ipt journal, 1 if not");
  cmd.footer(
      "Without PATH, writes JOURNAL-YYYY-MM-DD.db (today) beside the journal; in a directory,\n"
      "that name there. The copy is one snapshot, taken while other ipt commands go on writing,\n"
      "and is mode 0600; it replaces only an earlier backup, and only once it is complete.\n"
      "Prints the path written on stdout, and what was copied on stderr.");
  return [o](Invocation& inv) {
    if (o->path && o->path->empty())
      throw UsageError("PATH is empty", "name a directory or a file, or leave PATH out");
    if (o->check)
      check_copy(inv, *o);
    else
      write_copy(inv, *o);
  };
}

}  // namespace ipt::cli
