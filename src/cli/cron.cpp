// ipt cron [--crontab] [--install-systemd [--force]]: the lines that run ipt's reminders and a
// weekly backup from cron, and the same as systemd user timers, with the absolute path of this
// ipt. It writes only when asked (--install-systemd), and never replaces a unit file that says
// something else unless --force says to. It never opens the journal.
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app/remind.hpp"
#include "cli/atomic_file.hpp"
#include "cli/commands.hpp"
#include "config/paths.hpp"
#include "domain/errors.hpp"

namespace ipt::cli {

namespace {

namespace fs = std::filesystem;

// The defaults, when [remind] does not say.
constexpr int kCheckinMinute = 20 * 60;  // 20:00
constexpr int kWeeklyMinute = 18 * 60;   // 18:00
constexpr int kBackupMinute = 23 * 60 + 30;
constexpr int kBackupDay = 7;

struct CronOpts {
  bool crontab = false;
  bool install = false;
  bool force = false;
};

/// One thing to run at a time of day, every day (day 0) or on an ISO weekday.
struct Job {
  std::string unit;   ///< "ipt-remind": ipt-remind.service and ipt-remind.timer
  std::string what;   ///< "an invitation to check in, when today has none"
  std::string cron;   ///< what cron runs after the binary and the global options
  std::string timed;  ///< what the systemd service runs after them
  int day = 0;
  int minute = 0;
  bool catch_up = false;  ///< a run missed while the machine was off is made up at boot
};

constexpr std::string_view kDayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};

std::string clock_time(int minute) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60, minute % 60);
  return buf;
}

std::string when_text(const Job& j) {
  return (j.day == 0 ? std::string("every day") : std::string(kDayNames[j.day - 1]) + "s") +
         " at " + clock_time(j.minute);
}

bool plain_word(std::string_view s) {
  if (s.empty())
    return false;
  for (const unsigned char c : s) {
    if (!std::isalnum(c) &&
        std::string_view("-_./+=:,@").find(static_cast<char>(c)) == std::string_view::npos)
      return false;
  }
  return true;
}

/// A word of a crontab line: cron hands the line to sh, after turning an unescaped % into a
/// line break.
std::string cron_word(const std::string& s) {
  if (plain_word(s))
    return s;
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'')
      out += "'\\''";
    else if (c == '%')
      out += "\\%";
    else
      out += c;
  }
  return out + "'";
}

/// A word of a systemd ExecStart line: quoted as systemd unquotes it, with % (its specifiers)
/// doubled, and $ (its variables) doubled in the arguments. systemd expands no variable in the
/// program's path, so there a $ stays single: doubled, it would name another file.
std::string unit_word(const std::string& s, bool program) {
  if (plain_word(s))
    return s;
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (c == '%' || (c == '$' && !program))
      out += c;
    out += c;
  }
  return out + "\"";
}

/// The environment cron gives a job, as far as ipt's paths go: HOME, and no XDG_* or IPT_*
/// variable. A systemd user service has no more by default.
config::EnvLookup cron_env(const config::EnvLookup& env) {
  return [env](const char* name) -> std::optional<std::string> {
    if (std::string_view(name) == "HOME")
      return env("HOME");
    return std::nullopt;
  };
}

/// `p` as cron finds it: cron and systemd user services start jobs in HOME.
fs::path from_home(const fs::path& p, const config::EnvLookup& env) {
  const auto home = env("HOME");
  return (home ? fs::path(*home) / p : p).lexically_normal();
}

/// The words of this ipt and of the global options that find the same journal and
/// configuration from cron. Cron's environment has HOME and none of --db, $IPT_DB,
/// $IPT_CONFIG, $XDG_DATA_HOME or $XDG_CONFIG_HOME, so a path is carried whenever the one in
/// use here is not the one ipt would work out there.
std::vector<std::string> command_words(Context& ctx) {
  std::error_code ec;
  const auto self = fs::read_symlink("/proc/self/exe", ec);
  if (ec || self.empty())
    throw RuntimeFailure("ipt can't find its own path in /proc/self/exe: " + ec.message(),
                         "write the lines by hand, with the full path of ipt");
  std::vector<std::string> words{self.string()};
  std::vector<std::string> config_words;
  const auto bare = cron_env(ctx.env);

  // The configuration first: the journal's path may come from it.
  const auto config_here =
      ctx.opts.config ? std::optional<fs::path>(config::expand_home(*ctx.opts.config, ctx.env))
                      : config::default_config_path(ctx.env);
  const auto config_there = config::default_config_path(bare);
  const auto config_abs = config_here ? fs::absolute(*config_here).lexically_normal() : fs::path();
  const auto there_abs = config_there ? from_home(*config_there, bare) : fs::path();
  bool same_config = !config_here || there_abs == config_abs;
  if (!same_config) {
    if (fs::exists(config_abs, ec)) {
      config_words = {"--config", config_abs.string()};
      same_config = true;
    } else {
      // --config naming a missing file is an error, so the line can't carry it. Without a file
      // there either, both read none, and so find the same journal.
      same_config = there_abs.empty() || !fs::exists(there_abs, ec);
      ctx.note("the lines carry no --config: " + config_abs.string() +
               ", the configuration ipt reads here, does not exist yet; run ipt cron again once "
               "it does");
    }
  }

  const auto db_here = fs::absolute(ctx.db_path()).lexically_normal();
  std::optional<fs::path> db_there;
  if (same_config) {  // else cron would read another file, and maybe another db in it
    try {
      db_there = from_home(config::resolve_db_path(std::nullopt, ctx.config().db, bare), bare);
    } catch (const Error&) {  // NOLINT(bugprone-empty-catch): no HOME here; --db says it all
    }
  }
  if (db_there != db_here)
    words.insert(words.end(), {"--db", db_here.string()});
  words.insert(words.end(), config_words.begin(), config_words.end());

  for (const auto& w : words) {
    for (const unsigned char c : w) {
      if (c < 0x20 || c == 0x7f)
        throw RuntimeFailure("the path '" + w + "' holds a control character, which a crontab " +
                             "line or a unit file can't hold");
    }
  }
  return words;
}

std::vector<Job> jobs_of(Context& ctx) {
  const auto& r = ctx.config().remind;
  // As ipt remind has it: the last day of a calendar week, Sunday for weeks from Monday.
  const int weekly_day =
      r.weekly_day.value_or(app::default_weekly_day(ctx.config().week_start.value_or(1)));
  return {
      {"ipt-remind", "an invitation to check in, when today has none", "remind", "remind --notify",
       0, r.checkin_minute.value_or(kCheckinMinute), false},
      {"ipt-remind-weekly",
       "the week's reflection and any PHQ-9 or GAD-7 due, with today's check-in", "remind --weekly",
       "remind --weekly --notify", weekly_day, r.weekly_minute.value_or(kWeeklyMinute), false},
      {"ipt-backup", "a backup of the journal, beside it (ipt backup)", "backup -q >/dev/null",
       "backup -q", kBackupDay, kBackupMinute, true},
  };
}

std::string crontab(const std::vector<Job>& jobs, const std::vector<std::string>& words) {
  std::string prefix;
  for (const auto& w : words)
    prefix += (prefix.empty() ? "" : " ") + cron_word(w);
  std::string out =
      "# ipt: reminders and a weekly backup, for cron. Add these lines with: crontab -e\n"
      "# cron mails what a command prints; ipt remind prints nothing when nothing is due.\n";
  if (words.size() > 1)
    out += "# --db and --config as this shell has them: cron does not read your shell's profile.\n";
  for (const auto& j : jobs) {
    const int dow = j.day == 0 ? -1 : j.day % 7;  // cron: 0 is Sunday
    auto when = when_text(j);
    when.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(when.front())));
    out += "# " + when + ": " + j.what + ".\n";
    out += std::to_string(j.minute % 60) + " " + std::to_string(j.minute / 60) + " * * " +
           (dow < 0 ? std::string("*") : std::to_string(dow)) + " " + prefix + " " + j.cron + "\n";
  }
  return out;
}

struct UnitFile {
  std::string name;
  std::string text;
};

constexpr const char* kWritten =
    "# Written by ipt cron; ipt cron --install-systemd --force rewrites it.\n";

std::vector<UnitFile> units(const std::vector<Job>& jobs, const std::vector<std::string>& words) {
  std::string prefix;
  for (const auto& w : words)
    prefix += (prefix.empty() ? "" : " ") + unit_word(w, prefix.empty());
  std::vector<UnitFile> out;
  for (const auto& j : jobs) {
    std::string service = kWritten;
    service += "[Unit]\nDescription=ipt: " + j.what + "\n\n";
    service += "[Service]\nType=oneshot\nExecStart=" + prefix + " " + j.timed + "\n";
    out.push_back({j.unit + ".service", service});
    const std::string day = j.day == 0 ? "" : std::string(kDayNames[j.day - 1].substr(0, 3)) + " ";
    std::string timer = kWritten;
    timer += "[Unit]\nDescription=ipt: " + j.unit + ".service " + when_text(j) + "\n\n";
    timer += "[Timer]\nOnCalendar=" + day + "*-*-* " + clock_time(j.minute) + ":00\n";
    if (j.catch_up)
      timer += "Persistent=true\n";
    timer += "\n[Install]\nWantedBy=timers.target\n";
    out.push_back({j.unit + ".timer", timer});
  }
  return out;
}

std::string enable_line(const std::vector<Job>& jobs) {
  std::string out = "systemctl --user enable --now";
  for (const auto& j : jobs)
    out += " " + j.unit + ".timer";
  return out;
}

/// $XDG_CONFIG_HOME/systemd/user, else ~/.config/systemd/user.
fs::path unit_dir(Context& ctx) {
  const auto dir = config::config_dir(ctx.env);  // .../ipt
  if (!dir)
    throw RuntimeFailure(Errc::home_unset,
                         "neither HOME nor XDG_CONFIG_HOME is set, so ipt can't tell where your "
                         "systemd user units go");
  return dir->parent_path() / "systemd" / "user";
}

/// What the file at `p` holds; empty when it can't be read (no unit file is empty); nullopt
/// when there is nothing there.
std::optional<std::string> read_existing(const fs::path& p) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(p, ec)))
    return std::nullopt;
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return in ? s.str() : std::string();
}

/// Writes `text` to `path` whole or not at all: a file beside it, then renamed over it.
void write_whole(const fs::path& path, const std::string& text) {
  if (const int err = write_atomically(path, text, 0644); err != 0)
    throw RuntimeFailure("could not write " + path.string() + ": " + std::strerror(err));
}

void install(Invocation& inv, const CronOpts& o, const std::vector<Job>& jobs,
             const std::vector<UnitFile>& files) {
  auto& ctx = inv.ctx;
  const auto dir = unit_dir(ctx);
  std::vector<std::string> differing;
  for (const auto& f : files) {
    const auto old = read_existing(dir / f.name);
    if (old && *old != f.text)
      differing.push_back(f.name);
  }
  if (!differing.empty() && !o.force) {
    std::string names;
    for (const auto& n : differing)
      names += (names.empty() ? "" : ", ") + n;
    throw RuntimeFailure(
        (differing.size() == 1 ? "a unit file in " : "unit files in ") + dir.string() +
            " already say" + (differing.size() == 1 ? "s" : "") + " something else: " + names +
            "; nothing was written",
        std::string("compare with what ipt cron prints; ipt cron --install-systemd --force ") +
            (differing.size() == 1 ? "replaces it" : "replaces them"));
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    throw RuntimeFailure("could not make the directory " + dir.string() + ": " + ec.message());
  for (const auto& f : files) {
    const auto path = dir / f.name;
    const auto old = read_existing(path);
    if (old && *old == f.text) {
      ctx.note(path.string() + " is up to date");
      continue;
    }
    write_whole(path, f.text);
    ctx.note((old ? "replaced " : "wrote ") + path.string());
  }
  // daemon-reload first, so a unit file that was replaced is read again.
  ctx.out << "systemctl --user daemon-reload\n" << enable_line(jobs) << '\n';
}

void run_cron(Invocation& inv, const CronOpts& o) {
  auto& ctx = inv.ctx;
  if (o.force && !o.install)
    throw UsageError("--force goes with --install-systemd",
                     "ipt cron --install-systemd --force replaces unit files that differ");
  const auto words = command_words(ctx);
  const auto jobs = jobs_of(ctx);
  const auto files = units(jobs, words);
  if (o.install) {
    install(inv, o, jobs, files);
    return;
  }
  ctx.out << crontab(jobs, words);
  if (o.crontab)
    return;
  std::string where = "~/.config/systemd/user";
  try {
    where = unit_dir(ctx).string();
  } catch (const Error&) {  // NOLINT(bugprone-empty-catch): the usual place, then
  }
  ctx.out << "\n# Or, instead of cron, systemd user timers: their reminders come as desktop\n"
             "# notifications. ipt cron --install-systemd writes these files in\n# "
          << where << "\n# and prints how to start them:\n#   systemctl --user daemon-reload\n#   "
          << enable_line(jobs) << '\n';
  for (const auto& f : files)
    ctx.out << "\n# " << where << "/" << f.name << '\n' << f.text;
}

}  // namespace

Run setup_cron(CLI::App& cmd) {
  auto o = std::make_shared<CronOpts>();
  auto* crontab_flag =
      cmd.add_flag("--crontab", o->crontab, "Print only the crontab lines, for crontab -e");
  cmd.add_flag("--install-systemd", o->install,
               "Write the systemd user timers and services, and print how to start them")
      ->excludes(crontab_flag);
  cmd.add_flag("--force", o->force,
               "With --install-systemd: replace unit files that say something else");
  cmd.footer(
      "Prints crontab lines that run this ipt by its full path: every day at 20:00 ipt remind,\n"
      "Sundays (the week's last day) at 18:00 ipt remind --weekly, Sundays at 23:30 ipt backup;\n"
      "then the same as systemd user timers and services (their reminders also use --notify).\n"
      "They carry --db and --config when the journal or configuration in use is not the one\n"
      "ipt finds from HOME alone, as cron runs it (IPT_DB, XDG_DATA_HOME, XDG_CONFIG_HOME ...).\n"
      "The times come from [remind] checkin_time, weekly_time and weekly_day.\n"
      "--install-systemd writes them in $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user)\n"
      "and refuses, writing nothing, when a file there says something else, unless --force.");
  return [o](Invocation& inv) { run_cron(inv, *o); };
}

}  // namespace ipt::cli
