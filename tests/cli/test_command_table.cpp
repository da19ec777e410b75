#include <catch2/catch.hpp>

#include <sstream>

#include "cli/app.hpp"

using namespace ipt;

namespace {

struct Fixture {
  std::ostringstream out, err;
  std::istringstream in;
  domain::FixedClock clock{1772445600};
  cli::Context ctx{out,
                   err,
                   in,
                   clock,
                   [](const char*) -> std::optional<std::string> { return std::nullopt; },
                   false,
                   false};
};

}  // namespace

TEST_CASE("cli: every command in the table is registered, in table order", "[cli]") {
  Fixture f;
  auto app = cli::build_app(f.ctx);
  auto subs = app->get_subcommands({});
  const auto table = cli::command_table();
  REQUIRE(subs.size() == table.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    CHECK(subs[i]->get_name() == table[i].name);
    CHECK_FALSE(subs[i]->get_description().empty());
  }
}
