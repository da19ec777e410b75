// Interrupts on a terminal: Ctrl-C (SIGINT, sent by the terminal) and a closed terminal
// (SIGHUP, sent by the kernel when the pty's master side closes) during ipt reflect, ipt
// inventory, ipt plan and an $EDITOR session. Every answer given is kept, and the one being
// typed (the lines of an answer not yet ended); ipt exits 130 for SIGINT and 129 for SIGHUP,
// 128 + the signal, as shells report a command a signal stopped.
#include <sys/stat.h>

#include <chrono>
#include <csignal>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/fixtures.hpp"
#include "e2e/harness.hpp"
#include "e2e/pty.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::PtyChild;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using json = nlohmann::json;

namespace {

const Env kNow{{"IPT_NOW", "2026-11-26 18:00"}};

/// How the interrupt comes.
enum class How { ctrl_c, hang_up };

const char* name_of(How how) {
  return how == How::ctrl_c ? "Ctrl-C" : "terminal closed";
}

/// True when `r` ended as a mature tool ends for each: exit 128 + the signal. A closed
/// terminal may send a second SIGHUP (the kernel's, after the shell's) that lands once ipt has
/// saved and put the default action back: killed by SIGHUP, which a shell reports as 129 too.
bool ended_as(const RunResult& r, How how) {
  if (how == How::ctrl_c)
    return r.exit_code == 130;
  return r.exit_code == 129 || (r.signaled && r.signal == SIGHUP);
}

/// `ipt ARGS` on a fresh terminal of its own.
std::unique_ptr<PtyChild> on_pty(const Sandbox& box, std::vector<std::string> args,
                                 const Env& env = kNow) {
  args.insert(args.begin(), {IPT_BINARY, "--db", box.db()});
  return std::make_unique<PtyChild>(args, box.env(env));
}

/// Lets ipt read what was typed (the terminal has echoed it already), then interrupts.
RunResult interrupt(PtyChild& p, How how) {
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  if (how == How::ctrl_c)
    p.type("\x03");
  else
    p.hang_up();
  return p.wait();
}

void must(const Sandbox& box, const std::vector<std::string>& args, const Env& env = kNow) {
  const auto r = box.run(args, {}, env);
  INFO(args.front() << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

std::vector<std::string> reflection_texts(const Sandbox& box) {
  std::vector<std::string> out;
  for (const auto& e : box.run_json({"list", "--format", "json"}, {}, kNow)) {
    if (e["type"] == "reflection")
      out.push_back(e["text"].get<std::string>());
  }
  return out;
}

}  // namespace

TEST_CASE(
    "fault: Ctrl-C or a closed terminal during ipt reflect keeps the answers and the one "
    "being typed",
    "[e2e][fault][tty]") {
  const auto how = GENERATE(How::ctrl_c, How::hang_up);
  INFO(name_of(how));
  Sandbox box;
  must(box, {"log", "5"});
  auto p = on_pty(box, {"reflect"});
  REQUIRE(p->wait_for("\n> "));
  p->type("the first answer\n\n");  // an empty line ends an answer
  REQUIRE(p->wait_for("\n> ", 2));
  p->type("the second, line one\nline two\n");  // still being typed: no empty line yet
  REQUIRE(p->wait_for("line two"));
  const auto r = interrupt(*p, how);
  INFO(describe(r) << (r.signaled ? "\nsignal " + std::to_string(r.signal) : ""));
  CHECK(ended_as(r, how));
  CHECK(reflection_texts(box) ==
        std::vector<std::string>{"the first answer", "the second, line one\nline two"});
}

TEST_CASE("fault: Ctrl-C or a closed terminal during ipt inventory keeps every answer given",
          "[e2e][fault][tty]") {
  const auto how = GENERATE(How::ctrl_c, How::hang_up);
  INFO(name_of(how));
  Sandbox box;
  must(box, {"people", "add", "Sam"});
  auto p = on_pty(box, {"inventory"});
  REQUIRE(p->wait_for("inner circle"));
  p->type("Sam, Ira\n");
  REQUIRE(p->wait_for("middle circle"));
  p->type("\n");
  REQUIRE(p->wait_for("outer circle"));
  p->type("\n");
  REQUIRE(p->wait_for("How often are you in touch with Ira?"));
  p->type("weekly\n");
  REQUIRE(p->wait_for("\n> ", 5));
  const auto r = interrupt(*p, how);
  INFO(describe(r) << (r.signaled ? "\nsignal " + std::to_string(r.signal) : ""));
  CHECK(ended_as(r, how));
  std::map<std::string, json> people;
  for (const auto& person : box.run_json({"people", "--format", "json"}, {}, kNow))
    people[person["name"].get<std::string>()] = person;
  REQUIRE(people.count("Sam") == 1);
  REQUIRE(people.count("Ira") == 1);
  CHECK(people["Sam"]["circle"] == "inner");
  CHECK(people["Ira"]["circle"] == "inner");
  CHECK(people["Ira"]["contact"] == "weekly");
}

TEST_CASE("fault: Ctrl-C or a closed terminal during ipt plan keeps the steps answered",
          "[e2e][fault][tty]") {
  const auto how = GENERATE(How::ctrl_c, How::hang_up);
  INFO(name_of(how));
  Sandbox box;
  must(box, {"log", "5"});
  auto p = on_pty(box, {"plan"});
  REQUIRE(p->wait_for("Warning signs"));
  p->type("not sleeping\n");
  REQUIRE(p->wait_for("Things I can do on my own"));
  p->type("a walk\n");
  REQUIRE(p->wait_for("\n> ", 3));
  const auto r = interrupt(*p, how);
  INFO(describe(r) << (r.signaled ? "\nsignal " + std::to_string(r.signal) : ""));
  CHECK(ended_as(r, how));
  const auto plan = box.run_json({"plan", "--format", "json"}, {}, kNow);
  REQUIRE(plan["steps"].size() >= 3);
  CHECK(plan["steps"][0]["text"] == "not sleeping");
  CHECK(plan["steps"][1]["text"] == "a walk");
  CHECK(plan["steps"][2]["text"].is_null());
}

TEST_CASE("fault: Ctrl-C or a closed terminal in an editor session keeps the draft written",
          "[e2e][fault][tty][editor]") {
  const auto how = GENERATE(How::ctrl_c, How::hang_up);
  INFO(name_of(how));
  Sandbox box;
  // An editor that saves a line, says so, then waits for more typing that never comes.
  const std::string editor = box.path() + "/editor";
  ipt::test::write_file(editor,
                        "#!/bin/sh\nprintf 'typed in the editor\\n' >> \"$1\"\necho EDITING\n"
                        "sleep 30\n");
  REQUIRE(::chmod(editor.c_str(), 0700) == 0);
  Env env = kNow;
  env.push_back({"EDITOR", editor});
  env.push_back({"VISUAL", std::nullopt});
  const std::string draft = box.db() + ".drafts/log.txt";

  auto p = on_pty(box, {"log", "5", "--edit"}, env);
  REQUIRE(p->wait_for("EDITING"));
  const auto r = interrupt(*p, how);
  INFO(describe(r) << (r.signaled ? "\nsignal " + std::to_string(r.signal) : ""));
  CHECK(ended_as(r, how));
  REQUIRE(ipt::test::exists(draft));
  CHECK(ipt::test::has(ipt::test::file_bytes(draft), "typed in the editor"));
  CHECK(ipt::test::has(r.out, "nothing was saved; what you wrote is kept at " + draft) ==
        (how == How::ctrl_c));               // a closed terminal shows nothing
  CHECK_FALSE(ipt::test::exists(box.db()));  // nothing saved: not even a journal made
}

TEST_CASE("fault: Ctrl-C or a closed terminal in the editor of an ipt reflect answer keeps both",
          "[e2e][fault][tty][editor]") {
  const auto how = GENERATE(How::ctrl_c, How::hang_up);
  INFO(name_of(how));
  Sandbox box;
  const std::string editor = box.path() + "/editor";
  ipt::test::write_file(editor,
                        "#!/bin/sh\nprintf 'typed in the editor\\n' >> \"$1\"\necho EDITING\n"
                        "sleep 30\n");
  REQUIRE(::chmod(editor.c_str(), 0700) == 0);
  Env env = kNow;
  env.push_back({"EDITOR", editor});
  env.push_back({"VISUAL", std::nullopt});
  must(box, {"log", "5"});

  auto p = on_pty(box, {"reflect"}, env);
  REQUIRE(p->wait_for("\n> "));
  p->type("the first answer\n\n");
  REQUIRE(p->wait_for("\n> ", 2));
  p->type("e\n");  // the second answer in the editor
  REQUIRE(p->wait_for("EDITING"));
  const auto r = interrupt(*p, how);
  INFO(describe(r) << (r.signaled ? "\nsignal " + std::to_string(r.signal) : ""));
  CHECK(ended_as(r, how));
  CHECK(reflection_texts(box) == std::vector<std::string>{"the first answer"});
  const auto drafts = ipt::test::dir_names(box.db() + ".drafts");
  REQUIRE(drafts.size() == 1);
  CHECK(ipt::test::has(ipt::test::file_bytes(box.db() + ".drafts/" + *drafts.begin()),
                       "typed in the editor"));
}
