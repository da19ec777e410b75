// ipt export and ipt import: the journal out as ipt's interchange format (or CSV), and back in,
// merged by UUID; imports from jrnl and Daylio.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "app/exchange.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/suggest.hpp"
#include "domain/errors.hpp"
#include "render/exchange.hpp"

namespace ipt::cli {

namespace fs = std::filesystem;

namespace {

struct ExportOpts {
  std::optional<std::string> from, to, output;
};

app::ExportRange range_of(Context& ctx, const ExportOpts& o) {
  app::ExportRange r;
  if (o.from)
    r.from = when_arg(ctx, *o.from).day;
  if (o.to)
    r.to = when_arg(ctx, *o.to).day;
  if (r.from && r.to && *r.to < *r.from) {
    throw UsageError("--to " + *o.to + " is before --from " + *o.from,
                     "the export holds the days from --from to --to, both included");
  }
  return r;
}

[[noreturn]] void cannot_write(const fs::path& p, int err) {
  throw RuntimeFailure("can't write " + p.string() + ": " + std::strerror(err),
                       "choose another file with -o, or leave -o out to write to stdout");
}

/// Writes the export to `path` through a file beside it, made 0600 before a byte is written
/// and renamed into place once complete: a journal's contents are never readable by others,
/// and a failed export never leaves half a file under the name asked for.
template <typename Write>
void write_private_file(const fs::path& path, Write&& write) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw UsageError("-o " + path.string() + " is a directory", "give the name of a file");
  if (std::ifstream existing(path, std::ios::binary); existing) {
    char head[16] = {};
    existing.read(head, sizeof head);
    if (std::string_view(head, static_cast<std::size_t>(existing.gcount())) ==
        std::string_view("SQLite format 3\0", 16)) {
      throw UsageError("-o " + path.string() +
                           " is a journal (or another SQLite file); an "
                           "export won't replace it",
                       "give a new file name, such as journal.json");
    }
  }
  // A name of our own beside the target, made new (never an existing file or a symlink).
  const fs::path tmp = path.string() + ".ipt-tmp-" + std::to_string(::getpid());
  ::unlink(tmp.c_str());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    cannot_write(path, errno);
  ::close(fd);
  auto give_up = [&](int err) {
    fs::remove(tmp, ec);
    cannot_write(path, err != 0 ? err : EIO);
  };
  {
    errno = 0;
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    write(out);
    out.flush();
    if (!out)
      give_up(errno);
  }
  // On the disk before it takes the name, so a crash never leaves a short export there.
  const int sync_fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (sync_fd < 0 || ::fsync(sync_fd) != 0) {
    const int err = errno;
    if (sync_fd >= 0)
      ::close(sync_fd);
    give_up(err);
  }
  ::close(sync_fd);
  fs::rename(tmp, path, ec);
  if (ec)
    give_up(ec.value());
}

std::string read_input(Context& ctx, const std::string& file) {
  if (file == "-")
    return std::string(std::istreambuf_iterator<char>(ctx.in), {});
  std::error_code ec;
  if (fs::is_directory(file, ec))
    throw UsageError(file + " is a directory", "give the file an export was written to");
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw RuntimeFailure("can't read " + file + ": " + std::strerror(errno),
                         "check the file's name and permissions");
  }
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct ImportOpts {
  std::string file;
  std::optional<std::string> from;
  std::optional<std::string> mood_map;
  bool dry_run = false;
};

}  // namespace

Run setup_export(CLI::App& cmd) {
  auto o = std::make_shared<ExportOpts>();
  cmd.add_option("--from", o->from, "Only entries (and agenda items, prompts asked) from this day")
      ->type_name("WHEN");
  cmd.add_option("--to", o->to, "... to this day, included")->type_name("WHEN");
  cmd.add_option("-o,--output", o->output, "Write to FILE (made 0600) instead of stdout (-)")
      ->type_name("FILE");
  cmd.footer(
      "json (the default) is one document, jsonl one record per line with a \"type\"; both hold\n"
      "everything and are what ipt import reads back. csv holds the entries only, one row\n"
      "each. People, areas, courses and the history are always whole; --from/--to narrow the\n"
      "entries. The format is described field by field in man 5 ipt-export.");
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto range = range_of(ctx, *o);
    if (o->output && *o->output != "-") {
      std::error_code ec;
      if (fs::equivalent(*o->output, ctx.db_path(), ec))
        throw UsageError("-o " + *o->output + " is the journal itself",
                         "give another file to write the export to");
    }
    auto& journal = inv.journal();
    auto run = [&](std::ostream& out) {
      auto writer = render::export_writer(out, inv.format);
      app::export_records(journal, range,
                          [&](const domain::ExchangeRecord& r) { writer->write(r); });
      writer->finish();
    };
    if (o->output && *o->output != "-") {
      write_private_file(*o->output, run);
      ctx.note("exported to " + *o->output);
    } else {
      run(ctx.out);
    }
  };
}

Run setup_import(CLI::App& cmd) {
  auto o = std::make_shared<ImportOpts>();
  cmd.add_option("FILE", o->file, "The export to read, or - for stdin")
      ->type_name("FILE|-")
      ->required();
  cmd.add_option("--from", o->from, "Another tool's export: jrnl (JSON) or daylio (CSV)")
      ->type_name("TOOL")
      ->check(one_of({"jrnl", "daylio"}, "a tool ipt imports from"));
  cmd.add_option("--mood-map", o->mood_map,
                 "Daylio: your own mood labels on the 0-10 scale, as label=N,label=N")
      ->type_name("LABEL=N,...");
  cmd.add_flag("-n,--dry-run", o->dry_run, "Say what would be added and updated; change nothing");
  cmd.footer(
      "Merges by UUID: a record the journal lacks is added, a later version (by its update\n"
      "time) replaces the stored one, the same or an older one changes nothing, so importing a\n"
      "file twice changes nothing. All or nothing: a file with any bad record changes nothing\n"
      "and the error names the record and field. Two different people with one name are both\n"
      "kept; the later is renamed \"NAME (2)\". Deletions do not travel: an entry removed here\n"
      "comes back from an export made elsewhere before it was removed there too.");
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    if (o->mood_map && o->from != "daylio")
      throw UsageError("--mood-map is for Daylio's labels", "add --from daylio");
    const std::string text = read_input(ctx, o->file);
    if (!o->from) {
      // Another tool's file given without --from: say which --from it needs.
      const auto start = text.substr(0, 4096);
      const bool daylio = start.find("full_date,date,weekday,time,mood") != std::string::npos;
      const bool jrnl = start.find("\"entries\"") != std::string::npos &&
                        start.find("\"starred\"") != std::string::npos &&
                        text.find("\"format\"") == std::string::npos;
      if (daylio || jrnl) {
        throw UsageError(
            std::string(o->file) + " looks like " +
                (daylio ? "Daylio's CSV export" : "jrnl's JSON export"),
            std::string("add --from ") + (daylio ? "daylio" : "jrnl") + "; nothing was imported");
      }
    }
    auto run = [&](app::Journal& j, bool dry_run) {
      if (!o->from)
        return app::import_export(j, text, dry_run);
      const auto tool = *o->from == "jrnl" ? app::ForeignTool::jrnl : app::ForeignTool::daylio;
      return app::import_foreign(j, tool, text, o->mood_map, dry_run);
    };
    domain::ImportSummary summary;
    try {
      if (!inv.journal_exists()) {
        // With no journal yet the file is merged into an empty one in memory first: a dry run
        // never creates a journal, and a file that can't be imported must not leave one behind
        // (the records are read as they merge, so opening the journal first would create it).
        auto scratch = app::Journal::in_memory(ctx.clock, ctx.uuids);
        summary = run(scratch, true);
        if (!o->dry_run)
          summary = run(inv.journal(), false);
      } else {
        summary = run(inv.journal(), o->dry_run);
      }
    } catch (Error& e) {
      if (e.code() >= Errc::import_malformed && e.code() <= Errc::import_conflict) {
        auto d = e.detail();
        d.path = o->file == "-" ? "stdin" : o->file;
        if (o->from == "daylio" && d.field == "mood" && e.code() == Errc::import_invalid) {
          // A label of your own: the fix is a mapping, not an edit of the file.
          throw UsageError(d.path + ": " + d.record + ": " + e.what(),
                           "map your own labels onto 0-10 with --mood-map \"" + d.value +
                               "=N\" (add more as label=N,label=N); nothing was imported");
        }
        if (dynamic_cast<RuntimeFailure*>(&e))
          throw RuntimeFailure(e.code(), e.what(), d);
        throw UsageError(e.code(), e.what(), d);
      }
      throw;
    }
    inv.emit(render::import_summary_view(), summary);
  };
}

}  // namespace ipt::cli
