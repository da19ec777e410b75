// ipt remind: an invitation when today has no check-in (and, with --weekly, when the week's
// reflection or a questionnaire is due), for cron and systemd timers; nothing at all when
// nothing is due, so cron sends no mail. It only reads the journal: it never creates one,
// never writes one, and never upgrades one made by an older ipt. The table says Needs::none
// because it opens the journal itself, as ipt help-now does: without upgrading, and without the
// once-a-day notices after a command, which a cron mail nobody reads would use up.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/remind.hpp"
#include "cli/commands.hpp"
#include "cli/safety.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/week.hpp"

namespace ipt::cli {

namespace {

namespace fs = std::filesystem;

/// `--exit-code`: something is due.
constexpr int kDue = 3;
/// How long notify-send may take before it is stopped.
constexpr auto kNotifyTimeout = std::chrono::seconds(5);

struct RemindOpts {
  bool weekly = false;
  bool exit_code = false;
  bool notify = false;
  bool no_notify = false;
};

// The wording: an invitation, never a count of days missed.
constexpr const char* kStart =
    "Whenever you'd like to start your journal: ipt log MOOD (0 worst, 10 best), or try ipt "
    "demo first.";
constexpr const char* kCheckin =
    "No check-in yet today. How has it been? When you have a moment: ipt log MOOD";
constexpr const char* kReflectThisWeek =
    "This week's reflection prompts are ready whenever you are: ipt reflect";
constexpr const char* kReflectLastWeek =
    "Last week's reflection prompts are still open, if you'd like to look back: ipt reflect";

std::string measures_line(const std::vector<domain::Scale>& due) {
  std::string titles, commands;
  for (std::size_t i = 0; i < due.size(); ++i) {
    const auto* sep = i == 0 ? "" : " and ";
    titles += sep + std::string("a ") + std::string(domain::scale_title(due[i]));
    commands += sep + std::string("ipt check ") + std::string(domain::to_string(due[i]));
  }
  titles.front() = 'A';
  return titles + (due.size() == 1 ? " is" : " are") + " due, when it suits you: " + commands;
}

std::vector<std::string> lines_of(const app::Due& due) {
  std::vector<std::string> out;
  if (due.checkin)
    out.emplace_back(kCheckin);
  if (due.reflection)
    out.emplace_back(due.reflection->previous ? kReflectLastWeek : kReflectThisWeek);
  if (!due.measures.empty())
    out.push_back(measures_line(due.measures));
  return out;
}

/// What is due, as lines to show; none when nothing is.
std::vector<std::string> what_is_due(Context& ctx, const app::RemindRules& rules) {
  const auto path = ctx.db_path();
  std::error_code ec;
  if (!fs::exists(path, ec) && !ec)
    return {kStart};  // a journal that can't be looked at is opened below, to say why
  app::OpenOptions options;
  options.busy_timeout = ctx.busy_timeout();
  options.upgrade = false;
  app::Due due;
  try {
    auto journal = app::Journal::open(path, app::Access::read, options, ctx.clock, ctx.uuids);
    due = app::whats_due(journal, ctx.today(), rules);
  } catch (const Error& e) {
    if (e.code() != Errc::journal_older)
      throw;
    // Upgrading is a write, and a reminder never writes: the next `ipt log` upgrades it.
    due.checkin = true;
  }
  return lines_of(due);
}

/// "unix:path=/run/user/1000/bus", escaped as D-Bus addresses are.
std::string bus_address(const std::string& socket) {
  std::string out = "unix:path=";
  for (const unsigned char c : socket) {
    if (std::isalnum(c) ||
        std::string_view("-_/.\\*").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02x", c);
      out += hex;
    }
  }
  return out;
}

/// Cron gives no session bus, so notify-send would have nowhere to send: the user's own, when
/// the environment lacks it and the runtime directory has one.
void find_session_bus(Context& ctx) {
  if (ctx.env("DBUS_SESSION_BUS_ADDRESS"))
    return;
  const auto runtime = ctx.env("XDG_RUNTIME_DIR");
  const fs::path dir =
      runtime ? fs::path(*runtime) : fs::path("/run/user") / std::to_string(::getuid());
  std::error_code ec;
  if (fs::is_socket(dir / "bus", ec))
    ::setenv("DBUS_SESSION_BUS_ADDRESS", bus_address((dir / "bus").string()).c_str(), 1);
}

/// Shows `body` with notify-send when it is on PATH: started with execvp and its own argv,
/// never through a shell. What it prints is discarded (cron would mail it), it may take 5
/// seconds, and when it is missing or fails nothing more is said: the lines were printed. It
/// runs in a process group of its own, so that stopping it stops what it started too (a
/// notify-send that is a script, waiting on a child): none is left behind.
void notify_send(Context& ctx, const std::string& body) {
  find_session_bus(ctx);
  std::string program = "notify-send", app_name = "--app-name=ipt", summary = "ipt", text = body;
  char* argv[] = {program.data(), app_name.data(), summary.data(), text.data(), nullptr};
  ctx.out.flush();
  ctx.err.flush();
  const pid_t pid = ::fork();
  if (pid < 0)
    return;
  if (pid == 0) {
    ::setpgid(0, 0);
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
      ::dup2(null, 0);
      ::dup2(null, 1);
      ::dup2(null, 2);
    }
    ::execvp(argv[0], argv);
    _exit(127);
  }
  // Here too, so the group exists whichever of the two runs first.
  ::setpgid(pid, pid);
  const auto deadline = std::chrono::steady_clock::now() + kNotifyTimeout;
  int status = 0;
  for (;;) {
    const pid_t got = ::waitpid(pid, &status, WNOHANG);
    if (got == pid || (got < 0 && errno != EINTR))
      return;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

void run_remind(Invocation& inv, const RemindOpts& o) {
  auto& ctx = inv.ctx;
  // run() applies the calendar rules only for commands the table says open the journal; this
  // one opens it itself, and its "today" and "this week" must be those of ipt log and prompts.
  ctx.apply_calendar();
  const int week_start = ctx.config().week_start.value_or(1);
  const auto& cfg = ctx.config().remind;
  app::RemindRules rules;
  rules.weekly = o.weekly;
  rules.weekly_day = cfg.weekly_day.value_or(app::default_weekly_day(week_start));
  rules.check_every_weeks = safety_settings(ctx).check_every_weeks;
  // The configuration's notify is for the reminders you read; a script asking --exit-code
  // gets a notification only when it asks with --notify, which wins (a script may want both
  // the status and the notification), as --help and the man page say.
  const bool notify = o.notify || (!o.no_notify && !o.exit_code && cfg.notify.value_or(false));
  const auto lines = what_is_due(ctx, rules);
  if (lines.empty())
    return;
  std::string body;
  for (const auto& line : lines)
    body += (body.empty() ? "" : "\n") + line;
  if (!o.exit_code)
    ctx.out << body << '\n';
  if (notify)
    notify_send(ctx, body);
  if (o.exit_code)
    inv.status = kDue;
}

}  // namespace

Run setup_remind(CLI::App& cmd) {
  auto o = std::make_shared<RemindOpts>();
  cmd.add_flag("--weekly", o->weekly,
               "Also this week's reflection (from [remind] weekly_day on, by default the week's "
               "last day) and a PHQ-9 or GAD-7 that is due");
  cmd.add_flag("--exit-code", o->exit_code,
               "Print nothing; exit 3 when something is due (without a journal yet too: the "
               "invitation to start counts), 0 when nothing is. With --notify it still notifies");
  auto* notify = cmd.add_flag("--notify", o->notify,
                              "Also show it with notify-send, when that is installed (the default "
                              "with [remind] notify = true, except with --exit-code)");
  cmd.add_flag("--no-notify", o->no_notify, "Not with notify-send, whatever [remind] says")
      ->excludes(notify);
  cmd.footer(
      "Prints nothing and exits 0 when nothing is due, so cron sends no mail on a day you have\n"
      "checked in; otherwise one line on standard output for each thing that is: a check-in\n"
      "today, and with --weekly the week's reflection (while the week ipt prompts reflects on\n"
      "has no answer) and a questionnaire due as ipt check says. Without a journal, a line on\n"
      "how to start (and --exit-code exits 3). It never creates, changes or upgrades the\n"
      "journal.\n"
      "ipt cron prints the lines that run it from cron or a systemd timer.");
  return [o](Invocation& inv) { run_remind(inv, *o); };
}

}  // namespace ipt::cli
