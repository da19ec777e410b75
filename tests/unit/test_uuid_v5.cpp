#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>

#include "domain/sha1.hpp"
#include "domain/uuid.hpp"

using ipt::domain::kIptNamespace;
using ipt::domain::Sha1;
using ipt::domain::sha1_hex;
using ipt::domain::uuid_v5;

namespace {
constexpr const char* kNamespaceDns = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
}  // namespace

TEST_CASE("sha1: the FIPS 180 test vectors", "[uuid]") {
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("sha1: padding at the block edges and hashing in pieces", "[uuid]") {
  // 55, 56 and 64 bytes put the length in the same block, force a second one, fill one exactly.
  CHECK(sha1_hex(std::string(55, 'a')) == "c1c8bbdc22796e28c0e15163d20899b65621d65a");
  CHECK(sha1_hex(std::string(56, 'a')) == "c2db330f6083854c99d4b5bfb6e8f29f201be699");
  CHECK(sha1_hex(std::string(64, 'a')) == "0098ba824b5c16427bd7a1122a5a442a25ec644d");
  Sha1 h;
  for (int i = 0; i < 1000; ++i)
    h.update(std::string(1000, 'a'));
  const auto d = h.finish();
  CHECK(d[0] == 0x34);
  CHECK(d[19] == 0x6f);
}

TEST_CASE("uuid_v5: the RFC 4122 and Python value for python.org", "[uuid]") {
  CHECK(uuid_v5(kNamespaceDns, "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK(uuid_v5("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // ipt's namespace and a UTF-8 name, checked against Python's uuid.uuid5.
  CHECK(uuid_v5(kIptNamespace,
                "jrnl\n2026-10-03\n09:00\nQuiet day.\n\u00dcn\u00efc\u00f6d\u00e9 \u2713") ==
        "14474deb-db61-5a22-912a-5bcf95015985");
}

TEST_CASE("uuid_v5: stable, distinct, version 5 and the RFC variant", "[uuid]") {
  const auto a = uuid_v5(kIptNamespace, "jrnl\n2026-10-01\n08:30\nhello\n");
  CHECK(a == uuid_v5(kIptNamespace, "jrnl\n2026-10-01\n08:30\nhello\n"));
  CHECK(a != uuid_v5(kIptNamespace, "jrnl\n2026-10-01\n08:31\nhello\n"));
  CHECK(a != uuid_v5(kNamespaceDns, "jrnl\n2026-10-01\n08:30\nhello\n"));
  REQUIRE(a.size() == 36);
  CHECK(a[14] == '5');
  CHECK(std::string("89ab").find(a[19]) != std::string::npos);
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i)
    seen.insert(uuid_v5(kIptNamespace, std::to_string(i)));
  CHECK(seen.size() == 200);
}

TEST_CASE("uuid_v5: a namespace that is not a UUID is a programming error", "[uuid]") {
  CHECK_THROWS_AS(uuid_v5("not-a-uuid", "x"), std::invalid_argument);
  CHECK_THROWS_AS(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c", "x"), std::invalid_argument);
  CHECK_THROWS_AS(uuid_v5("6ba7b810x9dad-11d1-80b4-00c04fd430c8", "x"), std::invalid_argument);
  CHECK_THROWS_AS(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430cg", "x"), std::invalid_argument);
}
