// ipt remind, run as cron runs it: nothing at all when nothing is due, one inviting line per
// thing that is, --exit-code for scripts, --weekly around the configured weekday, a journal
// that is missing (never created), broken (exit 1) or older (never upgraded), cron's bare
// environment, the journal byte-identical afterwards, and notify-send started without a shell.
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::write_file;

namespace {

// Wednesday evening, in the week of Monday 2026-03-02 to Sunday 2026-03-08.
const char* const kWednesday = "2026-03-04 20:00";
const char* const kFriday = "2026-03-06 20:00";
const char* const kNextMonday = "2026-03-09 20:00";

const std::string kStart =
    "Whenever you'd like to start your journal: ipt log MOOD (0 worst, 10 best), or try ipt demo "
    "first.\n";
const std::string kCheckin =
    "No check-in yet today. How has it been? When you have a moment: ipt log MOOD\n";
const std::string kThisWeek =
    "This week's reflection prompts are ready whenever you are: ipt reflect\n";
const std::string kLastWeek =
    "Last week's reflection prompts are still open, if you'd like to look back: ipt reflect\n";
const std::string kBoth =
    "A PHQ-9 and a GAD-7 are due, when it suits you: ipt check phq9 and ipt check gad7\n";

Env at(const std::string& now, Env extra = {}) {
  extra.emplace_back("IPT_NOW", now);
  return extra;
}

RunResult must(const Sandbox& box, const std::string& now, const std::vector<std::string>& args) {
  auto r = box.run(args, {}, at(now));
  INFO("ipt " << args.front() << ": " << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

/// Runs ipt remind with `args` at `now` and checks exit code, stdout and an empty stderr.
void expect(const Sandbox& box, const std::string& now, const std::vector<std::string>& args,
            int code, const std::string& out, Env extra = {}) {
  std::vector<std::string> argv{"remind"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto r = box.run(argv, {}, at(now, std::move(extra)));
  INFO(now << ": ipt remind" <<
       [&] {
         std::string s;
         for (const auto& a : args)
           s += " " + a;
         return s;
       }() << "\n"
           << describe(r));
  CHECK(r.exit_code == code);
  CHECK(r.out == out);
  CHECK(r.err.empty());
}

void config(const Sandbox& box, const std::string& toml) {
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  write_file(box.path() + "/config/ipt/config.toml", toml);
}

/// Both questionnaires taken on Monday, so that only the reflection is left to --weekly.
void questionnaires_taken(const Sandbox& box) {
  must(box, "2026-03-02 09:00", {"check", "phq9", "--answers", "0,1,1,0,0,1,0,0,0"});
  must(box, "2026-03-02 09:00", {"check", "gad7", "--answers", "1,0,1,0,0,1,0"});
}

std::string snapshot(const Sandbox& box) {
  REQUIRE(ipt::test::sqlite3(box.db(), "PRAGMA wal_checkpoint(TRUNCATE)").exit_code == 0);
  const auto wal = box.db() + "-wal";
  return file_bytes(box.db()) + "|" + (exists(wal) ? file_bytes(wal) : "no wal");
}

}  // namespace

TEST_CASE("remind: nothing at all, exit 0, when today has a check-in", "[e2e][remind]") {
  Sandbox box;
  must(box, "2026-03-04 08:30", {"log", "6", "coffee with Sam"});
  expect(box, kWednesday, {}, 0, "");
  expect(box, kWednesday, {"--exit-code"}, 0, "");
  expect(box, kWednesday, {"--notify"}, 0, "");
}

TEST_CASE("remind: one inviting line when today has no check-in", "[e2e][remind]") {
  Sandbox box;
  must(box, "2026-03-03 21:00", {"log", "6", "yesterday's"});
  expect(box, kWednesday, {}, 0, kCheckin);
  expect(box, kWednesday, {"--exit-code"}, 3, "");
  // Quiet changes nothing: the line is the data.
  expect(box, kWednesday, {"-q"}, 0, kCheckin);
  // No streaks, no counting, no guilt.
  for (const char* word : {"streak", "missed", "days in a row", "should", "!"})
    CHECK_FALSE(has(kCheckin + kStart + kThisWeek + kLastWeek + kBoth, word));
}

TEST_CASE("remind: --weekly reminds of the week's reflection from the configured weekday on",
          "[e2e][remind]") {
  Sandbox box;
  config(box, "[remind]\nweekly_day = \"friday\"\n");
  questionnaires_taken(box);
  must(box, "2026-03-02 09:00", {"log", "5", "Monday"});
  must(box, "2026-03-04 09:00", {"log", "6", "Wednesday"});
  // Before Friday: nothing, and without --weekly never.
  expect(box, kWednesday, {"--weekly"}, 0, "");
  expect(box, kWednesday, {"--weekly", "--exit-code"}, 0, "");
  must(box, "2026-03-06 09:00", {"log", "6", "Friday"});
  expect(box, kFriday, {}, 0, "");
  expect(box, kFriday, {"--weekly"}, 0, kThisWeek);
  expect(box, kFriday, {"--weekly", "--exit-code"}, 3, "");
  // The next Monday, last week is still unanswered: it is the one the prompts reflect on.
  expect(box, kNextMonday, {"--weekly"}, 0, kCheckin + kLastWeek);
  // An answer for the week ends it.
  const auto sheet = box.run_json({"prompts", "--format", "json"}, {}, at(kFriday));
  const auto id = sheet.at("prompts").at(0).at("id").get<std::string>();
  must(box, kFriday, {"reflect", "--prompt", id, "calmer than I feared"});
  expect(box, kFriday, {"--weekly"}, 0, "");
  expect(box, kNextMonday, {"--weekly"}, 0, kCheckin);
  expect(box, kNextMonday, {"--weekly", "--exit-code"}, 3, "");
}

TEST_CASE("remind: the weekly reminder's day is Sunday unless configured", "[e2e][remind]") {
  Sandbox box;
  questionnaires_taken(box);
  must(box, "2026-03-02 09:00", {"log", "5", "Monday"});
  must(box, "2026-03-07 09:00", {"log", "5", "Saturday"});
  must(box, "2026-03-08 09:00", {"log", "5", "Sunday"});
  expect(box, "2026-03-07 20:00", {"--weekly"}, 0, "");
  expect(box, "2026-03-08 20:00", {"--weekly"}, 0, kThisWeek);
}

TEST_CASE("remind: today and this week are the journal's, as day_starts_at and week_start say",
          "[e2e][remind]") {
  Sandbox box;
  config(box, "day_starts_at = \"04:00\"\nweek_start = \"sunday\"\n");
  questionnaires_taken(box);
  // Logged at 01:30 on Thursday: still Wednesday's check-in, so 02:00 has nothing to say.
  must(box, "2026-03-05 01:30", {"log", "4", "a late night"});
  expect(box, "2026-03-05 02:00", {}, 0, "");
  expect(box, "2026-03-05 20:00", {}, 0, kCheckin);
  // Weeks run Sunday to Saturday, so the reflection's day is Saturday, the week's last, unless
  // weekly_day says otherwise; cron's weekly line runs then too.
  expect(box, "2026-03-06 20:00", {"--weekly"}, 0, kCheckin);
  CHECK(has(must(box, kWednesday, {"cron", "--crontab"}).out, "\n0 18 * * 6 "));
  // Saturday 2026-03-07 ends the week that began on Sunday 2026-03-01 ...
  must(box, "2026-03-07 09:00", {"log", "5", "Saturday"});
  expect(box, "2026-03-07 20:00", {"--weekly"}, 0, kThisWeek);
  // ... and on Sunday 2026-03-08 a new week begins: last week's is the one still open.
  must(box, "2026-03-08 09:00", {"log", "5", "Sunday"});
  expect(box, "2026-03-08 20:00", {"--weekly"}, 0, kLastWeek);
}

TEST_CASE("remind: --weekly says when a PHQ-9 or GAD-7 is due, as ipt check does",
          "[e2e][remind]") {
  Sandbox box;
  must(box, "2026-03-04 09:00", {"log", "6", "a calm day"});
  // Never taken: both due now (ipt check says "due now" for each).
  expect(box, kWednesday, {"--weekly"}, 0, kBoth);
  const auto listed = box.run({"check"}, {}, at(kWednesday));
  CHECK(has(listed.out, "due now"));
  must(box, "2026-03-04 10:00", {"check", "phq9", "--answers", "0,1,1,0,0,1,0,0,0"});
  expect(box, kWednesday, {"--weekly"}, 0, "A GAD-7 is due, when it suits you: ipt check gad7\n");
  must(box, "2026-03-04 10:00", {"check", "gad7", "--answers", "1,0,1,0,0,1,0"});
  expect(box, kWednesday, {"--weekly"}, 0, "");
  // Four weeks on (a Thursday, past the days of last week) both are due again;
  // check_every_weeks = 6 says later.
  must(box, "2026-04-02 09:00", {"log", "6", "April"});
  const auto april = box.run({"remind", "--weekly"}, {}, at("2026-04-02 20:00"));
  CHECK(april.out == kBoth);
  config(box, "[safety]\ncheck_every_weeks = 6\n");
  expect(box, "2026-04-02 20:00", {"--weekly"}, 0, "");
}

TEST_CASE("remind: without a journal, an invitation to start, and nothing is created",
          "[e2e][remind]") {
  Sandbox box;
  expect(box, kWednesday, {}, 0, kStart);
  expect(box, kWednesday, {"--weekly"}, 0, kStart);
  expect(box, kWednesday, {"--exit-code"}, 3, "");
  CHECK_FALSE(exists(box.db()));
  // The default journal, in a directory that does not exist yet: neither is made.
  const Env default_place{{"IPT_DB", std::nullopt}};
  expect(box, kWednesday, {}, 0, kStart, default_place);
  CHECK_FALSE(exists(box.path() + "/data/ipt"));
  CHECK(ipt::test::dir_names(box.path() + "/data").empty());
}

TEST_CASE("remind: works in cron's bare environment, with only HOME set", "[e2e][remind]") {
  Sandbox box;
  const auto home = box.path() + "/home";
  auto bare = [&](const std::vector<std::string>& args, const std::string& now) {
    std::vector<std::string> argv{IPT_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return ipt::test::run_raw(argv, {"HOME=" + home, "IPT_NOW=" + now}, "");
  };
  auto r = bare({"remind"}, kWednesday);
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out == kStart);
  CHECK(r.err.empty());
  CHECK_FALSE(exists(home + "/.local"));
  REQUIRE(bare({"-q", "log", "5", "from a shell"}, "2026-03-03 20:00").exit_code == 0);
  r = bare({"remind"}, kWednesday);
  CHECK(r.exit_code == 0);
  CHECK(r.out == kCheckin);
  CHECK(r.err.empty());
  REQUIRE(bare({"-q", "log", "5", "tonight"}, "2026-03-04 19:00").exit_code == 0);
  r = bare({"remind", "--exit-code"}, kWednesday);
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  // And with no IPT_NOW at all: the real clock, a check-in logged just now.
  REQUIRE(ipt::test::run_raw({IPT_BINARY, "-q", "log", "6"}, {"HOME=" + home}, "").exit_code == 0);
  r = ipt::test::run_raw({IPT_BINARY, "remind"}, {"HOME=" + home}, "");
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());  // (unless midnight fell between the two)
  CHECK(r.err.empty());
}

TEST_CASE("remind: the journal is byte-identical afterwards, and an older one is not upgraded",
          "[e2e][remind]") {
  Sandbox box;
  must(box, "2026-03-02 09:00", {"log", "5", "Monday", "--with", "Sam"});
  must(box, "2026-03-02 09:00", {"course", "start", "--weeks", "12"});
  const auto before = snapshot(box);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"remind"}, {"remind", "--weekly"}, {"remind", "--exit-code", "--weekly"}}) {
    box.run(args, {}, at(kWednesday));
    box.run(args, {}, at(kNextMonday));
  }
  CHECK(snapshot(box) == before);

  Sandbox old;
  const auto sql = file_bytes(std::string(IPT_SOURCE_DIR) + "/tests/fixtures/journal-v3.sql");
  REQUIRE(ipt::test::run_raw({ipt::test::kSqlite3, old.db()}, old.env(), sql).exit_code == 0);
  const auto older = file_bytes(old.db());
  // It can't be read without an upgrade, which is a write: the next ipt log upgrades it.
  expect(old, kWednesday, {}, 0, kCheckin);
  expect(old, kWednesday, {"--weekly"}, 0, kCheckin);
  CHECK(file_bytes(old.db()) == older);
}

TEST_CASE("remind: a broken journal is an error, exit 1, even with --exit-code", "[e2e][remind]") {
  Sandbox box;
  write_file(box.db(), std::string(4096, 'x'));
  const auto before = file_bytes(box.db());
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"remind"}, {"remind", "--exit-code"}}) {
    const auto r = box.run(args, {}, at(kWednesday));
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(has(r.err, "ipt: error: "));
    CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));
  }
  CHECK(file_bytes(box.db()) == before);
}

TEST_CASE("remind and cron: bad input is refused with exit 2 and the nearest word",
          "[e2e][remind]") {
  Sandbox box;
  ipt::test::expect_refused(
      box, {
               {{"remind", "--weekyl"}, 2, "did you mean '--weekly'"},
               {{"remind", "--exit"}, 2, "unknown option '--exit'"},
               {{"remind", "today"}, 2, "'ipt remind' does not take 'today'"},
               {{"remnd"}, 2, "did you mean 'remind'"},
               {{"remind", "--notify", "--no-notify"}, 2, "excludes"},
               {{"cron", "--force"}, 2, "--force goes with --install-systemd"},
               {{"cron", "--crontab", "--install-systemd"}, 2, "excludes"},
               {{"cron", "--instal-systemd"}, 2, "did you mean '--install-systemd'"},
           });
  config(box, "[remind]\nweekly_day = \"fryday\"\n");
  const auto r = box.run({"remind"}, {}, at(kWednesday));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "config.toml:2:"));
}

// --- notify-send ---

namespace {

/// A notify-send on PATH that writes each argument, NUL-terminated, and the session bus it was
/// given, to files beside it.
std::string fake_notify_send(const Sandbox& box, const std::string& body = {}) {
  const auto bin = box.path() + "/bin";
  ::mkdir(bin.c_str(), 0700);
  write_file(
      bin + "/notify-send",
      "#!/bin/sh\n" + (body.empty() ? "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > " + bin +
                                          "/argv\nprintf '%s' \"$DBUS_SESSION_BUS_ADDRESS\" > " +
                                          bin + "/bus\necho 'noise a cron mail must not get'\n"
                                    : body));
  ::chmod((bin + "/notify-send").c_str(), 0700);
  return bin;
}

std::vector<std::string> recorded_argv(const std::string& bin) {
  std::vector<std::string> out;
  const auto bytes = file_bytes(bin + "/argv");
  std::size_t start = 0;
  for (std::size_t nul; (nul = bytes.find('\0', start)) != std::string::npos; start = nul + 1)
    out.push_back(bytes.substr(start, nul - start));
  return out;
}

}  // namespace

TEST_CASE("remind: --notify runs notify-send with its own argv, never through a shell",
          "[e2e][remind]") {
  Sandbox box;
  const auto bin = fake_notify_send(box);
  const Env path{{"PATH", bin + ":/usr/bin:/bin"}, {"DBUS_SESSION_BUS_ADDRESS", "unix:path=/x"}};
  // ipt's own words reach notify-send, never the journal's text. They hold an apostrophe and
  // parentheses, which a shell command line would have split, or refused: each arrives whole.
  expect(box, kWednesday, {"--notify"}, 0, kStart, path);
  CHECK(recorded_argv(bin) ==
        std::vector<std::string>{"--app-name=ipt", "ipt", kStart.substr(0, kStart.size() - 1)});
  CHECK(file_bytes(bin + "/bus") == "unix:path=/x");
  CHECK_FALSE(exists(box.db()));

  // Several lines are one notification, one line each; --exit-code with --notify notifies too.
  ::unlink((bin + "/argv").c_str());
  must(box, "2026-03-03 09:00", {"log", "5", "Tuesday"});
  expect(box, kWednesday, {"--notify", "--weekly", "--exit-code"}, 3, "", path);
  CHECK(recorded_argv(bin).at(2) == kCheckin + kBoth.substr(0, kBoth.size() - 1));
  // Nothing due: no notification.
  ::unlink((bin + "/argv").c_str());
  must(box, "2026-03-04 09:00", {"log", "5", "Wednesday"});
  expect(box, kWednesday, {"--notify"}, 0, "", path);
  CHECK_FALSE(exists(bin + "/argv"));
}

TEST_CASE(
    "remind: [remind] notify = true notifies by default, but not with --no-notify or --exit-code",
    "[e2e][remind]") {
  Sandbox box;
  const auto bin = fake_notify_send(box);
  const Env path{{"PATH", bin}};
  config(box, "[remind]\nnotify = true\n");
  expect(box, kWednesday, {"--no-notify"}, 0, kStart, path);
  CHECK_FALSE(exists(bin + "/argv"));
  expect(box, kWednesday, {"--exit-code"}, 3, "", path);
  CHECK_FALSE(exists(bin + "/argv"));
  expect(box, kWednesday, {}, 0, kStart, path);
  CHECK(exists(bin + "/argv"));
}

TEST_CASE("remind: --notify without notify-send, or with one that fails or hangs, still prints",
          "[e2e][remind]") {
  Sandbox box;
  const auto empty = box.path() + "/empty";
  ::mkdir(empty.c_str(), 0700);
  expect(box, kWednesday, {"--notify"}, 0, kStart, {{"PATH", empty}});
  expect(box, kWednesday, {"--notify"}, 0, kStart, {{"PATH", std::nullopt}});
  const auto failing = fake_notify_send(box, "echo 'cannot connect' >&2\nexit 1\n");
  expect(box, kWednesday, {"--notify"}, 0, kStart, {{"PATH", failing}});
  Sandbox slow;
  const auto hanging = fake_notify_send(slow, "exec /bin/sleep 30\n");
  const auto began = std::chrono::steady_clock::now();
  expect(slow, kWednesday, {"--notify"}, 0, kStart, {{"PATH", hanging}});
  CHECK(std::chrono::steady_clock::now() - began < std::chrono::seconds(15));
}

TEST_CASE("remind: from cron, notify-send finds the session bus in the runtime directory",
          "[e2e][remind]") {
  Sandbox box;
  const auto bin = fake_notify_send(box);
  const auto runtime = box.path() + "/run";
  ::mkdir(runtime.c_str(), 0700);
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const auto socket = runtime + "/bus";
  REQUIRE(socket.size() < sizeof addr.sun_path);
  socket.copy(addr.sun_path, socket.size());
  REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0);
  expect(box, kWednesday, {"--notify"}, 0, kStart,
         {{"PATH", bin}, {"XDG_RUNTIME_DIR", runtime}, {"DBUS_SESSION_BUS_ADDRESS", std::nullopt}});
  ::close(fd);
  CHECK(file_bytes(bin + "/bus") == "unix:path=" + socket);
}

namespace {

/// Whether process `pid` is gone (or a zombie that nothing has reaped yet).
bool gone(pid_t pid) {
  if (::kill(pid, 0) != 0 && errno == ESRCH)
    return true;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text;
  std::getline(stat, text);
  const auto paren = text.rfind(')');
  return paren == std::string::npos || text.substr(paren + 2, 1) == "Z";
}

}  // namespace

TEST_CASE("remind: a notify-send stopped after 5 seconds takes what it started with it",
          "[e2e][remind]") {
  Sandbox box;
  const auto bin = box.path() + "/bin";
  // A notify-send script that waits on a child of its own, as a wrapper would.
  const auto hanging = fake_notify_send(
      box, "/bin/sh -c 'echo $$ > " + bin + "/child; exec /bin/sleep 30'\necho done\n");
  expect(box, kWednesday, {"--notify"}, 0, kStart, {{"PATH", hanging}});
  REQUIRE(exists(bin + "/child"));
  const pid_t child = std::stoi(file_bytes(bin + "/child"));
  REQUIRE(child > 1);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (!gone(child) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const bool was_gone = gone(child);
  if (!was_gone)
    ::kill(child, SIGKILL);  // not left behind by the test either
  CHECK(was_gone);
}

TEST_CASE("remind: --help says what --exit-code does without a journal, and with --notify",
          "[e2e][remind]") {
  Sandbox box;
  const auto r = box.run({"remind", "--help"});
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  // One line per option: CLI11 may wrap, so the words are looked for with spaces squeezed.
  std::string help;
  for (const char c : r.out) {
    if (c == '\n' || c == ' ') {
      if (!help.empty() && help.back() != ' ')
        help += ' ';
    } else {
      help += c;
    }
  }
  CHECK(has(help,
            "exit 3 when something is due (without a journal yet too: the invitation to "
            "start counts), 0 when nothing is. With --notify it still notifies"));
  CHECK(has(help, "(and --exit-code exits 3)"));
  // The top-level list of exit codes has 3 too.
  const auto top = box.run({"--help"});
  CHECK(has(top.out, "2 invalid input,\n3 something due (ipt remind --exit-code"));
}
