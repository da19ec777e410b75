#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "interchange/csv_read.hpp"

using ipt::Errc;
using ipt::UsageError;
using ipt::interchange::read_csv;
using Fields = std::vector<std::string>;

TEST_CASE("csv: plain and quoted fields, doubled quotes, breaks inside quotes", "[csv]") {
  const auto rows = read_csv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\nlast");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields == Fields{"a", "b", "c"});
  CHECK(rows[0].line == 1);
  CHECK(rows[1].fields == Fields{"x, y", "say \"hi\"", "two\nlines"});
  CHECK(rows[1].line == 2);
  CHECK(rows[2].fields == Fields{"", "", ""});
  CHECK(rows[2].line == 4);
  CHECK(rows[3].fields == Fields{"last"});
  CHECK(rows[3].line == 5);
}

TEST_CASE("csv: CRLF, empty lines skipped, a trailing comma is an empty field", "[csv]") {
  const auto rows = read_csv("a,b\r\n\r\n\"c\r\nd\",e,\r\n\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == Fields{"a", "b"});
  CHECK(rows[1].fields == Fields{"c\r\nd", "e", ""});
  CHECK(rows[1].line == 3);
  CHECK(read_csv("").empty());
  CHECK(read_csv("\"\"").at(0).fields == Fields{""});
  CHECK(read_csv("a\"b,c").at(0).fields == Fields{"a\"b", "c"});
}

TEST_CASE("csv: an unclosed quote and text after a closing quote are malformed", "[csv]") {
  try {
    read_csv("a,b\nc,\"open\nstill open");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(e.code() == Errc::import_malformed);
    CHECK(e.detail().record == "line 2");
    CHECK_THAT(e.what(), Catch::Contains("line 2"));
  }
  try {
    read_csv("a,b\n\"c\"d,e");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(e.code() == Errc::import_malformed);
    CHECK(e.detail().record == "line 2");
  }
}
