// End to end: the session agenda (ipt agenda, log/event --agenda) and an area's own rating
// (ipt area rate), with their bad input.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};

RunResult must(const Sandbox& box, const std::vector<std::string>& args,
               const std::string& in = {}) {
  auto r = box.run(args, in, kNow);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
  return r;
}

}  // namespace

TEST_CASE("agenda: add, list, done, and entries put on it with --agenda", "[agenda]") {
  Sandbox box;
  auto r =
      must(box, {"log", "3", "argued with Sam", "--with", "Sam", "--kind", "conflict", "--agenda"});
  CHECK(r.out == "logged #1 (event #2)\n");
  CHECK(has(r.err, "put on the agenda for your next session as item #1"));
  r = must(box, {"agenda", "add", "ask", "about", "sleep"});
  CHECK(r.out == "added agenda item #2\n");
  must(box, {"event", "Mum called", "--agenda"});
  must(box, {"agenda", "add", "-"}, "from stdin\n");

  auto items = box.run_json({"agenda", "--format", "json"}, {}, kNow);
  REQUIRE(items.size() == 4);
  // An entry put on the agenda shows the event's text (of `log --event`, the event).
  CHECK(items[0]["text"] == "argued with Sam");
  CHECK(items[0]["entry_id"] == 2);
  CHECK(items[1]["text"] == "ask about sleep");
  CHECK(items[1]["entry_id"].is_null());
  CHECK(items[1]["day"] == "2026-11-26");
  CHECK(items[1]["done"].is_null());
  CHECK(items[2]["entry_id"] == 3);
  CHECK(items[3]["text"] == "from stdin");

  r = must(box, {"agenda"});
  CHECK(has(r.out, "#1"));
  CHECK(has(r.out, "entry #2: argued with Sam"));
  // Open items are in the week's prompts.
  const auto prompts = box.run_json({"prompts", "--format", "json"}, {}, kNow);
  REQUIRE(prompts["agenda"].size() == 4);
  CHECK(has(must(box, {"prompts"}).out, "On your agenda for the next session"));

  r = must(box, {"agenda", "done", "#2"});
  CHECK(r.out == "done: agenda item #2\n");
  items = box.run_json({"agenda", "--format", "json"}, {}, kNow);
  CHECK(items.size() == 3);
  items = box.run_json({"agenda", "--all", "--format", "json"}, {}, kNow);
  REQUIRE(items.size() == 4);
  CHECK(items[1]["done"].is_string());
  // Done again is not an error, and keeps the first time.
  must(box, {"agenda", "done", "2"});
  CHECK(box.run_json({"agenda", "--all", "--format", "json"}, {}, kNow)[1]["done"] ==
        items[1]["done"]);

  // Deleting an entry takes its agenda item with it.
  must(box, {"rm", "3", "--yes"});
  CHECK(box.run_json({"agenda", "--all", "--format", "json"}, {}, kNow).size() == 3);

  const auto csv = must(box, {"agenda", "--all", "--format", "csv"}).out;
  CHECK(csv.rfind("id,day,text,entry_id,done\r\n", 0) == 0);
  CHECK(ipt::test::lines(csv).size() == 4);
}

TEST_CASE("agenda: bad input is refused and changes nothing", "[agenda][bad-input]") {
  Sandbox box;
  must(box, {"agenda", "add", "one"});
  ipt::test::expect_refused(box,
                            {
                                {{"agenda", "done", "9"}, 1, "there is no agenda item #9"},
                                {{"agenda", "done", "x"}, 2, "an agenda item's id is a number"},
                                {{"agenda", "add", "  "}, 2, "agenda item"},
                                {{"agenda", "done"}, 2, "ID"},
                                {{"agenda", "bogus"}, 2, "bogus"},
                            },
                            kNow);
}

TEST_CASE("agenda: listing never writes, and needs a journal", "[agenda]") {
  Sandbox box;
  auto r = box.run({"agenda"}, {}, kNow);
  CHECK(r.exit_code == 1);
  CHECK_FALSE(ipt::test::exists(box.db()));
  must(box, {"agenda", "add", "one"});
  const auto before = file_bytes(box.db());
  must(box, {"agenda"});
  must(box, {"agenda", "--format", "json"});
  CHECK(file_bytes(box.db()) == before);
}

TEST_CASE("area rate: the focus by default, one rating a day, shown by area show", "[area]") {
  Sandbox box;
  must(box, {"area", "add", "dispute", "Sam and chores", "--with", "Sam", "--afraid", "no"});
  must(box, {"area", "add", "grief", "Grandma"});
  auto r = must(box, {"area", "rate", "2"});
  CHECK(r.out == "area #1 on 2026-11-26: 2 (a little better)\n");
  r = must(box, {"area", "rate", "4", "-d", "2026-11-19"});
  CHECK(r.out == "area #1 on 2026-11-19: 4 (much better)\n");
  r = must(box, {"area", "rate", "3"});
  CHECK(r.out == "area #1 on 2026-11-26: 3 (better), replacing that day's rating\n");
  r = must(box, {"area", "rate", "#2", "5"});
  CHECK(r.out == "area #2 on 2026-11-26: 5 (resolved)\n");

  auto a = box.run_json({"area", "show", "1", "--format", "json"}, {}, kNow);
  REQUIRE(a["ratings"].size() == 2);
  CHECK(a["ratings"][0] == json{{"day", "2026-11-19"}, {"rating", 4}});
  CHECK(a["ratings"][1] == json{{"day", "2026-11-26"}, {"rating", 3}});
  const auto text = must(box, {"area", "show", "1"}).out;
  CHECK(has(text, "2026-11-19  ####.  4 much better"));
  CHECK(has(text, "2026-11-26  ###..  3 better"));
  CHECK(has(text, "afraid    no"));
}

TEST_CASE("area rate: bad input is refused and changes nothing", "[area][bad-input]") {
  Sandbox box;
  must(box, {"area", "add", "grief", "Grandma"});
  must(box, {"area", "resolve", "1"});
  ipt::test::expect_refused(
      box,
      {
          {{"area", "rate", "0"}, 2, "1 (no better) to 5 (resolved); got '0'"},
          {{"area", "rate", "6"}, 2, "got '6'"},
          {{"area", "rate", "3.5"}, 2, "got '3.5'"},
          {{"area", "rate", "abc"}, 2, "got 'abc'"},
          {{"area", "rate", "3"}, 2, "no problem area is in focus"},
          {{"area", "rate", "9", "3"}, 1, "there is no problem area #9"},
          {{"area", "rate", "1", "3", "-d", "tomorrow"}, 2, "future"},
          {{"area", "rate"}, 2, "RATING"},
          {{"area", "rate", "1", "2", "3"}, 2, "3"},
      },
      kNow);
}
