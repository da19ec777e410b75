#pragma once
// A file replaced whole or not at all: written beside its target, synced, then renamed over it.
#include <filesystem>
#include <string_view>

#include <sys/types.h>

namespace ipt::cli {

/// Writes `text` to `target` atomically with `mode`; a symlink at `target` is followed, so the
/// file it points to is replaced and the link kept. Returns 0, or the errno that stopped it (the
/// target is then as it was).
int write_atomically(const std::filesystem::path& target, std::string_view text, mode_t mode);

}  // namespace ipt::cli
