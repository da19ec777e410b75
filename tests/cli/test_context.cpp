// What the context reads from the environment: the busy timeout.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "cli/context.hpp"

using namespace ipt;

namespace {

std::chrono::milliseconds timeout_with(std::optional<std::string> value) {
  std::ostringstream out, err;
  std::istringstream in;
  domain::FixedClock clock{0};
  domain::SequentialUuids uuids;
  cli::Context ctx(
      out, err, in, clock, uuids,
      [value](const char* name) -> std::optional<std::string> {
        return std::string(name) == "IPT_BUSY_TIMEOUT_MS" ? value : std::nullopt;
      },
      false, false);
  return ctx.busy_timeout();
}

}  // namespace

TEST_CASE("context: the busy timeout is 5 s unless IPT_BUSY_TIMEOUT_MS says otherwise", "[cli]") {
  using std::chrono::milliseconds;
  CHECK(timeout_with(std::nullopt) == milliseconds(5000));
  CHECK(timeout_with("250") == milliseconds(250));
  CHECK(timeout_with("0") == milliseconds(0));
  CHECK(timeout_with("-1") == milliseconds(5000));  // not a duration: the default
  CHECK(timeout_with("5s") == milliseconds(5000));
}
