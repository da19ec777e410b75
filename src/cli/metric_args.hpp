#pragma once
// --metric NAME=VALUE: values of the person's own scales (config.toml's [[metric]] tables),
// checked against the scales configured, with messages that name the scale's range and label.
// `ipt log` and `ipt edit` take them; `ipt calendar --metric NAME` and `ipt report` use the
// scales themselves.
#include <CLI/CLI.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "domain/metric.hpp"

namespace ipt::cli {

/// --metric NAME=VALUE, repeatable, into `values`.
void add_metric_option(CLI::App& cmd, std::vector<std::string>& values, const std::string& what);

/// The scales of config.toml's [[metric]] tables, in the order written.
std::vector<domain::MetricScale> scales_of(const config::Config& cfg);

/// ipt log's --metric values: each NAME=VALUE (repeated, or several separated by commas) names
/// a configured scale once, with a whole number in its range. Throws UsageError otherwise.
domain::MetricValues metric_values_arg(const config::Config& cfg,
                                       const std::vector<std::string>& typed);

/// ipt edit's: NAME=VALUE sets a value as for ipt log; NAME= (no value) removes the entry's
/// value, of a scale configured or not (one taken out of the configuration keeps its values).
std::map<std::string, std::optional<int>> metric_changes_arg(const config::Config& cfg,
                                                             const std::vector<std::string>& typed);

/// ipt calendar --metric NAME: the configured scale of that name. Throws UsageError.
domain::MetricScale scale_arg(const config::Config& cfg, const std::string& name);

}  // namespace ipt::cli
