#include "cli/suggest.hpp"

#include "domain/names.hpp"
#include "domain/text.hpp"

namespace ipt::cli {

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

}  // namespace

std::optional<std::string> nearest(const std::string& typed,
                                   const std::vector<std::string>& candidates) {
  const auto names = views(candidates);
  const auto n = domain::nearest_name(typed, names);
  return n ? std::optional<std::string>(*n) : std::nullopt;
}

std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates) {
  return domain::did_you_mean(typed, views(candidates));
}

CLI::Validator one_of(std::vector<std::string> values, const std::string& what) {
  std::string description = "{";
  std::string listed;
  for (const auto& v : values) {
    description += (description.size() > 1 ? "," : "") + v;
    listed += (listed.empty() ? "" : ", ") + v;
  }
  description += "}";
  return CLI::Validator(
      [values, what, listed](std::string& value) -> std::string {
        for (const auto& v : values) {
          if (v == value)
            return {};
        }
        return "'" + domain::escape_controls(value) + "' is not " + what + "; use one of " +
               listed + did_you_mean(value, values);
      },
      description);
}

std::vector<std::string> subcommand_words(const CLI::App& cmd) {
  std::vector<std::string> out;
  for (const auto* sub : cmd.get_subcommands({})) {
    out.push_back(sub->get_name());
    for (const auto& a : sub->get_aliases())
      out.push_back(a);
  }
  return out;
}

std::vector<std::string> option_words(const CLI::App& cmd) {
  std::vector<std::string> out;
  for (const CLI::App* app = &cmd; app != nullptr; app = app->get_parent()) {
    for (const auto* opt : app->get_options()) {
      for (const auto& l : opt->get_lnames())
        out.push_back("--" + l);
      for (const auto& s : opt->get_snames())
        out.push_back("-" + s);
    }
  }
  return out;
}

}  // namespace ipt::cli
