// What the docs tests (test_docs_man.cpp, test_docs_pages.cpp, test_docs_completion.cpp) read the
// built binary and its documents with: the real command tree (build_app), the man pages in man/ as
// sections, and the completions in completions/* run by real shells.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/app.hpp"
#include "domain/clock.hpp"
#include "domain/uuid.hpp"

namespace ipt::test::docs {

using Strings = std::vector<std::string>;
using StringSet = std::set<std::string>;

/// An environment in which no variable is set.
std::optional<std::string> empty_env(const char*);

struct Fixture {
  std::ostringstream out, err;
  std::istringstream in;
  domain::FixedClock clock{1772445600};
  domain::SequentialUuids uuids;
  cli::Context ctx{out, err, in, clock, uuids, empty_env, false, false};
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

CommandDoc describe(CLI::App* app, const std::string& path);
void walk(CLI::App* app, const std::string& path, std::vector<CommandDoc>& out);

/// ipt itself (path "") first, then every command and subcommand, depth first.
std::vector<CommandDoc> command_tree();

/// Values the domain checks (CLI11 does not know them): each with the man page subsections that
/// must list them.
struct DomainValues {
  std::span<const std::string_view> values;
  std::vector<const char*> sections;
};

std::vector<DomainValues> domain_values();

// ---- reading the documents --------------------------------------------------------------------

/// The lines of `s`; with `skip_empty`, without the empty ones.
Strings lines_of(const std::string& s, bool skip_empty = false);

std::filesystem::path source_path(const std::string& relative);

std::string read_text(const std::string& relative);

/// roff as plain text: font changes (\fB) and \& dropped, special characters (\(aq) made a
/// space, every other backslash removed, so "\fB\-\-kind\fR" reads "--kind".
std::string plain_roff(const std::string& roff);

/// `word` occurs in `text` on its own: "--with" is not found in "--without", nor "-d" in "--date".
/// As with regex \b, an edge is only checked where the word itself has a word character.
bool mentions(const std::string& text, const std::string& word);

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

/// A page in man/, by its path from the source directory.
ManPage read_man_page(const std::string& relative = "man/ipt.1");

/// The .SH section `heading` and the .SS sections under it, as one section; REQUIREs it.
Section chapter(const ManPage& page, const std::string& heading);

/// The keys a section lists as ".TP" followed by ".B key", in order, as plain text.
Strings tagged_keys(const Section& s);

/// A key listed as ".TP" then ".B key", with the plain text of the paragraph that describes it.
struct TaggedItem {
  std::string key;
  std::string text;
};

/// Every such key of a section, in order: its paragraph ends at the next .TP, .PP or .IP.
std::vector<TaggedItem> tagged_items(const Section& s);

/// The example file of a section: the lines between its first .EX and .EE with roff's escapes
/// (\(dq, \(aq, \(ti, \-, \e, \&) made the characters they print; REQUIREs one.
std::string example_text(const Section& s);

/// The keys of JSON written with dump(2), at `indent` spaces (any when negative), in order.
Strings json_keys(const std::string& json, int indent);

// ---- running shells ---------------------------------------------------------------------------

std::string sh_quote(const std::string& s);

/// The exit status and stdout of a /bin/sh command line.
std::pair<int, Strings> run_shell(const std::string& command);

enum class Shell { bash, fish, zsh };

bool available(Shell shell);

const char* name_of(Shell shell);

/// What `shell` offers on the command line `words`, completing the last word.
Strings complete(Shell shell, const Strings& words, const std::string& env = "");

/// A temporary directory, removed with its contents at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir();
  ~TempDir();
};

}  // namespace ipt::test::docs
