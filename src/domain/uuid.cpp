#include "domain/uuid.hpp"

#include <cstdio>
#include <random>

namespace ipt::domain {

std::string make_uuid_v4(std::uint64_t hi, std::uint64_t lo) {
  hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
  lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC 4122 variant
  char buf[37];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                static_cast<unsigned>(lo >> 48),
                static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
  return buf;
}

std::string random_uuid() {
  std::random_device rd;
  auto word = [&rd] { return (static_cast<std::uint64_t>(rd()) << 32) | rd(); };
  const auto hi = word();
  return make_uuid_v4(hi, word());
}

}  // namespace ipt::domain
