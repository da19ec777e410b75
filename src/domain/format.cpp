#include "domain/format.hpp"

#include <array>

#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 6> kFormats{"text",     "json", "csv",
                                                   "markdown", "html", "jsonl"};

}  // namespace

std::string_view to_string(Format f) {
  return kFormats[static_cast<std::size_t>(f)];
}

std::optional<Format> format_from(std::string_view s) {
  return enum_from<Format>(kFormats, s);
}

std::span<const std::string_view> format_names() {
  return kFormats;
}

}  // namespace ipt::domain
