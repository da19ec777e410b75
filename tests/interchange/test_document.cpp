// ipt's interchange document: each record written and read back the same, the two layouts, the
// times, and bad input named by record and field.
#include <catch2/catch.hpp>

#include <sstream>

#include "domain/errors.hpp"
#include "interchange/document.hpp"

using namespace ipt;
using namespace ipt::interchange;

namespace {

std::vector<Record> sample() {
  std::vector<Record> out;
  domain::PersonRecord p;
  p.person.uuid = "00000000-0000-4000-8000-000000000001";
  p.person.name = "Sam; the younger";
  p.person.circle = domain::Circle::inner;
  p.person.wish = "talk more";
  p.person.created = 1'700'000'000;
  p.updated = 1'700'000'500;
  out.emplace_back(p);
  domain::AreaRecord a;
  a.uuid = "00000000-0000-4000-8000-0000000000a1";
  a.kind = domain::AreaKind::dispute;
  a.title = "Chores";
  a.status = domain::AreaStatus::focus;
  a.stage = domain::DisputeStage::impasse;
  a.afraid = false;
  a.created_day = *domain::parse_iso_date("2026-11-01");
  a.people = {p.person.uuid};
  a.stages = {{domain::DisputeStage::impasse, a.created_day, 1'700'000'100}};
  a.ratings = {{"00000000-0000-4000-8000-0000000000b1", a.created_day, 3, 1'700'000'200}};
  a.created = 1'700'000'000;
  a.updated = 1'700'000'300;
  out.emplace_back(a);
  out.emplace_back(domain::FocusRecord{a.uuid, a.created_day, 1'700'000'000});
  domain::PinRecord pin{domain::Phase::middle, a.created_day, 1'700'000'000};
  out.emplace_back(pin);
  domain::EntryRecord c;
  c.entry.uuid = "00000000-0000-4000-8000-0000000000c1";
  c.entry.at = 1'700'000'000;
  c.entry.utc_offset = 3600;
  c.entry.day = a.created_day;
  c.entry.tags = {"home"};
  c.entry.body = domain::Checkin{4, 6, std::nullopt, 7.5, "tired\nbut ok \"really\""};
  c.entry.created = c.entry.updated = 1'700'000'000;
  out.emplace_back(c);
  domain::EntryRecord e = c;
  e.entry.uuid = "00000000-0000-4000-8000-0000000000e1";
  domain::Event ev;
  ev.text = "argued";
  ev.kind = domain::EventKind::conflict;
  ev.impact = -2;
  ev.feelings = {"angry"};
  e.entry.body = ev;
  e.people = {p.person.uuid};
  e.area = a.uuid;
  e.checkin = c.entry.uuid;
  out.emplace_back(e);
  domain::EntryRecord m = c;
  m.entry.uuid = "00000000-0000-4000-8000-0000000000d1";
  domain::Measure phq;
  phq.scale = domain::Scale::phq9;
  phq.answers = {1, 2, 1, 0, 0, 1, 2, 0, 0};
  phq.difficulty = 1;
  m.entry.body = phq;
  out.emplace_back(m);
  out.emplace_back(domain::PlanRecord{domain::PlanStep::coping, "a walk", a.created_day, 5});
  domain::AgendaRecord g;
  g.uuid = "00000000-0000-4000-8000-0000000000f1";
  g.entry = e.entry.uuid;
  g.day = a.created_day;
  g.created = g.updated = 9;
  out.emplace_back(g);
  out.emplace_back(domain::AskedRecord{a.created_day, "grief.middle.x", 0, "How was it?", 10});
  return out;
}

std::string write_all(const std::vector<Record>& rs, Layout layout) {
  std::ostringstream out;
  Writer w(out, layout);
  for (const auto& r : rs)
    w.write(r);
  w.finish();
  return out.str();
}

std::vector<Record> read_all(const std::string& text) {
  std::vector<Record> out;
  read_document(text, [&](Record&& r, const Where&) { out.push_back(std::move(r)); });
  return out;
}

/// The error read_document throws for `text`.
Error error_of(const std::string& text) {
  try {
    read_all(text);
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error for: " << text);
  return Error("unreachable");
}

std::string one_entry(const std::string& field_json) {
  return R"({"format":"ipt","version":1,"entries":[{"uuid":"00000000-0000-4000-8000-0000000000c1",)"
         R"("type":"checkin","at":"2026-11-20T09:00:00+00:00","day":"2026-11-20","mood":5,)"
         R"("created":"2026-11-20T09:00:00+00:00","updated":"2026-11-20T09:00:00+00:00")" +
         field_json + "}]}";
}

}  // namespace

TEST_CASE("document: every record written and read back writes the same text", "[document]") {
  for (auto layout : {Layout::json, Layout::jsonl}) {
    const auto first = write_all(sample(), layout);
    const auto back = read_all(first);
    CHECK(back.size() == sample().size());
    CHECK(write_all(back, layout) == first);
  }
}

TEST_CASE("document: the JSON layout is one object with every section in order", "[document]") {
  const auto text = write_all({}, Layout::json);
  CHECK(text ==
        "{\n  \"format\": \"ipt\",\n  \"version\": 1,\n  \"people\": [],\n  \"areas\": [],\n"
        "  \"focus_changes\": [],\n  \"courses\": [],\n  \"phase_pins\": [],\n"
        "  \"entries\": [],\n  \"safety_plan\": [],\n  \"agenda\": [],\n"
        "  \"prompts_asked\": []\n}\n");
  CHECK(read_all(text).empty());
}

TEST_CASE("document: JSONL starts with a header, entries carry their own type", "[document]") {
  const auto text = write_all(sample(), Layout::jsonl);
  CHECK(text.rfind("{\"type\":\"header\",\"format\":\"ipt\",\"version\":1}\n", 0) == 0);
  CHECK(text.find("{\"type\":\"person\",") != std::string::npos);
  CHECK(text.find("{\"uuid\":\"00000000-0000-4000-8000-0000000000e1\",\"type\":\"event\"") !=
        std::string::npos);
}

TEST_CASE("document: history records get UUIDs from their content", "[document]") {
  const domain::PinRecord pin{domain::Phase::middle, *domain::parse_iso_date("2026-11-01"), 7};
  CHECK(history_uuid(pin) == history_uuid(pin));
  auto other = pin;
  other.at = 8;
  CHECK(history_uuid(pin) != history_uuid(other));
  CHECK(history_uuid(Record(domain::PersonRecord{})).empty());
}

TEST_CASE("document: times keep their offset", "[document]") {
  CHECK(format_moment(0, 0) == "1970-01-01T00:00:00+00:00");
  CHECK(format_moment(1'700'000'000, -5 * 3600 - 1800) == "2023-11-14T16:43:20-05:30");
  const auto m = parse_moment("2023-11-14T16:43:20-05:30");
  REQUIRE(m);
  CHECK(m->at == 1'700'000'000);
  CHECK(m->utc_offset == -5 * 3600 - 1800);
  CHECK(parse_moment("2023-11-14T22:13:20Z")->at == 1'700'000'000);
  CHECK(parse_moment("2023-11-14T22:13:20+0000")->at == 1'700'000'000);
  CHECK_FALSE(parse_moment("2023-11-14 22:13:20Z"));
  CHECK_FALSE(parse_moment("2023-02-30T22:13:20Z"));
  CHECK_FALSE(parse_moment("2023-11-14T24:00:00Z"));
  CHECK_FALSE(parse_moment("2023-11-14T22:13:20+25:00"));
}

TEST_CASE("document: a malformed file says so, with where", "[document]") {
  CHECK(error_of("").code() == Errc::import_malformed);
  CHECK(error_of(R"({"format":"ipt","version":1,"entries":[)").code() == Errc::import_malformed);
  CHECK(error_of(R"({"foo":1})").code() == Errc::import_malformed);
  CHECK(error_of(R"({"format":"timew","version":1,"people":[]})").code() == Errc::import_malformed);
  const auto v = error_of(R"({"format":"ipt","version":2,"people":[]})");
  CHECK(v.code() == Errc::import_version);
  CHECK(v.detail().value == "2");
  const auto line = error_of("{\"type\":\"header\",\"format\":\"ipt\",\"version\":1}\n\n{oops\n");
  CHECK(line.code() == Errc::import_malformed);
  CHECK(line.detail().record == "line 3");
  const auto kind =
      error_of("{\"type\":\"header\",\"format\":\"ipt\",\"version\":1}\n{\"type\":\"thing\"}\n");
  CHECK(kind.detail().record == "line 2");
}

TEST_CASE("document: a number too large for a double is malformed, not a crash", "[document]") {
  // nlohmann/json throws out_of_range (406) for it, not parse_error (fuzz/import_ipt).
  const auto json = error_of(R"({"format":"ipt","version":1e999,"people":[]})");
  CHECK(json.code() == Errc::import_malformed);
  CHECK(std::string(json.what()) == "the file holds a number too large to read (past 1.8e308)");
  const auto first = error_of("{\"type\":\"header\",\"format\":\"ipt\",\"version\":-1e400}\n");
  CHECK(first.code() == Errc::import_malformed);
  const auto line =
      error_of("{\"type\":\"header\",\"format\":\"ipt\",\"version\":1}\n{\"type\":1e999}\n");
  CHECK(line.code() == Errc::import_malformed);
  CHECK(line.detail().record == "line 2");
  CHECK(std::string(line.what()) == "the line holds a number too large to read (past 1.8e308)");
}

TEST_CASE("document: a bad field names the record, its UUID and the field", "[document]") {
  const auto mood =
      error_of(one_entry(R"(,"mood":11)").replace(one_entry("").find("\"mood\":5,"), 9, ""));
  CHECK(mood.code() == Errc::import_invalid);
  CHECK(mood.detail().record == "entries[0]");
  CHECK(mood.detail().name == "00000000-0000-4000-8000-0000000000c1");
  CHECK(mood.detail().field == "mood");
  CHECK(std::string(mood.what()).find("11") != std::string::npos);

  CHECK(error_of(one_entry(R"(,"kind":"conflict")")).detail().field == "kind");
  CHECK(error_of(one_entry(R"(,"tags":["a b"])")).detail().field == "tags");
  CHECK(error_of(one_entry(R"(,"people":["sam"])")).detail().field == "people");
  CHECK(error_of(one_entry(R"(,"sleep":25)")).detail().field == "sleep");
  auto no_day = one_entry("");
  no_day.replace(no_day.find("\"day\":\"2026-11-20\","), 19, "");
  CHECK(error_of(no_day).detail().field == "day");
  auto bad_uuid = one_entry("");
  bad_uuid.replace(bad_uuid.find("00000000-0000-4000-8000-0000000000c1"), 36, "nope");
  CHECK(error_of(bad_uuid).detail().field == "uuid");
  CHECK(error_of(R"({"format":"ipt","version":1,"entries":[42]})").code() == Errc::import_invalid);
}
