// ipt killed (SIGKILL) at a random moment of every kind of write it makes: log, event, reflect
// from stdin, check, plan, import, people merge and the upgrade of an older journal. After each
// kill the journal passes integrity_check and every command that exited 0 has its data; a
// killed one is whole or absent. (test_concurrency.cpp kills `ipt log` alone, 60 times.)
#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};
constexpr int kRounds = 30;
constexpr int kKinds = 8;
const char* const kKindNames[kKinds] = {"log",  "event",  "reflect", "check",
                                        "plan", "import", "merge",   "migrate"};

RunResult must(const Sandbox& box, const std::vector<std::string>& args,
               const std::string& in = {}) {
  auto r = box.run(args, in, kNow);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

/// One command of the load: what to run, and (for import and the upgrade) the files it uses.
struct Command {
  std::vector<std::string> args;
  std::string in;
};

/// Everything the load has given ipt so far, and what the journal must hold because of it.
struct Ledger {
  std::vector<std::string> texts;     // log, event and reflect texts that exited 0
  std::vector<std::string> maybe;     // the same from killed commands: whole or absent
  int checks = 0, checks_killed = 0;  // measures saved, and check commands killed
  std::vector<std::string> plans;     // safety-plan first steps, in order given
  std::vector<bool> plan_saved;       // whether each of them exited 0
  std::vector<std::string> merged;    // people merged away (exit 0): gone from people
  std::vector<std::string> imported;  // texts an import that exited 0 brought
  struct Upgrade {
    std::string db, text;
    bool done = false;
  };
  std::vector<Upgrade> upgraded;  // older journals written to (so upgraded), or killed doing it
};

/// The journal's state checked against the ledger; `latest` is the schema version of a new
/// journal.
void check_journal(const Sandbox& box, const Ledger& l, const std::string& latest,
                   std::size_t fixture_entries) {
  CHECK(ipt::test::sqlite3_value(box.db(), "PRAGMA integrity_check") == "ok");
  std::map<std::string, int> seen;
  int measures = 0;
  for (const auto& e : box.run_json({"list", "--format", "json"}, {}, kNow)) {
    ++seen[e.at("text").get<std::string>()];
    measures += e.at("type") == "measure" ? 1 : 0;
  }
  for (const auto& t : l.texts) {
    INFO("exited 0: " << t);
    CHECK(seen[t] == 1);
  }
  for (const auto& t : l.maybe) {
    INFO("killed: " << t);
    CHECK(seen[t] <= 1);
  }
  for (const auto& t : l.imported) {
    INFO("imported: " << t);
    CHECK(seen[t] == 1);
  }
  CHECK(measures >= l.checks);
  CHECK(measures <= l.checks + l.checks_killed);

  // The plan shows the last step saved, or one given later by a command that was killed.
  const auto plan = box.run_json({"plan", "--format", "json"}, {}, kNow);
  const auto last_saved = std::find(l.plan_saved.rbegin(), l.plan_saved.rend(), true);
  if (last_saved != l.plan_saved.rend()) {
    const auto from = static_cast<std::size_t>(l.plan_saved.rend() - last_saved - 1);
    const auto first = plan.at("steps").at(0).at("text");
    INFO("plan: " << first);
    REQUIRE(first.is_string());
    CHECK(std::find(l.plans.begin() + static_cast<long>(from), l.plans.end(),
                    first.get<std::string>()) != l.plans.end());
  }
  std::set<std::string> people;
  for (const auto& p : box.run_json({"people", "--format", "json"}, {}, kNow))
    people.insert(p.at("name").get<std::string>());
  for (const auto& name : l.merged) {
    INFO("merged away: " << name);
    CHECK(people.count(name) == 0);
  }
  // An older journal is upgraded whole or not at all, and the next command finishes the job
  // with its entries all there.
  for (const auto& u : l.upgraded) {
    INFO("upgraded: " << u.db << (u.done ? ", exited 0" : ", killed"));
    CHECK(ipt::test::sqlite3_value(u.db, "PRAGMA integrity_check") == "ok");
    const auto r = box.run({"--db", u.db, "list", "--format", "json"}, {}, kNow);
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
    const auto texts = ipt::test::texts(json::parse(r.out));
    const auto n = std::count(texts.begin(), texts.end(), u.text);
    CHECK(n == (u.done ? 1 : n));
    CHECK(n <= 1);
    CHECK(texts.size() == fixture_entries + static_cast<std::size_t>(n));  // the fixture's, ours
    CHECK(ipt::test::sqlite3_value(u.db, "PRAGMA user_version") == latest);
  }
}

/// Exports made in a second journal, each with one more entry than the last ("imp-0", ...).
std::vector<std::string> make_exports(const Sandbox& box, int n) {
  Sandbox other;
  std::vector<std::string> files;
  for (int i = 0; i < n; ++i) {
    must(other, {"log", "6", "imp-" + std::to_string(i), "--with", "Ira"});
    const auto file = box.path() + "/export-" + std::to_string(i) + ".json";
    ipt::test::write_file(file, must(other, {"export"}).out);
    files.push_back(file);
  }
  return files;
}

/// An older journal (schema 1) for an upgrade to be killed in.
std::string older_journal(const Sandbox& box, int n) {
  const auto db = box.path() + "/old-" + std::to_string(n) + ".db";
  const auto sql =
      ipt::test::file_bytes(std::string(IPT_SOURCE_DIR) + "/tests/fixtures/journal-v1.sql");
  const auto r = ipt::test::run_raw({ipt::test::kSqlite3, db}, {"PATH=/usr/bin:/bin"}, sql);
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  return db;
}

}  // namespace

TEST_CASE("fault: SIGKILL at random moments of a mixed write load loses nothing that exited 0",
          "[e2e][fault][slow]") {
  const unsigned seed = 20261202;
  INFO("seed " << seed);
  std::mt19937 rng(seed);
  Sandbox box;
  must(box, {"log", "5", "start"});
  const std::string latest = ipt::test::sqlite3_value(box.db(), "PRAGMA user_version");
  const auto fixture_entries = static_cast<std::size_t>(
      std::stoi(ipt::test::sqlite3_value(older_journal(box, 99), "SELECT count(*) FROM entries")));
  REQUIRE(fixture_entries > 0);
  const auto exports = make_exports(box, kRounds / kKinds + 1);
  Ledger ledger;
  ledger.texts.push_back("start");

  // Round n's command; `tag` makes its data its own.
  auto command = [&](int n, int kind) -> Command {
    const std::string tag = std::string(kKindNames[kind]) + "-" + std::to_string(n);
    switch (kind) {
      case 0:
        return {{"log", std::to_string((n % 11 + 11) % 11), tag}, {}};
      case 1:
        return {{"event", "--kind", "conflict", "--with", "Sam", "--impact", "-1", tag}, {}};
      case 2:
        return {{"reflect", "--again"}, tag + "-a\n---\n" + tag + "-b\n"};
      case 3:
        return {{"check", "phq9", "--answers", "0,1,2,1,0,1,0,0,0"}, {}};
      case 4:
        return {{"plan"}, tag + "\n---\ncoping " + tag + "\n"};
      case 5:
        return {{"import", exports[static_cast<std::size_t>(n / kKinds)]}, {}};
      case 6:
        must(box, {"people", "add", "From-" + tag});
        must(box, {"event", "--kind", "talk", "--with", "From-" + tag, "with " + tag});
        ledger.texts.push_back("with " + tag);
        must(box, {"people", "add", "Into-" + tag});
        return {{"people", "merge", "From-" + tag, "Into-" + tag}, {}};
      default: {
        const auto db = older_journal(box, n);
        ledger.upgraded.push_back({db, tag});
        return {{"--db", db, "log", "4", tag}, {}};
      }
    }
  };
  // What an exit 0 (or a kill) of round n's command means the journal holds.
  auto record = [&](int n, int kind, const Command& c, bool done) {
    const std::string tag = std::string(kKindNames[kind]) + "-" + std::to_string(n);
    auto& texts = done ? ledger.texts : ledger.maybe;
    switch (kind) {
      case 0:
      case 1:
        texts.push_back(tag);
        break;
      case 2:
        texts.push_back(tag + "-a");
        texts.push_back(tag + "-b");
        break;
      case 3:
        (done ? ledger.checks : ledger.checks_killed) += 1;
        break;
      case 4:
        ledger.plans.push_back(tag);
        ledger.plan_saved.push_back(done);
        break;
      case 5:
        if (done) {
          for (int i = 0; i <= n / kKinds; ++i)
            ledger.imported.push_back("imp-" + std::to_string(i));
        }
        break;
      case 6:
        if (done)
          ledger.merged.push_back("From-" + tag);
        break;
      default:
        (void)c;
        ledger.upgraded.back().done = done;
        break;
    }
  };

  // How long each kind takes uninterrupted, so the kills spread over all of it: before, during
  // and after the commit.
  std::vector<int> took_us(kKinds);
  for (int kind = 0; kind < kKinds; ++kind) {
    const auto c = command(-1 - kind, kind);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = box.run(c.args, c.in, kNow);
    took_us[static_cast<std::size_t>(kind)] = static_cast<int>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
            .count());
    INFO(kKindNames[kind] << "\n" << describe(r));
    REQUIRE(r.exit_code == 0);
    record(-1 - kind, kind, c, true);
  }
  check_journal(box, ledger, latest, fixture_entries);

  int killed = 0, completed = 0;
  std::vector<std::string> failures;
  for (int n = 0; n < kRounds; ++n) {
    const int kind = n % kKinds;
    const auto c = command(n, kind);
    std::uniform_int_distribution<int> delay(0, took_us[static_cast<std::size_t>(kind)]);
    auto child = box.spawn(c.args, c.in, kNow);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
    child.kill(SIGKILL);
    const auto r = child.wait();
    if (r.signaled) {
      ++killed;
      record(n, kind, c, false);
    } else if (r.exit_code == 0) {
      ++completed;
      record(n, kind, c, true);
    } else {
      failures.push_back(std::string(kKindNames[kind]) + " " + std::to_string(n) + ": " +
                         describe(r));
    }
    INFO("after round " << n << " (" << kKindNames[kind] << ", "
                        << (r.signaled ? "killed" : "finished") << ")");
    INFO(describe(r));
    check_journal(box, ledger, latest, fixture_entries);
  }
  std::string times;
  for (int kind = 0; kind < kKinds; ++kind)
    times += std::string(" ") + kKindNames[kind] + " " +
             std::to_string(took_us[static_cast<std::size_t>(kind)]) + " us";
  WARN(killed << " of " << kRounds << " killed, " << completed
              << " finished; uninterrupted:" << times);
  for (const auto& f : failures)
    FAIL_CHECK(f);
  CHECK(killed >= kRounds / 5);  // kills land while a command runs (timing varies with load)
  CHECK(completed >= 1);         // and some commands finish between them
}
