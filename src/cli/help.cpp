// ipt help [COMMAND...]: what `ipt COMMAND --help` prints, for people used to git and task.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/suggest.hpp"
#include "domain/errors.hpp"

namespace ipt::cli {

Run setup_help(CLI::App& cmd) {
  auto words = std::make_shared<std::vector<std::string>>();
  cmd.add_option("COMMAND", *words, "A command and subcommand: people add");
  CLI::App* root = cmd.get_parent();
  return [words, root](Invocation& inv) {
    CLI::App* target = root;
    std::string path = "ipt";
    for (const auto& w : *words) {
      CLI::App* next = nullptr;
      for (auto* sub : target->get_subcommands({})) {
        if (sub->check_name(w))
          next = sub;
      }
      if (next == nullptr) {
        throw UsageError("'" + path + "' has no command '" + w + "'" +
                             did_you_mean(w, subcommand_words(*target)),
                         "'" + path + " --help' lists them");
      }
      target = next;
      path += " " + target->get_name();
    }
    // Not target->help(): CLI11 hands that to the subcommand parsed (this one), and names the
    // usage line by the last word only.
    inv.ctx.out << target->get_formatter()->make_help(target, path, CLI::AppFormatMode::Normal);
  };
}

}  // namespace ipt::cli
