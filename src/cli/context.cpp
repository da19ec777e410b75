#include "cli/context.hpp"

#include <charconv>
#include <iostream>

#include "cli/suggest.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/text.hpp"
#include "domain/week.hpp"
#include "domain/when.hpp"

namespace ipt::cli {

SystemClock::SystemClock(const config::EnvLookup& env) {
  if (auto fixed = env("IPT_NOW")) {
    const auto real_today = domain::today(std::time(nullptr));
    domain::When when;
    try {
      when = domain::parse_when(*fixed, real_today);
    } catch (const UsageError& e) {
      throw UsageError(std::string("IPT_NOW: ") + e.what(),
                       "IPT_NOW fixes the clock for tests and demos; unset it to use the real one");
    }
    fixed_ = domain::to_instant(when.day, when.time.value_or(domain::TimeOfDay{12, 0}));
  }
}

domain::Instant SystemClock::now() const {
  return fixed_ ? *fixed_ : std::time(nullptr);
}

Context::Context(std::ostream& out_, std::ostream& err_, std::istream& in_,
                 const domain::Clock& clock_, domain::UuidSource& uuids_, config::EnvLookup env_,
                 bool stdin_tty_, bool stdout_tty_)
    : out(out_),
      err(err_),
      in(in_),
      clock(clock_),
      uuids(uuids_),
      env(std::move(env_)),
      stdin_tty(stdin_tty_),
      stdout_tty(stdout_tty_) {}

const config::Config& Context::config() {
  if (!config_) {
    if (opts.config) {
      config_ = config::load_config(config::expand_home(*opts.config, env), true);
    } else if (auto path = config::default_config_path(env)) {
      config_ = config::load_config(*path, false);
    } else {
      config_ = config::Config{};
    }
    for (const auto& u : config_->unknown) {
      const auto dot = u.key.rfind('.');
      const std::string last = dot == std::string::npos ? u.key : u.key.substr(dot + 1);
      const std::string table =
          dot == std::string::npos ? "" : " in [" + u.key.substr(0, dot) + "]";
      err << "ipt: warning: " << u.at.file.string() << ':' << u.at.line << ':' << u.at.column
          << ": unknown key '" << domain::escape_controls(last) << "'" << table << ", ignored"
          << did_you_mean(last, u.known) << '\n';
    }
  }
  return *config_;
}

void Context::apply_calendar() {
  const auto& cfg = config();
  domain::set_day_start(cfg.day_starts_at.value_or(0));
  domain::set_week_start(cfg.week_start.value_or(1));
}

std::filesystem::path Context::db_path() {
  return config::resolve_db_path(opts.db, config().db, env);
}

bool Context::color() {
  std::string mode = opts.color;
  if (mode.empty())
    mode = config().color.value_or("auto");
  if (mode == "always")
    return true;
  if (mode == "never")
    return false;
  const auto term = env("TERM");
  return stdout_tty && !env("NO_COLOR") && !(term && *term == "dumb");
}

std::chrono::milliseconds Context::busy_timeout() const {
  if (auto v = env("IPT_BUSY_TIMEOUT_MS")) {
    int ms = 0;
    const auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), ms);
    if (ec == std::errc{} && ptr == v->data() + v->size() && ms >= 0)
      return std::chrono::milliseconds(ms);
  }
  return std::chrono::milliseconds(5000);
}

void Context::note(const std::string& message) {
  if (!opts.quiet)
    err << "ipt: " << domain::escape_controls(message) << '\n';
}

domain::Date Context::today() const {
  return domain::today(clock.now());
}

}  // namespace ipt::cli
