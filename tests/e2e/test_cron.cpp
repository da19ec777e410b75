// ipt cron: crontab lines that run this ipt by its absolute path (and run as cron runs them,
// through sh after cron's % rule, in a bare environment), the same as systemd user units, and
// --install-systemd, which writes them only when asked and never replaces a differing file
// without --force.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::lines;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kUnits[] = {"ipt-remind.service",        "ipt-remind.timer",
                              "ipt-remind-weekly.service", "ipt-remind-weekly.timer",
                              "ipt-backup.service",        "ipt-backup.timer"};
const std::string kStartTimers =
    "systemctl --user daemon-reload\n"
    "systemctl --user enable --now ipt-remind.timer ipt-remind-weekly.timer ipt-backup.timer\n";

std::string binary() {
  return fs::canonical(IPT_BINARY).string();
}

RunResult must(const Sandbox& box, const std::vector<std::string>& args, Env env = {}) {
  auto r = box.run(args, {}, std::move(env));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

/// The crontab lines of `ipt cron`'s output: up to its first empty line, comments left out.
std::vector<std::string> cron_lines(const std::string& out) {
  std::vector<std::string> got;
  for (const auto& l : lines(out)) {
    if (l.empty())
      break;
    if (l.front() != '#')
      got.push_back(l);
  }
  return got;
}

/// The unit files `ipt cron` prints, by name: each follows a "# DIR/NAME" line.
std::map<std::string, std::string> printed_units(const std::string& out) {
  std::map<std::string, std::string> units;
  const std::regex head(R"(^# /.*/systemd/user/(ipt-[a-z-]+\.(service|timer))$)");
  std::string* current = nullptr;
  for (const auto& l : lines(out)) {
    std::smatch m;
    if (std::regex_match(l, m, head)) {
      current = &units[m[1].str()];
      continue;
    }
    if (l.empty() && current && current->ends_with("timers.target\n"))
      current = nullptr;
    if (current)
      *current += l + "\n";
  }
  for (auto& [name, text] : units) {  // the empty line between units
    while (text.ends_with("\n\n"))
      text.pop_back();
  }
  return units;
}

/// What cron hands to sh for a crontab line's command: up to the first unescaped %, with \%
/// made %.
std::string as_cron_runs_it(const std::string& command) {
  std::string out;
  for (std::size_t i = 0; i < command.size(); ++i) {
    if (command[i] == '\\' && i + 1 < command.size() && command[i + 1] == '%') {
      out += '%';
      ++i;
    } else if (command[i] == '%') {
      break;
    } else {
      out += command[i];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("cron: three five-field crontab lines that run this ipt by its absolute path",
          "[e2e][cron]") {
  Sandbox box;
  const auto r = ipt::test::run_raw({IPT_BINARY, "cron"}, {"HOME=" + box.path() + "/home"}, "");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const auto got = cron_lines(r.out);
  REQUIRE(got.size() == 3);
  const std::regex field(R"(^(\d+) (\d+) \* \* (\*|[0-6]) (.*)$)");
  const std::vector<std::string> times{"0 20 * * *", "0 18 * * 0", "30 23 * * 0"};
  const std::vector<std::string> commands{"remind", "remind --weekly", "backup -q >/dev/null"};
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO(got[i]);
    std::smatch m;
    REQUIRE(std::regex_match(got[i], m, field));
    CHECK(std::stoi(m[1]) < 60);
    CHECK(std::stoi(m[2]) < 24);
    CHECK(got[i] == times[i] + " " + binary() + " " + commands[i]);
  }
  CHECK(fs::path(binary()).is_absolute());
  // Nothing is written without --install-systemd.
  CHECK_FALSE(exists(box.path() + "/home/.config"));
  // --crontab: those lines, and nothing of systemd.
  const auto only =
      ipt::test::run_raw({IPT_BINARY, "cron", "--crontab"}, {"HOME=" + box.path() + "/home"}, "");
  CHECK(cron_lines(only.out) == got);
  CHECK_FALSE(has(only.out, "[Unit]"));
}

TEST_CASE("cron: the times come from [remind], and --db and --config go along", "[e2e][cron]") {
  Sandbox box;
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  write_file(box.path() + "/config/ipt/config.toml",
             "[remind]\nweekly_day = \"friday\"\ncheckin_time = \"21:15\"\n"
             "weekly_time = \"17:05\"\n");
  const auto r = must(box, {"cron"});
  // The sandbox names its journal and configuration with IPT_DB and IPT_CONFIG, which cron's
  // environment would not have.
  const auto globals = " --db " + box.db() + " --config " + box.path() + "/config/ipt/config.toml ";
  CHECK(cron_lines(r.out) == std::vector<std::string>{
                                 "15 21 * * * " + binary() + globals + "remind",
                                 "5 17 * * 5 " + binary() + globals + "remind --weekly",
                                 "30 23 * * 0 " + binary() + globals + "backup -q >/dev/null",
                             });
  const auto units = printed_units(r.out);
  CHECK(has(units.at("ipt-remind.timer"), "\nOnCalendar=*-*-* 21:15:00\n"));
  CHECK(has(units.at("ipt-remind-weekly.timer"), "\nOnCalendar=Fri *-*-* 17:05:00\n"));
  CHECK(has(units.at("ipt-remind.service"),
            "\nExecStart=" + binary() + globals + "remind --notify\n"));
}

TEST_CASE("cron: each crontab line runs as cron runs it, quoting and all", "[e2e][cron]") {
  Sandbox box;
  // A journal in a directory whose name sh and cron would both take apart unquoted.
  const auto dir = box.path() + "/my j%o'u $(x)";
  ::mkdir(dir.c_str(), 0700);
  const auto db = dir + "/journal.db";
  const Env named{{"IPT_DB", db}, {"IPT_CONFIG", std::nullopt}, {"IPT_NOW", "2026-03-04 20:00"}};
  must(box, {"-q", "log", "5", "yesterday", "-d", "2026-03-03"}, named);
  const auto got = cron_lines(must(box, {"cron", "--crontab"}, named).out);
  REQUIRE(got.size() == 3);
  const std::vector<std::string> cron_env{"HOME=" + box.path() + "/home", "PATH=/usr/bin:/bin",
                                          "SHELL=/bin/sh", "IPT_NOW=2026-03-04 20:00"};
  const std::regex field(R"(^\S+ \S+ \S+ \S+ \S+ (.*)$)");
  std::vector<RunResult> ran;
  for (const auto& l : got) {
    std::smatch m;
    REQUIRE(std::regex_match(l, m, field));
    ran.push_back(ipt::test::run_raw({"/bin/sh", "-c", as_cron_runs_it(m[1])}, cron_env, ""));
    INFO(l << "\n" << describe(ran.back()));
    CHECK(ran.back().exit_code == 0);
    CHECK(ran.back().err.empty());
  }
  CHECK(ran[0].out ==
        "No check-in yet today. How has it been? When you have a moment: ipt log MOOD\n");
  CHECK(has(ran[1].out, "A PHQ-9 and a GAD-7 are due"));
  CHECK(ran[2].out.empty());  // the backup's path went to /dev/null: no weekly mail
  CHECK(exists(dir + "/journal-2026-03-04.db"));
  CHECK_FALSE(exists(box.path() + "/home/.local"));  // the named journal, not the default one
}

TEST_CASE("cron: a journal and configuration found by XDG_DATA_HOME and XDG_CONFIG_HOME go along",
          "[e2e][cron]") {
  Sandbox box;
  const auto data = box.path() + "/xdgdata";
  const auto conf = box.path() + "/xdgconf";
  fs::create_directories(conf + "/ipt");
  write_file(conf + "/ipt/config.toml", "[remind]\ncheckin_time = \"21:15\"\n");
  const Env xdg{{"IPT_DB", std::nullopt},
                {"IPT_CONFIG", std::nullopt},
                {"XDG_DATA_HOME", data},
                {"XDG_CONFIG_HOME", conf},
                {"IPT_NOW", "2026-03-04 20:00"}};
  must(box, {"-q", "log", "5", "yesterday", "-d", "2026-03-03"}, xdg);
  REQUIRE(exists(data + "/ipt/journal.db"));
  const auto r = must(box, {"cron"}, xdg);
  const auto globals = " --db " + data + "/ipt/journal.db --config " + conf + "/ipt/config.toml ";
  const auto got = cron_lines(r.out);
  CHECK(got == std::vector<std::string>{
                   "15 21 * * * " + binary() + globals + "remind",
                   "0 18 * * 0 " + binary() + globals + "remind --weekly",
                   "30 23 * * 0 " + binary() + globals + "backup -q >/dev/null",
               });
  CHECK(has(printed_units(r.out).at("ipt-backup.service"),
            "\nExecStart=" + binary() + globals + "backup -q\n"));
  // As cron runs them, with only HOME: the journal in XDG_DATA_HOME, not an invitation to start
  // one, and its backup beside it.
  const std::vector<std::string> cron_env{"HOME=" + box.path() + "/home", "PATH=/usr/bin:/bin",
                                          "IPT_NOW=2026-03-04 20:00"};
  const std::regex field(R"(^\S+ \S+ \S+ \S+ \S+ (.*)$)");
  std::vector<RunResult> ran;
  for (const auto& l : got) {
    std::smatch m;
    REQUIRE(std::regex_match(l, m, field));
    ran.push_back(ipt::test::run_raw({"/bin/sh", "-c", as_cron_runs_it(m[1])}, cron_env, ""));
    INFO(l << "\n" << describe(ran.back()));
    CHECK(ran.back().exit_code == 0);
    CHECK(ran.back().err.empty());
  }
  REQUIRE(ran.size() == 3);
  CHECK(ran[0].out ==
        "No check-in yet today. How has it been? When you have a moment: ipt log MOOD\n");
  CHECK(exists(data + "/ipt/journal-2026-03-04.db"));
  CHECK_FALSE(exists(box.path() + "/home/.local"));

  // XDG variables that name what HOME would anyway carry nothing.
  const auto home = box.path() + "/home";
  const auto same = ipt::test::run_raw({IPT_BINARY, "cron", "--crontab"},
                                       {"HOME=" + home, "XDG_DATA_HOME=" + home + "/.local/share",
                                        "XDG_CONFIG_HOME=" + home + "/.config"},
                                       "");
  INFO(describe(same));
  CHECK(cron_lines(same.out).at(0) == "0 20 * * * " + binary() + " remind");
}

TEST_CASE("cron: a unit's program path keeps a single $, which systemd does not expand",
          "[e2e][cron]") {
  Sandbox box;
  const auto dir = box.path() + "/ux sp$x";
  fs::create_directory(dir);
  const auto ipt = dir + "/ipt";
  // A hard link runs as its own path in /proc/self/exe; a copy where the link can't be made.
  std::error_code ec;
  fs::create_hard_link(binary(), ipt, ec);
  if (ec)
    fs::copy_file(binary(), ipt, ec);
  REQUIRE_FALSE(ec);
  const auto xdg = box.path() + "/xdg";
  const auto db = box.path() + "/j$v/journal.db";
  const auto r = ipt::test::run_raw(
      {ipt, "-q", "cron", "--install-systemd"},
      {"HOME=" + box.path() + "/home", "XDG_CONFIG_HOME=" + xdg, "IPT_DB=" + db}, "");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  const auto unit = xdg + "/systemd/user/ipt-remind.service";
  // $ doubled in an argument, where systemd would expand $v; single in the program's path.
  CHECK(has(file_bytes(unit), "\nExecStart=\"" + dir + "/ipt\" --db \"" + box.path() +
                                  "/j$$v/journal.db\" remind --notify\n"));
  if (exists("/usr/bin/systemd-analyze")) {
    const auto runtime = box.path() + "/run";
    ::mkdir(runtime.c_str(), 0700);
    const auto v = ipt::test::run_raw(
        {"/usr/bin/systemd-analyze", "verify", "--user", unit},
        {"HOME=" + box.path() + "/home", "XDG_RUNTIME_DIR=" + runtime, "PATH=/usr/bin:/bin"}, "");
    INFO(describe(v));
    CHECK(v.exit_code == 0);
    CHECK_FALSE(has(v.out + v.err, "not executable"));
  } else {
    WARN("systemd-analyze is not installed: the unit file was not checked by systemd");
  }
}

TEST_CASE("cron: the systemd units have [Unit], [Service] and [Timer] with OnCalendar",
          "[e2e][cron]") {
  Sandbox box;
  // Only HOME, as cron and a systemd user service have it: nothing to carry.
  const auto r = must(box, {"cron"},
                      {{"IPT_DB", std::nullopt},
                       {"IPT_CONFIG", std::nullopt},
                       {"XDG_DATA_HOME", std::nullopt},
                       {"XDG_CONFIG_HOME", std::nullopt}});
  const auto units = printed_units(r.out);
  REQUIRE(units.size() == 6);
  for (const auto& name : kUnits) {
    INFO(name);
    REQUIRE(units.count(name) == 1);
    const auto& text = units.at(name);
    CHECK(has(text, "[Unit]\nDescription=ipt: "));
    if (name.ends_with(".service")) {
      CHECK(has(text, "\n[Service]\nType=oneshot\nExecStart=" + binary() + " "));
    } else {
      CHECK(has(text, "\n[Timer]\nOnCalendar="));
      CHECK(has(text, "\n[Install]\nWantedBy=timers.target\n"));
    }
  }
  CHECK(has(units.at("ipt-remind.service"), "ExecStart=" + binary() + " remind --notify\n"));
  CHECK(has(units.at("ipt-remind-weekly.service"),
            "ExecStart=" + binary() + " remind --weekly --notify\n"));
  CHECK(has(units.at("ipt-backup.service"), "ExecStart=" + binary() + " backup -q\n"));
  CHECK(has(units.at("ipt-remind.timer"), "OnCalendar=*-*-* 20:00:00\n"));
  CHECK(has(units.at("ipt-remind-weekly.timer"), "OnCalendar=Sun *-*-* 18:00:00\n"));
  CHECK(has(units.at("ipt-backup.timer"), "OnCalendar=Sun *-*-* 23:30:00\nPersistent=true\n"));
  CHECK(has(r.out, "systemctl --user enable --now ipt-remind.timer"));
}

TEST_CASE("cron: --install-systemd writes the units where XDG_CONFIG_HOME says, and only then",
          "[e2e][cron]") {
  Sandbox box;
  const auto xdg = box.path() + "/xdg";  // not there yet
  const auto dir = xdg + "/systemd/user";
  const Env env{{"XDG_CONFIG_HOME", xdg}, {"IPT_DB", std::nullopt}, {"IPT_CONFIG", std::nullopt}};
  const auto printed = printed_units(must(box, {"cron"}, env).out);
  CHECK_FALSE(exists(xdg));
  auto r = must(box, {"cron", "--install-systemd"}, env);
  CHECK(r.out == kStartTimers);
  for (const auto& name : kUnits) {
    INFO(name);
    REQUIRE(exists(dir + "/" + name));
    CHECK(file_bytes(dir + "/" + name) == printed.at(name));
    CHECK((ipt::test::file_mode(dir + "/" + name) & 0022) == 0);
    CHECK(has(r.err, "ipt: wrote " + dir + "/" + name + "\n"));
  }
  CHECK(ipt::test::dir_names(dir).size() == 6);  // no temporary file left beside them
  // Again: nothing changes, and it says so.
  r = must(box, {"cron", "--install-systemd"}, env);
  CHECK(r.out == kStartTimers);
  CHECK(has(r.err, dir + "/ipt-backup.timer is up to date"));

  // systemd itself reads them, where systemd-analyze can run.
  if (exists("/usr/bin/systemd-analyze")) {
    const auto runtime = box.path() + "/run";
    ::mkdir(runtime.c_str(), 0700);
    for (const auto& name : kUnits) {
      const auto v = ipt::test::run_raw(
          {"/usr/bin/systemd-analyze", "verify", "--user", dir + "/" + name},
          {"HOME=" + box.path() + "/home", "XDG_RUNTIME_DIR=" + runtime, "PATH=/usr/bin:/bin"}, "");
      INFO(name << ": " << describe(v));
      CHECK(v.exit_code == 0);
    }
  } else {
    WARN("systemd-analyze is not installed: the unit files were not checked by systemd");
  }
}

TEST_CASE("cron: --install-systemd without XDG_CONFIG_HOME uses ~/.config/systemd/user",
          "[e2e][cron]") {
  Sandbox box;
  const auto home = box.path() + "/home";
  const auto r =
      ipt::test::run_raw({IPT_BINARY, "-q", "cron", "--install-systemd"}, {"HOME=" + home}, "");
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == kStartTimers);
  CHECK(r.err.empty());
  CHECK(ipt::test::dir_names(home + "/.config/systemd/user").size() == 6);
}

TEST_CASE("cron: --install-systemd refuses to replace a differing unit file without --force",
          "[e2e][cron]") {
  Sandbox box;
  const auto xdg = box.path() + "/xdg";
  const auto dir = xdg + "/systemd/user";
  const Env env{{"XDG_CONFIG_HOME", xdg}};
  must(box, {"cron", "--install-systemd"}, env);
  const auto mine = "[Timer]\nOnCalendar=Mon *-*-* 07:00:00\n";
  write_file(dir + "/ipt-backup.timer", mine);
  ::unlink((dir + "/ipt-remind.timer").c_str());
  auto r = box.run({"cron", "--install-systemd"}, {}, env);
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(has(r.err, "ipt: error: a unit file in " + dir +
                       " already says something else: ipt-backup.timer; nothing was written\n"));
  CHECK(has(r.err, "ipt cron --install-systemd --force replaces it"));
  CHECK(file_bytes(dir + "/ipt-backup.timer") == mine);
  CHECK_FALSE(exists(dir + "/ipt-remind.timer"));  // nothing at all was written
  // --force replaces it, and says so.
  r = must(box, {"cron", "--install-systemd", "--force"}, env);
  CHECK(r.out == kStartTimers);
  CHECK(has(r.err, "ipt: replaced " + dir + "/ipt-backup.timer\n"));
  CHECK(has(r.err, "ipt: wrote " + dir + "/ipt-remind.timer\n"));
  CHECK(has(file_bytes(dir + "/ipt-backup.timer"), "OnCalendar=Sun *-*-* 23:30:00"));
  CHECK_FALSE(exists(box.db()));  // and no journal was ever opened or made
}
