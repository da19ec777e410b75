#pragma once
// How ipt's errors read on the command line: the message, and a hint naming the flag or the
// command that helps. Layers below cli/ say what went wrong and about which record; only here
// do flags and commands appear.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "domain/errors.hpp"

namespace ipt::cli {

struct Worded {
  std::string message;
  std::string hint;  ///< empty when there is nothing more to say
};

Worded word(const Error& e);

/// With no area in focus and these (id, title) still open, oldest first: the note naming them
/// and the command that turns to the first (IPT moves on to the next area once one is done).
std::string next_area_note(const std::vector<std::pair<std::int64_t, std::string>>& open);

}  // namespace ipt::cli
