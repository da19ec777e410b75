#pragma once
// The output formats of read commands. Which command offers which is in the command table
// (cli/commands.cpp); the names are here, once, for help texts, validation and the docs tests.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace ipt::domain {

enum class Format { text, json, csv, markdown, html, jsonl };

std::string_view to_string(Format f);
std::optional<Format> format_from(std::string_view s);
std::span<const std::string_view> format_names();

/// A set of formats, usable in constant expressions.
class Formats {
 public:
  constexpr Formats() = default;
  constexpr Formats(std::initializer_list<Format> fs) {
    for (auto f : fs)
      bits_ |= bit(f);
  }
  constexpr bool has(Format f) const { return (bits_ & bit(f)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }

 private:
  static constexpr std::uint8_t bit(Format f) {
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(f));
  }
  std::uint8_t bits_ = 0;
};

}  // namespace ipt::domain
