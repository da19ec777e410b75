#include <catch2/catch.hpp>

#include "interchange/foreign.hpp"

using namespace ipt::interchange;

TEST_CASE("daylio: the five default labels map to the 0-10 scale", "[daylio]") {
  const auto m = default_daylio_moods();
  CHECK(m.at("rad") == 9);
  CHECK(m.at("good") == 7);
  CHECK(m.at("meh") == 5);
  CHECK(m.at("bad") == 3);
  CHECK(m.at("awful") == 1);
}
