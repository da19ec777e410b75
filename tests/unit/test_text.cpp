#include <random>
#include <string>

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
  // Through ICU (loaded on first need): Latin Extended-A, and folds that grow the text.
  CHECK(fold_case("Łukasz") == fold_case("łukasz"));
  CHECK(fold_case("Łukasz") != fold_case("Ńukasz"));
  CHECK(fold_case("Straße") == "strasse");
  CHECK(fold_case("ﬁona") == "fiona");
  std::string sharp;
  for (int i = 0; i < 1000; ++i)
    sharp += "ẞ";  // each folds to "ss": the output outgrows a first guess
  CHECK(fold_case(sharp) == std::string(2000, 's'));
  CHECK(fold_case("\xff\xfe") == "\xff\xfe");  // not UTF-8: unchanged
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

TEST_CASE("text: names sort by letter, and wide characters take two columns", "[text]") {
  CHECK(compare_names("Émile", "Zoe") < 0);
  CHECK(compare_names("zoe", "Émile") > 0);
  CHECK(compare_names("sam", "sam") == 0);
  CHECK(compare_names("ana", "Ben") < 0);  // by letter, not by byte
  CHECK(display_width_of("王芳") == 4);
  CHECK(display_width_of("e\u0301") == 1);  // a combining accent takes no column
  CHECK(display_width_of("Sam") == 3);
  CHECK(cut_to_width("王芳芳", 5) == "王芳");
}

// compare_names orders printable ASCII without ICU; it must be ICU's own order exactly, or a
// list would sort differently once one name beyond ASCII joins it.
TEST_CASE("text: the ASCII name order is the root collation's", "[text]") {
  std::mt19937 rng(20261201);
  const std::string alphabet =
      " _-,;:!?.'\"()[]{}@*/"
      "\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 6);
  auto word = [&] {
    std::string s;
    for (int n = length(rng); n > 0; --n)
      s += alphabet[pick(rng)];
    return s;
  };
  auto sign = [](int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; };
  int mismatches = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string a = word();
    std::string b = word();
    if (i % 3 == 0)  // close pairs: the same letters in other cases
      for (auto& c : b = a)
        c = (c >= 'a' && c <= 'z' && rng() % 2) ? static_cast<char>(c - 32) : c;
    const int fast = sign(compare_names(a, b));
    const int icu = sign(compare_names_by_icu(a, b));
    if (fast != icu && ++mismatches < 10)
      FAIL_CHECK("'" << a << "' vs '" << b << "': " << fast << " here, " << icu << " by ICU");
  }
  CHECK(mismatches == 0);
}
