#include "domain/text.hpp"
#include "render/backup.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

namespace {

/// A path need not be UTF-8: its bad bytes become U+FFFD rather than an error.
void dump(std::ostream& out, const Json& o) {
  out << o.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void backup_text(std::ostream& out, const BackupWritten& b, const Style&) {
  out << domain::escape_controls(b.path) << '\n';
}

void backup_json(std::ostream& out, const BackupWritten& b) {
  Json o;
  o["path"] = b.path;
  o["journal"] = b.journal;
  o["bytes"] = b.bytes;
  o["entries"] = b.entries;
  o["schema_version"] = b.schema_version;
  dump(out, o);
}

void check_text(std::ostream& out, const BackupChecked& c, const Style&) {
  const auto path = domain::escape_controls(c.path);
  if (c.ok) {
    const auto n = c.entries.value_or(0);
    out << path << ": a sound ipt journal with " << n << (n == 1 ? " entry" : " entries")
        << " (schema version " << c.schema_version.value_or(0) << ")\n";
    return;
  }
  for (std::size_t i = 0; i < c.problems.size() && i < kShownProblems; ++i)
    out << path << ": " << domain::escape_controls(c.problems[i]) << '\n';
  if (c.problems.size() > kShownProblems) {
    out << path << ": and " << c.problems.size() - kShownProblems
        << " more (--format json lists them)\n";
  }
}

void check_json(std::ostream& out, const BackupChecked& c) {
  Json o;
  o["path"] = c.path;
  o["ok"] = c.ok;
  o["entries"] = or_null(c.entries);
  o["schema_version"] = or_null(c.schema_version);
  o["problems"] = c.problems;
  dump(out, o);
}

}  // namespace

const View<BackupWritten>& backup_view() {
  static const View<BackupWritten> v{backup_text, backup_json, nullptr, nullptr, nullptr};
  return v;
}

const View<BackupChecked>& backup_check_view() {
  static const View<BackupChecked> v{check_text, check_json, nullptr, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
