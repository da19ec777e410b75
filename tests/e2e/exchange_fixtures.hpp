// Helpers shared by the export and import tests (test_exchange_*.cpp): commands run at a given
// moment, a journal holding every kind of record, and the pieces of an export.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"

namespace ipt::test::exchange {

/// The environment of a command run at `now` ("2026-10-01 08:00"), in time zone `tz`.
inline Env at(const std::string& now, const std::string& tz = "UTC") {
  return {{"IPT_NOW", now}, {"TZ", tz}};
}

/// Runs `args` at `now` and REQUIREs exit code 0.
inline RunResult must(const Sandbox& box, const std::string& now,
                      const std::vector<std::string>& args, const std::string& in = {},
                      const std::string& tz = "UTC") {
  auto r = box.run(args, in, at(now, tz));
  INFO(args.front() << " at " << now << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

/// `ipt export` (in `format`) at `now`: its stdout.
inline std::string export_of(const Sandbox& box, const std::string& format = "json",
                             const std::string& now = "2026-11-20 12:00") {
  return must(box, now, {"export", "--format", format}).out;
}

/// `ipt import FILE --format json` at `now`: the summary.
inline nlohmann::json import_json(const Sandbox& box, const std::string& file,
                                  const std::string& now = "2026-11-20 12:00",
                                  std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"import", file, "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return nlohmann::json::parse(must(box, now, args).out);
}

/// The sum of one count ("added", "updated", "kept") over every kind in an import summary.
inline int total(const nlohmann::json& summary, const std::string& count) {
  int n = 0;
  for (const auto& [kind, c] : summary.at("counts").items())
    n += c.at(count).get<int>();
  return n;
}

/// The entries `ipt list --format json` shows, oldest first.
inline nlohmann::json entries(const Sandbox& box, const std::string& now = "2026-11-20 12:00") {
  return box.run_json({"list", "--format", "json"}, {}, at(now));
}

/// A journal with every kind of record an export holds, made in Berlin time (so entries carry a
/// UTC offset that is not zero) over October 2026: two people (one with every inventory field),
/// a dispute with two stage changes and two ratings, a grief area, focus changes, a course, a
/// phase pinned and unpinned, check-ins, events (with feelings, impact, tags and people, one
/// logged with its check-in and put on the agenda), two reflections, a PHQ-9 and a GAD-7, two
/// versions of the safety plan, agenda items (one done) and the prompts asked.
inline void make_full_journal(const Sandbox& box) {
  const std::string tz = "Europe/Berlin";
  auto run = [&](const std::string& now, const std::vector<std::string>& args,
                 const std::string& in = {}) { return must(box, now, args, in, tz); };
  run("2026-10-01 08:00", {"people",        "add",
                           "Sam",           "--circle",
                           "inner",         "--role",
                           "partner",       "--note",
                           "lives with me", "--contact",
                           "daily",         "--satisfying",
                           "jokes",         "--unsatisfying",
                           "chores",        "--my-expectations",
                           "help at home",  "--their-expectations",
                           "listen",        "--change",
                           "talk calmly"});
  run("2026-10-01 08:05", {"people", "add", "Mum", "--circle", "middle"});
  run("2026-10-01 08:10", {"area", "add", "dispute", "Sam and chores", "--with", "Sam", "--stage",
                           "renegotiation", "--afraid", "no"});
  run("2026-10-01 08:20", {"area", "add", "grief", "Grandma"});
  run("2026-10-01 09:00", {"course", "start", "-d", "2026-10-01"});
  run("2026-10-08 20:00", {"area", "stage", "1", "impasse"});
  run("2026-10-09 20:00", {"area", "rate", "2"});
  run("2026-10-10 20:00", {"area", "rate", "3"});
  run("2026-10-15 20:00", {"area", "focus", "2"});
  run("2026-10-16 20:00", {"area", "focus", "1"});
  run("2026-10-20 10:00", {"phase", "set", "middle"});
  run("2026-10-20 21:30", {"log", "5", "tired, ünïcödé ✓", "--anxiety", "6", "--energy", "3",
                           "--sleep", "6.5", "-t", "work"});
  run("2026-10-21 22:15",
      {"log", "4", "after the row", "--event", "argued about dishes", "--with", "Sam", "--kind",
       "conflict", "--impact", "-2", "--feel", "angry,hurt", "-t", "home", "--agenda"});
  run("2026-10-22 07:45", {"event", "Mum called", "--with", "Mum,Sam", "--kind", "support",
                           "--feel", "calm", "--impact", "2"});
  run("2026-10-23 19:00", {"reflect"}, "answer one\n---\nanswer two\n");
  run("2026-10-24 10:00", {"check", "phq9", "--answers", "1,1,2,1,0,1,0,0,0", "--difficulty", "1"});
  run("2026-10-24 10:05", {"check", "gad7", "--answers", "1,1,0,1,0,1,0"});
  run("2026-10-24 11:00", {"plan"},
      "feeling low\n---\nwalk\n---\nfriends\n---\nSam\n---\nGP\n---\nmeds away\n---\nmy cat\n");
  run("2026-10-25 11:00", {"plan"}, "\n---\nrun\n---\n\n---\n\n---\n\n---\n\n---\n\n");
  run("2026-10-25 12:00", {"agenda", "add", "ask about sleep"});
  run("2026-10-25 12:01", {"agenda", "add", "talk about Grandma"});
  run("2026-10-26 12:01", {"agenda", "done", "3"});
  run("2026-10-26 12:02", {"prompts"});
  run("2026-10-27 12:02", {"phase", "auto"});
}

}  // namespace ipt::test::exchange
