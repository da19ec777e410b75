#include "config/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <system_error>

#include "domain/errors.hpp"

namespace ipt::config {

namespace {

std::string where(const std::filesystem::path& path, const toml::source_region& r) {
  return path.string() + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

const toml::node& string_value(const std::filesystem::path& path, const toml::node& n,
                               std::string_view key) {
  if (!n.is_string()) {
    throw UsageError(where(path, n.source()) + ": '" + std::string(key) + "' must be a string");
  }
  return n;
}

constexpr std::array<std::string_view, 10> kSwitches{
    "item9",     "words", "low_checkin",  "low_days", "low_week",
    "mood_drop", "phq9",  "gentle_weeks", "fear",     "non_response"};

std::string known_safety_keys() {
  std::string out = "country, message, contacts, check_every_weeks";
  for (auto k : kSwitches)
    out += ", " + std::string(k);
  return out;
}

std::string one_line(const std::filesystem::path& path, const toml::node& n, std::string_view key) {
  auto v = *string_value(path, n, key).value<std::string>();
  if (v.find_first_of("\n\r") != std::string::npos || v.empty())
    throw UsageError(where(path, n.source()) + ": '" + std::string(key) +
                     "' must be one line of text");
  return v;
}

SafetyConfig read_safety(const std::filesystem::path& path, const toml::node& node) {
  const auto* t = node.as_table();
  if (!t)
    throw UsageError(where(path, node.source()) + ": 'safety' must be a table",
                     "write it as [safety]");
  SafetyConfig out;
  for (const auto& [key, n] : *t) {
    const std::string k(key.str());
    if (k == "country") {
      auto v = *string_value(path, n, k).value<std::string>();
      for (auto& c : v)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (v.size() != 2 || v.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
        throw UsageError(where(path, n.source()) +
                         ": country must be a two-letter country code such as \"us\" or "
                         "\"gb\"; got '" +
                         v + "'");
      out.country = v;
    } else if (k == "message") {
      auto v = *string_value(path, n, k).value<std::string>();
      out.message = v;
    } else if (k == "contacts") {
      const auto* arr = n.as_array();
      if (!arr)
        throw UsageError(where(path, n.source()) +
                         ": contacts must be a list such as [{ name = \"Dr Lee\", number = "
                         "\"555 0100\" }]");
      for (const auto& item : *arr) {
        const auto* c = item.as_table();
        if (!c)
          throw UsageError(where(path, item.source()) +
                           ": each contact is { name = \"...\", number = \"...\" }");
        SafetyContact contact;
        for (const auto& [ck, cn] : *c) {
          if (ck == "name")
            contact.name = one_line(path, cn, "name");
          else if (ck == "number")
            contact.number = one_line(path, cn, "number");
          else
            throw UsageError(where(path, cn.source()) + ": unknown key '" + std::string(ck.str()) +
                                 "' in a contact",
                             "a contact has a name and a number");
        }
        if (contact.name.empty() || contact.number.empty())
          throw UsageError(where(path, item.source()) + ": a contact needs a name and a number");
        out.contacts.push_back(std::move(contact));
      }
    } else if (k == "check_every_weeks") {
      const auto v = n.value<std::int64_t>();
      if (!n.is_integer() || !v || *v < 1 || *v > 52)
        throw UsageError(where(path, n.source()) +
                         ": check_every_weeks must be a whole number of weeks from 1 to 52");
      out.check_every_weeks = static_cast<int>(*v);
    } else if (std::find(kSwitches.begin(), kSwitches.end(), k) != kSwitches.end()) {
      if (!n.is_boolean())
        throw UsageError(where(path, n.source()) + ": '" + k + "' must be true or false");
      out.switches[k] = *n.value<bool>();
    } else {
      throw UsageError(where(path, n.source()) + ": unknown key '" + k + "' in [safety]",
                       "the keys of [safety] are " + known_safety_keys());
    }
  }
  return out;
}

}  // namespace

std::span<const std::string_view> safety_switch_names() {
  return kSwitches;
}

Config load_config(const std::filesystem::path& path, bool must_exist) {
  Config cfg;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (must_exist) {
      ErrorDetail d;
      d.path = path.string();
      throw UsageError(Errc::config_missing, "config file " + path.string() + " does not exist", d);
    }
    return cfg;
  }
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(where(path, e.source()) + ": " + std::string(e.description()));
  }
  cfg.source = path;
  for (const auto& [key, node] : table) {
    if (key == "db") {
      cfg.db = *string_value(path, node, key).value<std::string>();
    } else if (key == "color") {
      auto v = *string_value(path, node, key).value<std::string>();
      if (v != "auto" && v != "always" && v != "never") {
        throw UsageError(where(path, node.source()) +
                         ": color must be auto, always or never; got '" + v + "'");
      }
      cfg.color = v;
    } else if (key == "safety") {
      cfg.safety = read_safety(path, node);
    } else {
      throw UsageError(
          where(path, node.source()) + ": unknown key '" + std::string(key.str()) + "'",
          "the keys ipt knows are db, color and the table [safety]");
    }
  }
  return cfg;
}

}  // namespace ipt::config
