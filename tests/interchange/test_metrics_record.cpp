// A check-in's scales in ipt's interchange document: written as a "metrics" object and read
// back; an import keeps scales this machine has not configured, and checks names and values.
#include <catch2/catch.hpp>

#include <sstream>

#include "domain/errors.hpp"
#include "interchange/document.hpp"

using namespace ipt;
using namespace ipt::interchange;

namespace {

std::vector<Record> read_all(const std::string& text) {
  std::vector<Record> out;
  read_document(text, [&](Record&& r, const Where&) { out.push_back(std::move(r)); });
  return out;
}

std::string one(const std::string& type, const std::string& fields) {
  return R"({"format":"ipt","version":1,"entries":[{"uuid":"00000000-0000-4000-8000-0000000000c1",)"
         R"("type":")" +
         type + R"(","at":"2026-11-20T09:00:00+00:00","day":"2026-11-20",)" + fields +
         R"("created":"2026-11-20T09:00:00+00:00","updated":"2026-11-20T09:00:00+00:00"}]})";
}

std::string checkin(const std::string& metrics) {
  return one("checkin", R"("mood":5,"metrics":)" + metrics + ",");
}

domain::MetricValues metrics_in(const std::string& text) {
  const auto records = read_all(text);
  REQUIRE(records.size() == 1);
  return std::get<domain::EntryRecord>(records[0]).entry.as<domain::Checkin>()->metrics;
}

Error error_of(const std::string& text) {
  try {
    read_all(text);
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error for: " << text);
  return Error("unreachable");
}

}  // namespace

TEST_CASE("metrics record: written as an object in name order and read back the same",
          "[document][metric]") {
  domain::EntryRecord r;
  r.entry.uuid = "00000000-0000-4000-8000-0000000000c1";
  r.entry.day = *domain::parse_iso_date("2026-11-20");
  domain::Checkin c;
  c.mood = 5;
  c.metrics = {{"sleep_quality", 4}, {"irritability", -2}};
  r.entry.body = c;
  std::ostringstream out;
  Writer w(out, Layout::json);
  w.write(r);
  w.finish();
  const auto text = out.str();
  INFO(text);
  CHECK(
      text.find("\"metrics\": {\n        \"irritability\": -2,\n        \"sleep_quality\": 4\n") !=
      std::string::npos);
  CHECK(metrics_in(text) == c.metrics);
}

TEST_CASE("metrics record: any valid scale is kept, configured here or not", "[document][metric]") {
  CHECK(metrics_in(checkin(R"({"irritability":2,"pain-level":-1000,"x":1000})")) ==
        domain::MetricValues{{"irritability", 2}, {"pain-level", -1000}, {"x", 1000}});
  CHECK(metrics_in(checkin("{}")).empty());
  CHECK(metrics_in(checkin("null")).empty());
  CHECK(metrics_in(one("checkin", R"("mood":5,)")).empty());  // an export before scales
}

TEST_CASE("metrics record: bad names and values are refused, naming the field",
          "[document][metric]") {
  for (const char* bad :
       {R"([1,2])", R"("irritability=2")", R"({"Irritability":2})", R"({"two words":2})",
        R"({"mood":2})", R"({"irritability":2.5})", R"({"irritability":"2"})",
        R"({"irritability":1001})", R"({"irritability":-1001})", R"({"irritability":null})",
        R"({"irritability":99999999999})", R"({"":1})"}) {
    INFO(bad);
    const auto e = error_of(checkin(bad));
    CHECK(e.code() == Errc::import_invalid);
    CHECK(e.detail().field == "metrics");
  }
  // An invalid name is not repeated: it could be any text of the file.
  const auto e = error_of(checkin(R"({"my secret diary line":2})"));
  CHECK(std::string(e.what()).find("secret") == std::string::npos);
  // Only a check-in has scales.
  CHECK(error_of(one("event", R"("text":"argued","kind":"conflict","metrics":{"a":1},)"))
            .detail()
            .field == "metrics");
  CHECK_NOTHROW(read_all(one("event", R"("text":"argued","kind":"conflict","metrics":null,)")));
}
