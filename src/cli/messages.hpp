#pragma once
// How ipt's errors read on the command line: the message, and a hint naming the flag or the
// command that helps. Layers below cli/ say what went wrong and about which record; only here
// do flags and commands appear.
#include <string>

#include "domain/errors.hpp"

namespace ipt::cli {

struct Worded {
  std::string message;
  std::string hint;  ///< empty when there is nothing more to say
};

Worded word(const Error& e);

}  // namespace ipt::cli
