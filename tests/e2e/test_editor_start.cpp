// How `--edit` starts the editor: VISUAL before EDITOR before vi, the value split into words and
// given to execvp (never to a shell, so its metacharacters do nothing), --edit with a text on
// the command line refused, and on a terminal the question whether to resume a kept draft.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/editor_support.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::lines;
using ipt::test::editor::EditorBox;
using ipt::test::editor::kNow;

namespace {

/// An editor that writes each argument it got on a line of `args`, then a note into the last.
std::string argument_writer(const EditorBox& e, const std::string& args) {
  return e.editor("args",
                  "for a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + args +
                      "'; done\nfor last; do :; done\nprintf 'from args\\n' >> \"$last\"\n");
}

}  // namespace

TEST_CASE("editor: EDITOR with words is split into separate arguments", "[e2e][editor]") {
  EditorBox e;
  const auto args = e.box.path() + "/args.txt";
  const auto ed = argument_writer(e, args);
  const auto r = e.run({"log", "5", "--edit"}, e.with(ed + "  --flag -x"));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(lines(file_bytes(args)) == std::vector<std::string>{"--flag", "-x", e.draft("log")});
  CHECK(e.show(1)["text"] == "from args");
}

TEST_CASE("editor: shell metacharacters in EDITOR are never run by a shell", "[e2e][editor]") {
  EditorBox e;
  const auto args = e.box.path() + "/args.txt";
  const auto ed = argument_writer(e, args);
  const auto pwned = e.box.path() + "/pwned";

  SECTION("';' and '|' after the program: a program of that name, which does not exist") {
    for (const std::string sep : {";", "|", "&&"}) {
      const auto r = e.run({"log", "5", "--edit"}, e.with(ed + sep + " touch " + pwned));
      INFO(sep << "\n" << describe(r));
      CHECK(r.exit_code == 1);
      CHECK(has(r.err, "ipt: error: the editor '" + ed + sep +
                           "' could not be started: No such "
                           "file or directory; nothing was saved"));
      CHECK(has(r.err, "ipt: hint: set VISUAL or EDITOR to the editor you use"));
      CHECK_FALSE(exists(pwned));
      CHECK_FALSE(exists(e.box.db()));  // no journal was made for a text never written
      CHECK_FALSE(exists(e.box.db() + ".drafts"));
    }
  }
  SECTION("$(...) and backquotes reach the editor as the very words written") {
    const auto value = ed + " $(touch " + pwned + ") `touch " + pwned + "2` $HOME";
    const auto r = e.run({"log", "5", "--edit"}, e.with(value));
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
    CHECK(lines(file_bytes(args)) == std::vector<std::string>{"$(touch", pwned + ")", "`touch",
                                                              pwned + "2`", "$HOME",
                                                              e.draft("log")});
    CHECK_FALSE(exists(pwned));
    CHECK_FALSE(exists(pwned + "2"));
    CHECK(e.show(1)["text"] == "from args");
  }
}

TEST_CASE("editor: VISUAL wins over EDITOR, an empty one counts as unset, and vi comes last",
          "[e2e][editor]") {
  EditorBox e;
  const auto visual = e.editor("visual", "printf 'from VISUAL\\n' >> \"$1\"\n");
  const auto editor = e.editor("editor", "printf 'from EDITOR\\n' >> \"$1\"\n");
  SECTION("both set") {
    const Env env{{"IPT_NOW", kNow}, {"VISUAL", visual}, {"EDITOR", editor}};
    REQUIRE(e.run({"event", "--edit"}, env).exit_code == 0);
    CHECK(e.show(1)["text"] == "from VISUAL");
  }
  SECTION("VISUAL empty") {
    const Env env{{"IPT_NOW", kNow}, {"VISUAL", "  "}, {"EDITOR", editor}};
    REQUIRE(e.run({"event", "--edit"}, env).exit_code == 0);
    CHECK(e.show(1)["text"] == "from EDITOR");
  }
  SECTION("neither, on a terminal: vi, found in PATH") {
    if (!exists(ipt::test::editor::kScript))
      FAIL("util-linux script is not installed, so the terminal can't be tested");
    std::filesystem::create_directory(e.box.path() + "/bin");
    const auto vi = e.editor("bin/vi", "printf 'from vi\\n' >> \"$1\"\n");
    const Env env{{"IPT_NOW", kNow},
                  {"VISUAL", std::nullopt},
                  {"EDITOR", std::nullopt},
                  {"PATH", e.box.path() + "/bin:/usr/bin:/bin"}};
    const auto r = on_terminal(e, "event --edit", "", env);
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
    CHECK(e.show(1)["text"] == "from vi");
  }
}

TEST_CASE("editor: with neither VISUAL nor EDITOR, off a terminal, --edit is refused at once",
          "[e2e][editor]") {
  // vi would draw its screen into the output, or wait for keys a script never sends.
  EditorBox e;
  std::filesystem::create_directory(e.box.path() + "/bin");
  const auto ran = e.box.path() + "/ran";
  e.editor("bin/vi", "touch '" + ran + "'\n");
  const Env env{{"IPT_NOW", kNow},
                {"VISUAL", std::nullopt},
                {"EDITOR", "  "},  // no word: unset
                {"PATH", e.box.path() + "/bin:/usr/bin:/bin"}};
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"log", "5", "--edit"}, {"event", "--edit"}}) {
    const auto r = e.run(args, env);
    INFO(args.front() << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(has(r.err,
              "ipt: error: no editor: neither VISUAL nor EDITOR is set, and vi needs a "
              "terminal"));
    CHECK(has(r.err, "ipt: hint: set EDITOR to the editor you use"));
    CHECK_FALSE(exists(ran));
    CHECK_FALSE(exists(e.box.db()));
    CHECK_FALSE(exists(e.box.db() + ".drafts"));
  }
  // A kept draft is neither asked about nor touched.
  e.must({"log", "3", "a first note"});
  const auto failing = e.editor("fail", "printf 'half a thought\\n' >> \"$1\"\nexit 1\n");
  REQUIRE(e.run({"log", "4", "--edit"}, e.with(failing)).exit_code == 1);
  const auto kept = file_bytes(e.draft("log"));
  const auto r = e.run({"log", "4", "--edit"}, env, "y\n");
  CHECK(r.exit_code == 2);
  CHECK_FALSE(has(r.err, "Start again"));
  CHECK(file_bytes(e.draft("log")) == kept);
  // An editor that is set runs off a terminal as ever: scripts set fake ones.
  const auto ok = e.run({"log", "4", "--edit"}, e.with(e.appending("more", "more\n")));
  INFO(describe(ok));
  CHECK(ok.exit_code == 0);
  CHECK(e.show(2)["text"] == "half a thought\nmore");
}

TEST_CASE("editor: --edit with the text on the command line too is a usage error",
          "[e2e][editor]") {
  EditorBox e;
  e.must({"log", "3", "a first note"});
  const auto before = file_bytes(e.box.db());
  const auto ran = e.box.path() + "/ran";
  const auto env = e.with(e.editor("ed", "touch '" + ran + "'\n"));
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  const std::vector<Case> cases{
      {{"log", "5", "a note", "--edit"}, "--edit opens your editor for NOTE, so it can't be"},
      {{"log", "5", "-", "--edit"}, "--edit opens your editor for NOTE"},
      {{"event", "it happened", "--edit"}, "--edit opens your editor for TEXT"},
      {{"edit", "1", "--note", "new", "--edit"}, "--note/--text can't be given too"},
      {{"edit", "1", "--clear", "note", "--edit"}, "--clear note can't be given too"},
      {{"edit", "1", "--kind", "talk", "--edit"}, "--kind applies to events, and #1 is a check-in"},
  };
  for (const auto& c : cases) {
    const auto r = e.run(c.args, env, "from stdin\n");
    INFO(c.args.front() << " " << c.args[2] << "\n" << describe(r));
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, c.message));
    CHECK_FALSE(exists(ran));  // refused before the editor opened
  }
  CHECK(file_bytes(e.box.db()) == before);

  // Without --edit, TEXT is still required.
  const auto r = e.run({"event", "--with", "Sam"}, env);
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "ipt: error: TEXT is required"));
  CHECK(has(r.err, "--edit to write it in your editor"));
}

TEST_CASE("editor: on a terminal a kept draft is offered: resumed, or started again",
          "[e2e][editor][tty]") {
  if (!exists(ipt::test::editor::kScript))
    FAIL("util-linux script is not installed, so the terminal can't be tested");
  EditorBox e;
  const auto failing = e.editor("fail", "printf 'half a thought\\n' >> \"$1\"\nexit 1\n");
  const auto more = e.appending("more", "more\n");
  REQUIRE(e.run({"log", "4", "--edit"}, e.with(failing)).exit_code == 1);
  REQUIRE(exists(e.draft("log")));
  const std::string question = "ipt: a draft from an earlier 'ipt log MOOD --edit' was kept (";

  SECTION("Enter resumes it") {
    const auto r = on_terminal(e, "log 6 --edit", "\n", e.with(more));
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.out, question));
    CHECK(has(r.out, "Start again, deleting that draft (no: resume it)? [y/N]"));
    CHECK_FALSE(has(r.out, "resuming the draft kept at"));  // asked, so no note
    CHECK(has(file_bytes(e.seen()), "\nhalf a thought\n"));
    CHECK(e.show(1)["text"] == "half a thought\nmore");
  }
  SECTION("y starts again from the template") {
    const auto r = on_terminal(e, "log 6 --edit", "y\n", e.with(more));
    INFO(describe(r));
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.out, question));
    CHECK_FALSE(has(file_bytes(e.seen()), "half a thought"));
    CHECK(e.show(1)["text"] == "more");
  }
  CHECK_FALSE(exists(e.draft("log")));
}

TEST_CASE("editor: 'e' at an ipt reflect prompt, with no editor set and stdout not a terminal",
          "[e2e][editor][tty]") {
  if (!exists(ipt::test::editor::kScript))
    FAIL("util-linux script is not installed, so the terminal can't be tested");
  EditorBox e;
  e.must({"log", "5", "a start"});
  std::filesystem::create_directory(e.box.path() + "/bin");
  e.editor("bin/vi", "echo 'a screen of vi'\n");
  const Env env{{"IPT_NOW", kNow},
                {"VISUAL", std::nullopt},
                {"EDITOR", std::nullopt},
                {"PATH", e.box.path() + "/bin:/usr/bin:/bin"}};
  // On a terminal, but with standard output going to a file: vi's screen would land in it.
  const auto out = e.box.path() + "/out.txt";
  const std::string cmd =
      std::string(IPT_BINARY) + " --db " + e.box.db() + " reflect > '" + out + "'";
  const auto r = ipt::test::run_raw({ipt::test::editor::kScript, "-qec", cmd, "/dev/null"},
                                    e.box.env(env), "e\n\n");
  INFO(describe(r));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "ipt: no editor: neither VISUAL nor EDITOR is set"));
  CHECK_FALSE(has(file_bytes(out), "a screen of vi"));
}
