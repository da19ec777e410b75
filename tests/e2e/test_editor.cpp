// `--edit` on ipt log, event and edit: the text written in $VISUAL/$EDITOR (fake editors here,
// small scripts), the template's note lines, an empty text that aborts, and a failed editor
// whose draft is kept and resumed.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/editor_support.hpp"
#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::file_mode;
using ipt::test::has;
using ipt::test::editor::EditorBox;
using ipt::test::editor::has_field;
using ipt::test::editor::note_lines;

TEST_CASE("editor: log --edit saves the note written, and the template shows the fields",
          "[e2e][editor]") {
  EditorBox e;
  const auto ed =
      e.appending("ed", "walked by the river\n#: not part of it\n# a hash line stays\n");
  const auto r = e.run({"log", "6", "--with", "Sam", "-t", "walk", "--anxiety", "3", "--sleep",
                        "7.5", "-d", "yesterday 18:30", "--edit"},
                       e.with(ed));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "logged #1 for Wed 2026-11-25\n");
  const auto entry = e.show(1);
  CHECK(entry["type"] == "checkin");
  CHECK(entry["mood"] == 6);
  CHECK(entry["anxiety"] == 3);
  CHECK(entry["text"] == "walked by the river\n# a hash line stays");
  CHECK(entry["day"] == "2026-11-25");

  // The template the editor got: every line above the text is a note line, with the fields.
  const auto seen = file_bytes(e.seen());
  INFO(seen);
  CHECK(has_field(seen, "mood", "6 of 10"));
  CHECK(has_field(seen, "anxiety", "3 of 10"));
  CHECK(has_field(seen, "sleep", "7.5 hours"));
  CHECK(has_field(seen, "when", "2026-11-25 18:30"));
  CHECK(has_field(seen, "with", "Sam"));
  CHECK(has_field(seen, "tags", "#walk"));
  CHECK(has_field(seen, "area", "the focus area, if there is one"));
  CHECK(has(seen, "#: Write your note below. Lines starting with '#:' are ignored.\n"));
  CHECK(seen.ends_with("are ignored.\n\n"));  // nothing below: the note is to be written
  CHECK(note_lines(seen).size() == ipt::test::lines(seen).size() - 1);
  // Saved: the draft and its directory are gone.
  CHECK_FALSE(exists(e.box.db() + ".drafts"));
}

TEST_CASE("editor: log --edit with --kind writes the event's text, the mood in the check-in",
          "[e2e][editor]") {
  EditorBox e;
  const auto ed = e.appending("ed", "argued about the dishes\n");
  const auto r = e.run(
      {"log", "4", "--with", "Sam", "--kind", "conflict", "--impact", "-2", "--edit"}, e.with(ed));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "logged #1 (event #2)\n");
  CHECK(e.show(1)["text"] == "");
  CHECK(e.show(2)["text"] == "argued about the dishes");
  CHECK(e.show(2)["kind"] == "conflict");
  const auto seen = file_bytes(e.seen());
  INFO(seen);
  CHECK(has_field(seen, "kind", "conflict"));
  CHECK(has_field(seen, "impact", "-2"));
  CHECK(has(seen, "#: Write your event text below."));
}

TEST_CASE("editor: event --edit saves what happened, with the fields as note lines",
          "[e2e][editor]") {
  EditorBox e;
  const auto ed = e.appending("ed", "Alex covered my shift\n\nI said thank you.\n");
  const auto r = e.run({"event", "--with", "Alex", "--kind", "support", "--impact", "+2", "--feel",
                        "grateful", "--agenda", "--edit"},
                       e.with(ed));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "logged #1\n");
  const auto entry = e.show(1);
  CHECK(entry["type"] == "event");
  CHECK(entry["text"] == "Alex covered my shift\n\nI said thank you.");
  CHECK(entry["kind"] == "support");
  CHECK(entry["people"] == nlohmann::json::array({"Alex"}));
  const auto seen = file_bytes(e.seen());
  INFO(seen);
  CHECK(has_field(seen, "kind", "support"));
  CHECK(has_field(seen, "impact", "+2"));
  CHECK(has_field(seen, "feelings", "grateful"));
  CHECK(has_field(seen, "with", "Alex"));
  CHECK(has_field(seen, "when", "now"));
  CHECK(has_field(seen, "agenda", "yes, for your next session"));
  CHECK(has(seen, "#: Write your event text below."));
  CHECK_FALSE(exists(e.box.db() + ".drafts"));
}

TEST_CASE("editor: edit ID --edit opens the entry's current text and saves the new one",
          "[e2e][editor]") {
  EditorBox e;
  e.must({"event", "first words", "--with", "Sam", "--kind", "talk"});
  // The editor rewrites the draft: a note line of its own, then the new text.
  const auto ed = e.editor(
      "ed", "cp \"$1\" '" + e.seen() + "'\nprintf '#: mine\\nfirst words, and more\\n' > \"$1\"\n");
  const auto r = e.run({"edit", "1", "--impact", "1", "--edit"}, e.with(ed));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "updated #1\n");
  const auto entry = e.show(1);
  CHECK(entry["text"] == "first words, and more");
  CHECK(entry["impact"] == 1);  // the other options given apply in the same change
  const auto seen = file_bytes(e.seen());
  INFO(seen);
  CHECK(seen.ends_with("are ignored.\n\nfirst words\n"));
  CHECK(has_field(seen, "kind", "talk"));
  CHECK(has_field(seen, "with", "Sam"));
  CHECK(has(seen, "#: Editing #1 (ipt edit); the text below is its event text."));
  CHECK_FALSE(exists(e.box.db() + ".drafts"));

  // Left as it was, nothing changes: no write, a note says so.
  const auto before = file_bytes(e.box.db());
  const auto same = e.run({"edit", "1", "--edit"}, e.with("/bin/true"));
  INFO(describe(same));
  CHECK(same.exit_code == 0);
  CHECK(same.out.empty());
  CHECK(has(same.err, "#1 is unchanged"));
  CHECK(file_bytes(e.box.db()) == before);
}

TEST_CASE("editor: an empty draft, or one of note lines only, aborts and writes nothing",
          "[e2e][editor]") {
  struct Case {
    const char* what;
    const char* body;
  };
  const std::vector<Case> editors{
      {"emptied", ": > \"$1\"\n"},
      {"note lines and blanks only", "printf '#: nothing\\n\\n   \\n#:\\n' > \"$1\"\n"},
      {"left as it was", "exit 0\n"},
  };
  struct Command {
    std::vector<std::string> args;
    const char* noun;
    const char* hint;
  };
  const std::vector<Command> commands{
      {{"log", "5", "--edit"},
       "your note is empty",
       "ipt: hint: to record the mood alone: ipt log 5\n"},
      {{"log", "7", "--anxiety", "2", "--edit"},
       "your note is empty",
       "ipt: hint: to record the check-in without a note: ipt log 7 and your other options, "
       "without --edit\n"},
      {{"event", "--with", "Sam", "--edit"}, "your event text is empty", ""},
  };
  for (const auto& ed : editors) {
    for (const auto& cmd : commands) {
      DYNAMIC_SECTION(ed.what << ": ipt " << cmd.args.front() << " " << cmd.args[1]) {
        EditorBox e;
        e.must({"log", "3", "a first note"});
        const auto before = file_bytes(e.box.db());
        const auto r = e.run(cmd.args, e.with(e.editor("ed", ed.body)));
        INFO(describe(r));
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(has(r.err, std::string("ipt: error: ") + cmd.noun));
        CHECK(has(r.err, "nothing was saved"));
        if (*cmd.hint != '\0')
          CHECK(has(r.err, cmd.hint));
        CHECK(file_bytes(e.box.db()) == before);
        CHECK(e.entries() == 1);
        CHECK_FALSE(exists(e.box.db() + ".drafts"));  // nothing in it to keep
      }
    }
  }
  SECTION("edit ID --edit, emptied") {
    EditorBox e;
    e.must({"log", "3", "a first note"});
    const auto before = file_bytes(e.box.db());
    const auto r = e.run({"edit", "1", "--edit"}, e.with(e.editor("ed", ": > \"$1\"\n")));
    INFO(describe(r));
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "ipt: error: your note is empty"));
    CHECK(has(r.err, "ipt: hint: ipt edit 1 --clear note empties the note"));
    CHECK(file_bytes(e.box.db()) == before);
    CHECK(e.show(1)["text"] == "a first note");
  }
  SECTION("no journal yet: none is made") {
    EditorBox e;
    const auto r = e.run({"log", "5", "--edit"}, e.with(e.editor("ed", ": > \"$1\"\n")));
    CHECK(r.exit_code == 1);
    CHECK_FALSE(exists(e.box.db()));
  }
}

TEST_CASE("editor: a failed editor keeps the draft, and the next --edit resumes it",
          "[e2e][editor]") {
  EditorBox e;
  e.must({"log", "3", "a first note"});
  const auto before = file_bytes(e.box.db());
  const auto failing = e.editor("fail", "printf 'half a thought\\n' >> \"$1\"\nexit 3\n");
  auto r = e.run({"log", "4", "--with", "Sam", "--edit"}, e.with(failing));
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(has(r.err, "ipt: error: the editor '" + failing + "' exited with status 3; nothing was"));
  CHECK(has(r.err, "what you wrote is kept at " + e.draft("log") +
                       "; 'ipt log MOOD --edit' opens it again"));
  CHECK(file_bytes(e.box.db()) == before);
  REQUIRE(exists(e.draft("log")));
  CHECK(file_mode(e.draft("log")) == 0600);
  CHECK(file_mode(e.box.db() + ".drafts") == 0700);
  CHECK(has(file_bytes(e.draft("log")), "\nhalf a thought\n"));

  // Off a terminal the kept draft is resumed; its note lines say what this command saves.
  const auto more = e.appending("more", "and the rest\n");
  r = e.run({"log", "7", "--edit"}, e.with(more));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.err, "ipt: resuming the draft kept at " + e.draft("log")));
  const auto seen = file_bytes(e.seen());
  INFO(seen);
  CHECK(seen.ends_with("are ignored.\n\nhalf a thought\n"));
  CHECK(has_field(seen, "mood", "7 of 10"));
  CHECK_FALSE(has_field(seen, "mood", "4 of 10"));
  CHECK(e.show(2)["text"] == "half a thought\nand the rest");
  CHECK(e.show(2)["mood"] == 7);
  CHECK_FALSE(exists(e.draft("log")));
}

TEST_CASE("editor: edit ID --edit keeps a failed draft under its own name and resumes it",
          "[e2e][editor]") {
  EditorBox e;
  e.must({"log", "3", "a first note"});
  e.must({"log", "4", "a second note"});
  const auto failing = e.editor("fail", "printf 'changed my mind\\n' >> \"$1\"\nexit 1\n");
  auto r = e.run({"edit", "2", "--edit"}, e.with(failing));
  INFO(describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "kept at " + e.draft("edit-2") + "; 'ipt edit 2 --edit' opens it again"));
  CHECK(e.show(2)["text"] == "a second note");

  // Another entry's draft is its own: #1 opens on its text, not on #2's draft.
  r = e.run({"edit", "1", "--edit"}, e.with(e.appending("other", "!\n")));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(e.show(1)["text"] == "a first note\n!");
  CHECK(exists(e.draft("edit-2")));

  r = e.run({"edit", "2", "--edit"}, e.with(e.appending("more", "after all\n")));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(file_bytes(e.seen()), "\na second note\nchanged my mind\n"));
  CHECK(e.show(2)["text"] == "a second note\nchanged my mind\nafter all");
  CHECK_FALSE(exists(e.box.db() + ".drafts"));
}

TEST_CASE("editor: a text the journal refuses after the editor is kept as a draft",
          "[e2e][editor]") {
  EditorBox e;
  e.must({"log", "3", "a first note"});
  const auto before = file_bytes(e.box.db());
  const auto ed = e.editor("ed", "printf 'page one\\014page two\\n' >> \"$1\"\n");
  const auto r = e.run({"event", "--edit"}, e.with(ed));
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "control character"));
  CHECK(has(r.err, "ipt: nothing was saved; what you wrote is kept at " + e.draft("event") +
                       ", and 'ipt event --edit' opens it again"));
  CHECK(file_bytes(e.box.db()) == before);
  CHECK(has(file_bytes(e.draft("event")), "page one\fpage two"));
}

TEST_CASE(
    "editor: edit ID --edit gives an empty note its first words, and refuses a text the "
    "draft would cut",
    "[e2e][editor]") {
  EditorBox e;
  e.must({"log", "5"});
  e.must({"log", "6", "#: typed on the command line\nand a second line"});
  auto r = e.run({"edit", "1", "--edit"}, e.with(e.appending("ed", "now a note\n")));
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(e.show(1)["text"] == "now a note");
  CHECK(file_bytes(e.seen()).ends_with("are ignored.\n\n"));

  // Its '#:' line would be left out of what the draft gives back: refused before the editor.
  const auto ran = e.box.path() + "/ran";
  r = e.run({"edit", "2", "--edit"}, e.with(e.editor("touch", "touch '" + ran + "'\n")));
  INFO(describe(r));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "#2's text has lines starting with '#:'"));
  CHECK_FALSE(exists(ran));
  CHECK(e.show(2)["text"] == "#: typed on the command line\nand a second line");
}
