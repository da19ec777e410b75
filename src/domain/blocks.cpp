#include "domain/blocks.hpp"

#include <iterator>

namespace ipt::domain {

std::optional<std::vector<std::string>> read_blocks(std::istream& in, std::size_t max_bytes) {
  std::vector<std::string> blocks(1);
  std::string line;
  std::size_t total = 0;  // the lines before `line`, each with its '\n'
  auto end_line = [&] {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    total += line.size() + 1;
    if (total > max_bytes)
      return false;
    if (line == "---") {
      blocks.emplace_back();
    } else {
      blocks.back() += line;
      blocks.back() += '\n';
    }
    line.clear();
    return true;
  };
  bool pending = false;  // a line has begun that has not ended
  for (std::istreambuf_iterator<char> it(in), eof; it != eof; ++it) {
    if (*it == '\n') {
      if (!end_line())
        return std::nullopt;
      pending = false;
      continue;
    }
    line += *it;
    pending = true;
    // A '\r' that may still be dropped is the only byte of a line that may not count.
    if (total + line.size() > max_bytes + 1)
      return std::nullopt;
  }
  if (pending && !end_line())
    return std::nullopt;
  return blocks;
}

}  // namespace ipt::domain
