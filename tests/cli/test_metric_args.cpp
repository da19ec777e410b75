// --metric NAME=VALUE checked against config.toml's [[metric]] tables (cli/metric_args.hpp):
// what is accepted, and that each refusal names the scale, its range and label, or the nearest
// configured name.
#include <catch2/catch.hpp>

#include "cli/metric_args.hpp"
#include "config/config.hpp"
#include "domain/errors.hpp"

using namespace ipt;
using Strings = std::vector<std::string>;

namespace {

config::Config scales() {
  return config::parse_config(
      "[[metric]]\nname = \"irritability\"\nmin = 0\nmax = 10\nlabel = \"0 calm, 10 furious\"\n"
      "[[metric]]\nname = \"sleep_quality\"\nmin = 1\nmax = 5\n",
      "config.toml");
}

/// The message and hint of the UsageError `f` throws.
template <typename F>
std::pair<std::string, std::string> refusal(F&& f) {
  try {
    f();
  } catch (const UsageError& e) {
    return {e.what(), e.hint()};
  }
  FAIL("not refused");
  return {};
}

}  // namespace

TEST_CASE("metric args: values are taken repeated or separated by commas", "[cli][metric]") {
  const auto cfg = scales();
  CHECK(cli::metric_values_arg(cfg, {}).empty());
  CHECK(cli::metric_values_arg(cfg, {"irritability=2", "sleep_quality=5"}) ==
        domain::MetricValues{{"irritability", 2}, {"sleep_quality", 5}});
  CHECK(cli::metric_values_arg(cfg, {"irritability=0,sleep_quality=1"}) ==
        domain::MetricValues{{"irritability", 0}, {"sleep_quality", 1}});
  CHECK(cli::metric_values_arg(cfg, {"irritability=+10"}) ==
        domain::MetricValues{{"irritability", 10}});
}

TEST_CASE("metric args: a value outside the range names the range and the label", "[cli][metric]") {
  const auto cfg = scales();
  auto [msg, hint] = refusal([&] { cli::metric_values_arg(cfg, {"irritability=11"}); });
  CHECK(msg == "irritability must be a whole number from 0 to 10 (0 calm, 10 furious); got '11'");
  std::tie(msg, hint) = refusal([&] { cli::metric_values_arg(cfg, {"sleep_quality=0"}); });
  CHECK(msg == "sleep_quality must be a whole number from 1 to 5; got '0'");
  for (const char* bad : {"irritability=2.5", "irritability=two", "irritability=0x3",
                          "irritability= 3", "irritability=-1"}) {
    INFO(bad);
    CHECK(refusal([&] { cli::metric_values_arg(cfg, {bad}); }).first.find("from 0 to 10") !=
          std::string::npos);
  }
}

TEST_CASE("metric args: an unknown scale names the nearest, or how to define one",
          "[cli][metric]") {
  auto [msg, hint] = refusal([&] { cli::metric_values_arg(scales(), {"irritabilty=2"}); });
  CHECK(msg == "--metric: there is no scale 'irritabilty'; did you mean 'irritability'?");
  CHECK(hint == "your scales are irritability, sleep_quality (config.toml's [[metric]] tables)");
  std::tie(msg, hint) = refusal([&] { cli::metric_values_arg(config::Config{}, {"calm=2"}); });
  CHECK(msg == "--metric: there is no scale 'calm': no [[metric]] is configured");
  CHECK(hint.find("define it in config.toml as [[metric]]") != std::string::npos);
}

TEST_CASE("metric args: a scale given twice, a missing value or no NAME= are refused",
          "[cli][metric]") {
  const auto cfg = scales();
  CHECK(refusal([&] {
          cli::metric_values_arg(cfg, {"irritability=2", "irritability=3"});
        }).first == "--metric 'irritability' is given twice");
  CHECK(refusal([&] {
          cli::metric_values_arg(cfg, {"irritability=2,irritability=2"});
        }).first.find("given twice") != std::string::npos);
  for (const char* bad : {"irritability", "=3", "irritability=2,", ""}) {
    INFO("'" << bad << "'");
    CHECK(refusal([&] { cli::metric_values_arg(cfg, {bad}); }).first.find("NAME=VALUE") !=
          std::string::npos);
  }
  CHECK(refusal([&] { cli::metric_values_arg(cfg, {"irritability="}); }).first ==
        "--metric irritability= has no value");
}

TEST_CASE("metric args: edit's NAME= removes a value, of a scale configured or not",
          "[cli][metric]") {
  const auto cfg = scales();
  const auto changes = cli::metric_changes_arg(cfg, {"irritability=4", "gone=", "sleep_quality="});
  REQUIRE(changes.size() == 3);
  CHECK(changes.at("irritability") == 4);
  CHECK_FALSE(changes.at("gone").has_value());
  CHECK_FALSE(changes.at("sleep_quality").has_value());
  // Setting needs the scale's range, so a value of an unconfigured scale is refused.
  CHECK(refusal([&] { cli::metric_changes_arg(cfg, {"gone=3"}); }).first.find("no scale 'gone'") !=
        std::string::npos);
  CHECK(refusal([&] {
          cli::metric_changes_arg(cfg, {"Not A Name="});
        }).first.find("lower-case word") != std::string::npos);
  CHECK(refusal([&] {
          cli::metric_changes_arg(cfg, {"gone=", "gone="});
        }).first.find("given twice") != std::string::npos);
}

TEST_CASE("metric args: calendar's scale is a configured one", "[cli][metric]") {
  const auto s = cli::scale_arg(scales(), "sleep_quality");
  CHECK(s.name == "sleep_quality");
  CHECK(s.min == 1);
  CHECK(s.max == 5);
  CHECK(refusal([&] { cli::scale_arg(scales(), "sleep"); }).first.find("did you mean") !=
        std::string::npos);
}

TEST_CASE("metric args: config.toml and an import refuse the same scale names", "[cli][metric]") {
  // domain::metric_name_problem (what an import checks) and config.toml's [[metric]] rule are
  // written in two places (config/ includes nothing of the domain): they must agree.
  for (const char* name :
       {"irritability", "mood", "anxiety", "energy", "sleep", "impact", "kind", "text", "tags",
        "people", "at", "day", "type", "Calm", "2x", "a b", "x-y_z",
        "abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz0123456"}) {
    INFO(name);
    bool config_refuses = false;
    try {
      config::parse_config(std::string("[[metric]]\nname = \"") + name + "\"\nmin = 0\nmax = 10\n",
                           "config.toml");
    } catch (const Error&) {
      config_refuses = true;
    }
    CHECK(config_refuses == domain::metric_name_problem(name).has_value());
  }
}
