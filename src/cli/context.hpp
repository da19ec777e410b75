#pragma once
// What every command needs: global options, streams, the clock, the source of UUIDs, the
// environment and the configuration.
#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "config/paths.hpp"
#include "domain/civil.hpp"
#include "domain/clock.hpp"
#include "domain/uuid.hpp"
#include "render/style.hpp"

namespace ipt::cli {

struct GlobalOptions {
  std::optional<std::string> db;
  std::optional<std::string> config;
  std::string color;  ///< auto, always, never; empty: from the config, else auto
  bool quiet = false;
};

/// The system clock, or the moment in $IPT_NOW ("2026-03-02 09:00") for tests and demos.
class SystemClock final : public domain::Clock {
 public:
  explicit SystemClock(const config::EnvLookup& env);
  domain::Instant now() const override;

 private:
  std::optional<domain::Instant> fixed_;
};

class Context {
 public:
  Context(std::ostream& out, std::ostream& err, std::istream& in, const domain::Clock& clock,
          domain::UuidSource& uuids, config::EnvLookup env, bool stdin_tty, bool stdout_tty);

  GlobalOptions opts;
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  const domain::Clock& clock;
  domain::UuidSource& uuids;
  const config::EnvLookup env;
  const bool stdin_tty;
  const bool stdout_tty;
  /// Set once this run showed the crisis lines (cli/safety.cpp): quieter notices then wait.
  bool safety_said = false;

  /// The configuration file, read once on first use.
  const config::Config& config();
  /// Applies the configuration's calendar rules (day_starts_at, week_start) for the whole run.
  void apply_calendar();
  std::filesystem::path db_path();
  /// How long to wait for another ipt holding the journal: 5 s, or $IPT_BUSY_TIMEOUT_MS (for
  /// tests, so a lock test need not wait 5 s).
  std::chrono::milliseconds busy_timeout() const;
  /// Colour for stdout: --color, else the config, else auto (a TTY, NO_COLOR unset or empty,
  /// TERM not dumb).
  bool color();
  render::Style style() { return render::Style(color()); }
  /// A note on stderr ("ipt: ..."), unless --quiet.
  void note(const std::string& message);
  /// The local calendar day now.
  domain::Date today() const;

 private:
  std::optional<config::Config> config_;
};

}  // namespace ipt::cli
