// Several ipt processes at once, and ipt killed at random moments: nothing lost, nothing damaged.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <latch>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::Env;
using ipt::test::Sandbox;

namespace {

constexpr int kWriters = 8;
constexpr int kPerWriter = 50;

struct WriterLog {
  std::vector<std::string> failures;  // one line per command that did not exit 0
  std::string stderr_text;            // everything the writer's commands printed on stderr
};

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

// kWriters threads, released together, each running kPerWriter `ipt log` one after another.
// Catch2's assertions are not thread-safe, so the threads only record; the caller checks.
std::vector<WriterLog> race_writers(const Sandbox& box, const Env& env) {
  std::vector<WriterLog> logs(kWriters);
  std::latch start(kWriters);
  std::vector<std::thread> threads;
  for (int i = 0; i < kWriters; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      for (int j = 0; j < kPerWriter; ++j) {
        const std::string text = "p" + std::to_string(i) + "-" + std::to_string(j);
        try {
          auto r = box.run({"log", std::to_string(j % 11), text}, "", env);
          logs[i].stderr_text += r.err;
          if (r.exit_code != 0) {
            logs[i].failures.push_back(text + ": exit " + std::to_string(r.exit_code) +
                                       (r.signaled ? " signal " + std::to_string(r.signal) : "") +
                                       ": " + r.err);
          }
        } catch (const std::exception& e) {
          logs[i].failures.push_back(text + ": " + e.what());
        }
      }
    });
  }
  for (auto& t : threads)
    t.join();
  return logs;
}

// While `busy` runs, one thread keeps reading the timeline: in WAL mode a reader never waits for
// or fails because of the writers, and it never sees entries disappear.
template <typename Busy>
WriterLog read_while(const Sandbox& box, Busy busy) {
  WriterLog log;
  std::atomic<bool> done{false};
  std::thread reader([&] {
    std::size_t last = 0;
    while (!done) {
      try {
        auto r = box.run({"list", "--format", "json"});
        if (r.exit_code != 0) {
          log.failures.push_back("list: exit " + std::to_string(r.exit_code) + ": " + r.err);
          continue;
        }
        const auto n = nlohmann::json::parse(r.out).size();
        if (n < last)
          log.failures.push_back("list: " + std::to_string(n) + " after " + std::to_string(last));
        last = n;
        log.stderr_text += "read\n";
        std::this_thread::sleep_for(std::chrono::milliseconds(20));  // leave the CPU to writers
      } catch (const std::exception& e) {
        log.failures.push_back(std::string("list: ") + e.what());
      }
    }
  });
  busy();
  done = true;
  reader.join();
  return log;
}

// Every command succeeded and the journal holds each text exactly once.
void check_all_written(const Sandbox& box, const Env& env, const std::vector<WriterLog>& logs) {
  for (const auto& log : logs) {
    for (const auto& f : log.failures)
      FAIL_CHECK(f);
  }
  auto r = box.run({"list", "--format", "json"}, "", env);
  REQUIRE(r.exit_code == 0);
  const auto entries = nlohmann::json::parse(r.out);
  CHECK(entries.size() == kWriters * kPerWriter);
  std::set<std::int64_t> ids;
  std::map<std::string, int> seen;
  for (const auto& e : entries) {
    ids.insert(e.at("id").get<std::int64_t>());
    ++seen[e.at("text").get<std::string>()];
  }
  CHECK(ids.size() == kWriters * kPerWriter);
  for (int i = 0; i < kWriters; ++i) {
    for (int j = 0; j < kPerWriter; ++j) {
      const std::string text = "p" + std::to_string(i) + "-" + std::to_string(j);
      INFO(text);
      CHECK(seen[text] == 1);
    }
  }
  CHECK(seen.size() == kWriters * kPerWriter);
}

}  // namespace

TEST_CASE("concurrency: 8 writers at once on an existing journal lose nothing, readers go on",
          "[concurrency][slow]") {
  Sandbox box;
  REQUIRE(box.run({"people", "add", "Sam"}).exit_code == 0);  // the journal exists, no entries
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<WriterLog> logs;
  const auto reads = read_while(box, [&] { logs = race_writers(box, {}); });
  WARN("400 concurrent writes took "
       << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s, "
       << count_of(reads.stderr_text, "read\n") << " reads alongside");
  for (const auto& f : reads.failures)
    FAIL_CHECK(f);
  CHECK(count_of(reads.stderr_text, "read\n") > 0);
  check_all_written(box, {}, logs);
  for (const auto& log : logs)
    CHECK(count_of(log.stderr_text, "created a new journal") == 0);
  CHECK(ipt::test::sqlite3_value(box.db(), "PRAGMA integrity_check") == "ok");
}

TEST_CASE("concurrency: 8 writers racing to create the journal make exactly one",
          "[concurrency][slow]") {
  Sandbox box;
  const std::string dir = box.path() + "/new/dir";  // the directories are missing too
  const std::string db = dir + "/journal.db";
  const Env env{{"IPT_DB", db}};
  const auto logs = race_writers(box, env);
  check_all_written(box, env, logs);
  std::size_t created = 0;
  for (const auto& log : logs)
    created += count_of(log.stderr_text, "created a new journal at " + db);
  CHECK(created == 1);
  CHECK(ipt::test::sqlite3_value(db, "PRAGMA integrity_check") == "ok");
  CHECK(ipt::test::sqlite3_value(db, "PRAGMA application_id") == "1230001258");
  for (const auto& name : ipt::test::dir_names(dir)) {  // no temporary journals left behind
    INFO(name);
    CHECK((name == "journal.db" || name == "journal.db-wal" || name == "journal.db-shm"));
  }
  CHECK(ipt::test::file_mode(dir) == 0700);
  CHECK(ipt::test::file_mode(db) == 0600);
}

TEST_CASE("concurrency: ipt killed at random moments never damages the journal",
          "[concurrency][slow]") {
  const unsigned seed = 20261126;
  INFO("seed " << seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delay_us(0, 15000);

  Sandbox box;  // no journal: the first kills land while it is being created
  const int iterations = 60;
  std::vector<std::string> committed;  // texts whose command exited 0
  std::vector<std::string> failures;   // commands that exited non-zero without being killed
  int killed = 0, killed_before_journal = 0, completed_on_journal = 0;
  for (int n = 0; n < iterations; ++n) {
    if (n == iterations / 3) {
      // On a loaded machine a write outlasts 15 ms; time a whole one and spread the later kills
      // over all of it, so some land before, during and after the commit.
      const auto t0 = std::chrono::steady_clock::now();
      auto r = box.run({"log", "5", "timed"});
      const auto took = std::chrono::steady_clock::now() - t0;
      INFO("stderr: " << r.err);
      REQUIRE(r.exit_code == 0);
      committed.push_back("timed");
      const auto us = std::chrono::duration_cast<std::chrono::microseconds>(took).count();
      delay_us = std::uniform_int_distribution<int>(0, std::max(15000, static_cast<int>(us)));
      WARN("an uninterrupted write took " << us << " us");
    }
    const std::string text = "k" + std::to_string(n);
    const bool had_journal = ipt::test::exists(box.db());
    auto child = box.spawn({"log", "5", text});
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    child.kill(SIGKILL);
    const auto r = child.wait();
    if (r.signaled) {
      ++killed;
      killed_before_journal += had_journal ? 0 : 1;
    } else if (r.exit_code == 0) {
      committed.push_back(text);
      completed_on_journal += had_journal ? 1 : 0;
    } else {
      failures.push_back(text + ": exit " + std::to_string(r.exit_code) + ": " + r.err);
    }
  }
  WARN(killed << " of " << iterations << " killed (" << killed_before_journal
              << " before the journal existed), " << committed.size() << " completed");
  for (const auto& f : failures)
    FAIL_CHECK(f);
  CHECK(killed_before_journal > 0);
  CHECK(killed > killed_before_journal);  // some kills hit an existing journal
  CHECK(completed_on_journal > 0);        // and some writes finished in between

  // A normal write still works after all that, and creates the journal if no kill left one.
  auto r = box.run({"log", "5", "final"});
  INFO("stderr: " << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(ipt::test::sqlite3_value(box.db(), "PRAGMA integrity_check") == "ok");
  CHECK(ipt::test::sqlite3_value(box.db(), "PRAGMA application_id") == "1230001258");

  const auto entries = box.run_json({"list", "--format", "json"});
  std::map<std::string, int> seen;
  for (const auto& t : ipt::test::texts(entries))
    ++seen[t];
  CHECK(seen["final"] == 1);
  for (const auto& t : committed) {
    INFO(t);
    CHECK(seen[t] == 1);
  }
  for (const auto& [t, n] : seen) {  // a killed write is either whole or absent
    INFO(t);
    CHECK(n == 1);
  }
  // The "final" write tidied away what killed creations left beside the journal.
  for (const auto& name : ipt::test::dir_names(box.path())) {
    INFO(name);
    CHECK(name.find(".new-") == std::string::npos);
  }
}
