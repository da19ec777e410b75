#pragma once
// The prompt library files compiled into the binary (generated from prompts/*.toml).
#include <span>

namespace ipt::library {

struct EmbeddedFile {
  const char* name;  ///< e.g. "grief.toml"
  const char* text;
};

std::span<const EmbeddedFile> builtin_files();

}  // namespace ipt::library
