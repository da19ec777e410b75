#include "library/prompt_library.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <sstream>

#include "domain/names.hpp"
#include "domain/text.hpp"

// Reading one prompt file: the parser, apart from the library, so the build can run it over
// prompts/*.toml (library/compile_prompts.cpp) and compile the built-in library into ipt.
namespace ipt::library {

using domain::Prompt;

namespace {

constexpr std::array<std::string_view, 13> kKeys = {
    "id",   "text",     "phase",   "area",      "stage",  "when",  "technique",
    "task", "followup", "enabled", "demanding", "gentle", "unless"};

int line_of(const toml::node& n) {
  return static_cast<int>(n.source().begin.line);
}

bool valid_id(std::string_view id) {
  if (id.empty())
    return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  });
}

/// Reads one prompt table; problems name the file, line and prompt id.
class PromptReader {
 public:
  PromptReader(const toml::table& t, const std::string& file, Library& lib)
      : t_(t), file_(file), lib_(lib) {}

  void read() {
    // `enabled = false` with just an id hides a built-in prompt; nothing else is required then.
    hiding_ = t_["enabled"].value<bool>() == false;
    p_.file = file_;
    p_.line = line_of(t_);
    if (auto id = t_["id"].value<std::string>())
      p_.id = *id;
    for (const auto& [key, node] : t_) {
      if (std::find(kKeys.begin(), kKeys.end(), key.str()) == kKeys.end()) {
        problem(node, "unknown key '" + std::string(key.str()) + "'");
      }
    }
    if (!valid_id(p_.id)) {
      problem(t_["id"].node() ? *t_["id"].node() : t_,
              p_.id.empty() ? "missing id" : "id may hold only a-z, 0-9, '.', '-' and '_'");
    }
    p_.text = text("text", true);
    p_.followup = text("followup", false);
    read_phase();
    read_area();
    read_list("stage", domain::dispute_stage_names(),
              [&](std::string_view s) { p_.stages.insert(*domain::dispute_stage_from(s)); });
    if (!p_.stages.empty() && (p_.areas != std::set{domain::AreaKind::dispute})) {
      problem(*t_["stage"].node(), "stage applies only to prompts with area = [\"dispute\"]");
    }
    read_list("when", domain::condition_names(),
              [&](std::string_view s) { p_.when.insert(*domain::condition_from(s)); });
    read_list("unless", domain::condition_names(),
              [&](std::string_view s) { p_.unless.insert(*domain::condition_from(s)); });
    if (auto tech = t_["technique"]; !tech) {
      if (!hiding_)
        problem(t_, "missing technique; one of " + domain::join_names(domain::technique_names()));
    } else if (auto s = tech.value<std::string>();
               !s || std::find(domain::technique_names().begin(), domain::technique_names().end(),
                               *s) == domain::technique_names().end()) {
      problem(*tech.node(),
              "unknown technique; use one of " + domain::join_names(domain::technique_names()));
    } else {
      p_.technique = *s;
    }
    read_task();
    read_flag("enabled", p_.enabled);
    read_flag("demanding", p_.demanding);
    read_flag("gentle", p_.gentle);
    // Stage work belongs to the middle phase, and there a dispute's stage decides what fits:
    // compromise at an impasse or in a dissolution would say the wrong thing.
    if (!hiding_ && p_.areas == std::set{domain::AreaKind::dispute} && p_.stages.empty() &&
        (p_.phases.empty() || p_.phases.count(domain::Phase::middle))) {
      problem(t_, "a middle-phase dispute prompt must name the stages it fits: stage = [...] of " +
                      domain::join_names(domain::dispute_stage_names()));
    }
    lib_.prompts.push_back(std::move(p_));
  }

 private:
  void read_task() {
    auto task = t_["task"];
    if (!task) {
      if (!hiding_)
        problem(t_, "missing task: the IPT task the prompt serves (prompts/README.md, Tasks)");
      return;
    }
    const auto names = domain::task_names();
    auto s = task.value<std::string>();
    if (!s || std::find(names.begin(), names.end(), *s) == names.end()) {
      problem(*task.node(), "unknown task '" + s.value_or("?") + "'" +
                                domain::did_you_mean(s.value_or(""), names) +
                                " (man 5 ipt-prompts lists them)");
      return;
    }
    p_.task = *s;
  }

  void read_flag(const char* key, bool& into) {
    if (auto n = t_[key]) {
      if (auto b = n.value<bool>()) {
        into = *b;
      } else {
        problem(*n.node(), std::string(key) + " must be true or false");
      }
    }
  }

  void problem(const toml::node& n, const std::string& message) {
    lib_.problems.push_back(
        {file_, line_of(n), (p_.id.empty() ? "" : "prompt '" + p_.id + "': ") + message});
  }

  std::string text(const char* key, bool required) {
    auto n = t_[key];
    if (!n) {
      if (required && !hiding_)
        problem(t_, std::string("missing ") + key);
      return {};
    }
    auto s = n.value<std::string>();
    if (!s || s->empty()) {
      problem(*n.node(), std::string(key) + " must be a non-empty string");
      return {};
    }
    // Prompt text is printed on the terminal: no escape sequences, no reordering of the text.
    if (domain::escape_controls(*s) != *s || s->find('\t') != std::string::npos) {
      problem(*n.node(), std::string(key) + " holds a control character (shown here as " +
                             domain::escape_controls(*s).substr(0, 60) + ")");
      return {};
    }
    for (const auto& ph : domain::placeholders_in(*s)) {
      const auto& names = domain::placeholder_names();
      if (std::find(names.begin(), names.end(), ph) == names.end()) {
        problem(*n.node(),
                "unknown placeholder {" + ph + "}; use one of " + domain::join_names(names));
      }
    }
    return *s;
  }

  /// A list of names, or (when `any_word` is given) that single word as a string.
  template <typename Add>
  void read_list(const char* key, std::span<const std::string_view> allowed, Add add) {
    auto n = t_[key];
    if (!n)
      return;
    const auto* arr = n.as_array();
    if (!arr) {
      problem(*n.node(), std::string(key) + " must be a list, such as [\"" +
                             std::string(allowed.front()) + "\"]");
      return;
    }
    if (arr->empty())
      problem(*n.node(), std::string(key) + " must not be an empty list");
    for (const auto& item : *arr) {
      auto s = item.value<std::string>();
      if (!s || std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
        problem(item, "unknown " + std::string(key) + " '" + s.value_or("?") + "'; use one of " +
                          domain::join_names(allowed));
        continue;
      }
      add(*s);
    }
  }

  void read_phase() {
    auto n = t_["phase"];
    if (!n) {
      if (!hiding_)
        problem(t_, "missing phase; a list of " + domain::join_names(domain::phase_names()) +
                        ", or \"any\"");
      return;
    }
    if (n.value<std::string>() == "any")
      return;
    read_list("phase", domain::phase_names(),
              [&](std::string_view s) { p_.phases.insert(*domain::phase_from(s)); });
  }

  void read_area() {
    auto n = t_["area"];
    if (!n) {
      if (!hiding_)
        problem(t_, "missing area; a list of " + domain::join_names(domain::area_kind_names()) +
                        ", or \"any\", or \"none\"");
      return;
    }
    const auto word = n.value<std::string>();
    if (word == "any") {
      p_.any_area = true;
      return;
    }
    if (word == "none") {
      p_.no_area = true;
      return;
    }
    read_list("area", domain::area_kind_names(),
              [&](std::string_view s) { p_.areas.insert(domain::parse_area_kind(s)); });
  }

  const toml::table& t_;
  const std::string& file_;
  Library& lib_;
  Prompt p_;
  bool hiding_ = false;
};
}  // namespace

std::span<const std::string_view> prompt_keys() {
  return kKeys;
}

void parse_prompt_file(std::string_view text, const std::string& name, Library& into) {
  toml::table doc;
  try {
    doc = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    into.problems.push_back(
        {name, static_cast<int>(e.source().begin.line), std::string(e.description())});
    return;
  }
  for (const auto& [key, node] : doc) {
    if (key.str() != "prompt") {
      into.problems.push_back({name, line_of(node),
                               "unknown top-level key '" + std::string(key.str()) +
                                   "'; prompts are [[prompt]] tables"});
      continue;
    }
    const auto* arr = node.as_array();
    if (!arr || !arr->is_array_of_tables()) {
      into.problems.push_back({name, line_of(node), "prompt must be written as [[prompt]] tables"});
      continue;
    }
    for (const auto& item : *arr)
      PromptReader(*item.as_table(), name, into).read();
  }
}

}  // namespace ipt::library
