#pragma once
// Where the journal and configuration live (XDG base directories).
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace ipt::config {

/// Reads an environment variable; empty values count as unset, as XDG asks.
using EnvLookup = std::function<std::optional<std::string>(const char*)>;
/// The process environment.
EnvLookup process_env();

/// $IPT_CONFIG, else $XDG_CONFIG_HOME/ipt/config.toml, else ~/.config/ipt/config.toml; nullopt
/// when neither HOME nor XDG_CONFIG_HOME is set (then there is no configuration file, which is
/// no error). XDG variables holding a relative path are ignored, as the XDG spec says.
std::optional<std::filesystem::path> default_config_path(const EnvLookup& env);

/// $XDG_CONFIG_HOME/ipt, else ~/.config/ipt: where the user's own prompts/ live; nullopt
/// without HOME or XDG_CONFIG_HOME.
std::optional<std::filesystem::path> config_dir(const EnvLookup& env);

/// $XDG_STATE_HOME/ipt, else ~/.local/state/ipt: what ipt remembers between runs that is not
/// journal (the days a safety notice was shown); nullopt without HOME or XDG_STATE_HOME.
std::optional<std::filesystem::path> state_dir(const EnvLookup& env);

/// --db, else $IPT_DB, else the config's db, else $XDG_DATA_HOME/ipt/journal.db, else
/// ~/.local/share/ipt/journal.db. A leading "~/" is expanded with $HOME.
std::filesystem::path resolve_db_path(const std::optional<std::string>& flag,
                                      const std::optional<std::string>& configured,
                                      const EnvLookup& env);

/// "~/x" -> "$HOME/x"; anything else unchanged.
std::string expand_home(const std::string& path, const EnvLookup& env);

}  // namespace ipt::config
