#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/blocks.hpp"

using ipt::domain::read_blocks;
using Blocks = std::vector<std::string>;

namespace {

std::optional<Blocks> blocks_of(const std::string& text, std::size_t max = 1000) {
  std::istringstream in(text);
  return read_blocks(in, max);
}

}  // namespace

TEST_CASE("blocks: separated by a line holding only three dashes", "[blocks]") {
  CHECK(blocks_of("one\ntwo\n---\nthree\n") == Blocks{"one\ntwo\n", "three\n"});
  CHECK(blocks_of("---\n---\nlast") == Blocks{"", "", "last\n"});
  CHECK(blocks_of("a\n--- \n----\n") == Blocks{"a\n--- \n----\n"});
  CHECK(blocks_of("a\n---") == Blocks{"a\n", ""});
}

TEST_CASE("blocks: an empty stream is one empty block", "[blocks]") {
  CHECK(blocks_of("") == Blocks{""});
  CHECK(blocks_of("\n") == Blocks{"\n"});
}

TEST_CASE("blocks: CRLF lines read as LF lines", "[blocks]") {
  CHECK(blocks_of("one\r\n---\r\ntwo\r\n") == Blocks{"one\n", "two\n"});
  CHECK(blocks_of("a\rb\r\r\n") == Blocks{"a\rb\r\n"});  // only the last '\r' of a line
}

TEST_CASE("blocks: the limit counts each line with its newline and without its CR", "[blocks]") {
  CHECK(blocks_of("abc\ndef\n", 8) == Blocks{"abc\ndef\n"});
  CHECK(blocks_of("abc\ndef", 8) == Blocks{"abc\ndef\n"});
  CHECK(blocks_of("abc\r\ndef\r\n", 8) == Blocks{"abc\ndef\n"});
  CHECK_FALSE(blocks_of("abc\ndefg\n", 8));
  CHECK_FALSE(blocks_of("abc\ndefg", 8));
  CHECK_FALSE(blocks_of("abc\ndef\r\r\n", 8));
}

TEST_CASE("blocks: reading stops at the limit, inside a line too", "[blocks]") {
  std::istringstream in("x" + std::string(100, 'y') + "\nrest\n");
  CHECK_FALSE(read_blocks(in, 10));
  std::string left;
  std::getline(in, left);
  CHECK(left.size() > 80);  // the long line was not read to its end
}
