// PHQ-9 and GAD-7: every total with its published band, and the answers as typed.
#include <string>

#include <catch2/catch.hpp>

#include "domain/errors.hpp"
#include "domain/measure.hpp"

using namespace ipt::domain;

TEST_CASE("measure: every PHQ-9 total 0-27 has its published band", "[measure]") {
  for (int t = 0; t <= 27; ++t) {
    INFO("total " << t);
    const auto expected = t <= 4    ? "none-minimal"
                          : t <= 9  ? "mild"
                          : t <= 14 ? "moderate"
                          : t <= 19 ? "moderately severe"
                                    : "severe";
    CHECK(band(Scale::phq9, t) == expected);
  }
  CHECK(max_total(Scale::phq9) == 27);
  CHECK(item_count(Scale::phq9) == 9);
}

TEST_CASE("measure: every GAD-7 total 0-21 has its published band", "[measure]") {
  for (int t = 0; t <= 21; ++t) {
    INFO("total " << t);
    const auto expected = t <= 4 ? "minimal" : t <= 9 ? "mild" : t <= 14 ? "moderate" : "severe";
    CHECK(band(Scale::gad7, t) == expected);
  }
  CHECK(max_total(Scale::gad7) == 21);
  CHECK(item_count(Scale::gad7) == 7);
}

TEST_CASE("measure: item 9 above 0 is flagged whatever the total", "[measure]") {
  for (int total = 0; total <= 27; ++total) {
    for (int item9 = 0; item9 <= 3; ++item9) {
      if (item9 > total || total - item9 > 24)
        continue;
      Measure m;
      m.scale = Scale::phq9;
      int rest = total - item9;
      for (int i = 0; i < 8; ++i) {
        const int a = std::min(3, rest);
        m.answers.push_back(a);
        rest -= a;
      }
      m.answers.push_back(item9);
      INFO("total " << total << ", item 9 " << item9);
      CHECK(m.total() == total);
      CHECK(m.item9() == (item9 > 0));
    }
  }
  Measure gad;
  gad.scale = Scale::gad7;
  gad.answers = {3, 3, 3, 3, 3, 3, 3};
  CHECK_FALSE(gad.item9());  // GAD-7 has no item 9
}

TEST_CASE("measure: answers as typed", "[measure]") {
  CHECK(parse_answers(Scale::phq9, "0,1,2,3,0,1,2,3,0") ==
        std::vector<int>{0, 1, 2, 3, 0, 1, 2, 3, 0});
  CHECK(parse_answers(Scale::gad7, "1, 2, 1,0 ,1,0,0") == std::vector<int>{1, 2, 1, 0, 1, 0, 0});
  auto refused = [](Scale s, const char* text, const char* says) {
    INFO(text);
    try {
      parse_answers(s, text);
      FAIL("accepted");
    } catch (const ipt::UsageError& e) {
      CHECK_THAT(e.what(), Catch::Contains(says));
    }
  };
  refused(Scale::phq9, "0,1,2,3,0,1,2,3", "has 9 questions, and 8 answers were given");
  refused(Scale::phq9, "0,1,2,3,0,1,2,3,0,0", "10 answers were given");
  refused(Scale::gad7, "0,1,2,4,0,1,2", "answer 4 is 4; each answer is 0, 1, 2 or 3");
  refused(Scale::gad7, "0,1,x,0,0,1,2", "answer 3 is 'x', not a number from 0 to 3");
  refused(Scale::gad7, "0,1,,0,0,1,2", "answer 3 is an empty answer");
  refused(Scale::gad7, "", "answer 1 is an empty answer");
  refused(Scale::gad7, "0,1,12,0,0,1,2", "answer 3 is '12'");
  refused(Scale::gad7, "-1,1,1,0,0,1,2", "answer 1 is '-1'");
}

TEST_CASE("measure: answers are stored as digits and read back only when whole", "[measure]") {
  CHECK(answers_key({0, 1, 2, 3, 0, 1, 2, 3, 0}) == "012301230");
  CHECK(answers_from_key(Scale::phq9, "012301230") == std::vector<int>{0, 1, 2, 3, 0, 1, 2, 3, 0});
  CHECK_FALSE(answers_from_key(Scale::phq9, "0123012"));
  CHECK_FALSE(answers_from_key(Scale::gad7, "0123014"));
  CHECK(scale_from("phq9") == Scale::phq9);
  CHECK_FALSE(scale_from("phq-9"));
  CHECK(scale_items(Scale::phq9)[8].find("better off dead") != std::string_view::npos);
}
