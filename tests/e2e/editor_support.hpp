// Helpers for the `--edit` tests: fake editors (small /bin/sh scripts given as EDITOR) and a
// sandbox that knows where ipt keeps its drafts.
#pragma once

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace ipt::test::editor {

inline constexpr const char* kNow = "2026-11-26 18:00";
inline constexpr const char* kScript = "/usr/bin/script";  // util-linux: a pseudo-terminal

/// A sandbox with a fixed clock and fake editors written into it.
struct EditorBox {
  Sandbox box;

  /// An executable /bin/sh script called `name` in the sandbox; in `body`, "$1" is the draft
  /// when the editor has no words of its own. Returns its path.
  std::string editor(const std::string& name, const std::string& body) const {
    const auto path = box.path() + "/" + name;
    write_file(path, "#!/bin/sh\n" + body);
    REQUIRE(::chmod(path.c_str(), 0700) == 0);
    return path;
  }
  /// An editor that keeps a copy of the draft it was given in `seen`, then appends `text`.
  std::string appending(const std::string& name, const std::string& text) const {
    return editor(name, "cp \"$1\" '" + seen() + "'\nprintf '%s' '" + text + "' >> \"$1\"\n");
  }
  /// The copy of the last draft an `appending` editor was given.
  std::string seen() const { return box.path() + "/seen.txt"; }
  std::string draft(const std::string& name) const { return box.db() + ".drafts/" + name + ".txt"; }

  /// The environment with this editor as EDITOR, and VISUAL unset.
  Env with(const std::string& editor) const {
    return {{"IPT_NOW", kNow}, {"EDITOR", editor}, {"VISUAL", std::nullopt}};
  }
  RunResult run(const std::vector<std::string>& args, const Env& env,
                const std::string& in = {}) const {
    return box.run(args, in, env);
  }
  /// Runs `args` and REQUIREs exit 0.
  RunResult must(const std::vector<std::string>& args, const Env& env = {{"IPT_NOW", kNow}}) const {
    auto r = box.run(args, {}, env);
    INFO(args.front() << "\n" << describe(r));
    REQUIRE(r.exit_code == 0);
    return r;
  }
  nlohmann::json show(int id) const {
    return box.run_json({"show", std::to_string(id), "--format", "json"}, {}, {{"IPT_NOW", kNow}});
  }
  std::size_t entries() const {
    return box.run_json({"list", "--format", "json"}, {}, {{"IPT_NOW", kNow}}).size();
  }
};

/// `ipt ARGS` on a pseudo-terminal, with `input` typed into it; stdout and stderr land in out.
inline RunResult on_terminal(const EditorBox& e, const std::string& args, const std::string& input,
                             const Env& env) {
  const std::string cmd = std::string(IPT_BINARY) + " --db " + e.box.db() + " " + args;
  return run_raw({kScript, "-qec", cmd, "/dev/null"}, e.box.env(env), input);
}

/// The draft's note lines (those starting with "#:"), in order.
inline std::vector<std::string> note_lines(const std::string& draft) {
  std::vector<std::string> out;
  for (const auto& l : lines(draft)) {
    if (l.rfind("#:", 0) == 0)
      out.push_back(l);
  }
  return out;
}

/// True when `draft` has the note line "#: LABEL<spaces>VALUE".
inline bool has_field(const std::string& draft, const std::string& label,
                      const std::string& value) {
  for (const auto& l : note_lines(draft)) {
    if (l.rfind("#: " + label + " ", 0) != 0)
      continue;
    const auto v = l.find_first_not_of(' ', 3 + label.size());
    if (v != std::string::npos && l.substr(v) == value)
      return true;
  }
  return false;
}

}  // namespace ipt::test::editor
