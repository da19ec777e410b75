// The shell completions describe the binary that is built, not the one that was planned: these
// tests walk the real command tree (build_app), check completions/* against it and run them in
// bash, fish and zsh. Add an option without completing it and they fail.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "cli/docs_support.hpp"

using namespace ipt::test::docs;

// ---- the completions --------------------------------------------------------------------------

TEST_CASE("docs: the completion scripts list nothing by hand: they ask the binary",
          "[docs][completion]") {
  // A command or option written into a script would drift from the binary; each script only
  // passes the words to `ipt __complete` and prints what comes back.
  for (const char* path : {"completions/ipt.bash", "completions/_ipt", "completions/ipt.fish"}) {
    INFO("file " << path);
    const auto text = read_text(path);
    CHECK(mentions(text, "__complete"));
    int code = 0;
    for (const auto& line : lines_of(text, true))
      code += line.front() != '#' ? 1 : 0;
    CHECK(code < 45);
    for (const auto& c : command_tree()) {
      for (const auto& option : c.longs) {
        INFO("option " << option);
        CHECK_FALSE(mentions(text, option));
      }
    }
  }
}

TEST_CASE("docs: bash, fish and zsh complete exactly the commands and options of each command",
          "[docs][completion]") {
  std::vector<CommandDoc> tree;
  for (const auto& c : command_tree()) {
    if (c.name().rfind("__", 0) != 0)  // hidden: for the scripts themselves
      tree.push_back(c);
  }
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    INFO("shell " << name_of(shell));
    REQUIRE(available(shell));  // scripts/bootstrap installs every shell: a missing one fails
    auto command_line = [](const std::string& path, const std::string& last) {
      Strings words{IPT_BINARY};  // a path: the scripts run the ipt they complete
      std::istringstream s(path);
      for (std::string w; s >> w;)
        words.push_back(w);
      words.push_back(last);
      return words;
    };
    std::map<std::string, StringSet> children;  // "people" -> {"add", "edit", ...}
    for (const auto& c : tree) {
      INFO("completing: ipt " << c.path << " --");
      const auto words = command_line(c.path, "--");
      StringSet offered;
      for (const auto& o : complete(shell, words)) {
        if (o.rfind("--", 0) == 0)
          offered.insert(o);
      }
      CHECK(offered == StringSet(c.longs.begin(), c.longs.end()));
      if (!c.path.empty()) {
        auto& names = children[c.top_level() ? "" : c.path.substr(0, c.path.rfind(' '))];
        names.insert(c.name());
        names.insert(c.aliases.begin(), c.aliases.end());
      }
    }
    for (const auto& [parent, names] : children) {
      INFO("completing: ipt " << parent);
      const auto offered = complete(shell, command_line(parent, ""));
      CHECK(StringSet(offered.begin(), offered.end()) == names);
    }
  }
}

TEST_CASE("docs: bash, fish and zsh complete the names in the journal, spaces and quotes included",
          "[docs][completion]") {
  // A name with a space, one with a quote, and a note whose CSV field spans lines and holds
  // commas and quotes: what a naive CSV reader gets wrong.
  TempDir dir;
  const auto db = (dir.path / "journal.db").string();
  const auto env = "IPT_CONFIG=" + sh_quote((dir.path / "none.toml").string());
  const auto add = env + " " + sh_quote(IPT_BINARY) + " --db " + sh_quote(db) + " people add ";
  REQUIRE(run_shell(add + "'Aunt May' --note 'one\n\"two\", three\nfour'").first == 0);
  REQUIRE(run_shell(add + "'Bob \"B\" Jones'").first == 0);
  REQUIRE(run_shell(add + "Sam").first == 0);

  const Strings start{IPT_BINARY, "--db", db};  // a path, so the completion runs this ipt
  auto line = [&](const Strings& rest) {
    Strings words = start;
    words.insert(words.end(), rest.begin(), rest.end());
    return words;
  };
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    INFO("shell " << name_of(shell));
    REQUIRE(available(shell));
    const auto all = complete(shell, line({"people", "show", ""}), env);
    CHECK(StringSet(all.begin(), all.end()) == StringSet{"Aunt May", "Bob \"B\" Jones", "Sam"});
    CHECK(complete(shell, line({"people", "rm", "Au"}), env) == Strings{"Aunt May"});
    CHECK(complete(shell, line({"log", "5", "--with", "sam,Au"}), env) == Strings{"sam,Aunt May"});
    CHECK(complete(shell, line({"people", "add", ""}), env).empty());
  }
  if (available(Shell::bash))
    CHECK(complete(Shell::bash, line({"people", "rm", "Aunt\\ M"}), env) == Strings{"Aunt May"});
}

TEST_CASE("docs: completion offers a command prefix, event kinds and option values",
          "[docs][completion]") {
  TempDir dir;
  const auto db = (dir.path / "journal.db").string();
  const auto env = "IPT_CONFIG=" + sh_quote((dir.path / "none.toml").string());
  const Strings start{IPT_BINARY, "--db", db};
  auto line = [&](const Strings& rest) {
    Strings words = start;
    words.insert(words.end(), rest.begin(), rest.end());
    return words;
  };
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    INFO("shell " << name_of(shell));
    REQUIRE(available(shell));
    CHECK(complete(shell, line({"peo"}), env) == Strings{"people"});
    const auto kinds = complete(shell, line({"log", "5", "--kind", "c"}), env);
    CHECK(StringSet(kinds.begin(), kinds.end()) == StringSet{"conflict", "closeness", "change"});
    CHECK(complete(shell, line({"phase", "set", "mi"}), env) == Strings{"middle"});
    CHECK(complete(shell, line({"list", "--format", "cs"}), env) == Strings{"csv"});
    // import --from names a tool; export --from, like every other --from, a day.
    const auto tools = complete(shell, line({"import", "--from", ""}), env);
    CHECK(StringSet(tools.begin(), tools.end()) == StringSet{"jrnl", "daylio"});
    CHECK(complete(shell, line({"export", "--from", "yes"}), env) == Strings{"yesterday"});
    // ipt config: its keys, and the values of a key's kind.
    const auto remind = complete(shell, line({"config", "set", "remind.w"}), env);
    CHECK(StringSet(remind.begin(), remind.end()) ==
          StringSet{"remind.weekly_day", "remind.weekly_time"});
    CHECK(complete(shell, line({"config", "set", "remind.weekly_day", "fr"}), env) ==
          Strings{"friday"});
    CHECK(complete(shell, line({"config", "set", "remind.notify", "t"}), env) == Strings{"true"});
    CHECK(complete(shell, line({"config", "get", "metri"}), env) == Strings{"metric"});
    CHECK(complete(shell, line({"config", "set", "metri"}), env).empty());  // edited by hand
  }
}

TEST_CASE("docs: completion offers file names for the file ipt import reads and export -o writes",
          "[docs][completion]") {
  TempDir dir;
  const auto env = "IPT_CONFIG=" + sh_quote((dir.path / "none.toml").string());
  const auto file = (dir.path / "export.json").string();
  std::ofstream(file) << "{}";
  const auto typed = (dir.path / "expo").string();
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    INFO("shell " << name_of(shell));
    REQUIRE(available(shell));
    // The zsh test harness stands in for _files, printing ":files" (see docs_support.cpp).
    const Strings expected = shell == Shell::zsh ? Strings{":files"} : Strings{file};
    for (const Strings& words :
         {Strings{"import", typed}, Strings{"import", "--from", "jrnl", typed},
          Strings{"export", "-o", typed}, Strings{"export", "--output", typed}}) {
      Strings line{IPT_BINARY, "--db", (dir.path / "journal.db").string()};
      line.insert(line.end(), words.begin(), words.end());
      INFO("completing: " << words.front() << " ... " << words.back());
      CHECK(complete(shell, line, env) == expected);
    }
  }
}

TEST_CASE("docs: completing never creates or changes the journal", "[docs][completion]") {
  TempDir dir;
  const auto db = dir.path / "journal.db";
  const auto env = "IPT_CONFIG=" + sh_quote((dir.path / "none.toml").string());
  const Strings none{IPT_BINARY, "--db", db.string(), "people", "show", ""};
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    REQUIRE(available(shell));
    CHECK(complete(shell, none, env).empty());
    CHECK_FALSE(std::filesystem::exists(db));  // no journal yet: none is made
  }
  REQUIRE(run_shell(env + " " + sh_quote(IPT_BINARY) + " -q --db " + sh_quote(db.string()) +
                    " log 5 --with Sam -t walk --area none")
              .first == 0);
  REQUIRE(
      run_shell("sqlite3 " + sh_quote(db.string()) + " 'PRAGMA wal_checkpoint(TRUNCATE)'").first ==
      0);
  auto bytes = [&] {
    std::ifstream in(db, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const auto before = bytes();
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    INFO("shell " << name_of(shell));
    for (const Strings& rest : {Strings{"people", "show", ""}, Strings{"log", "5", "--tag", ""},
                                Strings{"log", "5", "--area", ""}, Strings{"show", ""}}) {
      Strings words{IPT_BINARY, "--db", db.string()};
      words.insert(words.end(), rest.begin(), rest.end());
      CHECK_FALSE(complete(shell, words, env).empty());
      CHECK(bytes() == before);
      CHECK_FALSE(std::filesystem::exists(db.string() + "-wal"));
    }
  }
}

TEST_CASE("docs: the zsh completion loads and registers itself for ipt", "[docs][completion]") {
  REQUIRE(run_shell("command -v zsh").first == 0);  // scripts/bootstrap installs zsh
  const std::string script = "autoload -U compinit && fpath=(" +
                             sh_quote(source_path("completions").string()) +
                             " $fpath) && compinit -u -D && [[ $_comps[ipt] == _ipt ]] && "
                             "autoload -Uz +X _ipt && print ok";
  const auto [status, out] = run_shell("zsh -f -c " + sh_quote(script) + " 2>&1");
  CHECK(status == 0);
  CHECK(out == Strings{"ok"});
}

TEST_CASE("docs: completion offers the configured scales for --metric", "[docs][completion]") {
  TempDir dir;
  const auto config = (dir.path / "config.toml").string();
  std::ofstream(config) << "[[metric]]\nname = \"irritability\"\nmin = 0\nmax = 10\n"
                           "label = \"0 calm, 10 furious\"\n"
                           "[[metric]]\nname = \"sleep_quality\"\nmin = 1\nmax = 5\n";
  const auto env = "IPT_CONFIG=" + sh_quote(config);
  const Strings start{IPT_BINARY, "--db", (dir.path / "journal.db").string()};
  auto line = [&](const Strings& rest) {
    Strings words = start;
    words.insert(words.end(), rest.begin(), rest.end());
    return words;
  };
  auto set = [](const Strings& s) { return StringSet(s.begin(), s.end()); };
  for (const Shell shell : {Shell::bash, Shell::fish, Shell::zsh}) {
    INFO("shell " << name_of(shell));
    REQUIRE(available(shell));
    // log and edit take NAME=VALUE: the name comes with its '='.
    CHECK(set(complete(shell, line({"log", "5", "--metric", ""}), env)) ==
          StringSet{"irritability=", "sleep_quality="});
    CHECK(complete(shell, line({"log", "5", "--metric", "sl"}), env) == Strings{"sleep_quality="});
    CHECK(complete(shell, line({"edit", "1", "--metric", "ir"}), env) == Strings{"irritability="});
    // calendar takes the name alone.
    CHECK(set(complete(shell, line({"calendar", "--metric", ""}), env)) ==
          StringSet{"irritability", "sleep_quality"});
    // Once NAME= is typed, a short scale's values; bash completes the part after the '='.
    Strings values;
    for (int v = 1; v <= 5; ++v)
      values.push_back(shell == Shell::bash ? std::to_string(v)
                                            : "sleep_quality=" + std::to_string(v));
    CHECK(complete(shell, line({"log", "5", "--metric", "sleep_quality="}), env) == values);
    // After a comma, the next scale.
    CHECK(complete(shell, line({"log", "5", "--metric", "irritability=2,sl"}), env) ==
          Strings{shell == Shell::bash ? "2,sleep_quality=" : "irritability=2,sleep_quality="});
  }
  // Without a configuration there is nothing to offer.
  const auto none = "IPT_CONFIG=" + sh_quote((dir.path / "none.toml").string());
  CHECK(complete(Shell::fish, line({"log", "5", "--metric", ""}), none).empty());
}
