#pragma once
// The built-in prompt library, compiled into the binary: the build parses prompts/*.toml with
// library/compile_prompts (failing on any problem) and writes them out as C++, so ipt pays no
// TOML parsing for its own prompts.
#include <vector>

#include "domain/prompt.hpp"

namespace ipt::library {

/// Every built-in prompt, in file-name then file order, with its file and line.
const std::vector<domain::Prompt>& builtin_prompts();

}  // namespace ipt::library
