// End to end: how ipt import merges into a journal that has records already: the later version
// of a record wins (by its update time), whichever journal made it; two people with one name
// are both kept, the later-made renamed "NAME (2)".
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/exchange_fixtures.hpp"

using ipt::test::has;
using ipt::test::Sandbox;
using ipt::test::texts;
using ipt::test::write_file;
using ipt::test::exchange::entries;
using ipt::test::exchange::export_of;
using ipt::test::exchange::import_json;
using ipt::test::exchange::must;
using json = nlohmann::json;

namespace {

/// Writes `from`'s export (at `now`) into a file in `to`'s sandbox, and returns its path.
std::string export_into(const Sandbox& from, const Sandbox& to, const std::string& name,
                        const std::string& now) {
  const auto file = to.path() + "/" + name;
  write_file(file, export_of(from, "json", now));
  return file;
}

/// Each person's name by UUID.
std::map<std::string, std::string> names_by_uuid(const Sandbox& box) {
  std::map<std::string, std::string> out;
  for (const auto& p : box.run_json({"people", "--format", "json"}, {}, {}))
    out[p.at("uuid")] = p.at("name");
  return out;
}

/// Each entry's people by its text.
std::map<std::string, json> people_by_text(const Sandbox& box) {
  std::map<std::string, json> out;
  for (const auto& e : entries(box))
    out[e.at("text")] = e.at("people");
  return out;
}

}  // namespace

TEST_CASE(
    "exchange: the later version of a record wins, whichever journal made it, and an older one "
    "changes nothing",
    "[exchange]") {
  Sandbox a, b;
  must(a, "2026-11-01 10:00", {"people", "add", "Sam"});
  must(a, "2026-11-01 10:01", {"log", "5", "first"});
  must(a, "2026-11-01 10:02", {"log", "6", "other"});
  const auto first = export_into(a, b, "1.json", "2026-11-01 11:00");
  must(b, "2026-11-01 12:00", {"import", first});

  // A edits #1 and Sam; later, B edits #2.
  must(a, "2026-11-02 10:00", {"edit", "1", "--note", "first, edited in A"});
  must(a, "2026-11-02 10:01", {"people", "edit", "Sam", "--role", "partner"});
  must(b, "2026-11-03 10:00", {"edit", "2", "--note", "other, edited in B"});
  const auto second = export_into(a, b, "2.json", "2026-11-04 10:00");
  auto s = import_json(b, second, "2026-11-04 10:05");
  CHECK(s["counts"]["entries"] == json{{"added", 0}, {"updated", 1}, {"kept", 1}});
  CHECK(s["counts"]["people"] == json{{"added", 0}, {"updated", 1}, {"kept", 0}});
  CHECK(texts(entries(b)) == std::vector<std::string>{"first, edited in A", "other, edited in B"});
  CHECK(b.run_json({"people", "show", "Sam", "--format", "json"}, {}, {})["role"] == "partner");

  // The first export, older than A's edits, changes nothing in A.
  const auto old_into_a = a.path() + "/old.json";
  write_file(old_into_a, ipt::test::file_bytes(first));
  const auto before = export_of(a);
  s = import_json(a, old_into_a, "2026-11-04 10:10");
  CHECK(ipt::test::exchange::total(s, "updated") == 0);
  CHECK(ipt::test::exchange::total(s, "added") == 0);
  CHECK(texts(entries(a)) == std::vector<std::string>{"first, edited in A", "other"});
  CHECK(export_of(a) == before);

  // Both edit one record: the later edit wins in both journals once they have swapped exports.
  must(a, "2026-11-05 10:00", {"edit", "2", "--note", "other, edited in A later still"});
  must(b, "2026-11-05 09:00", {"edit", "1", "--note", "first, edited in B"});
  must(b, "2026-11-05 11:00", {"import", export_into(a, b, "3.json", "2026-11-05 10:30")});
  must(a, "2026-11-05 11:00", {"import", export_into(b, a, "4.json", "2026-11-05 11:00")});
  const std::vector<std::string> both{"first, edited in B", "other, edited in A later still"};
  CHECK(texts(entries(a)) == both);
  CHECK(texts(entries(b)) == both);
  CHECK(export_of(a) == export_of(b));
}

TEST_CASE(
    "exchange: two people called Sam in two journals are both kept, the later-made is "
    "Sam (2) in both, and entries keep their own",
    "[exchange]") {
  Sandbox f, g;
  must(f, "2026-11-01 10:00", {"people", "add", "Sam"});
  must(f, "2026-11-01 10:05", {"log", "5", "with F's Sam", "--with", "Sam"});
  must(g, "2026-11-02 10:00", {"people", "add", "sam"});  // one name as ipt compares names
  must(g, "2026-11-02 10:05", {"log", "6", "with G's Sam", "--with", "sam"});
  const auto f_sam = names_by_uuid(f).begin()->first;
  const auto g_sam = names_by_uuid(g).begin()->first;
  REQUIRE(f_sam != g_sam);

  // Into the journal of the earlier-made Sam: the incoming one is renamed.
  auto r = must(f, "2026-11-03 10:00", {"import", export_into(g, f, "g.json", "2026-11-03 09:00")});
  CHECK(has(r.out, "people: 1 added, 0 updated, 0 unchanged"));
  CHECK(has(r.out,
            "Two people in your journals were both called Sam: the one added later is now "
            "sam (2) (if they are one person: ipt people merge 'sam (2)' 'Sam')"));
  CHECK(names_by_uuid(f) == std::map<std::string, std::string>{{f_sam, "Sam"}, {g_sam, "sam (2)"}});
  CHECK(people_by_text(f) ==
        std::map<std::string, json>{{"with F's Sam", {"Sam"}}, {"with G's Sam", {"sam (2)"}}});

  // Into the journal of the later-made Sam: its own Sam is the one renamed.
  const auto s =
      import_json(g, export_into(f, g, "f.json", "2026-11-03 11:00"), "2026-11-03 12:00");
  CHECK(s["renamed"] == json{{{"kept", "Sam"}, {"renamed", "sam (2)"}}});
  CHECK(s["counts"]["people"] == json{{"added", 1}, {"updated", 0}, {"kept", 1}});
  CHECK(names_by_uuid(g) == names_by_uuid(f));
  CHECK(people_by_text(g) == people_by_text(f));
}

TEST_CASE(
    "exchange: a person renamed Sam (2) by an import stays Sam (2) when a later version "
    "of them is imported",
    "[exchange]") {
  Sandbox f, g;
  must(f, "2026-11-01 10:00", {"people", "add", "Sam"});
  must(g, "2026-11-02 10:00", {"people", "add", "Sam"});
  must(f, "2026-11-03 10:00", {"import", export_into(g, f, "1.json", "2026-11-03 09:00")});
  must(g, "2026-11-04 10:00", {"people", "edit", "Sam", "--role", "friend"});
  for (const char* now : {"2026-11-05 10:00", "2026-11-06 10:00"}) {
    const auto s = import_json(f, export_into(g, f, "2.json", now), now);
    CHECK(s["renamed"].empty());
    const auto people = f.run_json({"people", "--format", "json"}, {}, {});
    REQUIRE(people.size() == 2);
    CHECK(people[1]["name"] == "Sam (2)");
    CHECK(people[1]["role"] == "friend");
    must(g, now, {"people", "edit", "Sam", "--note", now});  // a later version each time
  }
}

TEST_CASE(
    "exchange: an export of some days imports into an empty journal, and its newer event "
    "keeps the check-in link it could not carry",
    "[exchange]") {
  Sandbox a, b, empty;
  // The event moved to the day after its check-in: an export of that day has the event only.
  must(a, "2026-11-05 10:00", {"log", "4", "late", "--event", "row", "-d", "2026-11-01 23:50"});
  must(a, "2026-11-05 10:01", {"edit", "2", "-d", "2026-11-02 00:10"});
  must(b, "2026-11-05 11:00", {"import", export_into(a, b, "all.json", "2026-11-05 10:30")});
  const auto linked = json::parse(export_of(b, "json", "2026-11-05 12:00"));
  REQUIRE(linked["entries"][1]["checkin"] == linked["entries"][0]["uuid"]);

  must(a, "2026-11-06 10:00", {"edit", "2", "--note", "row, edited"});
  const auto part = must(a, "2026-11-06 10:30", {"export", "--from", "2026-11-02"}).out;
  const auto doc = json::parse(part);
  REQUIRE(doc["entries"].size() == 1);
  CHECK(doc["entries"][0]["text"] == "row, edited");
  CHECK(doc["entries"][0]["checkin"].is_null());

  const auto into_empty = empty.path() + "/part.json";
  write_file(into_empty, part);
  must(empty, "2026-11-06 11:00", {"import", into_empty});
  CHECK(texts(entries(empty)) == std::vector<std::string>{"row, edited"});

  const auto into_b = b.path() + "/part.json";
  write_file(into_b, part);
  const auto s = import_json(b, into_b, "2026-11-06 11:00");
  CHECK(s["counts"]["entries"]["updated"] == 1);
  const auto after = json::parse(export_of(b, "json", "2026-11-06 12:00"));
  CHECK(after["entries"][1]["text"] == "row, edited");
  CHECK(after["entries"][1]["checkin"] == after["entries"][0]["uuid"]);
  CHECK(export_of(b, "json", "2026-11-06 12:00") == export_of(a, "json", "2026-11-06 12:00"));
}
