// The man page and the shell completions describe the binary that is built, not the one that was
// planned: these tests walk the real command tree (build_app) and the real renderers, and check
// man/ipt.1 and completions/* against them. Add an option without documenting it and they fail.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "render/areas.hpp"
#include "render/course.hpp"
#include "render/entries.hpp"
#include "render/inventory.hpp"
#include "render/people.hpp"
#include "render/prompts.hpp"

using namespace ipt;

namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;
using StringSet = std::set<std::string>;

std::optional<std::string> empty_env(const char*) {
  return std::nullopt;
}

struct Fixture {
  std::ostringstream out, err;
  std::istringstream in;
  domain::FixedClock clock{1772445600};
  cli::Context ctx{out, err, in, clock, empty_env, false, false};
};

// ---- the command tree -------------------------------------------------------------------------

struct CommandDoc {
  std::string path;  ///< "" for ipt itself, "log", "people add"
  Strings aliases;
  Strings longs;        ///< "--kind"
  Strings shorts;       ///< "-d"
  Strings positionals;  ///< "MOOD"
  Strings values;       ///< the fixed values of its options' IsMember checks

  std::string name() const { return path.substr(path.rfind(' ') + 1); }
  bool top_level() const { return path.find(' ') == std::string::npos; }
};

/// The values of an option's IsMember checks, from the description CLI11 gives them:
/// "{text,json,csv}".
void add_member_values(CLI::Option* opt, Strings& values) {
  for (int i = 0;; ++i) {
    std::string d;
    try {
      d = opt->get_validator(i)->get_description();
    } catch (const CLI::OptionNotFound&) {
      break;
    }
    if (d.size() < 2 || d.front() != '{' || d.back() != '}')
      continue;
    std::stringstream s(d.substr(1, d.size() - 2));
    for (std::string item; std::getline(s, item, ',');)
      values.push_back(item);
  }
}

CommandDoc describe(CLI::App* app, const std::string& path) {
  CommandDoc c{path, app->get_aliases(), {}, {}, {}, {}};
  for (auto* opt : app->get_options()) {
    for (const auto& l : opt->get_lnames())
      c.longs.push_back("--" + l);
    for (const auto& s : opt->get_snames())
      c.shorts.push_back("-" + s);
    if (opt->get_lnames().empty() && opt->get_snames().empty())
      c.positionals.push_back(opt->get_name());
    add_member_values(opt, c.values);
  }
  return c;
}

void walk(CLI::App* app, const std::string& path, std::vector<CommandDoc>& out) {
  for (auto* sub : app->get_subcommands({})) {
    const auto sub_path = path.empty() ? sub->get_name() : path + " " + sub->get_name();
    out.push_back(describe(sub, sub_path));
    walk(sub, sub_path, out);
  }
}

/// ipt itself (path "") first, then every command and subcommand, depth first.
std::vector<CommandDoc> command_tree() {
  Fixture f;
  auto app = cli::build_app(f.ctx);
  std::vector<CommandDoc> tree{describe(app.get(), "")};
  walk(app.get(), "", tree);
  return tree;
}

/// Values the domain checks (CLI11 does not know them): each with the man page subsections that
/// must list them.
struct DomainValues {
  std::span<const std::string_view> values;
  std::vector<const char*> sections;
};

std::vector<DomainValues> domain_values() {
  return {
      {domain::event_kind_names(), {"ipt log", "ipt event"}},
      {domain::circle_names(), {"ipt people add", "ipt people edit"}},
      {domain::contact_names(), {"ipt people add", "ipt people edit"}},
      {domain::area_kind_names(), {"ipt area", "ipt area add"}},
      {domain::dispute_stage_names(), {"ipt area add", "ipt area stage"}},
  };
}

// ---- reading the documents --------------------------------------------------------------------

/// The lines of `s`; with `skip_empty`, without the empty ones.
Strings lines_of(const std::string& s, bool skip_empty = false) {
  Strings lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (!skip_empty || !line.empty())
      lines.push_back(line);
  }
  return lines;
}

fs::path source_path(const std::string& relative) {
  return fs::path(IPT_SOURCE_DIR) / relative;
}

std::string read_text(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// roff as plain text: font changes (\fB) and \& dropped, special characters (\(aq) made a
/// space, every other backslash removed, so "\fB\-\-kind\fR" reads "--kind".
std::string plain_roff(const std::string& roff) {
  std::string out;
  for (std::size_t i = 0; i < roff.size(); ++i) {
    if (roff[i] != '\\' || i + 1 == roff.size()) {
      out += roff[i];
      continue;
    }
    const char c = roff[++i];
    if (c == 'f') {
      i += i + 1 < roff.size() && roff[i + 1] == '(' ? 3 : 1;
    } else if (c == '(') {
      i += 2;
      out += ' ';
    } else if (c != '&') {
      out += c;
    }
  }
  return out;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

/// `word` occurs in `text` on its own: "--with" is not found in "--without", nor "-d" in "--date".
/// As with regex \b, an edge is only checked where the word itself has a word character.
bool mentions(const std::string& text, const std::string& word) {
  for (auto p = text.find(word); p != std::string::npos; p = text.find(word, p + 1)) {
    const auto end = p + word.size();
    if ((!is_word_char(word.front()) || p == 0 || !is_word_char(text[p - 1])) &&
        (!is_word_char(word.back()) || end == text.size() || !is_word_char(text[end])))
      return true;
  }
  return false;
}

struct Section {
  std::string heading;  ///< the .SH or .SS text, unquoted
  bool sub = false;     ///< .SS
  std::string source;   ///< the roff lines up to the next heading
  std::string text;     ///< the same as plain text
};

struct ManPage {
  std::string source;
  std::vector<Section> sections;

  const Section* find(const std::string& heading, bool sub) const {
    for (const auto& s : sections) {
      if (s.heading == heading && s.sub == sub)
        return &s;
    }
    return nullptr;
  }
};

ManPage read_man_page() {
  ManPage m{read_text("man/ipt.1"), {}};
  for (const auto& line : lines_of(m.source)) {
    if (line.rfind(".SH ", 0) == 0 || line.rfind(".SS ", 0) == 0) {
      auto heading = plain_roff(line.substr(4));
      heading.erase(std::remove(heading.begin(), heading.end(), '"'), heading.end());
      m.sections.push_back({heading, line[2] == 'S', {}, {}});
    } else if (!m.sections.empty() && line.rfind(".\\\"", 0) != 0) {
      m.sections.back().source += line + "\n";
      m.sections.back().text += plain_roff(line) + "\n";
    }
  }
  return m;
}

/// The keys a section lists as ".TP" followed by ".B key", in order.
Strings tagged_keys(const Section& s) {
  Strings keys;
  bool after_tp = false;
  for (const auto& line : lines_of(s.source)) {
    if (after_tp && line.rfind(".B ", 0) == 0)
      keys.push_back(line.substr(3));
    after_tp = line == ".TP";
  }
  return keys;
}

/// The keys of JSON written with dump(2), at `indent` spaces (any when negative), in order.
Strings json_keys(const std::string& json, int indent) {
  Strings keys;
  const std::regex key(indent < 0 ? std::string("^ *\"([a-z_]+)\": ")
                                  : "^" + std::string(static_cast<std::size_t>(indent), ' ') +
                                        "\"([a-z_]+)\": ");
  for (const auto& line : lines_of(json)) {
    std::smatch m;
    if (std::regex_search(line, m, key))
      keys.push_back(m[1]);
  }
  return keys;
}

// ---- running shells ---------------------------------------------------------------------------

std::string sh_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s)
    q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// The exit status and stdout of a /bin/sh command line.
std::pair<int, Strings> run_shell(const std::string& command) {
  FILE* p = ::popen(command.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;)
    out.append(buf, n);
  const int st = ::pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, lines_of(out, true)};
}

enum class Shell { bash, fish };
constexpr const char* kBashCompletion = "/usr/share/bash-completion/bash_completion";

bool available(Shell shell) {
  if (shell == Shell::bash)
    return run_shell("command -v bash").first == 0 && fs::exists(kBashCompletion);
  return run_shell("command -v fish").first == 0;
}

const char* name_of(Shell shell) {
  return shell == Shell::bash ? "bash" : "fish";
}

/// What `shell` offers on the command line `words`, completing the last word.
Strings complete(Shell shell, const Strings& words, const std::string& env = "") {
  std::string line, script;
  for (const auto& w : words)
    line += (line.empty() ? "" : " ") + w;
  if (shell == Shell::bash) {
    script = "source " + std::string(kBashCompletion) + " && source " +
             sh_quote(source_path("completions/ipt.bash").string()) + " && COMP_WORDS=(";
    for (const auto& w : words)
      script += sh_quote(w) + " ";
    script += "); COMP_CWORD=" + std::to_string(words.size() - 1) +
              "; COMP_LINE=" + sh_quote(line) +
              "; COMP_POINT=${#COMP_LINE}; _ipt; printf '%s\\n' \"${COMPREPLY[@]}\"";
  } else {
    // fish -c 'source FILE; complete -C LINE': both quoted for fish, where \ and ' are special.
    auto fish_quote = [](const std::string& s) {
      std::string q = "'";
      for (char c : s)
        q += (c == '\'' || c == '\\') ? std::string{'\\', c} : std::string(1, c);
      return q + "'";
    };
    script = "source " + fish_quote(source_path("completions/ipt.fish").string()) +
             "; complete -C " + fish_quote(line);
  }
  const auto program = shell == Shell::bash ? " bash -c " : " fish --no-config -c ";
  auto [status, out] = run_shell(env + program + sh_quote(script));
  REQUIRE(status == 0);
  for (auto& candidate : out)
    candidate = candidate.substr(0, candidate.find('\t'));  // fish: "candidate\tdescription"
  return out;
}

/// A temporary directory, removed with its contents at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ipt-docs-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

// ---- the man page -----------------------------------------------------------------------------

TEST_CASE("docs: the man page has a date, this version and the sections a manual needs",
          "[docs][man]") {
  Fixture f;
  const char* argv[] = {"ipt", "--version"};
  REQUIRE(cli::run(2, argv, f.ctx) == 0);
  const auto man = read_man_page();
  const std::regex th(R"re(\n\.TH IPT 1 (\d{4}-\d{2}-\d{2}) "(ipt [^"]*)")re");
  std::smatch m;
  REQUIRE(std::regex_search(man.source, m, th));
  CHECK(m[2].str() + "\n" == f.out.str());  // "ipt 0.1.0"
  for (const char* s :
       {"NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "WHEN", "OUTPUT FORMATS",
        "LIMITS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "SEE ALSO"}) {
    INFO("section " << s);
    CHECK(man.find(s, false) != nullptr);
  }
}

TEST_CASE("docs: each command has its own subsection in the man page, and only real ones",
          "[docs][man]") {
  const auto man = read_man_page();
  for (const auto& c : cli::command_table()) {
    INFO("command " << c.name);
    CHECK(man.find(std::string("ipt ") + c.name, true) != nullptr);
  }
  StringSet paths;
  for (const auto& c : command_tree())
    paths.insert("ipt " + c.path);
  for (const auto& s : man.sections) {
    INFO("subsection " << s.heading);
    CHECK((!s.sub || s.heading.rfind("ipt ", 0) != 0 || paths.count(s.heading) == 1));
  }
}

TEST_CASE("docs: the man page documents every command, option and value the binary has",
          "[docs][man]") {
  const auto man = read_man_page();
  REQUIRE(man.find("SYNOPSIS", false) != nullptr);
  const auto synopsis = man.find("SYNOPSIS", false)->text;
  for (const auto& c : command_tree()) {
    INFO("command: ipt " << c.path);
    const bool global = c.path.empty();
    const Section* section =
        global ? man.find("GLOBAL OPTIONS", false) : man.find("ipt " + c.path, true);
    REQUIRE(section != nullptr);
    CHECK((global || mentions(synopsis, c.path)));
    for (const auto& alias : c.aliases) {
      INFO("alias " << alias);
      CHECK(mentions(section->text, "ipt " + alias));
      CHECK(mentions(synopsis, alias));
    }
    for (const auto* list : {&c.longs, &c.shorts, &c.positionals, &c.values}) {
      for (const auto& w : *list) {
        // -h, --help is documented once, in GLOBAL OPTIONS, for every command.
        if (!global && (w == "--help" || w == "-h"))
          continue;
        INFO("option, argument or value " << w);
        CHECK(mentions(section->text, w));
      }
    }
  }
  for (const auto& d : domain_values()) {
    for (const char* cmd : d.sections) {
      const Section* s = man.find(cmd, true);
      REQUIRE(s != nullptr);
      for (auto v : d.values) {
        INFO(cmd << ": value " << v);
        CHECK(mentions(s->text, std::string(v)));
      }
    }
  }
}

TEST_CASE("docs: the man page's JSON keys and CSV headers are the ones ipt writes", "[docs][man]") {
  const auto man = read_man_page();
  const domain::Date day{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}};
  domain::Entry e;
  e.type = domain::EntryType::event;
  e.day = day;
  e.kind = domain::EventKind::talk;
  domain::PersonSummary p;
  p.person.name = "Sam";
  domain::AreaSummary a;
  a.area.created_day = day;
  a.area.stages = {domain::StageChange{domain::DisputeStage::impasse, day}};
  domain::CourseOverview course;  // a course under way, with a focus area: every key present
  course.today = day;
  course.course = domain::Course{};
  course.course->start = day;
  course.status = domain::CourseStatus{};
  course.focus = a.area;
  const render::PromptSheet sheet{domain::WeekSpan{day, day, 1}, domain::Phase::middle, {{}}};
  std::ostringstream entry_json, person_json, area_json, course_json, inventory_json, circle_json,
      prompts_json;
  std::ostringstream entries_csv, people_csv, person_csv, areas_csv;
  render::entry_json(entry_json, e);
  render::person_json(person_json, p, {domain::PersonMoment{e, 5.5}});
  render::area_json(area_json, a, {e});
  render::course_json(course_json, course);
  render::inventory_json(inventory_json, {p});
  render::circle_json(circle_json, {p});
  render::prompts_json(prompts_json, sheet);
  render::entries_csv(entries_csv, {});
  render::people_csv(people_csv, {});
  render::person_csv(person_csv, {});
  render::areas_csv(areas_csv, {});

  auto section = [&](const char* heading) {
    const Section* s = man.find(heading, true);
    REQUIRE(s != nullptr);
    return s;
  };
  auto mentions_all = [](const Section* s, const Strings& keys) {
    for (const auto& k : keys) {
      INFO(s->heading << ": key " << k);
      CHECK(mentions(s->text, k));
    }
  };
  auto without_timeline = [](Strings keys) {
    REQUIRE((!keys.empty() && keys.back() == "timeline"));
    keys.pop_back();
    return keys;
  };

  SECTION("entries: every key, in order") {
    CHECK(tagged_keys(*section("JSON entries")) == json_keys(entry_json.str(), 2));
  }
  SECTION("people: every key in order, then the keys of the timeline") {
    const Section* s = section("JSON people");
    CHECK(tagged_keys(*s) == without_timeline(json_keys(person_json.str(), 2)));
    mentions_all(s, json_keys(person_json.str(), 6));
  }
  SECTION("areas: every key in order, then the keys of a stage") {
    const Section* s = section("JSON areas");
    const auto json = area_json.str();
    CHECK(tagged_keys(*s) == without_timeline(json_keys(json, 2)));
    const auto start = json.find("\"stages\"");
    mentions_all(s, json_keys(json.substr(start, json.find("\"timeline\"") - start), 6));
  }
  SECTION("course, prompts, inventory and circle: every key") {
    mentions_all(section("JSON course and phase"), json_keys(course_json.str(), -1));
    mentions_all(section("JSON prompts"), json_keys(prompts_json.str(), -1));
    // The people inside are person objects, documented under JSON people.
    mentions_all(section("JSON inventory and circle"), json_keys(inventory_json.str(), 2));
    mentions_all(section("JSON inventory and circle"), json_keys(circle_json.str(), 2));
  }
  SECTION("CSV header rows, exactly") {
    const Section* s = section("CSV");
    for (const auto& csv :
         {entries_csv.str(), people_csv.str(), person_csv.str(), areas_csv.str()}) {
      const auto header = csv.substr(0, csv.find("\r\n"));
      INFO("header " << header);
      CHECK(s->text.find("\n" + header + "\n") != std::string::npos);
    }
  }
}

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
