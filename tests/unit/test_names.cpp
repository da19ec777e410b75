#include <catch2/catch.hpp>

#include "domain/area.hpp"
#include "domain/names.hpp"

using namespace ipt::domain;

TEST_CASE("names: an enum is read back from its name, exactly", "[names]") {
  CHECK(enum_from<AreaKind>(area_kind_names(), "transition") == AreaKind::transition);
  CHECK(enum_from<AreaKind>(area_kind_names(), "grief") == AreaKind::grief);
  CHECK_FALSE(enum_from<AreaKind>(area_kind_names(), "Grief"));
  CHECK_FALSE(enum_from<AreaKind>(area_kind_names(), ""));
  CHECK(dispute_stage_from("dissolution") == DisputeStage::dissolution);
  CHECK_FALSE(dispute_stage_from("truce"));
  for (auto name : area_kind_names())
    CHECK(to_string(*area_kind_from(name)) == name);
}

TEST_CASE("names: the valid values are listed with commas", "[names]") {
  CHECK(join_names(dispute_stage_names()) == "renegotiation, impasse, dissolution");
  CHECK(join_names({}) == "");
}
