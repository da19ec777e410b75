// Safety and measures, end to end: ipt help-now in any state, ipt check, the signals' messages
// (stderr only, once a day where said), the safety plan, fear in a dispute and gentle weeks.
#include <sys/stat.h>

#include <string>

#include <catch2/catch.hpp>

#include "e2e/harness.hpp"

using ipt::test::Env;
using ipt::test::has;
using ipt::test::Sandbox;

namespace {

void shipped_lines(const std::string& out) {
  CHECK(has(out, "call or text 988"));
  CHECK(has(out, "Samaritans: 116 123"));
  CHECK(has(out, "Lifeline: 13 11 14"));
  CHECK(has(out, "911 (US, Canada), 999 (UK), 112 (EU), 000 (Australia)"));
  CHECK(has(out, "findahelpline.com"));
  CHECK(has(out, "(lines checked 2026-12-01)"));
  CHECK(has(out, "National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788"));
  CHECK(has(out, "National Domestic Abuse Helpline (Refuge): 0808 2000 247"));
}

const Env kDay1{{"IPT_NOW", "2026-11-23 20:00"}};
const Env kDay2{{"IPT_NOW", "2026-11-24 20:00"}};

Env on(const std::string& when) {
  return {{"IPT_NOW", when}};
}

}  // namespace

TEST_CASE("safety: help-now with no journal, no config and no HOME, writing nothing", "[safety]") {
  Sandbox box;
  for (const auto* name : {"help-now", "crisis"}) {
    const auto r = box.run({name});
    INFO(ipt::test::describe(r));
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("If you are in danger", 0) == 0);
    shipped_lines(r.out);
    CHECK(has(r.out, "not treatment"));
    CHECK(r.err.empty());
  }
  CHECK_FALSE(ipt::test::exists(box.db()));
  CHECK_FALSE(ipt::test::exists(box.path() + "/data/ipt"));
  CHECK_FALSE(ipt::test::exists(box.path() + "/home/.local"));
  const auto bare = box.run({"help-now"}, {},
                            {{"HOME", std::nullopt},
                             {"XDG_DATA_HOME", std::nullopt},
                             {"XDG_CONFIG_HOME", std::nullopt},
                             {"IPT_DB", std::nullopt},
                             {"IPT_CONFIG", std::nullopt}});
  INFO(ipt::test::describe(bare));
  REQUIRE(bare.exit_code == 0);
  shipped_lines(bare.out);
  CHECK(bare.err.empty());
}

TEST_CASE("safety: help-now with a damaged journal and a broken config still shows the lines",
          "[safety]") {
  Sandbox box;
  ipt::test::write_file(box.db(), std::string(4096, 'x'));
  const auto before = ipt::test::file_bytes(box.db());
  auto r = box.run({"help-now"});
  INFO(ipt::test::describe(r));
  REQUIRE(r.exit_code == 0);
  shipped_lines(r.out);
  CHECK(has(r.err, "your safety plan could not be read"));
  CHECK(ipt::test::file_bytes(box.db()) == before);

  ::mkdir((box.path() + "/config").c_str(), 0700);
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  ipt::test::write_file(box.path() + "/config/ipt/config.toml", "[safety\ncountry = 1\n");
  r = box.run({"help-now"});
  REQUIRE(r.exit_code == 0);
  shipped_lines(r.out);
  CHECK(has(r.err, "your configuration could not be read"));
}

TEST_CASE("safety: help-now leaves a journal of an older ipt as it is", "[safety]") {
  Sandbox box;
  const std::string sql =
      ipt::test::file_bytes(std::string(IPT_SOURCE_DIR) + "/tests/fixtures/journal-v3.sql");
  const auto made = ipt::test::run_raw({"/usr/bin/sqlite3", box.db()}, box.env(), sql);
  REQUIRE(made.exit_code == 0);
  const auto before = ipt::test::file_bytes(box.db());
  const auto r = box.run({"help-now"});
  INFO(ipt::test::describe(r));
  REQUIRE(r.exit_code == 0);
  shipped_lines(r.out);
  CHECK(r.err.empty());  // no plan to read, and nothing to say about it
  CHECK(ipt::test::file_bytes(box.db()) == before);
}

TEST_CASE("safety: help-now shows your message, contacts and country first", "[safety]") {
  Sandbox box;
  ::mkdir((box.path() + "/config").c_str(), 0700);
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  ipt::test::write_file(box.path() + "/config/ipt/config.toml",
                        "[safety]\ncountry = \"GB\"\nmessage = \"Call Jo. This passes.\"\n"
                        "contacts = [{ name = \"Dr Lee\", number = \"020 7946 0000\" },\n"
                        "            { name = \"Jo\", number = \"07700 900123\" }]\n");
  const auto r = box.run({"help-now"});
  INFO(ipt::test::describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "Call Jo. This passes."));
  CHECK(has(r.out, "Your contacts\n  Dr Lee  020 7946 0000\n  Jo      07700 900123\n"));
  CHECK(has(r.out, "Crisis lines\n  UK and Ireland  Samaritans: 116 123"));

  ipt::test::write_file(box.path() + "/config/ipt/config.toml",
                        "[safety]\ncountry = \"Britain\"\n");
  const auto bad = box.run({"log", "5"});
  CHECK(bad.exit_code == 2);
  CHECK(has(bad.err, "country must be a two-letter country code"));
  ipt::test::write_file(box.path() + "/config/ipt/config.toml", "[safety]\nalarm = true\n");
  const auto warned = box.run({"log", "5"});
  CHECK(warned.exit_code == 0);
  CHECK(has(warned.err, "unknown key 'alarm' in [safety], ignored"));
}

TEST_CASE("safety: check --answers scores, stores and lists, and bad answers change nothing",
          "[safety]") {
  Sandbox box;
  // Bad answers never create a journal.
  for (const auto& answers : {"0,1,2,1,0,1,0,0", "0,1,2,1,0,1,0,0,4", "0,1,2,a,0,1,0,0,0"}) {
    const auto r = box.run({"check", "phq9", "--answers", answers});
    INFO(answers << "\n" << ipt::test::describe(r));
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "ipt: error: PHQ-9"));
  }
  CHECK(box.run({"check", "phq8", "--answers", "0"}).exit_code == 2);
  CHECK(has(box.run({"check", "phq8"}).err, "there is no questionnaire 'phq8'"));
  CHECK(box.run({"check", "gad7", "--answers", "1,1,1,1,1,1,1", "--difficulty", "2"}).exit_code ==
        2);
  const auto offtty = box.run({"check", "gad7"});
  CHECK(offtty.exit_code == 2);
  CHECK(has(offtty.err, "off a terminal give the answers"));
  CHECK_FALSE(ipt::test::exists(box.db()));

  auto r =
      box.run({"check", "phq9", "--answers", "1,2,2,1,1,2,1,1,0", "--difficulty", "1"}, {}, kDay1);
  INFO(ipt::test::describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "PHQ-9 total 11 of 27: moderate (#1, Mon 2026-11-23)"));
  CHECK(has(r.out, "screening aid, not a diagnosis"));
  CHECK(has(r.out, "educational grant from Pfizer"));
  CHECK_FALSE(has(r.err, "988"));  // item 9 was 0
  const auto before = ipt::test::file_bytes(box.db());
  CHECK(box.run({"check", "gad7", "--answers", "1,2,1,0,1,0"}, {}, kDay1).exit_code == 2);
  CHECK(ipt::test::file_bytes(box.db()) == before);

  r = box.run({"check", "phq9", "--answers", "1,1,1,1,1,1,1,1,0"}, {}, on("2026-12-21 09:00"));
  CHECK(has(r.out, "PHQ-9 total 8 of 27: mild"));
  CHECK(has(r.out, "3 points lower than the 11 of 2026-11-23 (higher means more symptoms)."));
  const auto list = box.run_json({"check", "--format", "json"}, {}, on("2026-12-21 10:00"));
  REQUIRE(list["measures"].size() == 2);
  CHECK(list["measures"][0]["answers"] == nlohmann::json({1, 2, 2, 1, 1, 2, 1, 1, 0}));
  CHECK(list["measures"][0]["difficulty"] == 1);
  CHECK(list["measures"][1]["band"] == "mild");
  CHECK(list["measures"][1]["change"] == -3);
  CHECK(list["due"][0]["scale"] == "phq9");
  CHECK(list["due"][0]["due"] == "2027-01-18");
  CHECK(list["due"][0]["due_now"] == false);
  CHECK(list["due"][1]["due_now"] == true);  // GAD-7 never taken
  const auto entries = box.run_json({"list", "--type", "measure", "--format", "json"});
  REQUIRE(entries.size() == 2);
  CHECK(entries[0]["type"] == "measure");
  CHECK(entries[0]["scale"] == "phq9");
  CHECK(entries[0]["total"] == 11);
  CHECK(entries[0]["band"] == "moderate");
  const auto csv = box.run({"check", "--format", "csv"});
  CHECK(csv.out.rfind("id,day,scale,answers,total,band,difficulty,change\r\n", 0) == 0);
  CHECK(has(csv.out, "\r\n2,2026-12-21,phq9,111111110,8,mild,,-3\r\n"));
}

TEST_CASE("safety: PHQ-9 item 9 above 0 brings help every time, on stderr only", "[safety]") {
  Sandbox box;
  for (int i = 0; i < 2; ++i) {
    const auto r = box.run(
        {"check", "phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--format", "json", "-q"}, {}, kDay1);
    INFO(ipt::test::describe(r));
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);  // stdout stays the entry's JSON
    CHECK(j["total"] == 1);
    CHECK(has(r.err, "Whatever your total, that deserves care"));
    CHECK(has(r.err, "call or text 988"));
  }
  // The week's prompts are the gentle set.
  const auto week = box.run_json({"prompts", "--format", "json"}, {}, kDay2);
  CHECK(week["gentle"] == true);
  CHECK(week["prompts"].size() <= 2);
  for (const auto& p : week["prompts"])
    CHECK(p["id"].get<std::string>().rfind("gentle.", 0) == 0);
}

TEST_CASE("safety: a very low check-in gets a word once a day, words of self-harm every time",
          "[safety]") {
  Sandbox box;
  auto r = box.run({"log", "2", "tired"}, {}, kDay1);
  CHECK(has(r.err, "A mood of 2 sounds like a really hard day"));
  CHECK(has(r.err, "ipt help-now"));
  r = box.run({"-q", "log", "1"}, {}, kDay1);
  CHECK_FALSE(has(r.err, "really hard day"));  // once that day
  r = box.run({"-q", "log", "3"}, {}, kDay2);
  CHECK_FALSE(has(r.err, "really hard day"));  // 3 is above the threshold
  r = box.run({"-q", "log", "2"}, {}, kDay2);
  CHECK(has(r.err, "A mood of 2 sounds like a really hard day"));  // a new day; -q keeps it
  const std::string state = box.path() + "/home/.local/state/ipt/notices";
  CHECK(ipt::test::file_mode(state) == 0600);
  CHECK_FALSE(has(ipt::test::file_bytes(state), "tired"));

  for (int i = 0; i < 2; ++i) {
    r = box.run({"log", "4", "I don't see the point anymore"}, {}, kDay2);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "logged #" + std::to_string(5 + i) + "\n");
    CHECK(has(r.err, "What you wrote sounds very painful"));
    CHECK(has(r.err, "call or text 988"));
  }
  r = box.run({"event", "thinking about ending it", "--kind", "other"}, {}, kDay2);
  CHECK(has(r.err, "What you wrote sounds very painful"));
}

TEST_CASE("safety: persisting low mood is said once a day on any command, and can be off",
          "[safety]") {
  Sandbox box;
  for (int d = 23; d <= 25; ++d)
    REQUIRE(
        box.run({"-q", "log", "3"}, {}, on("2026-11-" + std::to_string(d) + " 09:00")).exit_code ==
        0);
  // The third day's log said it; later that day nothing more.
  auto r = box.run({"list", "--format", "json"}, {}, on("2026-11-25 12:00"));
  REQUIRE(r.exit_code == 0);
  CHECK_NOTHROW(nlohmann::json::parse(r.out));
  CHECK_FALSE(has(r.err, "Things look hard"));
  // The next day, the first command says it, on stderr, with the csv clean on stdout.
  const auto journal = ipt::test::file_bytes(box.db());
  r = box.run({"list", "--format", "csv"}, {}, on("2026-11-26 08:00"));
  INFO(ipt::test::describe(r));
  CHECK(has(r.err, "Things look hard at the moment: 3 logged days in a row at mood 3 or lower"));
  CHECK(has(r.err, "talk with your therapist or doctor about it this week"));
  CHECK(has(r.err, "ipt plan helps you write a safety plan"));
  CHECK_FALSE(has(r.out, "Things look hard"));
  CHECK(ipt::test::file_bytes(box.db()) == journal);  // a read command never writes
  CHECK_FALSE(has(box.run({"people"}, {}, on("2026-11-26 09:00")).err, "Things look hard"));

  ::mkdir((box.path() + "/config").c_str(), 0700);
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  ipt::test::write_file(box.path() + "/config/ipt/config.toml",
                        "[safety]\nlow_days = false\nlow_week = false\n");
  CHECK_FALSE(has(box.run({"list"}, {}, on("2026-11-27 08:00")).err, "Things look hard"));
}

TEST_CASE("safety: a safety plan from stdin, printed, shown by help-now, every version kept",
          "[safety]") {
  Sandbox box;
  auto r = box.run({"plan"}, "I stop answering messages\n---\nA walk by the canal\n", kDay1);
  INFO(ipt::test::describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "saved 2 steps of your safety plan\n");
  r = box.run({"plan"}, "\n---\n\n---\n\n---\nJo, 07700 900123\n", kDay2);
  CHECK(r.out == "saved 1 step of your safety plan\n");
  REQUIRE(box.run({"plan"}, "\n---\n\n---\nthe library\n").exit_code == 0);
  REQUIRE(box.run({"plan"}, "\n---\n\n---\n-\n").exit_code == 0);  // - clears a step
  const auto plan = box.run_json({"plan", "--format", "json"});
  REQUIRE(plan["steps"].size() == 7);
  CHECK(plan["steps"][0]["step"] == "warning-signs");
  CHECK(plan["steps"][0]["text"] == "I stop answering messages");
  CHECK(plan["steps"][1]["text"] == "A walk by the canal");
  CHECK(plan["steps"][2]["text"].is_null());
  CHECK(plan["steps"][3]["text"] == "Jo, 07700 900123");
  CHECK(plan["steps"][3]["day"] == "2026-11-24");
  const auto md = box.run({"plan", "--format", "markdown"});
  CHECK(has(md.out, "# My safety plan\n\n## Warning signs\n\nI stop answering messages\n"));
  CHECK(has(md.out, "## Reasons for living\n\n_Not written yet._\n"));
  const auto help = box.run({"help-now"});
  CHECK(has(help.out, "Your safety plan\n  Warning signs\n    I stop answering messages\n"));
  CHECK(has(help.out, "People I can ask for help\n    Jo, 07700 900123\n"));

  const auto before = ipt::test::file_bytes(box.db());
  r = box.run({"plan"}, "1\n---\n2\n---\n3\n---\n4\n---\n5\n---\n6\n---\n7\n---\n8\n");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "stdin holds 8 steps but a plan has 7; nothing was saved"));
  r = box.run({"plan"}, "");
  CHECK(r.exit_code == 2);
  r = box.run({"plan"}, "bad \x1b[2J escape\n");
  CHECK(r.exit_code == 2);
  CHECK(ipt::test::file_bytes(box.db()) == before);
}

TEST_CASE("safety: feeling afraid in a dispute sets its exercises aside and shows support",
          "[safety]") {
  Sandbox box;
  const Env env = on("2026-11-27 20:00");  // a Friday of course week 8: the middle phase
  REQUIRE(box.run({"course", "start", "-d", "2026-10-05"}, {}, env).exit_code == 0);
  REQUIRE(box.run({"area", "add", "dispute", "Chris and the house", "--with", "Chris", "--stage",
                   "renegotiation"},
                  {}, env)
              .exit_code == 0);
  auto week = box.run_json({"prompts", "--format", "json", "-n", "20"}, {}, env);
  bool exercises = false;
  for (const auto& p : week["prompts"]) {
    const auto task = p["task"].get<std::string>();
    exercises = exercises || task == "role-play" || task == "decision-analysis";
  }
  REQUIRE(exercises);

  auto r = box.run({"area", "edit", "1", "--afraid", "yes"}, {}, env);
  INFO(ipt::test::describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.err, "Your safety comes first"));
  CHECK(has(r.err, "1-800-799-7233"));
  CHECK(has(r.err, "0808 2000 247"));
  week = box.run_json({"prompts", "--format", "json", "-n", "20"}, {}, env);
  CHECK(week["conditions"][0] == "fear");
  CHECK(week["prompts"][0]["id"].get<std::string>().rfind("cond.fear", 0) == 0);
  for (const auto& p : week["prompts"]) {
    const auto task = p["task"].get<std::string>();
    INFO(p["id"]);
    CHECK(task != "role-play");
    CHECK(task != "decision-analysis");
    CHECK(task != "communication-analysis");
  }
  const auto text = box.run({"prompts"}, {}, env);
  CHECK(has(text.out, "the exercises about reopening,\nrehearsing or compromising are set aside"));

  CHECK(box.run({"area", "edit", "1", "--afraid", "maybe"}, {}, env).exit_code == 2);
  REQUIRE(box.run({"area", "add", "grief", "Dad"}, {}, env).exit_code == 0);
  CHECK(box.run({"area", "edit", "2", "--afraid", "yes"}, {}, env).exit_code == 2);
  CHECK(box.run({"area", "edit", "9", "--afraid", "yes"}, {}, env).exit_code == 1);
  REQUIRE(box.run({"area", "edit", "1", "--afraid", "unset"}, {}, env).exit_code == 0);
  week = box.run_json({"prompts", "--format", "json"}, {}, env);
  CHECK((week["conditions"].empty() || week["conditions"][0] != "fear"));

  // Words of violence in a conflict with the area's person: support shown, and fear holds.
  r = box.run(
      {"log", "4", "Chris pushed me into the wall", "--with", "Chris", "--kind", "conflict"}, {},
      env);
  CHECK(has(r.err, "Your safety comes first"));
  week = box.run_json({"prompts", "--format", "json"}, {}, env);
  CHECK(week["conditions"][0] == "fear");
}

TEST_CASE("safety: a week of mood 1-2 gets the gentle set, and says why", "[safety]") {
  Sandbox box;
  for (int d = 23; d <= 26; ++d)
    REQUIRE(
        box.run({"-q", "log", d % 2 ? "1" : "2"}, {}, on("2026-11-" + std::to_string(d) + " 09:00"))
            .exit_code == 0);
  const auto env = on("2026-11-26 20:00");
  const auto journal = ipt::test::file_bytes(box.db());
  const auto week = box.run_json({"prompts", "--format", "json", "-n", "5"}, {}, env);
  CHECK(week["gentle"] == true);
  REQUIRE(week["prompts"].size() == 2);
  for (const auto& p : week["prompts"])
    CHECK(p["id"].get<std::string>().rfind("gentle.", 0) == 0);
  const auto text = box.run({"prompts"}, {}, env);
  CHECK(has(text.out, "so this week keeps to a few gentle questions"));
  CHECK(ipt::test::file_bytes(box.db()) == journal);
  // With the switch off, the usual prompts.
  ::mkdir((box.path() + "/config").c_str(), 0700);
  ::mkdir((box.path() + "/config/ipt").c_str(), 0700);
  ipt::test::write_file(box.path() + "/config/ipt/config.toml", "[safety]\ngentle_weeks = false\n");
  const auto usual = box.run_json({"prompts", "--format", "json"}, {}, env);
  CHECK(usual["gentle"] == false);
  CHECK(usual["prompts"].size() == 3);
}

TEST_CASE("safety: words are answered whatever the event's kind, and even when nothing saves",
          "[safety]") {
  Sandbox box;
  auto r = box.run({"event", "Chris hit me", "--with", "Chris", "--kind", "talk"}, {}, kDay1);
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "Your safety comes first"));
  // The crisis lines alone: no second and third message after them.
  r = box.run({"log", "0", "I'd rather be dead"}, {}, kDay1);
  CHECK(has(r.err, "What you wrote sounds very painful"));
  CHECK_FALSE(has(r.err, "really hard day"));
  CHECK_FALSE(has(r.err, "Things look hard"));

  Sandbox broken;
  ipt::test::write_file(broken.db(), std::string(4096, 'x'));
  r = broken.run({"log", "0", "I want to die"}, {}, kDay1);
  INFO(ipt::test::describe(r));
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "ipt could not save what you wrote"));
  CHECK(has(r.err, "call or text 988"));
  CHECK(has(r.err, "ipt: error:"));
  r = broken.run({"log", "5", "a quiet day"}, {}, kDay1);
  CHECK_FALSE(has(r.err, "988"));
}

TEST_CASE("safety: the termination phase offers a safety plan until there is one", "[safety]") {
  Sandbox box;
  const Env env = on("2026-11-26 20:00");  // course week 8 of 8: termination
  REQUIRE(box.run({"course", "start", "-d", "2026-10-05", "--weeks", "8"}, {}, env).exit_code == 0);
  REQUIRE(box.run({"-q", "log", "6"}, {}, env).exit_code == 0);
  auto r = box.run({"prompts"}, {}, env);
  INFO(ipt::test::describe(r));
  CHECK(has(r.err, "a safety plan keeps what helps in one place: ipt plan"));
  REQUIRE(box.run({"plan"}, "I stop answering messages\n", env).exit_code == 0);
  CHECK_FALSE(has(box.run({"prompts"}, {}, env).err, "ipt plan"));
  // Not in the middle phase.
  Sandbox mid;
  REQUIRE(mid.run({"course", "start", "-d", "2026-11-02", "--weeks", "16"}, {}, env).exit_code ==
          0);
  CHECK_FALSE(has(mid.run({"prompts"}, {}, env).err, "ipt plan"));
}
