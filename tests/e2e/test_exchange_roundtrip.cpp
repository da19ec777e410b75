// End to end: ipt export and ipt import round trips (every kind of record out and back in, the
// same bytes out again), importing twice, --dry-run, and export never writing the journal.
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
using ipt::test::exchange::import_json;
using ipt::test::exchange::make_full_journal;
using ipt::test::exchange::must;
using ipt::test::exchange::total;
using json = nlohmann::json;

namespace {

const std::string kLater = "2026-11-20 12:00";

/// The read commands whose output two journals holding the same records print alike.
const std::vector<std::vector<std::string>> kViews{
    {"list", "--format", "json"},
    {"people", "--format", "json"},
    {"people", "show", "Sam", "--format", "json"},
    {"area", "--format", "json"},
    {"area", "show", "1", "--format", "json"},
    {"course", "list", "--format", "json"},
    {"phase", "--format", "json"},
    {"check", "--format", "json"},
    {"plan", "--format", "json"},
    {"agenda", "--all", "--format", "json"},
};

/// The export holds each kind of record make_full_journal makes: without this a round trip of
/// an export that left something out would pass.
void check_holds_everything(const json& doc) {
  REQUIRE(doc.at("people").size() == 2);
  const auto& people = doc["people"];
  const auto& sam = people[0]["name"] == "Sam" ? people[0] : people[1];
  CHECK(sam["name"] == "Sam");
  CHECK(sam["role"] == "partner");
  CHECK(sam["contact"] == "daily");
  CHECK(sam["wish"] == "talk calmly");
  CHECK(sam["their_expectations"] == "listen");
  REQUIRE(doc.at("areas").size() == 2);
  CHECK(doc["areas"][0]["stage"] == "impasse");
  CHECK(doc["areas"][0]["stages"].size() == 2);
  CHECK(doc["areas"][0]["ratings"].size() == 2);
  CHECK(doc["areas"][0]["afraid"] == false);
  CHECK(doc.at("focus_changes").size() == 3);
  CHECK(doc.at("courses").size() == 1);
  REQUIRE(doc.at("phase_pins").size() == 2);
  CHECK(doc["phase_pins"][0]["phase"] == "middle");
  CHECK(doc["phase_pins"][1]["phase"].is_null());
  const auto& es = doc.at("entries");
  std::vector<std::string> types;
  for (const auto& e : es)
    types.push_back(e["type"]);
  CHECK(types == std::vector<std::string>{"checkin", "checkin", "event", "event", "reflection",
                                          "reflection", "measure", "measure"});
  CHECK(es[0]["at"] == "2026-10-20T21:30:00+02:00");  // Berlin time, as it was logged
  CHECK(es[0]["text"] == "tired, ünïcödé ✓");
  CHECK(es[0]["sleep"] == 6.5);
  CHECK(es[2]["checkin"] == es[1]["uuid"]);  // log --event: the event and its check-in
  CHECK(es[2]["feelings"] == json{"angry", "hurt"});
  CHECK(es[2]["impact"] == -2);
  CHECK(es[3]["people"].size() == 2);
  CHECK(es[4]["prompt_id"].is_string());
  CHECK(es[6]["scale"] == "phq9");
  CHECK(es[6]["difficulty"] == 1);
  CHECK(doc.at("safety_plan").size() == 8);  // seven steps, then one step changed
  REQUIRE(doc.at("agenda").size() == 3);
  CHECK(doc["agenda"][0]["entry"] == es[2]["uuid"]);
  CHECK(doc["agenda"][2]["done"].is_string());
  CHECK(doc.at("prompts_asked").size() >= 2);
}

}  // namespace

TEST_CASE(
    "exchange: a journal with every kind of record exported as json, imported into an "
    "empty journal and exported again gives the same bytes",
    "[exchange]") {
  Sandbox a, b;
  make_full_journal(a);
  const auto first = export_of(a, "json");
  check_holds_everything(json::parse(first));
  const auto file = b.path() + "/a.json";
  write_file(file, first);
  must(b, kLater, {"import", file});
  CHECK(export_of(b, "json") == first);
  // Not only the export: the journal itself reads back the same, in every view.
  for (const auto& view : kViews) {
    INFO(view[0] << " " << view[1]);
    CHECK(must(b, kLater, view).out == must(a, kLater, view).out);
  }
}

TEST_CASE(
    "exchange: the same round trip as jsonl gives the same bytes, and the same journal as "
    "json does",
    "[exchange]") {
  Sandbox a, b;
  make_full_journal(a);
  const auto lines = export_of(a, "jsonl");
  const auto l = ipt::test::lines(lines);
  REQUIRE(l.size() > 30);
  CHECK(l[0] == R"({"type":"header","format":"ipt","version":1})");
  for (const auto& line : l)
    CHECK(json::parse(line).contains("type"));
  const auto file = b.path() + "/a.jsonl";
  write_file(file, lines);
  must(b, kLater, {"import", file}, {}, "America/New_York");  // the offsets are the entries' own
  CHECK(export_of(b, "jsonl") == lines);
  CHECK(export_of(b, "json") == export_of(a, "json"));
}

TEST_CASE("exchange: importing the same file twice adds and updates nothing the second time",
          "[exchange]") {
  Sandbox a, b;
  make_full_journal(a);
  const auto doc = export_of(a, "json");
  const auto file = b.path() + "/a.json";
  write_file(file, doc);
  const auto once = import_json(b, file);
  CHECK(once["dry_run"] == false);
  CHECK(total(once, "added") == once["records"]);
  const auto after_once = export_of(b, "json");
  const auto twice = import_json(b, file, "2026-11-21 12:00");
  CHECK(twice["records"] == once["records"]);
  CHECK(total(twice, "added") == 0);
  CHECK(total(twice, "updated") == 0);
  CHECK(total(twice, "kept") == twice["records"]);
  CHECK(twice["renamed"].empty());
  CHECK(export_of(b, "json") == after_once);

  // A journal's own export merged back into it is the same.
  const auto own = a.path() + "/own.jsonl";
  write_file(own, export_of(a, "jsonl"));
  const auto self = import_json(a, own);
  CHECK(total(self, "added") == 0);
  CHECK(total(self, "updated") == 0);
  CHECK(export_of(a, "json") == doc);
}

TEST_CASE("exchange: export never writes the journal, in any format or to a file", "[exchange]") {
  Sandbox box;
  make_full_journal(box);
  const auto before = file_bytes(box.db());
  const auto names = ipt::test::dir_names(box.path());
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"export"},
           {"export", "--format", "jsonl"},
           {"export", "--format", "csv"},
           {"export", "--from", "2026-10-21", "--to", "2026-10-22"},
       }) {
    must(box, kLater, args);
    CHECK(file_bytes(box.db()) == before);
  }
  must(box, kLater, {"export", "-o", box.path() + "/out.json"});
  CHECK(file_bytes(box.db()) == before);
  auto after = ipt::test::dir_names(box.path());
  after.erase("out.json");
  CHECK(after == names);  // no -wal or -shm left beside it either
}

TEST_CASE("exchange: import --dry-run says what would be added and updated and changes nothing",
          "[exchange]") {
  Sandbox a, b;
  must(a, "2026-11-01 10:00", {"log", "5", "first"});
  must(a, "2026-11-01 10:01", {"log", "6", "second"});
  const auto file1 = b.path() + "/1.json";
  write_file(file1, export_of(a));
  must(b, "2026-11-02 10:00", {"import", file1});
  must(a, "2026-11-03 10:00", {"edit", "1", "--note", "first, edited"});
  must(a, "2026-11-03 10:01", {"log", "7", "third"});
  const auto file2 = b.path() + "/2.json";
  write_file(file2, export_of(a));

  const auto before = file_bytes(b.db());
  auto r = must(b, "2026-11-04 10:00", {"import", "--dry-run", file2});
  CHECK(has(r.out, "Would import 3 records (a dry run: nothing was changed):"));
  CHECK(has(r.out, "entries: 1 to add, 1 to update, 1 unchanged"));
  const auto dry = import_json(b, file2, "2026-11-04 10:00", {"-n"});
  CHECK(dry["dry_run"] == true);
  CHECK(dry["counts"]["entries"] == json{{"added", 1}, {"updated", 1}, {"kept", 1}});
  CHECK(file_bytes(b.db()) == before);
  CHECK(ipt::test::texts(ipt::test::exchange::entries(b)) ==
        std::vector<std::string>{"first", "second"});

  // The real import then does what the dry run said.
  const auto real = import_json(b, file2, "2026-11-04 10:01");
  CHECK(real["dry_run"] == false);
  CHECK(real["counts"] == dry["counts"]);
  CHECK(ipt::test::texts(ipt::test::exchange::entries(b)) ==
        std::vector<std::string>{"first, edited", "second", "third"});
}

TEST_CASE("exchange: import --dry-run with no journal creates none", "[exchange]") {
  Sandbox a, b;
  make_full_journal(a);
  const auto file = b.path() + "/a.json";
  write_file(file, export_of(a));
  const auto names = ipt::test::dir_names(b.path());
  const auto dry = import_json(b, file, kLater, {"--dry-run"});
  CHECK(dry["dry_run"] == true);
  CHECK(total(dry, "added") == dry["records"]);
  CHECK(dry["records"].get<int>() > 30);
  CHECK_FALSE(ipt::test::exists(b.db()));
  CHECK(ipt::test::dir_names(b.path()) == names);
  const auto r = b.run({"import", "-n", file}, {}, at(kLater));
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "Would import"));
  CHECK_FALSE(has(r.err, "created"));
  CHECK_FALSE(ipt::test::exists(b.db()));
}

TEST_CASE(
    "exchange: an export whose keys a tool has sorted (format after agenda, people after "
    "entries) imports as the export itself does",
    "[exchange]") {
  Sandbox a, b;
  make_full_journal(a);
  const auto doc = export_of(a, "json");
  const auto sorted = json::parse(doc).dump(2);  // nlohmann::json keeps its keys sorted, as jq -S
  auto key = [&](const std::string& k) { return sorted.find("\n  \"" + k + "\": "); };
  REQUIRE(key("agenda") < key("format"));
  REQUIRE(key("entries") < key("people"));
  REQUIRE(key("people") != std::string::npos);
  const auto file = b.path() + "/sorted.json";
  write_file(file, sorted);
  const auto s = import_json(b, file);
  CHECK(total(s, "added") == s["records"]);
  CHECK(export_of(b, "json") == doc);
}
