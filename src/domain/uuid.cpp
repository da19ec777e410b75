#include "domain/uuid.hpp"

#include <array>
#include <cstdio>
#include <random>
#include <stdexcept>

#include "domain/sha1.hpp"

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

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

std::array<std::uint8_t, 16> uuid_bytes(std::string_view text) {
  std::array<std::uint8_t, 16> out{};
  std::size_t n = 0;
  bool ok = text.size() == 36;
  for (std::size_t i = 0; ok && i < text.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      ok = text[i] == '-';
      continue;
    }
    const int hi = hex_value(text[i]);
    const int lo = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
    ok = hi >= 0 && lo >= 0;
    out[n++] = static_cast<std::uint8_t>(hi * 16 + lo);
    ++i;
  }
  if (!ok)
    throw std::invalid_argument("not a UUID: " + std::string(text));
  return out;
}

}  // namespace

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name) {
  const auto ns = uuid_bytes(namespace_uuid);
  Sha1 h;
  h.update(std::string_view(reinterpret_cast<const char*>(ns.data()), ns.size()));
  h.update(name);
  auto d = h.finish();
  d[6] = static_cast<std::uint8_t>((d[6] & 0x0F) | 0x50);  // version 5
  d[8] = static_cast<std::uint8_t>((d[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      out += '-';
    out += kHex[d[i] >> 4];
    out += kHex[d[i] & 0xF];
  }
  return out;
}

std::string random_uuid() {
  std::random_device rd;
  auto word = [&rd] { return (static_cast<std::uint64_t>(rd()) << 32) | rd(); };
  const auto hi = word();
  return make_uuid_v4(hi, word());
}

}  // namespace ipt::domain
