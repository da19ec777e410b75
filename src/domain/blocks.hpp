#pragma once
// Several texts on one stream: what `ipt reflect` (answers) and `ipt plan` (steps) read from
// stdin when it is not a terminal.
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace ipt::domain {

/// The blocks of `in`: texts separated by a line holding only "---" (an empty block is kept,
/// so there is always at least one). Each line of a block ends in '\n'; a '\r' before a line's
/// end is dropped, for CRLF from a Windows editor or a paste. Nullopt as soon as the lines
/// (without '\r', each counted with its '\n') pass `max_bytes` in all: reading stops there, so
/// a long stream is never held whole.
std::optional<std::vector<std::string>> read_blocks(std::istream& in, std::size_t max_bytes);

}  // namespace ipt::domain
