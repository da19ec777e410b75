#include "domain/agenda.hpp"

#include <array>

namespace ipt::domain {

std::string_view rating_label(int rating) {
  static constexpr std::array<std::string_view, 5> kLabels{"no better", "a little better", "better",
                                                           "much better", "resolved"};
  if (rating < kRatingMin || rating > kRatingMax)
    return "";
  return kLabels[static_cast<std::size_t>(rating - kRatingMin)];
}

}  // namespace ipt::domain
