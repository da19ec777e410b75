#pragma once
// UUIDs identify records across journals (export, import and merge). Where they come from is
// injected, as the clock is, so merge tests can name the records they expect.
#include <cstdint>
#include <string>
#include <string_view>

namespace ipt::domain {

/// A random (version 4) UUID, lower-case hex, from two 64-bit random words.
std::string make_uuid_v4(std::uint64_t hi, std::uint64_t lo);

/// A version 4 UUID from the operating system's random source.
std::string random_uuid();

/// The namespace of ipt's name-based UUIDs (records derived from other tools' exports). A v4
/// UUID drawn once at random (Python's uuid.uuid4(), 2026) and fixed forever: changing it would
/// give every imported record a new identity, and importing a file twice would duplicate it.
inline constexpr std::string_view kIptNamespace = "e9a11f00-76b2-48c0-90a8-778156bad075";

/// A name-based (version 5, SHA-1) UUID as RFC 4122 section 4.3 defines it: the same namespace
/// and name always give the same UUID, lower-case hex. `namespace_uuid` is a UUID in its
/// 8-4-4-4-12 hex form (either case); anything else throws std::invalid_argument, since it is
/// a constant of the program and not user input.
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

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
