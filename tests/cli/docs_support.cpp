// The helpers of the docs tests, declared in docs_support.hpp: the command tree, the man page
// and the completion files, and the shells that run the completions.
#include "cli/docs_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <regex>

#include <catch2/catch.hpp>

#include "domain/area.hpp"
#include "domain/entry.hpp"

namespace ipt::test::docs {

namespace fs = std::filesystem;

std::optional<std::string> empty_env(const char*) {
  return std::nullopt;
}

// ---- the command tree -------------------------------------------------------------------------

namespace {

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

}  // namespace

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

std::vector<CommandDoc> command_tree() {
  Fixture f;
  auto app = cli::build_app(f.ctx);
  std::vector<CommandDoc> tree{describe(app.get(), "")};
  walk(app.get(), "", tree);
  return tree;
}

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

Strings lines_of(const std::string& s, bool skip_empty) {
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

namespace {

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

}  // namespace

bool mentions(const std::string& text, const std::string& word) {
  for (auto p = text.find(word); p != std::string::npos; p = text.find(word, p + 1)) {
    const auto end = p + word.size();
    if ((!is_word_char(word.front()) || p == 0 || !is_word_char(text[p - 1])) &&
        (!is_word_char(word.back()) || end == text.size() || !is_word_char(text[end])))
      return true;
  }
  return false;
}

ManPage read_man_page(const std::string& relative) {
  ManPage m{read_text(relative), {}};
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

Section chapter(const ManPage& page, const std::string& heading) {
  Section out;
  bool inside = false;
  for (const auto& s : page.sections) {
    if (!s.sub)
      inside = s.heading == heading;
    if (!inside)
      continue;
    if (out.heading.empty())
      out.heading = s.heading;
    out.source += s.source;
    out.text += s.text;
  }
  INFO("section " << heading);
  REQUIRE(!out.heading.empty());
  return out;
}

Strings tagged_keys(const Section& s) {
  Strings keys;
  bool after_tp = false;
  for (const auto& line : lines_of(s.source)) {
    if (after_tp && line.rfind(".B ", 0) == 0)
      keys.push_back(plain_roff(line.substr(3)));
    after_tp = line == ".TP";
  }
  return keys;
}

std::vector<TaggedItem> tagged_items(const Section& s) {
  std::vector<TaggedItem> items;
  bool after_tp = false;
  bool in_item = false;
  for (const auto& line : lines_of(s.source)) {
    const bool breaks = line == ".TP" || line == ".PP" || line.rfind(".IP", 0) == 0;
    if (after_tp && line.rfind(".B ", 0) == 0) {
      items.push_back({plain_roff(line.substr(3)), {}});
      in_item = true;
    } else if (breaks) {
      in_item = false;
    } else if (in_item) {
      items.back().text += plain_roff(line) + "\n";
    }
    after_tp = line == ".TP";
  }
  return items;
}

std::string example_text(const Section& s) {
  const auto start = s.source.find(".EX\n");
  const auto end = s.source.find(".EE\n", start);
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string roff = s.source.substr(start + 4, end - start - 4);
  std::string out;
  for (std::size_t i = 0; i < roff.size(); ++i) {
    if (roff[i] != '\\') {
      out += roff[i];
      continue;
    }
    const auto rest = std::string_view(roff).substr(i + 1);
    if (rest.starts_with("(dq")) {
      out += '"';
      i += 3;
    } else if (rest.starts_with("(aq")) {
      out += '\'';
      i += 3;
    } else if (rest.starts_with("(ti")) {
      out += '~';
      i += 3;
    } else if (rest.starts_with("-")) {
      out += '-';
      i += 1;
    } else if (rest.starts_with("e")) {
      out += '\\';
      i += 1;
    } else if (rest.starts_with("&")) {
      i += 1;
    } else {
      FAIL("an escape the example reader does not know: \\" << rest.substr(0, 3));
    }
  }
  return out;
}

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

namespace {

constexpr const char* kBashCompletion = "/usr/share/bash-completion/bash_completion";

}  // namespace

bool available(Shell shell) {
  if (shell == Shell::bash)
    return run_shell("command -v bash").first == 0 && fs::exists(kBashCompletion);
  return run_shell(shell == Shell::fish ? "command -v fish" : "command -v zsh").first == 0;
}

const char* name_of(Shell shell) {
  return shell == Shell::bash ? "bash" : shell == Shell::fish ? "fish" : "zsh";
}

Strings complete(Shell shell, const Strings& words, const std::string& env) {
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
  } else if (shell == Shell::zsh) {
    // _ipt outside a completion: compadd (what it hands its candidates to) prints them, one
    // per line; `words` and CURRENT are what zsh's completion system would set.
    script =
        "compadd() { local i=${@[(i)--]}; print -rl -- \"${@[i+1,-1]}\" }; "
        "_files() { print -r -- :files }; words=(";
    for (const auto& w : words)
      script += sh_quote(w) + " ";
    script += "); CURRENT=" + std::to_string(words.size()) + "; source " +
              sh_quote(source_path("completions/_ipt").string());
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
  const auto program = shell == Shell::bash   ? " bash -c "
                       : shell == Shell::fish ? " fish --no-config -c "
                                              : " zsh -f -c ";
  auto [status, out] = run_shell(env + program + sh_quote(script));
  REQUIRE(status == 0);
  for (auto& candidate : out)
    candidate = candidate.substr(0, candidate.find('\t'));  // fish: "candidate\tdescription"
  return out;
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "ipt-docs-XXXXXX").string();
  REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
  path = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path, ec);
}

}  // namespace ipt::test::docs
