// The shell completions describe the binary that is built, not the one that was planned: these
// tests walk the real command tree (build_app), check completions/* against it and run them in
// bash, fish and zsh. Add an option without completing it and they fail.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>

#include "cli/docs_support.hpp"

using namespace ipt::test::docs;

// ---- the completions --------------------------------------------------------------------------

TEST_CASE("docs: each completion file names every command, option and fixed value",
          "[docs][completion]") {
  const auto tree = command_tree();
  StringSet values;
  for (const auto& c : tree)
    values.insert(c.values.begin(), c.values.end());
  for (const auto& d : domain_values()) {
    for (auto v : d.values)
      values.insert(std::string(v));
  }

  struct File {
    const char* path;
    std::string command, long_option, short_option;  ///< how each is written, NAME for the name
  };
  for (const File& file : {File{"completions/ipt.bash", "NAME", "--NAME", "-NAME"},
                           File{"completions/_ipt", "'NAME:", "--NAME", "-NAME"},
                           File{"completions/ipt.fish", "-a NAME", "-l NAME", "-s NAME"}}) {
    INFO("file " << file.path);
    const auto text = read_text(file.path);
    auto written = [&](std::string form, const std::string& name) {
      return mentions(text, form.replace(form.find("NAME"), 4, name));
    };
    for (const auto& c : tree) {
      INFO("command: ipt " << c.path);
      CHECK((c.path.empty() || written(file.command, c.name())));
      for (const auto& alias : c.aliases)
        CHECK(written(file.command, alias));
      for (const auto& name : c.longs) {
        INFO("option " << name);
        CHECK(written(file.long_option, name.substr(2)));
      }
      for (const auto& name : c.shorts) {
        INFO("option " << name);
        CHECK(written(file.short_option, name.substr(1)));
      }
    }
    for (const auto& v : values) {
      INFO("value " << v);
      CHECK(mentions(text, v));
    }
  }
}

TEST_CASE("docs: bash and fish complete exactly the commands and options of each command",
          "[docs][completion]") {
  const auto tree = command_tree();
  for (const Shell shell : {Shell::bash, Shell::fish}) {
    INFO("shell " << name_of(shell));
    if (!available(shell)) {
      WARN(name_of(shell) << " (with its completion support) is not installed; not checked");
      continue;
    }
    auto command_line = [](const std::string& path, const std::string& last) {
      Strings words{"ipt"};
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

TEST_CASE("docs: bash and fish complete the names in the journal, spaces and quotes included",
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
  for (const Shell shell : {Shell::bash, Shell::fish}) {
    INFO("shell " << name_of(shell));
    if (!available(shell)) {
      WARN(name_of(shell) << " (with its completion support) is not installed; not checked");
      continue;
    }
    const auto all = complete(shell, line({"people", "show", ""}), env);
    CHECK(StringSet(all.begin(), all.end()) == StringSet{"Aunt May", "Bob \"B\" Jones", "Sam"});
    CHECK(complete(shell, line({"people", "rm", "Au"}), env) == Strings{"Aunt May"});
    CHECK(complete(shell, line({"log", "5", "--with", "sam,Au"}), env) == Strings{"sam,Aunt May"});
    CHECK(complete(shell, line({"people", "add", ""}), env).empty());
  }
  if (available(Shell::bash))
    CHECK(complete(Shell::bash, line({"people", "rm", "Aunt\\ M"}), env) == Strings{"Aunt May"});
}

TEST_CASE("docs: the zsh completion loads and registers itself for ipt", "[docs][completion]") {
  if (run_shell("command -v zsh").first != 0) {
    WARN("zsh is not installed; not checked");
    return;
  }
  const std::string script = "autoload -U compinit && fpath=(" +
                             sh_quote(source_path("completions").string()) +
                             " $fpath) && compinit -u -D && [[ $_comps[ipt] == _ipt ]] && "
                             "autoload -Uz +X _ipt && print ok";
  const auto [status, out] = run_shell("zsh -f -c " + sh_quote(script) + " 2>&1");
  CHECK(status == 0);
  CHECK(out == Strings{"ok"});
}
