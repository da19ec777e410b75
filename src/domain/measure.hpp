#pragma once
// The questionnaires: PHQ-9 (depression) and GAD-7 (anxiety), scored with their published
// cutoffs (the IPT domain notes, section 4). Pure: no storage, no output.
#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ipt::domain {

enum class Scale { phq9, gad7 };

std::string_view to_string(Scale s);
std::optional<Scale> scale_from(std::string_view s);
std::span<const std::string_view> scale_names();
/// "PHQ-9", "GAD-7".
std::string_view scale_title(Scale s);
/// 9 or 7.
std::size_t item_count(Scale s);
/// The items as asked, each completing "Over the last 2 weeks, how often have you been
/// bothered by...".
std::span<const std::string_view> scale_items(Scale s);
/// The four answers every item takes: 0 not at all .. 3 nearly every day.
std::span<const std::string_view> answer_labels();
/// PHQ-9's last, unscored question: how difficult the problems have made life.
std::string_view difficulty_question();
std::span<const std::string_view> difficulty_labels();
/// The highest total: 27 or 21.
int max_total(Scale s);
/// The published severity band of a total: PHQ-9 "none-minimal", "mild", "moderate",
/// "moderately severe", "severe" (cutpoints 5, 10, 15, 20); GAD-7 "minimal", "mild",
/// "moderate", "severe" (cutpoints 5, 10, 15).
std::string_view band(Scale s, int total);
/// The attribution shown with each scale, in three lines.
std::string_view scale_attribution();

/// A questionnaire's answers.
struct Measure {
  Scale scale = Scale::phq9;
  std::vector<int> answers;       ///< one per item, each 0..3
  std::optional<int> difficulty;  ///< PHQ-9's unscored question, 0..3
  std::string note;               ///< free text; empty unless the person adds one

  int total() const;
  /// PHQ-9 item 9 (thoughts of death or self-harm) above 0: follow up whatever the total.
  bool item9() const { return scale == Scale::phq9 && answers.size() == 9 && answers[8] > 0; }
};

/// When a scale is next due (`ipt check`).
struct MeasureDue {
  Scale scale = Scale::phq9;
  std::optional<std::chrono::year_month_day> last;
  std::chrono::year_month_day due;
};

/// "0,1,2,3,0,1,2,0,0" (spaces allowed after commas) as the scale's answers; throws UsageError
/// naming the problem: the wrong number of values, a value outside 0..3, not a number.
std::vector<int> parse_answers(Scale s, std::string_view text);
/// The answers as stored: "012301200".
std::string answers_key(const std::vector<int>& answers);
/// Back from answers_key; nullopt when `key` is not the scale's answers.
std::optional<std::vector<int>> answers_from_key(Scale s, std::string_view key);

}  // namespace ipt::domain
