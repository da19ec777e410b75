// The command table is the one list of commands: these tests check properties it must have,
// and run the built binary to prove that what it says about the journal and the formats is true.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cli/app.hpp"
#include "cli/docs_support.hpp"

using namespace ipt;
using namespace ipt::test::docs;

namespace {

std::vector<domain::Format> formats_of(const cli::CommandSpec& c) {
  std::vector<domain::Format> out;
  for (auto name : domain::format_names()) {
    const auto f = *domain::format_from(name);
    if (c.formats.has(f))
      out.push_back(f);
  }
  return out;
}

std::string bytes_of(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("command table: the tree CLI11 builds is the table, row for row", "[cli][table]") {
  Fixture f;
  auto cli = cli::build_app(f.ctx);
  std::vector<CommandDoc> tree;
  walk(cli.get(), "", tree);
  std::set<std::string> built;
  for (const auto& c : tree)
    built.insert(c.path);
  std::set<std::string> listed;
  for (const auto& c : cli::command_table()) {
    INFO("ipt " << c.path);
    CHECK(listed.insert(std::string(c.path)).second);  // no row twice
    CHECK_FALSE(c.summary.empty());
  }
  CHECK(built == listed);
  // Help shows the table's summary, not a second description written by the command.
  for (const auto& c : cli.commands) {
    INFO("ipt " << c.spec->path);
    CHECK(c.cmd->get_description() == c.spec->summary);
  }
}

TEST_CASE("command table: every command that reads offers text and json", "[cli][table]") {
  for (const auto& c : cli::command_table()) {
    INFO("ipt " << c.path);
    if (c.path.starts_with("__"))
      continue;  // hidden, for the completion scripts: its output is theirs
    if (c.needs == cli::Needs::read || !c.formats.empty()) {
      // export writes data for programs (ipt import among them), never text to read.
      if (c.path != "export")
        CHECK(c.formats.has(domain::Format::text));
      CHECK(c.formats.has(domain::Format::json));
    }
  }
}

TEST_CASE("command table: --format offers exactly the table's formats", "[cli][table]") {
  Fixture f;
  auto cli = cli::build_app(f.ctx);
  for (const auto& c : cli.commands) {
    INFO("ipt " << c.spec->path);
    auto* opt = c.cmd->get_option_no_throw("--format");
    CHECK((opt != nullptr) == !c.spec->formats.empty());
  }
}

TEST_CASE(
    "command table: each read command, in each of its formats, runs on a journal and leaves it "
    "byte-identical",
    "[cli][table][e2e]") {
  TempDir dir;
  const auto db = dir.path / "journal.db";
  const std::string env = "env -i HOME=" + sh_quote(dir.path.string()) +
                          " IPT_DB=" + sh_quote(db.string()) +
                          " NO_COLOR=1 TZ=UTC IPT_NOW='2026-03-02 12:00' ";
  const std::string ipt = sh_quote(IPT_BINARY);
  for (const char* setup : {"log 5 walked --with Sam --event talked --kind talk",
                            "area add dispute chores --with Sam", "course start --weeks 12"}) {
    REQUIRE(run_shell(env + ipt + " -q " + setup + " </dev/null 2>&1").first == 0);
  }
  // Fold the write-ahead log into the file, so unchanged bytes mean an unchanged journal.
  REQUIRE(
      run_shell("sqlite3 " + sh_quote(db.string()) + " 'PRAGMA wal_checkpoint(TRUNCATE)'").first ==
      0);
  auto snapshot = [&] { return bytes_of(db) + "|" + bytes_of(db.string() + "-wal"); };
  const auto before = snapshot();
  // Arguments for the positionals the read commands take.
  const std::map<std::string, std::string> values{
      {"ID", "1"}, {"NAME", "Sam"}, {"SHELL", "bash -- people show ''"}};
  int ran = 0;
  for (const auto& c : cli::command_table()) {
    if (c.needs != cli::Needs::read)
      continue;
    std::string args(c.path);
    Fixture f;
    auto cli = cli::build_app(f.ctx);
    for (const auto& cmd : cli.commands) {
      if (cmd.spec != &c)
        continue;
      for (auto* opt : cmd.cmd->get_options()) {
        if (opt->get_positional() && opt->get_required())
          args += " " + values.at(opt->get_name());
      }
    }
    auto formats = formats_of(c);
    std::vector<std::string> variants;
    for (auto format : formats)
      variants.push_back(" --format " + std::string(domain::to_string(format)));
    if (variants.empty())
      variants.emplace_back();  // no --format: it runs once as it is
    for (const auto& variant : variants) {
      const auto line = args + variant;
      INFO("ipt " << line);
      const auto [status, out] = run_shell(env + ipt + " " + line + " </dev/null 2>/dev/null");
      CHECK(status == 0);
      CHECK(snapshot() == before);
      ++ran;
    }
  }
  CHECK(ran >= 20);
}

TEST_CASE("command table: a command's own tree is the same as in the whole tree", "[cli][table]") {
  auto signature = [](const CommandDoc& c) {
    std::string out = c.path + ":";
    for (const auto* list : {&c.aliases, &c.longs, &c.shorts, &c.positionals, &c.values}) {
      for (const auto& item : *list)
        out += " " + item;
      out += " |";
    }
    return out;
  };
  Fixture f;
  std::vector<CommandDoc> whole;
  walk(cli::build_app(f.ctx).get(), "", whole);
  for (const auto& spec : cli::command_table()) {
    if (spec.path.find(' ') != std::string_view::npos)
      continue;
    const std::string top(spec.path);
    INFO("command " << top);
    Fixture g;
    std::vector<CommandDoc> part;
    walk(cli::build_app(g.ctx, spec.path).get(), "", part);
    std::vector<std::string> expected;
    std::vector<std::string> got;
    for (const auto& c : whole) {
      if (c.path == top || c.path.rfind(top + " ", 0) == 0)
        expected.push_back(signature(c));
    }
    for (const auto& c : part) {
      if (!c.path.empty())
        got.push_back(signature(c));
    }
    CHECK(got == expected);
  }
}

TEST_CASE("command table: only the named command's tree is built, else the whole", "[cli][table]") {
  auto only = [](std::vector<const char*> args) {
    args.insert(args.begin(), "ipt");
    const auto r = cli::only_command(static_cast<int>(args.size()), args.data());
    return r ? std::string(*r) : std::string("(all)");
  };
  CHECK(only({"list", "-n", "5"}) == "list");
  CHECK(only({"ls"}) == "list");
  CHECK(only({"--db", "x.db", "-q", "people", "add", "Sam"}) == "people");
  CHECK(only({"--color", "never", "--config", "c.toml", "log", "5"}) == "log");
  CHECK(only({"crisis"}) == "help-now");
  CHECK(only({}) == "(all)");
  CHECK(only({"lsit"}) == "(all)");            // a typo: the nearest needs every name
  CHECK(only({"list", "--help"}) == "(all)");  // help
  CHECK(only({"help", "people"}) == "(all)");
  CHECK(only({"__complete", "bash", "--"}) == "(all)");
  CHECK(only({"--db", "list", "people"}) == "people");  // "list" is --db's value
  CHECK(only({"log", "5", "--", "--help"}) == "log");   // after --, words are words
}
