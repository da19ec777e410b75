// ipt config [path|get|set|unset]: the effective configuration and where each value came from,
// and changing the file without losing its comments.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "app/remind.hpp"
#include "cli/atomic_file.hpp"
#include "cli/commands.hpp"
#include "cli/suggest.hpp"
#include "config/keys.hpp"
#include "config/paths.hpp"
#include "domain/course.hpp"
#include "domain/errors.hpp"
#include "render/config_render.hpp"

namespace ipt::cli {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using config::KeyInfo;
using config::KeyType;

/// The file `ipt config` reads and writes, and why that one.
struct ConfigFile {
  fs::path path;
  std::string source;  ///< "--config", "IPT_CONFIG", "default"
};

ConfigFile config_file(Context& ctx) {
  if (ctx.opts.config)
    return {config::expand_home(*ctx.opts.config, ctx.env), "--config"};
  if (ctx.env("IPT_CONFIG"))
    return {*config::default_config_path(ctx.env), "IPT_CONFIG"};
  if (auto p = config::default_config_path(ctx.env))
    return {*p, "default"};
  throw RuntimeFailure("HOME is not set, so ipt has no place for its configuration file",
                       "name one with --config PATH or IPT_CONFIG");
}

std::vector<std::string> key_names() {
  std::vector<std::string> out;
  for (const auto& k : config::known_keys())
    out.emplace_back(k.key);
  return out;
}

const KeyInfo& key_arg(const std::string& key) {
  if (const auto* k = config::find_key(key))
    return *k;
  throw UsageError("'" + key + "' is not a configuration key" + did_you_mean(key, key_names()),
                   "ipt config lists them all");
}

/// Keys that document the fields of a [[metric]] table: not values of their own.
bool is_field_doc(const KeyInfo& k) {
  return k.key.substr(0, 7) == "metric.";
}

Json json_of(const config::Value& v) {
  return std::visit([](const auto& x) { return Json(x); }, v);
}

std::string text_of(const config::Value& v) {
  if (const auto* s = std::get_if<std::string>(&v))
    return *s;
  if (const auto* i = std::get_if<int>(&v))
    return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&v))
    return *b ? "true" : "false";
  std::string out;
  for (const auto& item : std::get<std::vector<std::string>>(v))
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string origin_text(const config::Config& cfg, const std::string& key) {
  const auto& o = cfg.origins.at(key);
  return o.file.string() + ":" + std::to_string(o.line);
}

/// The lists of tables, shown from the config itself.
render::ConfigRow tables_row(const config::Config& cfg, const KeyInfo& k) {
  render::ConfigRow r{std::string(k.key), "", Json::array(), "default"};
  const std::string key(k.key);
  if (key == "safety.contacts") {
    for (const auto& c : cfg.safety.contacts) {
      r.value.push_back(Json{{"name", c.name}, {"number", c.number}});
      r.text += (r.text.empty() ? "" : ", ") + c.name;
    }
  } else {
    for (const auto& m : cfg.metrics) {
      r.value.push_back(Json{{"name", m.name}, {"min", m.min}, {"max", m.max}, {"label", m.label}});
      r.text += (r.text.empty() ? "" : ", ") + m.name + " (" + std::to_string(m.min) + "-" +
                std::to_string(m.max) + ")";
    }
  }
  if (cfg.origins.count(key))
    r.source = origin_text(cfg, key);
  return r;
}

/// What ipt uses for `k`, and where that came from.
render::ConfigRow effective(Context& ctx, const config::Config& cfg, const KeyInfo& k) {
  const std::string key(k.key);
  if (k.type == KeyType::tables)
    return tables_row(cfg, k);
  if (key == "db") {
    std::string source = "default";
    if (ctx.opts.db)
      source = "flag --db";
    else if (ctx.env("IPT_DB"))
      source = "environment IPT_DB";
    else if (cfg.db)
      source = origin_text(cfg, key);
    const auto path = ctx.db_path().string();
    return {key, path, Json(path), source};
  }
  if (key == "color" && !ctx.opts.color.empty())
    return {key, ctx.opts.color, Json(ctx.opts.color), "flag --color"};
  if (auto v = config::value_of(cfg, k))
    return {key, text_of(*v), json_of(*v), origin_text(cfg, key)};
  // A default.
  std::string fallback(k.fallback);
  if (key == "course.initial_weeks" || key == "course.termination_weeks") {
    const auto phases =
        domain::default_phase_weeks(cfg.course.weeks.value_or(domain::kDefaultWeeks));
    const int n = key == "course.initial_weeks" ? phases.initial : phases.termination;
    return {key, std::to_string(n), Json(n), "default, from course.weeks"};
  }
  if (key == "remind.weekly_day") {
    const auto iso = app::default_weekly_day(cfg.week_start.value_or(1));  // as remind uses it
    const std::string day(config::weekday_words()[static_cast<std::size_t>(iso - 1)]);
    return {key, day, Json(day), "default, the last day of a calendar week"};
  }
  render::ConfigRow r{key, fallback, Json(nullptr), "default"};
  if (key == "color" && ctx.env("NO_COLOR"))
    r.source = "default (NO_COLOR is set: no colour)";
  if (fallback.empty())
    return r;
  switch (k.type) {
    case KeyType::integer:
      r.value = std::stoi(fallback);
      break;
    case KeyType::boolean:
      r.value = fallback == "true";
      break;
    case KeyType::path_list:
      r.value = Json::array();
      r.text = "";
      break;
    default:
      r.value = fallback;
  }
  return r;
}

/// The file's text; a file that exists but can't be read is an error, never an empty file that
/// set would then write over.
std::string read_text(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw RuntimeFailure(path.string() + " is a directory, not a configuration file");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno != 0 ? errno : EIO;
    throw RuntimeFailure("cannot read " + path.string() + ": " + std::strerror(err),
                         "it was left as it was");
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad())
    throw RuntimeFailure("cannot read " + path.string(), "it was left as it was");
  return text;
}

/// "FILE:3:14: 'week_start' must be ..." -> "'week_start' must be ...": the place is the edit.
std::string without_place(const std::string& message, const fs::path& path) {
  const auto prefix = path.string() + ":";
  if (message.rfind(prefix, 0) != 0)
    return message;
  auto rest = message.substr(prefix.size());
  const auto colon = rest.find(": ");
  return colon == std::string::npos ? rest : rest.substr(colon + 2);
}

/// Checks `text` as the file ipt would read, then writes it in place of `file`.
void replace_file(const ConfigFile& file, const std::string& text) {
  try {
    (void)config::parse_config(text, file.path);
  } catch (const UsageError& e) {
    // The message names the key already; the place in a file not yet written would mislead.
    throw UsageError(without_place(e.what(), file.path),
                     e.hint().empty() ? "ipt config shows the current values" : e.hint());
  }
  std::error_code ec;
  mode_t mode = 0600;
  struct stat st {};
  if (::stat(file.path.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    const auto dir = file.path.parent_path();
    if (!dir.empty() && !fs::exists(dir, ec)) {
      fs::create_directories(dir, ec);
      if (!ec)
        fs::permissions(dir, fs::perms::owner_all, ec);
      if (ec)
        throw RuntimeFailure("cannot make the directory " + dir.string() + ": " + ec.message());
    }
  }
  if (const int err = write_atomically(file.path, text, mode); err != 0)
    throw RuntimeFailure("cannot write " + file.path.string() + ": " + std::strerror(err),
                         "it was left as it was");
}

void warn_overridden(Context& ctx, const KeyInfo& key) {
  if (key.key == "db" && ctx.opts.db)
    ctx.note("--db is given, and wins over db in the file");
  else if (key.key == "db" && ctx.env("IPT_DB"))
    ctx.note("IPT_DB is set, and wins over db in the file");
  else if (key.key == "color" && !ctx.opts.color.empty())
    ctx.note("--color is given, and wins over color in the file");
}

}  // namespace

Run setup_config(CLI::App& cmd) {
  cmd.footer(
      "\nWithout a subcommand: every key, its value and where it came from (a default, the\n"
      "file and line, the environment or a flag). The file is $XDG_CONFIG_HOME/ipt/config.toml\n"
      "(else ~/.config/ipt/config.toml); --config PATH or IPT_CONFIG name another. The keys are\n"
      "in ipt-config(5).");
  return [](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto file = config_file(ctx);
    const auto& cfg = ctx.config();
    std::error_code ec;
    render::ConfigShown shown{file.path.string(), file.source, fs::exists(file.path, ec), {}};
    for (const auto& k : config::known_keys()) {
      if (!is_field_doc(k))
        shown.rows.push_back(effective(ctx, cfg, k));
    }
    inv.emit(render::config_view(), shown);
  };
}

Run setup_config_path(CLI::App& cmd) {
  cmd.footer("\nPrints the configuration file's path, whether or not it exists yet.");
  return [](Invocation& inv) { inv.ctx.out << config_file(inv.ctx).path.string() << '\n'; };
}

Run setup_config_get(CLI::App& cmd) {
  auto key = std::make_shared<std::string>();
  cmd.add_option("KEY", *key, "A key, such as week_start or remind.weekly_day")->required();
  cmd.footer(
      "\nPrints the value ipt uses for KEY: from a flag, the environment, the file or the\n"
      "default; a list one item a line. Exits 1, printing nothing, when KEY has no value and\n"
      "no default.");
  return [key](Invocation& inv) {
    const auto& k = key_arg(*key);
    if (is_field_doc(k))
      throw UsageError("'" + *key + "' is a field of each [[metric]], not a value of its own",
                       "ipt config get metric lists the metrics");
    const auto row = effective(inv.ctx, inv.ctx.config(), k);
    if (row.value.is_null() || (k.type == KeyType::tables && row.value.empty())) {
      inv.status = 1;  // nothing to print: exit 1, as git config does
      return;
    }
    if (k.type == KeyType::tables) {
      for (const auto& item : row.value)
        inv.ctx.out << item.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
      return;
    }
    if (row.value.is_array()) {  // one item a line, for scripts: while read -r dir
      for (const auto& item : row.value)
        inv.ctx.out << item.get<std::string>() << '\n';
      return;
    }
    inv.ctx.out << row.text << '\n';
  };
}

Run setup_config_set(CLI::App& cmd) {
  auto key = std::make_shared<std::string>();
  auto value = std::make_shared<std::string>();
  cmd.add_option("KEY", *key, "A key, such as week_start or remind.weekly_day")->required();
  cmd.add_option("VALUE", *value, "Its new value")->required();
  cmd.footer(
      "\nChanges one value in the configuration file, which is made when missing. Only the\n"
      "value's text is replaced (or one line added under its [table]): comments and every other\n"
      "line stay as they were. The new file is read back and checked before it replaces the old\n"
      "one, all at once. Lists of tables ([[metric]], safety.contacts) are edited in the file.");
  return [key, value](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto& k = key_arg(*key);
    const auto literal = config::toml_literal(k, *value);
    const auto file = config_file(ctx);
    std::error_code ec;
    const auto old = fs::exists(file.path, ec) ? read_text(file.path) : std::string();
    const auto text = config::set_in_text(old, file.path, k, literal);
    replace_file(file, text);
    ctx.note("set " + std::string(k.key) + " = " + literal + " in " + file.path.string());
    warn_overridden(ctx, k);
  };
}

Run setup_config_unset(CLI::App& cmd) {
  auto key = std::make_shared<std::string>();
  cmd.add_option("KEY", *key, "A key, such as week_start or remind.weekly_day")->required();
  cmd.footer(
      "\nRemoves KEY's line from the configuration file, so its default applies again; the\n"
      "rest of the file stays as it was. Nothing to remove is no error.");
  return [key](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto& k = key_arg(*key);
    if (k.type == KeyType::tables)
      throw UsageError(std::string(k.key) + " is a list of tables, which ipt config does not edit",
                       "edit the file: ipt config path shows where it is");
    const auto file = config_file(ctx);
    std::error_code ec;
    if (!fs::exists(file.path, ec))
      return;
    const auto old = read_text(file.path);
    const auto text = config::unset_in_text(old, file.path, k);
    if (text == old)
      return;
    replace_file(file, text);
    ctx.note("removed " + std::string(k.key) + " from " + file.path.string());
  };
}

}  // namespace ipt::cli
