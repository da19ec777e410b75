#include <catch2/catch.hpp>

#include "domain/area.hpp"
#include "domain/errors.hpp"

using namespace ipt;
using namespace ipt::domain;

TEST_CASE("area: kinds and their aliases", "[area]") {
  CHECK(parse_area_kind("grief") == AreaKind::grief);
  // "loss" is grief only when someone died: the person is asked which it is.
  try {
    parse_area_kind("loss");
    FAIL("loss was read as a kind");
  } catch (const ipt::UsageError& e) {
    CHECK(e.code() == ipt::Errc::ambiguous_loss);
  }
  CHECK(parse_area_kind("Dispute") == AreaKind::dispute);
  CHECK(parse_area_kind("conflict") == AreaKind::dispute);
  CHECK(parse_area_kind("transition") == AreaKind::transition);
  CHECK(parse_area_kind("change") == AreaKind::transition);
  CHECK(parse_area_kind("deficits") == AreaKind::deficits);
  CHECK(parse_area_kind("sensitivity") == AreaKind::deficits);
  CHECK(parse_area_kind(" ISOLATION ") == AreaKind::deficits);
  CHECK_THROWS_WITH(parse_area_kind("sadness"),
                    Catch::Contains("grief, dispute, transition, deficits"));
}

TEST_CASE("area: stages belong to disputes only", "[area]") {
  CHECK(parse_dispute_stage("impasse") == DisputeStage::impasse);
  CHECK(parse_dispute_stage("Renegotiation") == DisputeStage::renegotiation);
  CHECK_THROWS_WITH(parse_dispute_stage("truce"),
                    Catch::Contains("renegotiation, impasse, dissolution"));
  CHECK_NOTHROW(check_stage_applies(AreaKind::dispute, DisputeStage::impasse));
  CHECK_NOTHROW(check_stage_applies(AreaKind::grief, std::nullopt));
  CHECK_THROWS_AS(check_stage_applies(AreaKind::grief, DisputeStage::impasse), UsageError);
  CHECK_THROWS_AS(check_stage_applies(AreaKind::transition, DisputeStage::dissolution), UsageError);
}

TEST_CASE("area: after resolving, the open areas are the candidates", "[area]") {
  std::vector<Area> areas(4);
  for (int i = 0; i < 4; ++i)
    areas[i].id = i + 1;
  areas[0].status = AreaStatus::resolved;  // the one just resolved
  areas[1].status = AreaStatus::open;
  areas[2].status = AreaStatus::resolved;
  areas[3].status = AreaStatus::open;
  const auto next = next_focus_candidates(areas, 1);
  REQUIRE(next.size() == 2);
  CHECK(next[0]->id == 2);
  CHECK(next[1]->id == 4);
  areas[1].status = AreaStatus::resolved;
  areas[3].status = AreaStatus::resolved;
  CHECK(next_focus_candidates(areas, 1).empty());
}
