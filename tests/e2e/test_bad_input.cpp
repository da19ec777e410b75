// Bad input is refused with exit 2 (or 1 for a missing thing), a clear message naming the
// problem, nothing on stdout, and the journal exactly as it was.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::Env;
using ipt::test::Sandbox;

namespace {

const Env kNow{{"IPT_NOW", "2026-11-26 12:00"}};

struct BadRow {
  std::vector<std::string> args;
  std::string stdin_text;
  int code;
  std::string needle;  // stderr must contain this
};

// Entries #1..#4 and the people Sam and Alex.
void seed(const Sandbox& box) {
  const std::vector<std::vector<std::string>> commands{
      {"log", "6", "first note", "--with", "Sam", "--tag", "work", "--anxiety", "3"},
      {"event", "argued about chores", "--with", "Sam,Alex", "--kind", "conflict", "--impact", "-2",
       "--feel", "angry"},
      {"log", "4", "--date", "yesterday", "--event", "a long talk", "--with", "Alex", "--kind",
       "talk", "--impact", "1"},
  };
  for (const auto& args : commands) {
    auto r = box.run(args, "", kNow);
    INFO("seed: " << r.err);
    REQUIRE(r.exit_code == 0);
  }
}

struct Snapshot {
  std::string entries, people;
  bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const Sandbox& box) {
  // Both at once: readers don't block each other, and it halves the wait under a sanitizer.
  auto list = box.spawn({"list", "--format", "json"}, "", kNow);
  auto people = box.spawn({"people", "--format", "json"}, "", kNow).wait();
  auto entries = list.wait();
  REQUIRE(entries.exit_code == 0);
  REQUIRE(people.exit_code == 0);
  return {entries.out, people.out};
}

// A seeded journal made once; each row starts from a byte-for-byte copy of it, which is much
// cheaper than seeding ~100 journals on a loaded machine.
struct Template {
  Sandbox box;
  Snapshot state;
  Template() {
    seed(box);
    state = snapshot(box);
    REQUIRE(nlohmann::json::parse(state.entries).size() == 4);
  }
  void copy_to(const Sandbox& to) const {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      if (ipt::test::exists(box.db() + suffix))
        ipt::test::write_file(to.db() + suffix, ipt::test::file_bytes(box.db() + suffix));
    }
  }
};

// argv as a readable string: non-printable bytes as \xNN, long words cut.
std::string shown(const std::vector<std::string>& args, const std::string& in) {
  std::string out = "ipt";
  for (const auto& a : args) {
    out += " '";
    for (std::size_t i = 0; i < a.size() && i < 40; ++i) {
      const auto c = static_cast<unsigned char>(a[i]);
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += (c < 0x20 || c >= 0x7f) ? std::string(hex) : std::string(1, a[i]);
    }
    out += a.size() > 40 ? "...'" : "'";
  }
  if (!in.empty())
    out += " < " + std::to_string(in.size()) + " bytes";
  return out;
}

// `bytes` bytes of "é", a two-byte character.
std::string two_byte(std::size_t bytes) {
  std::string s;
  while (s.size() < bytes)
    s += "\xc3\xa9";
  return s;
}

std::vector<BadRow> bad_rows() {
  const std::string mib(1024 * 1024, 'n');
  std::vector<BadRow> rows{
      // mood and the other scales
      {{"log", "11"}, "", 2, "mood"},
      {{"log", "-1"}, "", 2, "mood"},
      {{"log", "6.5"}, "", 2, "mood"},
      {{"log", "abc"}, "", 2, "mood"},
      {{"log", ""}, "", 2, "mood"},
      {{"log", "5x"}, "", 2, "mood"},
      {{"log", "+11"}, "", 2, "mood"},
      {{"log", "5", "--anxiety", "11"}, "", 2, "anxiety"},
      {{"log", "5", "--anxiety", ""}, "", 2, "anxiety"},
      {{"log", "5", "--energy", "-1"}, "", 2, "energy"},
      {{"log", "5", "--sleep", "25"}, "", 2, "sleep"},
      {{"log", "5", "--sleep", "-1"}, "", 2, "sleep"},
      {{"log", "5", "--sleep", "abc"}, "", 2, "sleep"},
      {{"log", "5", "--sleep", "nan"}, "", 2, "sleep"},
      {{"log", "5", "--sleep", "inf"}, "", 2, "sleep"},
      // impact and kind, on event and on log --event
      {{"event", "x", "--impact", "4"}, "", 2, "impact"},
      {{"event", "x", "--impact", "-4"}, "", 2, "impact"},
      {{"event", "x", "--impact", "1.5"}, "", 2, "impact"},
      {{"event", "x", "--impact", "x"}, "", 2, "impact"},
      {{"log", "5", "--event", "talked", "--impact", "4"}, "", 2, "impact"},
      {{"log", "5", "--event", "talked", "--impact", "-4"}, "", 2, "impact"},
      {{"log", "5", "--event", "talked", "--impact", "1.5"}, "", 2, "impact"},
      {{"log", "5", "--event", "talked", "--impact", "x"}, "", 2, "impact"},
      {{"event", "x", "--kind", "fight"}, "", 2, "kind"},
      {{"log", "5", "--event", "talked", "--kind", "fight"}, "", 2, "kind"},
      {{"log", "5", "--kind", "conflict"}, "", 2, "kind"},
      {{"log", "5", "--impact", "2"}, "", 2, "impact"},
      {{"event", "x", "--feel", ""}, "", 2, "feeling"},
      // dates and times (today is 2026-11-26 12:00)
      {{"log", "5", "--date", "tomorrow"}, "", 2, "is in the future"},
      {{"log", "5", "--date", "2026-02-30"}, "", 2, "date"},
      {{"log", "5", "--date", "2026-13-01"}, "", 2, "date"},
      {{"log", "5", "--date", "2027-01-01"}, "", 2, "future"},
      {{"event", "x", "--date", "2027-01-01"}, "", 2, "future"},
      {{"log", "5", "--date", "today 23:59"}, "", 2, "future"},
      {{"log", "5", "--date", "25:00"}, "", 2, "time"},
      {{"log", "5", "--date", "last"}, "", 2, "weekday"},
      {{"log", "5", "--date", "garbage"}, "", 2, "date"},
      {{"log", "5", "--date", ""}, "", 2, "date"},
      {{"list", "--on", "garbage"}, "", 2, "date"},
      // empty and oversized text
      {{"event", ""}, "", 2, "empty"},
      {{"event", "   "}, "", 2, "empty"},
      {{"event", "-"}, "", 2, "empty"},
      {{"log", "5", "--event", ""}, "", 2, "empty"},
      {{"log", "5", "--event", "  "}, "", 2, "empty"},
      {{"log", "5", "-"}, mib, 2, "64 KiB"},
      {{"log", "5", "-"}, std::string(65537, 'n'), 2, "64 KiB"},
      {{"event", "-"}, std::string(70000, 'e'), 2, "64 KiB"},
      {{"event", "-"}, two_byte(70000), 2, "64 KiB"},  // valid UTF-8, just too long
      {{"log", "5", "-"}, two_byte(1024 * 1024), 2, "64 KiB"},
      {{"people", "add", std::string(101, 'n')}, "", 2, "bytes"},
      // invalid UTF-8, control characters, separators
      {{"log", "5", "-"}, "\xff\xfe", 2, "UTF-8"},
      {{"log", "5", "bell\x07"}, "", 2, "control"},
      {{"log", "5", "--with",
        "a\x01"
        "b"},
       "",
       2,
       "control"},
      // C1 controls (U+0080..U+009F) are control characters too; U+009B is a terminal CSI.
      {{"log", "5",
        "esc \xc2\x9b"
        "31m red"},
       "",
       2,
       "control"},
      {{"people", "add", "Jo\xc2\x85"}, "", 2, "control"},
      {{"log", "5", "--with", ","}, "", 2, "empty"},
      {{"people", "add", "a,b"}, "", 2, "comma"},
      {{"log", "5", "--tag", "late shift"}, "", 2, "space"},
      // the command line itself
      {{"log", "--mod", "5"}, "", 2, "--mod"},
      {{"lgo", "5"}, "", 2, "lgo"},
      {{"log"}, "", 2, "MOOD"},
      {{"--db", "", "log", "5", "elsewhere"}, "", 2, "--db"},
      {{"--color", "sometimes", "list"}, "", 2, "color"},
      {{"list", "--format", "xml"}, "", 2, "format"},
      {{"list", "--from", "2026-11-20", "--to", "2026-11-10"}, "", 2, "after"},
      {{"list", "-n", "0"}, "", 2, "-n"},
      {{"list", "-n", "abc"}, "", 2, "-n"},
      {{"list", "--kind", "fight"}, "", 2, "kind"},
      // entries by id
      {{"rm", "1"}, "", 2, "--yes"},
      {{"edit", "1"}, "", 2, "nothing to change"},
      {{"edit", "1", "--kind", "conflict"}, "", 2, "kind"},
      {{"edit", "2", "--mood", "5"}, "", 2, "mood"},
      {{"edit", "2", "--text", ""}, "", 2, "empty"},
      {{"edit", "2", "--clear", "note"}, "", 2, "clear"},
      {{"edit", "1", "--clear", "bogus"}, "", 2, "bogus"},
      {{"show", "99"}, "", 1, "#99"},
      {{"edit", "99", "--mood", "5"}, "", 1, "#99"},
      {{"rm", "99", "--yes"}, "", 1, "#99"},
      // people
      {{"people", "add", ""}, "", 2, "empty"},
      {{"people", "add", "Kim", "--circle", "closest"}, "", 2, "circle"},
      {{"people", "add", "sam"}, "", 1, "already"},
      {{"people", "edit", "Nobody", "--circle", "inner"}, "", 1, "Nobody"},
      {{"people", "rm", "Nobody"}, "", 1, "Nobody"},
      {{"people", "rm", "Sam"}, "", 2, "--force"},
      {{"people", "edit", "Sam", "--rename", "alex"}, "", 1, "already"},
  };
  for (const char* bad : {"\xff\xfe", "\xc3\x28", "\xc0\xaf"}) {
    rows.push_back({{"log", "5", std::string("note ") + bad}, "", 2, "UTF-8"});
    rows.push_back({{"event", std::string("text ") + bad}, "", 2, "UTF-8"});
    rows.push_back({{"log", "5", "--with", std::string("Jo") + bad}, "", 2, "UTF-8"});
  }
  for (const char* cmd : {"show", "edit", "rm"}) {
    for (const char* id : {"abc", "0", "-5"}) {
      std::vector<std::string> args{cmd, id};
      if (std::string(cmd) == "edit")
        args.insert(args.end(), {"--mood", "5"});
      if (std::string(cmd) == "rm")
        args.push_back("--yes");
      rows.push_back({args, "", 2, "not an entry id"});
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("bad input: every row is refused and leaves the journal unchanged", "[bad-input]") {
  const auto rows = bad_rows();
  REQUIRE(rows.size() >= 45);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    DYNAMIC_SECTION("row " << i << ": " << shown(row.args, row.stdin_text)) {
      static const Template seeded;
      Sandbox box;
      seeded.copy_to(box);
      const auto& before = seeded.state;
      const auto r = box.run(row.args, row.stdin_text, kNow);
      INFO("stderr: " << r.err);
      INFO("stdout: " << r.out);
      CHECK(r.exit_code == row.code);
      CHECK(r.err.starts_with("ipt: error: "));
      CHECK(r.err.find(row.needle) != std::string::npos);
      CHECK_FALSE(ipt::test::leaks_internals(r.err, box.path()));
      CHECK(r.out.empty());
      // One short, readable line: user text is quoted in brief, nothing is dumped.
      CHECK(r.err.substr(0, r.err.find('\n')).size() <= 200);
      CHECK(snapshot(box) == before);
    }
  }
}

TEST_CASE("bad input: invalid input on a missing journal creates nothing", "[bad-input]") {
  Sandbox box;
  for (const std::vector<std::string>& args : {std::vector<std::string>{"log", "11"},
                                               {"event", ""},
                                               {"log", "5", "--date", "2099-01-01"},
                                               {"people", "add", ""},
                                               {"log", "5", "--with", "\xff"}}) {
    auto r = box.run(args, "", kNow);
    INFO(shown(args, "") << "\nstderr: " << r.err);
    CHECK(r.exit_code == 2);
    CHECK_FALSE(ipt::test::exists(box.db()));
  }
}

TEST_CASE("bad input: a text of exactly 64 KiB is accepted, one byte more is refused",
          "[bad-input]") {
  Sandbox box;
  const std::string max(65536, 'a');
  const std::string max_two_byte = two_byte(65536);
  REQUIRE(box.run({"log", "5", "-"}, max).exit_code == 0);
  REQUIRE(box.run({"event", "-"}, max_two_byte).exit_code == 0);
  auto entries = box.run_json({"list", "--format", "json"});
  REQUIRE(entries.size() == 2);
  CHECK(entries[0]["text"] == max);
  CHECK(entries[1]["text"] == max_two_byte);

  auto r = box.run({"log", "5", "-"}, max + "a");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("65537 bytes") != std::string::npos);
  // A megabyte is not "65537 bytes": the message must not understate what was given.
  r = box.run({"log", "5", "-"}, std::string(1024 * 1024, 'a'));
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("65537") == std::string::npos);
  CHECK(box.run_json({"list", "--format", "json"}).size() == 2);
}

TEST_CASE("bad input: quotes, SQL metacharacters and Unicode are stored verbatim", "[bad-input]") {
  Sandbox box;
  const std::vector<std::string> notes{
      "it's \"quoted\" and 'single'",        "back\\slash \\n \\\\ \\x00 not escapes",
      "'); DROP TABLE entries; --",          "\"; DELETE FROM people WHERE 1=1; SELECT \"",
      "100% _done_ [x] *glob* ?one %% LIKE", "Zoë 🙂 日本語 עברית Ελληνικά",
      "line one\nline two\ttabbed",          "$(touch pwned) `id` ${HOME} | & ; < >",
  };
  for (const auto& note : notes)
    REQUIRE(box.run({"log", "5", note}).exit_code == 0);
  const std::string robert = "Robert'); DROP TABLE people;--";
  REQUIRE(box.run({"event", notes[2], "--with", robert + ",O'Brien,Zoë"}).exit_code == 0);
  REQUIRE(box.run({"event", "-"}, notes[5]).exit_code == 0);

  auto entries = box.run_json({"list", "--format", "json"});
  auto expected = notes;
  expected.push_back(notes[2]);
  expected.push_back(notes[5]);
  CHECK(ipt::test::texts(entries) == expected);
  CHECK(entries[notes.size()]["people"] == nlohmann::json::array({robert, "O'Brien", "Zoë"}));

  std::vector<std::string> names;
  for (const auto& p : box.run_json({"people", "--format", "json"}))
    names.push_back(p.at("name").get<std::string>());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"O'Brien", robert, "Zoë"});

  // LIKE and GLOB wildcards in a search match themselves only.
  CHECK(box.run_json({"list", "--contains", "%", "--format", "json"}).size() == 1);
  CHECK(box.run_json({"list", "--contains", "_done_", "--format", "json"}).size() == 1);
  CHECK(box.run_json({"list", "--contains", "'", "--format", "json"}).size() == 3);
  CHECK(box.run_json({"list", "--with", "o'brien", "--format", "json"}).size() == 1);
  CHECK(box.run_json({"show", "3", "--format", "json"})["text"] == notes[2]);
}
