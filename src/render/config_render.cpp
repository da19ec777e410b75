#include "render/config_render.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace ipt::render {

namespace {

void config_text(std::ostream& out, const ConfigShown& c, const Style&) {
  out << "# " << domain::escape_controls(c.file)
      << (c.file_exists ? "" : " (not there yet: every value is a default)") << '\n';
  std::size_t key_width = 0;
  std::size_t value_width = 0;
  for (const auto& r : c.rows) {
    key_width = std::max(key_width, r.key.size());
    value_width = std::max(value_width, domain::display_width_of(r.text));
  }
  for (const auto& r : c.rows) {
    const auto shown = r.text.empty() ? std::string("-") : domain::escape_controls(r.text);
    out << r.key << std::string(key_width + 2 - r.key.size(), ' ') << shown;
    const auto w = r.text.empty() ? 1 : domain::display_width_of(r.text);
    out << std::string(value_width + 2 > w ? value_width + 2 - w : 2, ' ')
        << domain::escape_controls(r.source) << '\n';
  }
}

void config_json(std::ostream& out, const ConfigShown& c) {
  nlohmann::ordered_json o;
  o["file"] = c.file;
  o["file_source"] = c.file_source;
  o["file_exists"] = c.file_exists;
  o["keys"] = nlohmann::ordered_json::array();
  for (const auto& r : c.rows) {
    nlohmann::ordered_json row;
    row["key"] = r.key;
    row["value"] = r.value;
    row["source"] = r.source;
    o["keys"].push_back(std::move(row));
  }
  out << o.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace

const View<ConfigShown>& config_view() {
  static const View<ConfigShown> v{config_text, config_json, nullptr, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
