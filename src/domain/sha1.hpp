#pragma once
// SHA-1 (FIPS 180-4), for name-based UUIDs (RFC 4122 version 5) only: SHA-1 is broken for
// signatures and must not be used to protect anything.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ipt::domain {

using Sha1Digest = std::array<std::uint8_t, 20>;

/// An incremental SHA-1: update() any number of times, then finish() once.
class Sha1 {
 public:
  void update(std::string_view data);
  Sha1Digest finish();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 5> h_{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  ///< bytes hashed so far
};

/// The SHA-1 of `data`.
Sha1Digest sha1(std::string_view data);
/// The SHA-1 of `data` as 40 lower-case hex digits.
std::string sha1_hex(std::string_view data);

}  // namespace ipt::domain
