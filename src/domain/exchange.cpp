#include "domain/exchange.hpp"

#include <array>

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 9> kKinds{"people",      "areas",      "focus_changes",
                                                 "courses",     "phase_pins", "entries",
                                                 "safety_plan", "agenda",     "prompts_asked"};
static_assert(kKinds.size() == std::variant_size_v<ExchangeRecord>);

}  // namespace

std::string_view exchange_kind_name(std::size_t kind) {
  return kKinds.at(kind);
}

}  // namespace ipt::domain
