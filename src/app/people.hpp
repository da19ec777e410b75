#pragma once
// Use cases of the people in the interpersonal inventory.
#include <optional>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/clock.hpp"
#include "domain/entry.hpp"

namespace ipt::app {

/// Fields to set on a person; unset ones are left as they are.
struct PersonFields {
  std::optional<domain::Circle> circle;
  std::optional<std::string> role;
  std::optional<std::string> note;
  std::optional<std::string> rename;  ///< edit only
};

std::vector<domain::PersonSummary> list_people(Journal& j);
/// Refused with RuntimeFailure when someone of that name (in any case) exists.
domain::Person add_person(Journal& j, const domain::Clock& clock, const std::string& name,
                          const PersonFields& fields);
/// NotFound when nobody has that name; RuntimeFailure when --rename collides with another person.
domain::Person edit_person(Journal& j, const std::string& name, const PersonFields& fields);

struct PersonDetail {
  domain::PersonSummary summary;
  std::vector<domain::PersonMoment> timeline;
};
PersonDetail show_person(Journal& j, const std::string& name);

/// Removes a person. While entries name them it is refused (RuntimeFailure) unless `force`,
/// which keeps the entries and unlinks them. Returns how many entries were unlinked.
int remove_person(Journal& j, const std::string& name, bool force);

}  // namespace ipt::app
