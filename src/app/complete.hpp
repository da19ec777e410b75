#pragma once
// What shell completion offers from the journal: names, area ids, tags, recent entries and
// the years it covers.
// Read-only, like every use case that only looks.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/journal.hpp"

namespace ipt::app {

/// A value to offer and a few words about it.
struct Choice {
  std::string value;
  std::string about;
};

std::vector<Choice> person_choices(Journal& j);
/// Open areas (focus first); resolved ones too when `resolved`.
std::vector<Choice> area_choices(Journal& j, bool resolved);
std::vector<Choice> tag_choices(Journal& j);
/// The latest `n` entries, newest first.
std::vector<Choice> entry_choices(Journal& j, int n);
/// The years from this one back to the year of the first entry, for ipt calendar --year.
std::vector<Choice> year_choices(Journal& j);

}  // namespace ipt::app
