#pragma once
// For app/*.cpp only: turning typed names into person ids, adding unknown people.
#include <cstdint>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

struct ResolvedPeople {
  std::vector<std::int64_t> ids;   ///< one per distinct name, in the order typed
  std::vector<std::string> added;  ///< display names that were new
};

/// Finds each name case-insensitively; adds the ones not yet known. Call inside a write unit.
ResolvedPeople resolve_people(storage::Repos& r, Journal& j, const std::vector<std::string>& names);

}  // namespace ipt::app
