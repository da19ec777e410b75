// The stdin block reader of ipt reflect and ipt plan (domain/blocks.hpp). The blocks, joined
// again with "---" lines, give back the input with its line ends made LF; the limit is kept.
#include <sstream>
#include <string>

#include "domain/blocks.hpp"
#include "fuzz.hpp"

namespace {

// The input as read_blocks sees it: each line ending in '\n' with one '\r' before it dropped.
std::string normalised(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    auto line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    out += line;
    out += '\n';
    start = end == std::string_view::npos ? text.size() : end + 1;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = ipt::fuzz::as_text(data, size);
  const std::string want = normalised(text);
  for (const std::size_t max : {std::size_t{1} << 20, size / 2, want.size(), std::size_t{0}}) {
    std::istringstream in{std::string(text)};
    const auto blocks = ipt::domain::read_blocks(in, max);
    IPT_FUZZ_CHECK(blocks.has_value() == (want.size() <= max));
    if (!blocks)
      continue;
    IPT_FUZZ_CHECK(!blocks->empty());
    std::string joined;
    for (std::size_t i = 0; i < blocks->size(); ++i) {
      const auto& b = (*blocks)[i];
      IPT_FUZZ_CHECK(b.empty() || b.back() == '\n');
      if (i > 0)
        joined += "---\n";
      joined += b;
    }
    IPT_FUZZ_CHECK(joined == want);
  }
  return 0;
}
