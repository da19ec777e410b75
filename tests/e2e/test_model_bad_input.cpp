// Bad input to the IPT model's commands (course, phase, area, --area, the inventory fields) is
// refused with exit 2 (or 1 for a missing thing), "ipt: error: " and a message naming the
// problem, nothing on stdout, and the journal exactly as it was.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::Env;
using ipt::test::Sandbox;

namespace {

const Env kNow{{"IPT_NOW", "2026-11-26 12:00"}};

// The journal a row starts from.
enum class Seed {
  open,    // an open course from 2026-10-20 (week 6), a pin-free phase, areas #1..#3
  closed,  // the same but the course has ended: none is open
};

struct BadRow {
  Seed seed;
  std::vector<std::string> args;
  int code;
  std::string needle;  // stderr must contain this
};

// Areas: #1 dispute (focus, impasse), #2 grief (open), #3 transition (resolved). People Sam and
// Alex. Entries #1 (check-in, area 1), #2 (event, area 2).
void seed(const Sandbox& box, Seed s) {
  std::vector<std::vector<std::string>> commands{
      {"course", "start", "-d", "2026-10-20"},
      {"area", "add", "dispute", "Sam and chores", "--with", "Sam", "--stage", "impasse"},
      {"area", "add", "grief", "Grandma"},
      {"area", "add", "transition", "New job"},
      {"area", "resolve", "3", "--note", "settled in"},
      {"people", "add", "Alex", "--circle", "inner", "--contact", "weekly"},
      {"log", "6", "first note"},
      {"event", "a talk", "--with", "Alex", "--kind", "talk", "--area", "2"},
  };
  if (s == Seed::closed)
    commands.push_back({"course", "end", "-d", "2026-11-20"});
  for (const auto& args : commands) {
    auto r = box.run(args, "", kNow);
    INFO("seed: " << args[0] << " " << args[1] << ": " << r.err);
    REQUIRE(r.exit_code == 0);
  }
}

// Everything the user can see of the model, as ipt prints it.
std::vector<std::string> snapshot(const Sandbox& box) {
  std::vector<std::string> out;
  for (const std::vector<std::string>& args : {std::vector<std::string>{"list", "--format", "json"},
                                               {"people", "--format", "json"},
                                               {"area", "--format", "json"},
                                               {"course", "--format", "json"},
                                               {"course", "list", "--format", "json"}}) {
    auto r = box.run(args, "", kNow);
    REQUIRE(r.exit_code == 0);
    out.push_back(r.out);
  }
  return out;
}

// A seeded journal made once; each row starts from a byte-for-byte copy of it.
struct Template {
  Sandbox box;
  std::vector<std::string> state;
  explicit Template(Seed s) {
    seed(box, s);
    state = snapshot(box);
  }
  void copy_to(const Sandbox& to) const {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      if (ipt::test::exists(box.db() + suffix))
        ipt::test::write_file(to.db() + suffix, ipt::test::file_bytes(box.db() + suffix));
    }
  }
};

std::string shown(const std::vector<std::string>& args) {
  std::string out = "ipt";
  for (const auto& a : args)
    out += " '" + a + "'";
  return out;
}

std::vector<BadRow> bad_rows() {
  const auto O = Seed::open;
  const auto C = Seed::closed;
  return {
      // problem areas: kinds and stages
      {O, {"area", "add", "bogus", "t"}, 2, "grief, dispute, transition, deficits"},
      {O, {"area", "add", "", "t"}, 2, "problem area"},
      {O, {"area", "add", "dispute", "t", "--stage", "stuck"}, 2, "renegotiation"},
      {O, {"area", "add", "grief", "t", "--stage", "impasse"}, 2, "dispute"},
      {O, {"area", "add", "change", "t", "--stage", "impasse"}, 2, "dispute"},
      {O, {"area", "add", "dispute", ""}, 2, "empty"},
      {O, {"area", "add", "dispute", "t", "--with", ","}, 2, "empty"},
      {O, {"area", "add"}, 2, "KIND"},
      {O, {"area", "stage", "2", "impasse"}, 2, "dispute"},
      {O, {"area", "stage", "1", "stuck"}, 2, "impasse"},
      {O, {"area", "stage", "1"}, 2, "STAGE"},
      {O, {"area", "resolve", "1", "--note", "bell\x07"}, 2, "control"},
      {O, {"area", "--format", "xml"}, 2, "format"},
      // area ids
      {O, {"area", "show", "abc"}, 2, "abc"},
      {O, {"area", "focus", "0"}, 2, "'0'"},
      {O, {"area", "resolve", "1.5"}, 2, "1.5"},
      {O, {"area", "show", "99"}, 1, "#99"},
      {O, {"area", "focus", "99"}, 1, "#99"},
      {O, {"area", "stage", "99", "impasse"}, 1, "#99"},
      {O, {"area", "resolve", "99"}, 1, "#99"},
      {O, {"area", "reopen", "99"}, 1, "#99"},
      {O, {"area", "reopen", "1"}, 1, "not resolved"},
      {O, {"area", "resolve", "3"}, 1, "already resolved"},
      {O, {"area", "focus", "3"}, 1, "resolved"},
      // --area on entries
      {O, {"log", "5", "--area", "abc"}, 2, "'abc'"},
      {O, {"log", "5", "--area", "0"}, 2, "'0'"},
      {O, {"log", "5", "--area", ""}, 2, "problem area"},
      {O, {"event", "x", "--area", "-2"}, 2, "'-2'"},
      {O, {"log", "5", "--area", "99"}, 1, "#99"},
      {O, {"event", "x", "--area", "99"}, 1, "#99"},
      {O, {"edit", "1", "--area", "99"}, 1, "#99"},
      {O, {"edit", "1", "--area", "abc"}, 2, "'abc'"},
      {O, {"list", "--area", "abc"}, 2, "'abc'"},
      {O, {"list", "--area", "0"}, 2, "'0'"},
      // the phase
      {O, {"phase", "set", "bogus"}, 2, "termination"},
      {O, {"phase", "set", "none"}, 2, "maintenance"},
      {O, {"phase", "set"}, 2, "PHASE"},
      // the course
      {O, {"course", "start"}, 1, "already open"},
      {O, {"course", "start", "--weeks", "3"}, 2, "4 to 52"},
      {O, {"course", "start", "--weeks", "53"}, 2, "4 to 52"},
      {O, {"course", "start", "--weeks", "abc"}, 2, "--weeks"},
      {O, {"course", "start", "--weeks", "0x10"}, 2, "--weeks"},
      {O, {"course", "start", "--weeks", ""}, 2, "--weeks"},
      {O, {"course", "edit", "--weeks", ""}, 2, "--weeks"},
      {O, {"course", "start", "--weeks", "6", "--initial-weeks", "4"}, 2, "no middle"},
      {O, {"course", "start", "--initial-weeks", "0"}, 2, "at least one week"},
      {O, {"course", "start", "-d", "2027-01-01"}, 2, "future"},
      {O, {"course", "edit", "--weeks", "3"}, 2, "4 to 52"},
      {O, {"course", "edit", "--weeks", "60"}, 2, "4 to 52"},
      {O, {"course", "edit", "--weeks", "6"}, 2, "no middle"},
      {O, {"course", "edit", "--termination-weeks", "13"}, 2, "no middle"},
      {O, {"course", "edit"}, 2, "nothing to change"},
      {O, {"course", "end", "-d", "2026-10-01"}, 2, "before it starts"},
      {O, {"course", "--format", "csv"}, 2, "format"},
      {C, {"course", "end"}, 1, "no course is open"},
      {C, {"course", "edit", "--weeks", "12"}, 1, "no course is open"},
      // people: circles and the inventory fields
      {O, {"people", "add", "Kim", "--circle", "closest"}, 2, "closest"},
      {O, {"people", "add", "Kim", "--contact", "hourly"}, 2, "daily, weekly, monthly, rarely"},
      {O, {"people", "edit", "Alex", "--contact", "often"}, 2, "daily, weekly, monthly, rarely"},
      {O, {"people", "edit", "Alex", "--circle", "far"}, 2, "far"},
      {O, {"people", "edit", "Alex", "--satisfying", "\xff"}, 2, "UTF-8"},
      {O, {"people", "edit", "Alex", "--change", "a\x01"}, 2, "control"},
      {O, {"people", "edit", "Nobody", "--contact", "daily"}, 1, "Nobody"},
      {O, {"people", "circle", "--width", "10"}, 2, "width"},
      {O, {"people", "circle", "--format", "csv"}, 2, "format"},
      {O, {"inventory", "--format", "html"}, 2, "format"},
  };
}

}  // namespace

TEST_CASE("model bad input: every row is refused and leaves the journal unchanged", "[model]") {
  const auto rows = bad_rows();
  REQUIRE(rows.size() >= 25);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    DYNAMIC_SECTION("row " << i << ": " << shown(row.args)) {
      static const Template open(Seed::open);
      static const Template closed(Seed::closed);
      const Template& seeded = row.seed == Seed::open ? open : closed;
      Sandbox box;
      seeded.copy_to(box);
      const auto r = box.run(row.args, "", kNow);
      INFO("stderr: " << r.err);
      INFO("stdout: " << r.out);
      CHECK(r.exit_code == row.code);
      CHECK(r.err.starts_with("ipt: error: "));
      CHECK(r.err.find(row.needle) != std::string::npos);
      CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));
      CHECK(r.out.empty());
      CHECK(snapshot(box) == seeded.state);
    }
  }
}

TEST_CASE("model bad input: refused model commands on a missing journal create nothing",
          "[model]") {
  Sandbox box;
  for (const std::vector<std::string>& args : {std::vector<std::string>{"area", "add", "x", "t"},
                                               {"course", "start", "--weeks", "99"},
                                               {"phase", "set", "later"},
                                               {"people", "add", "Kim", "--contact", "x"},
                                               {"log", "5", "--area", "abc"}}) {
    auto r = box.run(args, "", kNow);
    INFO(shown(args) << "\nstderr: " << r.err);
    CHECK(r.exit_code == 2);
    CHECK_FALSE(ipt::test::exists(box.db()));
  }
}
