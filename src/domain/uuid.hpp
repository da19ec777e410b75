#pragma once
#include <cstdint>
#include <string>

namespace ipt::domain {

/// A random (version 4) UUID, lower-case hex, from two 64-bit random words.
std::string make_uuid_v4(std::uint64_t hi, std::uint64_t lo);

/// A version 4 UUID from the operating system's random source.
std::string random_uuid();

}  // namespace ipt::domain
