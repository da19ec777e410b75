#pragma once
// For app/*.cpp: the entries the safety signals read, inside a unit of work.
#include <vector>

#include "domain/entry.hpp"
#include "domain/safety.hpp"
#include "domain/stats.hpp"

namespace ipt::storage {
class Repos;
}

namespace ipt::app {

/// What the signals read: the moods of the 28 days up to `day` (one query, no entries built)
/// and every questionnaire up to `measures_to` (a partial index).
struct SafetyRows {
  std::vector<domain::Sample> moods;
  std::vector<domain::Entry> measures;
};
SafetyRows safety_rows(storage::Repos& r, domain::Date day, domain::Date measures_to);
/// The signals' figures on `today` from those rows.
domain::SafetyFigures safety_figures_of(const SafetyRows& rows, domain::Date today);

}  // namespace ipt::app
