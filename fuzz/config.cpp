// The configuration file (config::parse_config, TOML via toml++). Bad input throws UsageError
// (ipt::Error); a Config it returns holds only values in their documented ranges.
#include "config/config.hpp"
#include "domain/errors.hpp"
#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ipt::config::Config cfg;
  try {
    cfg = ipt::config::parse_config(ipt::fuzz::as_text(data, size), "config.toml");
  } catch (const ipt::Error&) {
    return 0;
  }
  if (cfg.week_start)
    IPT_FUZZ_CHECK(*cfg.week_start >= 1 && *cfg.week_start <= 7);
  if (cfg.day_starts_at)
    IPT_FUZZ_CHECK(*cfg.day_starts_at >= 0 && *cfg.day_starts_at <= 719);
  if (cfg.color)
    IPT_FUZZ_CHECK(*cfg.color == "auto" || *cfg.color == "always" || *cfg.color == "never");
  if (cfg.course.weeks)
    IPT_FUZZ_CHECK(*cfg.course.weeks >= 4 && *cfg.course.weeks <= 52);
  if (cfg.prompts.count)
    IPT_FUZZ_CHECK(*cfg.prompts.count >= 1 && *cfg.prompts.count <= 20);
  if (cfg.remind.weekly_day)
    IPT_FUZZ_CHECK(*cfg.remind.weekly_day >= 1 && *cfg.remind.weekly_day <= 7);
  for (const auto* minute : {&cfg.remind.checkin_minute, &cfg.remind.weekly_minute})
    if (*minute)
      IPT_FUZZ_CHECK(**minute >= 0 && **minute < 24 * 60);
  if (cfg.safety.check_every_weeks)
    IPT_FUZZ_CHECK(*cfg.safety.check_every_weeks >= 1 && *cfg.safety.check_every_weeks <= 52);
  for (const auto& m : cfg.metrics) {
    IPT_FUZZ_CHECK(!m.name.empty() && m.min < m.max);
    IPT_FUZZ_CHECK(m.min >= -1000 && m.max <= 1000);
    IPT_FUZZ_CHECK(ipt::config::find_metric(cfg, m.name) != nullptr);
  }
  return 0;
}
