// ipt demo: a throwaway journal holding a made-up course of IPT, then this week as ipt itself
// shows it. It never opens your journal: its table row needs none, and it writes only to a file
// that holds nothing yet, a temporary one unless --db names it.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "app/demo.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"
#include "library/prompt_library.hpp"

namespace ipt::cli {

namespace {

namespace fs = std::filesystem;

struct DemoOpts {
  std::optional<int> weeks;
};

/// `s` as a shell word: as it is when it is plain, else in single quotes.
std::string sh_word(const std::string& s) {
  constexpr std::string_view plain =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+-";
  if (!s.empty() && s.find_first_not_of(plain) == std::string::npos)
    return s;
  std::string out = "'";
  for (char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Where the demo goes, and the directory made for it (removed again if the demo fails).
struct Target {
  fs::path db;
  std::optional<fs::path> dir;
};

/// --db when given: a path where nothing is, or an empty file (as mktemp makes); anything else
/// may be somebody's journal, and is refused. Without --db, a new private directory under
/// $TMPDIR (else /tmp): $IPT_DB, the configuration's db and the default journal are the user's.
Target target(Context& ctx) {
  if (ctx.opts.db) {
    const auto db = config::resolve_db_path(ctx.opts.db, std::nullopt, ctx.env);
    std::error_code ec;
    const auto st = fs::symlink_status(db, ec);
    if (fs::exists(st)) {
      if (!fs::is_regular_file(st) || fs::file_size(db, ec) != 0 || ec) {
        throw RuntimeFailure("'" + db.string() +
                                 "' already exists; ipt demo writes only to a new file, so it "
                                 "never changes a journal",
                             "name a file that does not exist yet, or leave out --db for a "
                             "temporary one");
      }
      fs::remove(db);  // empty: nothing to lose, and the journal is made in its place, 0600
    }
    return {db, std::nullopt};
  }
  const auto tmp = ctx.env("TMPDIR").value_or("/tmp");
  std::string dir = (fs::path(tmp) / "ipt-demo.XXXXXX").string();
  if (::mkdtemp(dir.data()) == nullptr) {
    throw RuntimeFailure(
        "can't make a directory for the demo in " + tmp + ": " + std::strerror(errno),
        "set TMPDIR to a directory you can write to, or name a new file with "
        "--db PATH");
  }
  const auto made = fs::absolute(dir);
  return {made / "journal.db", made};
}

/// Removes what a failed demo made, and only that.
class Cleanup {
 public:
  explicit Cleanup(const Target& t) : target_(t) {}
  Cleanup(const Cleanup&) = delete;
  Cleanup& operator=(const Cleanup&) = delete;
  ~Cleanup() {
    if (kept_)
      return;
    std::error_code ec;
    if (target_.dir) {
      fs::remove_all(*target_.dir, ec);
      return;
    }
    for (const char* suffix : {"", "-wal", "-shm"})
      fs::remove(target_.db.string() + suffix, ec);
  }
  void keep() { kept_ = true; }

 private:
  const Target& target_;
  bool kept_ = false;
};

/// Runs `ipt --db DB COMMAND` on this run's streams, with its global options, so what the demo
/// shows is exactly what that command prints.
void show(Context& ctx, const fs::path& db, const std::string& command) {
  ctx.note("this week, as 'ipt " + command + "' shows it:");
  Context sub(ctx.out, ctx.err, ctx.in, ctx.clock, ctx.uuids, ctx.env, ctx.stdin_tty,
              ctx.stdout_tty);
  std::vector<std::string> args{"ipt", "--db", db.string()};
  if (ctx.opts.quiet)
    args.emplace_back("--quiet");
  if (!ctx.opts.color.empty())
    args.insert(args.end(), {"--color", ctx.opts.color});
  if (ctx.opts.config)
    args.insert(args.end(), {"--config", *ctx.opts.config});
  args.push_back(command);
  std::vector<const char*> argv;
  for (const auto& a : args)
    argv.push_back(a.c_str());
  if (run(static_cast<int>(argv.size()), argv.data(), sub) != 0) {
    throw RuntimeFailure("the demo journal is at " + db.string() + ", but 'ipt " + command +
                         "' could not show it");
  }
}

std::string counted(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void run_demo(const DemoOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  const int weeks = o.weeks.value_or(app::kDemoWeeksDefault);
  // The built-in prompts only, not the user's own: the same demo for everyone.
  const auto library = library::load_library({});
  const auto where = target(ctx);
  Cleanup cleanup(where);
  app::DemoMade made;
  {
    const auto now = ctx.clock.now();
    app::StoryClock clock(now);
    app::OpenOptions options;
    options.busy_timeout = ctx.busy_timeout();
    options.durable = false;  // a throwaway journal need not wait on the disk for every commit
    auto journal = app::Journal::open(where.db, app::Access::create, options, clock, ctx.uuids);
    made = app::fill_demo(journal, clock, now, library.prompts, weeks);
  }
  cleanup.keep();
  ctx.note("made a demo journal: week " + std::to_string(made.weeks) + " of a made-up " +
           std::to_string(app::kDemoCourseWeeks) + "-week course of IPT, with " +
           counted(made.checkins, "check-in", "check-ins") + ", " +
           counted(made.events, "event", "events") + " with " +
           counted(made.people, "person", "people") + ", " +
           counted(made.areas, "problem area", "problem areas") + ", " +
           counted(made.reflections, "reflection", "reflections") + ", " +
           counted(made.measures, "questionnaire", "questionnaires") + " and " +
           counted(made.agenda, "agenda item", "agenda items"));
  show(ctx, where.db, "report");
  show(ctx, where.db, "prompts");
  const auto db = sh_word(where.db.string());
  ctx.note("the demo journal is " + where.db.string() + "; your own journal was not opened");
  ctx.note("look around it with --db, for example:");
  ctx.note("  ipt --db " + db + " list");
  ctx.note("  ipt --db " + db + " report --format html > week.html");
  ctx.note("  ipt --db " + db + " people circle");
  if (where.dir)
    ctx.note("delete it when you are done: rm -r " + sh_word(where.dir->string()));
}

}  // namespace

Run setup_demo(CLI::App& cmd) {
  auto o = std::make_shared<DemoOpts>();
  cmd.footer(
      "Makes a throwaway journal of a made-up course of IPT in its middle phase: a dispute in\n"
      "focus whose stage changed, a transition, 8 people across the circles, daily check-ins,\n"
      "events, reflections (the first three weeks and the last two), PHQ-9 and GAD-7 twice and\n"
      "an agenda item. Then shows this week as ipt itself does, and says where the journal is\n"
      "and how to look around it.\n"
      "Your own journal is never opened: the demo goes into a new directory under $TMPDIR\n"
      "(else /tmp), or into --db PATH when nothing is there yet (or an empty file). The same\n"
      "--weeks on the same day makes the same journal.");
  const auto range =
      std::to_string(app::kDemoWeeksMin) + " to " + std::to_string(app::kDemoWeeksMax);
  cmd.add_option_function<std::string>(
         "--weeks",
         [o, range](const std::string& s) {
           try {
             o->weeks = domain::parse_whole("--weeks", s, app::kDemoWeeksMin, app::kDemoWeeksMax);
           } catch (const UsageError& e) {
             throw UsageError(e.what(),
                              "the demo's course is " + std::to_string(app::kDemoCourseWeeks) +
                                  " weeks long, and weeks " + range + " are its middle phase");
           }
         },
         "Weeks of the course lived so far, " + range + " (default " +
             std::to_string(app::kDemoWeeksDefault) + ")")
      ->type_name("N");
  return [o](Invocation& inv) { run_demo(*o, inv); };
}

}  // namespace ipt::cli
