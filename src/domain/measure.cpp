#include "domain/measure.hpp"

#include <array>

#include "domain/errors.hpp"
#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 2> kScales{"phq9", "gad7"};

// The instruments' own items, as published: a validated questionnaire keeps its wording (the
// licence allows reproducing it: "No permission required to reproduce, translate,
// display or distribute").
constexpr std::array<std::string_view, 9> kPhq9{
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself - or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite - being "
    "so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
};
constexpr std::array<std::string_view, 7> kGad7{
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
};
constexpr std::array<std::string_view, 4> kAnswers{"not at all", "several days",
                                                   "more than half the days", "nearly every day"};
constexpr std::array<std::string_view, 4> kDifficulty{"not difficult at all", "somewhat difficult",
                                                      "very difficult", "extremely difficult"};

}  // namespace

std::string_view to_string(Scale s) {
  return kScales[static_cast<std::size_t>(s)];
}
std::optional<Scale> scale_from(std::string_view s) {
  return enum_from<Scale>(kScales, s);
}
std::span<const std::string_view> scale_names() {
  return kScales;
}
std::string_view scale_title(Scale s) {
  return s == Scale::phq9 ? "PHQ-9" : "GAD-7";
}
std::size_t item_count(Scale s) {
  return scale_items(s).size();
}
std::span<const std::string_view> scale_items(Scale s) {
  if (s == Scale::phq9)
    return kPhq9;
  return kGad7;
}
std::span<const std::string_view> answer_labels() {
  return kAnswers;
}
std::string_view difficulty_question() {
  return "If you checked off any problems, how difficult have these problems made it for you to "
         "do your work, take care of things at home, or get along with other people?";
}
std::span<const std::string_view> difficulty_labels() {
  return kDifficulty;
}
int max_total(Scale s) {
  return static_cast<int>(item_count(s)) * 3;
}

std::string_view band(Scale s, int total) {
  if (total < 5)
    return s == Scale::phq9 ? "none-minimal" : "minimal";
  if (total < 10)
    return "mild";
  if (total < 15)
    return "moderate";
  if (s == Scale::gad7)
    return "severe";
  return total < 20 ? "moderately severe" : "severe";
}

std::string_view scale_attribution() {
  return "PHQ-9 and GAD-7 were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt\n"
         "Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission\n"
         "required to reproduce, translate, display or distribute.";
}

int Measure::total() const {
  int t = 0;
  for (int a : answers)
    t += a;
  return t;
}

std::vector<int> parse_answers(Scale s, std::string_view text) {
  const auto want = item_count(s);
  const std::string title(scale_title(s));
  const std::string hint = "give " + std::to_string(want) +
                           " answers, each 0 (not at all) to 3 (nearly every day), e.g. " +
                           (s == Scale::phq9 ? "0,1,2,1,0,1,0,0,0" : "1,2,1,0,1,0,0");
  std::vector<int> out;
  std::size_t i = 0;
  while (true) {
    while (i < text.size() && text[i] == ' ')
      ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ',')
      ++j;
    auto item = text.substr(i, j - i);
    while (!item.empty() && item.back() == ' ')
      item.remove_suffix(1);
    if (item.size() != 1 || item[0] < '0' || item[0] > '9') {
      const std::string shown = item.empty() ? "an empty answer" : "'" + std::string(item) + "'";
      throw UsageError(title + " answer " + std::to_string(out.size() + 1) + " is " + shown +
                           ", not a number from 0 to 3",
                       hint);
    }
    if (item[0] > '3')
      throw UsageError(title + " answer " + std::to_string(out.size() + 1) + " is " +
                           std::string(item) + "; each answer is 0, 1, 2 or 3",
                       hint);
    out.push_back(item[0] - '0');
    if (j >= text.size())
      break;
    i = j + 1;
  }
  if (out.size() != want)
    throw UsageError(title + " has " + std::to_string(want) + " questions, and " +
                         std::to_string(out.size()) +
                         (out.size() == 1 ? " answer was given" : " answers were given"),
                     hint);
  return out;
}

std::string answers_key(const std::vector<int>& answers) {
  std::string out;
  for (int a : answers)
    out += static_cast<char>('0' + a);
  return out;
}

std::optional<std::vector<int>> answers_from_key(Scale s, std::string_view key) {
  if (key.size() != item_count(s))
    return std::nullopt;
  std::vector<int> out;
  for (char c : key) {
    if (c < '0' || c > '3')
      return std::nullopt;
    out.push_back(c - '0');
  }
  return out;
}

}  // namespace ipt::domain
