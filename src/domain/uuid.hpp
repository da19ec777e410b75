#pragma once
// UUIDs identify records across journals (export, import and merge). Where they come from is
// injected, as the clock is, so merge tests can name the records they expect.
#include <cstdint>
#include <string>

namespace ipt::domain {

/// A random (version 4) UUID, lower-case hex, from two 64-bit random words.
std::string make_uuid_v4(std::uint64_t hi, std::uint64_t lo);

/// A version 4 UUID from the operating system's random source.
std::string random_uuid();

class UuidSource {
 public:
  virtual ~UuidSource() = default;
  virtual std::string next() = 0;
};

/// The operating system's random source.
class RandomUuids final : public UuidSource {
 public:
  std::string next() override { return random_uuid(); }
};

/// Version 4 UUIDs numbered 1, 2, 3 ... in their last digits, for tests.
class SequentialUuids final : public UuidSource {
 public:
  explicit SequentialUuids(std::uint64_t first = 1) : n_(first) {}
  std::string next() override { return make_uuid_v4(0, n_++); }

 private:
  std::uint64_t n_;
};

}  // namespace ipt::domain
