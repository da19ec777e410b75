#include "cli/metric_args.hpp"

#include <set>

#include "cli/suggest.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

namespace {

constexpr const char* kDefineHint =
    "define it in config.toml as [[metric]], e.g. name = \"irritability\", min = 0, max = 10, "
    "label = \"0 calm, 10 furious\"";

/// What was typed, quoted: a short, printable prefix.
std::string quoted(const std::string& s) {
  std::string out;
  for (char c : s.substr(0, 40)) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? '?' : c;
  }
  return "'" + out + (s.size() > 40 ? "...'" : "'");
}

std::vector<std::string> names_of(const config::Config& cfg) {
  std::vector<std::string> out;
  for (const auto& m : cfg.metrics)
    out.push_back(m.name);
  return out;
}

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names)
    out += (out.empty() ? "" : ", ") + n;
  return out;
}

/// The configured scale `name`, or a UsageError naming the nearest one (or how to define one).
const config::Metric& configured(const config::Config& cfg, const std::string& name,
                                 const std::string& option) {
  if (const auto* m = config::find_metric(cfg, name))
    return *m;
  const auto names = names_of(cfg);
  if (names.empty())
    throw UsageError(
        option + ": there is no scale " + quoted(name) + ": no [[metric]] is configured",
        kDefineHint);
  throw UsageError(option + ": there is no scale " + quoted(name) + did_you_mean(name, names),
                   "your scales are " + listed(names) + " (config.toml's [[metric]] tables)");
}

/// A value in the scale's range; the message names the range and the label.
int value_of(const config::Metric& m, const std::string& typed) {
  return domain::parse_whole(m.name, typed, m.min, m.max, m.label);
}

/// Each NAME=VALUE of `typed`, commas separating several, as written: {name, value}.
std::vector<std::pair<std::string, std::string>> split(const std::vector<std::string>& typed) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& arg : typed) {
    std::size_t start = 0;
    for (;;) {
      const auto comma = arg.find(',', start);
      const auto item = arg.substr(start, comma - start);
      const auto eq = item.find('=');
      if (eq == std::string::npos || eq == 0) {
        throw UsageError(
            "--metric takes NAME=VALUE, such as --metric irritability=2; got " + quoted(item),
            "repeat --metric for several, or separate them with commas");
      }
      out.emplace_back(item.substr(0, eq), item.substr(eq + 1));
      if (comma == std::string::npos)
        break;
      start = comma + 1;
    }
  }
  std::set<std::string> seen;
  for (const auto& [name, value] : out) {
    if (!seen.insert(name).second)
      throw UsageError("--metric " + quoted(name) + " is given twice", "give each scale once");
  }
  return out;
}

}  // namespace

void add_metric_option(CLI::App& cmd, std::vector<std::string>& values, const std::string& what) {
  cmd.add_option("--metric", values, what)->type_name("NAME=VALUE");
}

std::vector<domain::MetricScale> scales_of(const config::Config& cfg) {
  std::vector<domain::MetricScale> out;
  for (const auto& m : cfg.metrics)
    out.push_back({m.name, m.min, m.max, m.label});
  return out;
}

domain::MetricValues metric_values_arg(const config::Config& cfg,
                                       const std::vector<std::string>& typed) {
  domain::MetricValues out;
  for (const auto& [name, value] : split(typed)) {
    const auto& m = configured(cfg, name, "--metric");
    if (value.empty()) {
      throw UsageError("--metric " + name + "= has no value",
                       "give one from " + std::to_string(m.min) + " to " + std::to_string(m.max) +
                           "; NAME= removes a value in ipt edit");
    }
    out.emplace(name, value_of(m, value));
  }
  return out;
}

std::map<std::string, std::optional<int>> metric_changes_arg(
    const config::Config& cfg, const std::vector<std::string>& typed) {
  std::map<std::string, std::optional<int>> out;
  for (const auto& [name, value] : split(typed)) {
    if (value.empty()) {
      // A scale no longer configured can still lose a value; the entry must hold one (app).
      if (auto problem = domain::metric_name_problem(name))
        throw UsageError("--metric " + quoted(name + "=") + ": " + *problem);
      out.emplace(name, std::nullopt);
      continue;
    }
    out.emplace(name, value_of(configured(cfg, name, "--metric"), value));
  }
  return out;
}

domain::MetricScale scale_arg(const config::Config& cfg, const std::string& name) {
  const auto& m = configured(cfg, name, "--metric");
  return {m.name, m.min, m.max, m.label};
}

}  // namespace ipt::cli
