#pragma once
// Things to bring up at the next session (ipt agenda), and a problem area's own rating of how
// it stands (ipt area rate), modelled on the IPT Outcome Scale's 1-5 self-rating.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"

namespace ipt::domain {

/// Something to bring up at the next session: a text of its own, or an entry put on the agenda
/// with --agenda (then its text is the entry's, as the entry is now).
struct AgendaItem {
  std::int64_t id = 0;
  std::string uuid;
  std::string text;                      ///< the item's own text, or the entry's
  std::optional<std::int64_t> entry_id;  ///< the entry put on the agenda
  Date day;                              ///< the day it was added
  Instant created = 0;
  Instant updated = 0;
  std::optional<Instant> done;  ///< when it was marked done
};

/// How a problem stands, rated by the person: 1 (no better) .. 5 (resolved).
constexpr int kRatingMin = 1;
constexpr int kRatingMax = 5;

struct AreaRating {
  std::int64_t area_id = 0;
  std::string uuid;
  Date day;
  int rating = kRatingMin;
  Instant at = 0;
};

/// "no better", "a little better", "better", "much better", "resolved".
std::string_view rating_label(int rating);

}  // namespace ipt::domain
