// ipt __complete SHELL -- WORD...: what the shell completion scripts offer, from the command
// tree the binary is built from and, read-only, the journal. The scripts in completions/ only
// pass the words and print what comes back, so commands, options and values are never listed
// by hand in three places.
#include <ostream>
#include <sstream>

#include "app/complete.hpp"
#include "cli/commands.hpp"
#include "cli/weekly.hpp"
#include "config/keys.hpp"
#include "domain/area.hpp"
#include "domain/entry.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace ipt::cli {

namespace {

using Choices = std::vector<app::Choice>;

Choices of_names(std::span<const std::string_view> names) {
  Choices out;
  for (auto n : names)
    out.push_back({std::string(n), ""});
  return out;
}

/// The fixed values of an option's "{a,b,c}" check (one_of, IsMember).
Choices checked_values(const CLI::Option& opt) {
  Choices out;
  for (int i = 0;; ++i) {
    std::string d;
    try {
      d = const_cast<CLI::Option&>(opt).get_validator(i)->get_description();
    } catch (const CLI::OptionNotFound&) {
      break;
    }
    if (d.size() < 2 || d.front() != '{' || d.back() != '}')
      continue;
    std::stringstream s(d.substr(1, d.size() - 2));
    for (std::string item; std::getline(s, item, ',');)
      out.push_back({item, ""});
  }
  return out;
}

const CLI::Option* find_option(const CLI::App* at, const std::string& name) {
  for (const CLI::App* app = at; app != nullptr; app = app->get_parent()) {
    for (const auto* opt : app->get_options()) {
      if (!opt->get_positional() && opt->check_name(name))
        return opt;
    }
  }
  return nullptr;
}

CLI::App* find_subcommand(CLI::App* at, const std::string& word) {
  for (auto* sub : at->get_subcommands({})) {
    if (sub->check_name(word) && !sub->get_group().empty())
      return sub;
  }
  return nullptr;
}

/// True for an option that takes no value. CLI11 2.1 gives a bool flag a type size of 1 and
/// expects no value of it, so the expected count decides.
bool is_flag(const CLI::Option& opt) {
  return opt.get_expected_max() == 0;
}

/// Where completion stands: the command reached, and what the current word is for.
struct Position {
  CLI::App* at;
  const CLI::Option* value_of = nullptr;  ///< the option whose value is being typed
  std::size_t positional = 0;             ///< arguments given to `at` so far
  std::vector<std::string> help_words;    ///< for `ipt help`: the words after it
  std::vector<std::string> arguments;     ///< the arguments given to `at` so far
};

class Completer {
 public:
  Completer(Invocation& inv, CLI::App* root, std::string shell)
      : inv_(inv), root_(root), shell_(std::move(shell)) {}

  void run(std::vector<std::string> words) {
    if (words.empty())
      words.emplace_back();
    const std::string cur = words.back();
    words.pop_back();
    const auto pos = walk(words);
    if (pos.value_of) {
      offer_value(*pos.value_of, pos.at, cur, "");
      return;
    }
    if (cur.rfind("--", 0) == 0 && cur.find('=') != std::string::npos) {
      const auto name = cur.substr(0, cur.find('='));
      if (const auto* opt = find_option(pos.at, name))
        offer_value(*opt, pos.at, cur.substr(name.size() + 1), name + "=");
      return;
    }
    if (!cur.empty() && cur.front() == '-') {
      // The command's own options; the global ones (--db, --color ...) at the top, where they
      // are usually typed.
      for (const auto* opt : pos.at->get_options()) {
        for (const auto& l : opt->get_lnames())
          emit("--" + l, opt->get_description(), cur);
        for (const auto& s : opt->get_snames())
          emit("-" + s, opt->get_description(), cur);
      }
      return;
    }
    if (pos.at->get_name() == "help" && pos.at->get_parent() == root_) {
      CLI::App* target = root_;
      for (const auto& w : pos.help_words) {
        if (auto* sub = find_subcommand(target, w))
          target = sub;
      }
      offer_subcommands(target, cur);
      return;
    }
    if (pos.positional == 0)
      offer_subcommands(pos.at, cur);
    offer_positional(pos.at, pos.positional, cur, pos.arguments);
  }

 private:
  Position walk(const std::vector<std::string>& words) {
    Position pos{root_, nullptr, 0, {}, {}};
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto& w = words[i];
      if (pos.value_of) {
        if (pos.value_of->check_name("--db"))
          inv_.ctx.opts.db = w;
        if (pos.value_of->check_name("--config"))
          inv_.ctx.opts.config = w;
        pos.value_of = nullptr;
        continue;
      }
      if (w.size() > 1 && w.front() == '-') {
        const auto name = w.substr(0, w.find('='));
        const auto* opt = find_option(pos.at, name);
        if (opt && !is_flag(*opt) && w.find('=') == std::string::npos)
          pos.value_of = opt;
        continue;
      }
      if (pos.positional == 0) {
        if (auto* sub = find_subcommand(pos.at, w)) {
          pos.at = sub;
          continue;
        }
      }
      if (pos.at->get_name() == "help" && pos.at->get_parent() == root_)
        pos.help_words.push_back(w);
      pos.arguments.push_back(w);
      ++pos.positional;
    }
    return pos;
  }

  void offer_subcommands(CLI::App* at, const std::string& cur) {
    for (const auto* sub : at->get_subcommands({})) {
      if (sub->get_group().empty())
        continue;  // hidden, like this command
      emit(sub->get_name(), sub->get_description(), cur);
      for (const auto& alias : sub->get_aliases())
        emit(alias, sub->get_description(), cur);
    }
  }

  void offer_positional(CLI::App* at, std::size_t index, const std::string& cur,
                        const std::vector<std::string>& given) {
    std::vector<const CLI::Option*> positionals;
    for (const auto* opt : at->get_options()) {
      if (opt->get_positional())
        positionals.push_back(opt);
    }
    if (positionals.empty())
      return;
    const auto* opt = index < positionals.size() ? positionals[index] : positionals.back();
    if (index >= positionals.size() && opt->get_expected_max() <= 1)
      return;
    const std::string name = opt->get_name();
    const std::string parent = at->get_parent() ? at->get_parent()->get_name() : "";
    if (name == "NAME" && at->get_name() == "add")
      return;  // a new name: nothing to offer
    if (name == "NAME" || name == "FROM" || name == "INTO")
      return offer(journal([](app::Journal& j) { return app::person_choices(j); }), cur);
    if (name == "ID" && parent == "area")
      return offer(journal([](app::Journal& j) { return app::area_choices(j, true); }), cur);
    if (name == "ID")
      return offer(journal([](app::Journal& j) { return app::entry_choices(j, 20); }), cur);
    if (name == "KIND")
      return offer(of_names(domain::area_kind_names()), cur);
    if (name == "STAGE")
      return offer(of_names(domain::dispute_stage_names()), cur);
    if (name == "SCALE")
      return offer(of_names(domain::scale_names()), cur);
    if (name == "PATH" || name == "FILE")
      return directive("files");
    if (name == "SHELL")
      return offer({{"bash", ""}, {"zsh", ""}, {"fish", ""}}, cur);
    if (parent == "config" && name == "KEY")
      return offer(config_keys(at->get_name() != "get"), cur);
    if (parent == "config" && name == "VALUE" && !given.empty())
      return offer_config_value(given.front(), cur);
    offer(checked_values(*opt), cur);
  }

  /// Candidates for the value of `opt`; `lead` ("--format=") goes before each.
  void offer_value(const CLI::Option& opt, CLI::App* at, const std::string& cur,
                   const std::string& lead) {
    const auto names = opt.get_lnames();
    const std::string name = names.empty() ? opt.get_name() : names.front();
    Choices choices;
    std::string prefix = lead;
    std::string typed = cur;
    if (name == "db" || name == "config" || name == "output")
      return directive("files");
    if (name == "prompts")
      return directive("dirs");
    if (name == "with") {
      choices = journal([](app::Journal& j) { return app::person_choices(j); });
      // --with sam,al: the names after the last comma, in the commands that take a list.
      if (at->get_name() != "list" && at->get_name() != "ls") {
        const auto comma = cur.rfind(',');
        if (comma != std::string::npos) {
          prefix += cur.substr(0, comma + 1);
          typed = cur.substr(comma + 1);
        }
      }
    } else if (name == "metric") {
      // calendar --metric NAME; log and edit --metric NAME=VALUE, several after commas.
      const bool pair = at->get_name() != "calendar";
      if (const auto comma = cur.rfind(','); pair && comma != std::string::npos) {
        prefix += cur.substr(0, comma + 1);
        typed = cur.substr(comma + 1);
      }
      choices = metric_choices(typed, pair);
    } else if (name == "area") {
      choices = journal([](app::Journal& j) { return app::area_choices(j, false); });
      choices.push_back({"none", "attach to no problem area"});
    } else if (name == "tag") {
      choices = journal([](app::Journal& j) { return app::tag_choices(j); });
    } else if (name == "kind") {
      choices = of_names(domain::event_kind_names());
    } else if (name == "circle") {
      choices = of_names(domain::circle_names());
    } else if (name == "contact") {
      choices = of_names(domain::contact_names());
    } else if (name == "stage") {
      choices = of_names(domain::dispute_stage_names());
    } else if (name == "type") {
      choices = of_names(domain::entry_type_names());
    } else if (name == "afraid") {
      choices = {{"yes", ""}, {"no", ""}};
      if (at->get_name() == "edit")
        choices.push_back({"unset", "forget the answer"});
    } else if (name == "prompt") {
      WeekOpts none;
      try {
        for (const auto& p : load_prompts(inv_.ctx, none).prompts)
          choices.push_back({p.id, p.text.substr(0, 50)});
      } catch (const ipt::Error&) {
      }
    } else if (name == "year") {
      choices = journal([](app::Journal& j) { return app::year_choices(j); });
    } else if ((name == "date" || name == "from" || name == "to" || name == "on" ||
                name == "week") &&
               checked_values(opt).empty()) {  // import --from takes a tool, not a day
      choices = {{"today", ""}, {"yesterday", ""}};
      for (auto day : config::weekday_words())
        choices.push_back({std::string(day), ""});
    } else {
      choices = checked_values(opt);
    }
    offer(choices, typed, prefix);
  }

  /// The configuration's keys; `settable` leaves out the lists of tables.
  static Choices config_keys(bool settable) {
    Choices out;
    for (const auto& k : config::known_keys()) {
      if (k.key.substr(0, 7) == "metric." || (settable && k.type == config::KeyType::tables))
        continue;
      out.push_back({std::string(k.key), std::string(k.summary)});
    }
    return out;
  }

  /// The configured scales: "NAME=" for a value to follow (`pair`), else the names; once
  /// "NAME=" is typed, each value of a scale of at most 21 values.
  Choices metric_choices(const std::string& typed, bool pair) {
    std::vector<config::Metric> metrics;
    try {
      metrics = inv_.ctx.config().metrics;
    } catch (const ipt::Error&) {  // a configuration that can't be read offers nothing
    }
    Choices out;
    const auto eq = typed.find('=');
    for (const auto& m : metrics) {
      if (!pair || eq == std::string::npos) {
        out.push_back({m.name + (pair ? "=" : ""), m.label});
      } else if (typed.compare(0, eq, m.name) == 0 && m.max - m.min <= 20) {
        for (int v = m.min; v <= m.max; ++v)
          out.push_back({m.name + "=" + std::to_string(v), ""});
      }
    }
    return out;
  }

  void offer_config_value(const std::string& key, const std::string& cur) {
    const auto* k = config::find_key(key);
    if (!k)
      return;
    switch (k->type) {
      case config::KeyType::weekday:
        return offer(of_names(config::weekday_words()), cur);
      case config::KeyType::boolean:
        return offer({{"true", ""}, {"false", ""}}, cur);
      case config::KeyType::choice:
        return offer({{"auto", ""}, {"always", ""}, {"never", ""}}, cur);
      case config::KeyType::path:
        return directive("files");
      case config::KeyType::path_list:
        return directive("dirs");
      default:
        return;
    }
  }

  /// Those of `choices` that begin with `cur`; when none does, those that do in any case
  /// (names match in any case in ipt).
  void offer(const Choices& choices, const std::string& cur, const std::string& lead = {}) {
    bool any = false;
    for (const auto& c : choices) {
      if (c.value.rfind(cur, 0) == 0) {
        print(lead + c.value, c.about);
        any = true;
      }
    }
    if (any || cur.empty())
      return;
    const auto folded = domain::fold_case(cur);
    for (const auto& c : choices) {
      if (domain::fold_case(c.value).rfind(folded, 0) == 0)
        print(lead + c.value, c.about);
    }
  }

  /// The journal's choices; none when there is no journal yet or it can't be read.
  template <typename F>
  Choices journal(F fetch) {
    try {
      if (auto* j = inv_.journal_if_exists())
        return fetch(*j);
    } catch (const ipt::Error&) {
    }
    return {};
  }

  void emit(const std::string& value, const std::string& about, const std::string& cur) {
    if (value.rfind(cur, 0) == 0)
      print(value, about);
  }

  void print(const std::string& value, const std::string& about) {
    auto& out = inv_.ctx.out;
    out << value;
    if (shell_ == "bash") {  // bash shows no descriptions; readline quotes the value itself
      out << '\n';
      return;
    }
    if (!about.empty())
      out << '\t' << about.substr(0, about.find('\n'));
    out << '\n';
  }

  /// Tells the script to complete file names (":files") or directories (":dirs") itself.
  void directive(const char* what) { inv_.ctx.out << ':' << what << '\n'; }

  Invocation& inv_;
  CLI::App* root_;
  std::string shell_;
};

}  // namespace

Run setup_complete(CLI::App& cmd) {
  cmd.group("");  // hidden: for the completion scripts, not for people
  auto shell = std::make_shared<std::string>();
  auto words = std::make_shared<std::vector<std::string>>();
  cmd.add_option("SHELL", *shell, "bash, zsh or fish")->required();
  cmd.add_option("WORDS", *words, "The words after ipt, the last one being completed");
  CLI::App* root = cmd.get_parent();
  return [shell, words, root](Invocation& inv) {
    inv.quiet_journal = true;
    Completer(inv, root, *shell).run(*words);
  };
}

}  // namespace ipt::cli
