// Piping: with --format json or csv, stdout holds only the data, also when a config warning and
// a safety line are due on the same run; they go to stderr.
#include <catch2/catch.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::has;
using ipt::test::Sandbox;

TEST_CASE("piping: json and csv stdout is only data while warnings and safety lines are due",
          "[e2e][format]") {
  Sandbox box;
  for (int d = 23; d <= 25; ++d) {
    const Env day{{"IPT_NOW", "2026-11-" + std::to_string(d) + " 09:00"}};
    REQUIRE(box.run({"-q", "log", "2", "hard day", "--with", "sam"}, {}, day).exit_code == 0);
  }
  ipt::test::write_config(box, "colour = \"never\"\n");  // a warning on every run
  const Env next{{"IPT_NOW", "2026-11-26 09:00"}};  // the first run of a new day: a safety line
  const std::vector<std::vector<std::string>> json_reads = {
      {"list"},      {"show", "1"}, {"people"},         {"people", "show", "sam"},
      {"area"},      {"course"},    {"course", "list"}, {"phase"},
      {"prompts"},   {"report"},    {"calendar"},       {"agenda"},
      {"inventory"}, {"export"},    {"config"}};
  bool safety_said = false;
  for (auto args : json_reads) {
    args.insert(args.end(), {"--format", "json"});
    const auto r = box.run(args, {}, next);
    INFO(describe(r));
    CHECK(r.exit_code == 0);
    CHECK_NOTHROW(nlohmann::json::parse(r.out));
    CHECK(has(r.err, "unknown key 'colour'"));
    safety_said = safety_said || has(r.err, "help-now");
  }
  CHECK(safety_said);  // the persisting low mood was said, on stderr, by the first of them
  for (auto args : std::vector<std::vector<std::string>>{
           {"list"}, {"people"}, {"report"}, {"calendar"}, {"export"}, {"course", "list"}}) {
    args.insert(args.end(), {"--format", "csv"});
    const auto r = box.run(args, {}, next);
    INFO(describe(r));
    CHECK(r.exit_code == 0);
    CHECK_FALSE(r.out.empty());
    CHECK_FALSE(has(r.out, "ipt:"));
    CHECK_FALSE(has(r.out, "help-now"));
  }
}
