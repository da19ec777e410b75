// The safety signals at and either side of each threshold, the gentle week, and the crisis
// lines' order.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/safety.hpp"
#include "domain/words.hpp"

using namespace ipt::domain;
using namespace std::literals::chrono_literals;

namespace {

constexpr Date kToday = 2026y / 12 / 1;

/// Day means ending today: the last value is today, the one before yesterday, ...
SafetyFigures days(std::vector<double> moods) {
  SafetyFigures f;
  f.today = kToday;
  for (std::size_t i = 0; i < moods.size(); ++i)
    f.days.push_back(
        {add_days(kToday, static_cast<int>(i) + 1 - static_cast<int>(moods.size())), moods[i]});
  return f;
}

bool holds(const SafetyFigures& f, Signal s, const SafetySettings& settings = {}) {
  const auto got = persisting_signals(f, settings);
  return std::find(got.begin(), got.end(), s) != got.end();
}

}  // namespace

TEST_CASE("safety: 3 logged days in a row at mood 3 or lower", "[safety]") {
  CHECK(holds(days({6, 3, 3, 3}), Signal::low_days));
  CHECK_FALSE(holds(days({6, 3, 3.5, 3}), Signal::low_days));  // 3.5 is above 3
  CHECK_FALSE(holds(days({6, 6, 3, 3}), Signal::low_days));    // only 2
  CHECK(holds(days({2, 1, 0}), Signal::low_days));
  // Logged days, not calendar days: a gap between them does not break the run.
  auto gap = days({3, 3});
  gap.days.insert(gap.days.begin(), {add_days(kToday, -5), 2});
  CHECK(holds(gap, Signal::low_days));
  // The run must be within the last 14 days.
  SafetyFigures old;
  old.today = kToday;
  for (int i = 16; i >= 14; --i)
    old.days.push_back({add_days(kToday, -i), 1});
  CHECK_FALSE(holds(old, Signal::low_days));
  old.days.push_back({add_days(kToday, -13), 1});
  old.days.push_back({add_days(kToday, -12), 1});
  CHECK_FALSE(holds(old, Signal::low_days));  // 2 inside the 14 days
  old.days.push_back({add_days(kToday, -11), 1});
  CHECK(holds(old, Signal::low_days));
  SafetySettings off;
  off.low_days = false;
  CHECK_FALSE(holds(days({2, 1, 0}), Signal::low_days, off));
}

TEST_CASE("safety: the last 7 days' mean at 3 or lower, from 3 logged days", "[safety]") {
  CHECK(holds(days({3, 3, 3}), Signal::low_week));
  CHECK(holds(days({2, 4, 3}), Signal::low_week));                             // mean 3
  CHECK_FALSE(holds(days({3, 4, 3}), Signal::low_week));                       // mean 3.33
  CHECK_FALSE(holds(days({1, 1}), Signal::low_week));                          // 2 days are too few
  CHECK_FALSE(holds(days({1, 1, 1, 6, 6, 6, 6, 6, 6, 6}), Signal::low_week));  // 1s are older
  SafetySettings off;
  off.low_week = false;
  CHECK_FALSE(holds(days({1, 1, 1}), Signal::low_week, off));
}

TEST_CASE("safety: a drop of 3 points from the 7 days before", "[safety]") {
  // 7 days at 7, then 7 days at 4: a drop of exactly 3.
  CHECK(holds(days({7, 7, 7, 7, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4}), Signal::mood_drop));
  CHECK_FALSE(holds(days({7, 7, 7, 7, 7, 7, 7, 4.5, 4, 4, 4, 4, 4, 4.5}), Signal::mood_drop));
  CHECK(holds(days({8, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 4, 4, 4}), Signal::mood_drop));
  // Each week needs 3 logged days.
  auto thin = days({4, 4, 4});
  thin.days.insert(thin.days.begin(), {{add_days(kToday, -10), 8}, {add_days(kToday, -9), 8}});
  CHECK_FALSE(holds(thin, Signal::mood_drop));
  thin.days.insert(thin.days.begin(), {add_days(kToday, -11), 8});
  CHECK(holds(thin, Signal::mood_drop));
}

TEST_CASE("safety: PHQ-9 of 15 or more, or two of 10 or more in a row", "[safety]") {
  auto with = [](std::vector<std::pair<int, int>> results) {  // {days ago, total}
    SafetyFigures f;
    f.today = kToday;
    for (auto [ago, total] : results)
      f.phq9.push_back({add_days(kToday, -ago), total, false});
    return f;
  };
  CHECK(holds(with({{3, 15}}), Signal::phq9_high));
  CHECK_FALSE(holds(with({{3, 14}}), Signal::phq9_high));
  CHECK(holds(with({{30, 10}, {3, 10}}), Signal::phq9_high));
  CHECK_FALSE(holds(with({{30, 9}, {3, 10}}), Signal::phq9_high));
  CHECK_FALSE(holds(with({{30, 10}, {3, 9}}), Signal::phq9_high));
  CHECK_FALSE(holds(with({{30, 16}, {3, 4}}), Signal::phq9_high));  // the latest counts
  // It holds for 14 days after the questionnaire.
  CHECK(holds(with({{13, 20}}), Signal::phq9_high));
  CHECK_FALSE(holds(with({{14, 20}}), Signal::phq9_high));
  SafetySettings off;
  off.phq9 = false;
  CHECK_FALSE(holds(with({{3, 20}}), Signal::phq9_high, off));
}

TEST_CASE("safety: a gentle week while a signal or a recent item 9 holds", "[safety]") {
  SafetySettings s;
  CHECK_FALSE(gentle_week(days({5, 6, 5, 6}), s));
  CHECK(gentle_week(days({3, 3, 3}), s));
  SafetyFigures item9;
  item9.today = kToday;
  item9.phq9.push_back({add_days(kToday, -13), 4, true});  // a low total, item 9 answered
  CHECK(recent_item9(item9, s));
  CHECK(gentle_week(item9, s));
  item9.phq9.back().day = add_days(kToday, -14);
  CHECK_FALSE(gentle_week(item9, s));
  item9.phq9.back().day = add_days(kToday, 1);  // not yet, seen from today
  CHECK_FALSE(gentle_week(item9, s));
  SafetySettings off;
  off.gentle_weeks = false;
  CHECK_FALSE(gentle_week(days({1, 1, 1}), off));
}

TEST_CASE("safety: crisis lines, the country's first, emergency and directory last", "[safety]") {
  const auto plain = crisis_lines();
  REQUIRE(plain.size() == 6);
  CHECK(plain.front().line.find("988") != std::string_view::npos);
  CHECK(plain[4].where == "Emergency");
  CHECK(plain[5].line.find("findahelpline.com") != std::string_view::npos);
  CHECK(crisis_lines("gb").front().line.find("116 123") != std::string_view::npos);
  CHECK(crisis_lines("ie").front().line.find("116 123") != std::string_view::npos);
  CHECK(crisis_lines("au").front().line.find("13 11 14") != std::string_view::npos);
  CHECK(crisis_lines("ca").front().where == "Canada");
  CHECK(crisis_lines("de").front().where == "United States");  // none shipped: as they are
  CHECK(has_crisis_line("uk"));
  CHECK_FALSE(has_crisis_line("de"));
  CHECK(abuse_lines("gb").front().line.find("0808 2000 247") != std::string_view::npos);
  CHECK(abuse_lines().front().line.find("1-800-799-7233") != std::string_view::npos);
  CHECK(kLinesChecked == "2026-12-01");
}

TEST_CASE("safety: words of self-harm and of violence, matched on the folded text", "[safety]") {
  CHECK(speaks_of_self_harm("I don't see the point anymore"));
  CHECK(speaks_of_self_harm("I DON\u2019T SEE THE POINT ANYMORE"));  // a typographic apostrophe
  CHECK(speaks_of_self_harm("thinking about ending it"));
  CHECK(speaks_of_self_harm("Sometimes I wish I was dead"));
  CHECK_FALSE(speaks_of_self_harm("argued with Sam about the dishes"));
  CHECK_FALSE(speaks_of_self_harm("presuicide"));  // inside a word
  CHECK_FALSE(speaks_of_self_harm("we are ending it with a party"));
  CHECK_FALSE(speaks_of_self_harm("I could kill for a coffee; the deadline is killing me"));
  CHECK_FALSE(speaks_of_violence("Gunnar came round"));
  CHECK_FALSE(speaks_of_violence("we hit the gym"));
  CHECK(speaks_of_violence("Chris pushed me into the wall"));
  CHECK(speaks_of_violence("he threatened to take the kids"));
  CHECK_FALSE(speaks_of_violence("we talked it through"));
}
