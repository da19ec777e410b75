#pragma once
// For app/*.cpp: the entries the safety signals read, inside a unit of work.
#include <vector>

#include "domain/entry.hpp"

namespace ipt::storage {
class Repos;
}

namespace ipt::app {

/// The check-ins of the 28 days up to `day`, then every questionnaire up to `measures_to`.
std::vector<domain::Entry> safety_entries(storage::Repos& r, domain::Date day,
                                          domain::Date measures_to);

}  // namespace ipt::app
