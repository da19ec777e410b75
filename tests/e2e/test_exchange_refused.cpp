// End to end: ipt import is all or nothing. A file with anything wrong in it is refused with exit
// code 2, an error naming the file, the record and the field, and the journal byte for byte as
// it was; with no journal, none is created.
#include <cstdio>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/exchange_fixtures.hpp"

using ipt::test::describe;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::Sandbox;
using ipt::test::write_file;
using ipt::test::exchange::at;
using ipt::test::exchange::export_of;
using ipt::test::exchange::must;
using json = nlohmann::json;

namespace {

const std::string kNow = "2026-11-20 12:00";

/// Imports `bytes` as the file `name` into `box`'s journal and (unless `code` is 1: a conflict
/// with the journal) into a sandbox with none, as a dry run too, and checks it is refused: exit
/// `code`, every needle on stderr after the file's name, nothing on stdout, the journal unchanged
/// and none created.
void expect_import_refused(const Sandbox& box, const std::string& name, const std::string& bytes,
                           const std::vector<std::string>& needles, int code = 2) {
  Sandbox empty;
  std::vector<const Sandbox*> boxes{&box};
  if (code == 2)
    boxes.push_back(&empty);
  for (const Sandbox* b : boxes) {
    const auto file = b->path() + "/" + name;
    write_file(file, bytes);
    const bool journal = ipt::test::exists(b->db());
    const auto before = journal ? file_bytes(b->db()) : std::string();
    const auto names = ipt::test::dir_names(b->path());
    for (const char* dry : {"", "--dry-run"}) {
      std::vector<std::string> args{"import", file};
      if (*dry != '\0')
        args.emplace_back(dry);
      const auto r = b->run(args, {}, at(kNow));
      INFO(name << (journal ? " into a journal " : " with no journal ") << dry << "\n"
                << describe(r));
      CHECK(r.exit_code == code);
      CHECK(r.out.empty());
      CHECK(has(r.err, "ipt: error: " + file + ": "));
      for (const auto& n : needles)
        CHECK(has(r.err, n));
      CHECK(has(r.err, "othing was imported"));
      CHECK_FALSE(has(r.err, "last read"));  // never the file's (private) text
      CHECK_FALSE(ipt::test::leaks_internals(r.err, b->path()));
    }
    if (journal)
      CHECK(file_bytes(b->db()) == before);
    else
      CHECK_FALSE(ipt::test::exists(b->db()));
    CHECK(ipt::test::dir_names(b->path()) == names);
  }
}

/// A journal with a person, an area and three check-ins (the first with the person), and its
/// export.
std::string small_journal(const Sandbox& box) {
  must(box, "2026-11-01 09:00", {"people", "add", "Sam"});
  must(box, "2026-11-01 09:05", {"log", "5", "one", "--with", "Sam"});
  must(box, "2026-11-02 09:05", {"log", "6", "two"});
  must(box, "2026-11-03 09:05", {"log", "7", "three"});
  return export_of(box, "json", kNow);
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

std::string fake_uuid(int n) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", n);
  return buf;
}

}  // namespace

TEST_CASE("exchange: a truncated export is refused and imports nothing", "[exchange]") {
  Sandbox box;
  const auto doc = small_journal(box);
  expect_import_refused(box, "cut.json", doc.substr(0, doc.size() / 2),
                        {"the file ends part-way through"});
  expect_import_refused(box, "empty.json", "", {"the file is empty"});
}

TEST_CASE("exchange: an export of version 2 is refused", "[exchange]") {
  Sandbox box;
  const auto doc = small_journal(box);
  expect_import_refused(box, "v2.json", replace_once(doc, "\"version\": 1", "\"version\": 2"),
                        {"this export has version 2; this ipt reads version 1", "upgrade ipt"});
  const auto jsonl = export_of(box, "jsonl", kNow);
  expect_import_refused(box, "v2.jsonl", replace_once(jsonl, "\"version\":1", "\"version\":2"),
                        {"line 1", "version 2"});
}

TEST_CASE(
    "exchange: a bad field in the 500th entry names the record and field and imports none "
    "of the 499 before it",
    "[exchange]") {
  Sandbox box;
  auto doc = json::parse(small_journal(box));
  const auto one = doc["entries"][1];  // "two": no person, no area
  json many = json::array();
  for (int i = 0; i < 600; ++i) {
    auto e = one;
    e["uuid"] = fake_uuid(i);
    char day[16];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", 2010 + i / 300, 1 + (i / 25) % 12, 1 + i % 25);
    e["day"] = day;
    e["at"] = std::string(day) + "T09:05:00+00:00";
    e["text"] = "entry " + std::to_string(i);
    many.push_back(std::move(e));
  }
  doc["entries"] = many;
  doc["entries"][499]["mood"] = 11;
  expect_import_refused(box, "big.json", doc.dump(2),
                        {"entries[499] (uuid " + fake_uuid(499) +
                         "): mood: 11 is not between 0 "
                         "and 10"});

  // The same file with entry 499 put right imports all 600.
  doc["entries"][499]["mood"] = 10;
  const auto file = box.path() + "/good.json";
  write_file(file, doc.dump(2));
  const auto s = ipt::test::exchange::import_json(box, file, kNow);
  CHECK(s["counts"]["entries"]["added"] == 600);
}

TEST_CASE(
    "exchange: a reference to a UUID that is nowhere is refused, naming the field and the "
    "UUID",
    "[exchange]") {
  Sandbox box;
  auto doc = json::parse(small_journal(box));
  const auto nobody = fake_uuid(42);
  doc["entries"][2]["people"] = json{nobody};
  expect_import_refused(box, "dangling.json", doc.dump(2),
                        {"entries[2]", "people", nobody,
                         "neither earlier in the file nor in the "
                         "journal"});
  // An area, and an event's check-in, are references too.
  doc = json::parse(export_of(box, "json", kNow));
  doc["entries"][0]["area"] = nobody;
  expect_import_refused(box, "area.json", doc.dump(2), {"entries[0]", "area", nobody});
}

TEST_CASE("exchange: a JSONL export with a bad line names the line", "[exchange]") {
  Sandbox box;
  small_journal(box);
  auto l = ipt::test::lines(export_of(box, "jsonl", kNow));
  REQUIRE(l.size() == 5);  // the header, a person, three check-ins
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
      s += x + "\n";
    return s;
  };
  auto broken = l;
  broken[3] = broken[3].substr(0, broken[3].size() / 2);
  expect_import_refused(box, "cut.jsonl", join(broken),
                        {"line 4: the line ends part-way through (at column"});
  auto bad = l;
  bad[4] = replace_once(bad[4], "\"mood\":7", "\"mood\":\"seven\"");
  expect_import_refused(box, "mood.jsonl", join(bad), {"line 5", "mood", "whole number"});
}

TEST_CASE("exchange: a record of an unknown type is refused", "[exchange]") {
  Sandbox box;
  small_journal(box);
  const auto jsonl = export_of(box, "jsonl", kNow);
  expect_import_refused(box, "type.jsonl",
                        replace_once(jsonl, "\"type\":\"person\"", "\"type\":\"spaceship\""),
                        {"line 2", "\"spaceship\" is not a kind of record"});
  // In JSON a kind is a list: one ipt does not know (a typo, a later ipt's) is not left out.
  const auto doc = export_of(box, "json", kNow);
  expect_import_refused(
      box, "typo.json",
      replace_once(doc, "\"entries\": [", "\"entrys\": [\n{\"mood\": 3}\n],\n\"entries\": ["),
      {"\"entrys\" is not a kind of record", "people, areas"});
}

TEST_CASE("exchange: a file that is not an ipt export is refused", "[exchange]") {
  Sandbox box;
  small_journal(box);
  expect_import_refused(box, "foo.json", "{\"foo\":1}\n",
                        {"this is not an ipt export", "\"format\" and \"version\""});
  expect_import_refused(box, "other.json", "{\"format\": \"jrnl\", \"version\": 1}\n",
                        {"this is not an ipt export"});
  expect_import_refused(box, "list.json", "[1, 2]\n", {"one JSON object"});
}

TEST_CASE(
    "exchange: an open course in the file and another in the journal is refused with exit "
    "1",
    "[exchange]") {
  Sandbox a, b;
  must(a, "2026-10-01 09:00", {"course", "start"});
  must(b, "2026-10-05 09:00", {"course", "start"});
  // Exit 1: the file is valid, but this journal can't hold it as it is.
  expect_import_refused(b, "course.json", export_of(a, "json", kNow),
                        {"courses[0]", "a journal has one open course at a time"}, 1);
}
