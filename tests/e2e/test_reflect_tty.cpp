// ipt reflect on a terminal: answers typed line by line, 's' to skip, 'e' for $EDITOR (started
// with execvp, no shell). util-linux `script` gives ipt a pseudo-terminal.
#include <sys/stat.h>

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

using ipt::test::Env;
using ipt::test::Sandbox;

namespace {

const char* kScript = "/usr/bin/script";

}  // namespace

TEST_CASE("reflect: on a terminal, lines, skip and the editor each do what they say",
          "[prompts][tty]") {
  if (!ipt::test::exists(kScript)) {
    FAIL("util-linux script is not installed, so the terminal can't be tested");
  }
  Sandbox box;
  // An editor that is a program with no shell around it: it appends a line to the file.
  const std::string editor = box.path() + "/editor";
  ipt::test::write_file(editor, "#!/bin/sh\nprintf 'written in the editor\\n' >> \"$1\"\n");
  REQUIRE(::chmod(editor.c_str(), 0755) == 0);
  const Env env{{"IPT_NOW", "2026-11-26 18:00"}, {"EDITOR", editor}};
  REQUIRE(box.run({"log", "5", "a start"}, {}, env).exit_code == 0);
  const auto week = box.run_json({"prompts", "--format", "json"}, {}, env);
  REQUIRE(week["prompts"].size() == 3);

  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " reflect";
  const auto r = ipt::test::run_raw({kScript, "-qec", cmd, "/dev/null"}, box.env(env),
                                    "first line\nsecond line\n\ns\ne\n");
  INFO("exit " << r.exit_code << "\n" << r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Saved 2 answers") != std::string::npos);

  std::vector<nlohmann::json> answers;
  for (const auto& e : box.run_json({"list", "--format", "json"}, {}, env)) {
    if (e["type"] == "reflection")
      answers.push_back(e);
  }
  REQUIRE(answers.size() == 2);
  CHECK(answers[0]["text"] == "first line\nsecond line");
  CHECK(answers[0]["prompt_id"] == week["prompts"][0]["id"]);
  CHECK(answers[0]["prompt"] == week["prompts"][0]["text"]);
  CHECK(answers[1]["text"] == "written in the editor");
  CHECK(answers[1]["prompt_id"] == week["prompts"][2]["id"]);
  CHECK(answers[1]["week"] == week["week"]["start"]);
}

TEST_CASE("reflect: on a terminal, each answer is kept when the input stops part way",
          "[prompts][tty]") {
  if (!ipt::test::exists(kScript)) {
    FAIL("util-linux script is not installed, so the terminal can't be tested");
  }
  Sandbox box;
  const Env env{{"IPT_NOW", "2026-11-26 18:00"}};
  REQUIRE(box.run({"log", "5"}, {}, env).exit_code == 0);
  const std::string cmd = std::string(IPT_BINARY) + " --db " + box.db() + " reflect";
  // One answer, then the input ends (as Ctrl-D does) while the second is being typed: both are
  // kept, each saved as it was given.
  const auto r = ipt::test::run_raw({kScript, "-qec", cmd, "/dev/null"}, box.env(env),
                                    "kept\n\nhalf an answer\n");
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  int reflections = 0;
  for (const auto& e : box.run_json({"list", "--format", "json"}, {}, env)) {
    reflections += e["type"] == "reflection" ? 1 : 0;
  }
  CHECK(reflections == 2);
}
