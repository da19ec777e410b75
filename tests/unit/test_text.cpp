#include <catch2/catch.hpp>

#include "domain/text.hpp"
#include "domain/uuid.hpp"

using namespace ipt::domain;

TEST_CASE("text: UTF-8 validation", "[text]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("\xc3\x9c\x6e\xc3\xaf\x63\xc3\xb6\x64\xc3\xa9 \xe2\x9c\x93"));  // Ünïcödé ✓
  CHECK(is_valid_utf8("\xf0\x9f\x99\x82"));  // an emoji, four bytes
  CHECK_FALSE(is_valid_utf8("\xff\xfe"));
  CHECK_FALSE(is_valid_utf8("\xc3\x28"));          // bad continuation
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // a surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xe2\x9c"));          // truncated
}

TEST_CASE("text: case folding for names", "[text]") {
  CHECK(fold_case("Sam") == "sam");
  CHECK(fold_case("ZOË") == "zoë");
  CHECK(fold_case("ÅSA") == "åsa");
  CHECK(fold_case("ΣΟΦΙΑ") == "σοφια");
  CHECK(fold_case("ИВАН") == "иван");
  CHECK(fold_case("already lower") == "already lower");
}

TEST_CASE("text: trim", "[text]") {
  CHECK(trim("  a b \n") == "a b");
  CHECK(trim("\t\n ").empty());
}

TEST_CASE("uuid: version 4 layout", "[uuid]") {
  const auto u = make_uuid_v4(0, 0);
  CHECK(u == "00000000-0000-4000-8000-000000000000");
  const auto r = random_uuid();
  REQUIRE(r.size() == 36);
  CHECK(r[14] == '4');
  CHECK((r[19] == '8' || r[19] == '9' || r[19] == 'a' || r[19] == 'b'));
  CHECK(random_uuid() != r);
}
