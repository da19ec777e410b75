#pragma once
// Use cases of the people in the interpersonal inventory.
#include <optional>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/entry.hpp"

namespace ipt::app {

/// Fields to set on a person; unset ones are left as they are.
struct PersonFields {
  std::optional<domain::Circle> circle;
  std::optional<std::string> role;
  std::optional<std::string> note;
  std::optional<domain::Contact> contact;
  std::optional<std::string> satisfying;
  std::optional<std::string> unsatisfying;
  std::optional<std::string> my_expectations;
  std::optional<std::string> their_expectations;
  std::optional<std::string> wish;
  std::optional<std::string> rename;  ///< edit only

  bool empty() const {
    return !circle && !role && !note && !contact && !satisfying && !unsatisfying &&
           !my_expectations && !their_expectations && !wish && !rename;
  }
};

std::vector<domain::PersonSummary> list_people(Journal& j);

/// A name that is not in your people but is close to one who is: a likely typo.
struct NearName {
  std::string typed;
  std::string existing;
};
/// For each of `names` nobody has, the person whose name is within two edits of it (one for
/// names of four letters or fewer), compared as keys (any case).
std::vector<NearName> near_names(Journal& j, const std::vector<std::string>& names);
/// The person called `name` (any case); NotFound (no_such_person) otherwise.
domain::Person get_person(Journal& j, const std::string& name);

/// Refused with RuntimeFailure (person_exists) when someone of that name (in any case) exists.
domain::Person add_person(Journal& j, const std::string& name, const PersonFields& fields);
/// NotFound when nobody has that name; RuntimeFailure (rename_taken) when the new name is
/// another person's.
domain::Person edit_person(Journal& j, const std::string& name, const PersonFields& fields);

domain::PersonDetail show_person(Journal& j, const std::string& name);

/// Removes a person. While entries name them it is refused (UsageError, person_still_named: the
/// command needs confirming, as `ipt rm` without --yes) unless `force`,
/// which keeps the entries and unlinks them.
/// Joins two people who are one: FROM's entries and areas move to INTO, and INTO keeps its own
/// inventory fields, taking FROM's only where its own are empty. FROM is removed.
struct Merged {
  domain::Person into;
  std::string from;                 ///< FROM's name, as it was stored
  int moved = 0;                    ///< entries that named FROM
  std::vector<std::string> fields;  ///< the fields INTO took from FROM
};
Merged merge_people(Journal& j, const std::string& from, const std::string& into);

struct Removed {
  std::string name;  ///< as stored
  int unlinked = 0;  ///< entries that named them
};
Removed remove_person(Journal& j, const std::string& name, bool force);

}  // namespace ipt::app
