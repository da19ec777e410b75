// ipt help-now (alias crisis): what to do in a crisis, your own contacts and safety plan, and
// crisis lines. It must work whatever state things are in: no journal, no configuration, a
// damaged or locked journal, no HOME. It never writes anything.
#include <filesystem>

#include "app/safety.hpp"
#include "cli/commands.hpp"
#include "cli/safety.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "render/safety.hpp"

namespace ipt::cli {

namespace {

/// The plan, when a journal can be read quickly; nullopt (with the reason) when not.
std::optional<domain::SafetyPlan> read_plan(Context& ctx, std::string& why) {
  std::filesystem::path path;
  try {
    path = ctx.db_path();
  } catch (const std::exception&) {
    return domain::SafetyPlan{};  // no HOME and no journal named: there is no plan to find
  }
  try {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      return domain::SafetyPlan{};
    app::OpenOptions options;
    options.busy_timeout = std::chrono::milliseconds(300);  // never keep someone waiting here
    options.upgrade = false;  // help-now never writes, not even an upgrade
    auto journal = app::Journal::open(path, app::Access::read, options, ctx.clock, ctx.uuids);
    return app::safety_plan(journal);
  } catch (const Error& e) {
    if (e.code() == Errc::journal_older)
      return domain::SafetyPlan{};  // an older ipt kept no safety plan
    why = e.what();
    return std::nullopt;
  } catch (const std::exception& e) {
    why = e.what();
    return std::nullopt;
  }
}

void run_help_now(Invocation& inv) {
  auto& ctx = inv.ctx;
  auto& out = ctx.out;
  out << "If you are in danger, or might act on thoughts of harming yourself, contact emergency\n"
         "services or a crisis line now.\n";
  const config::SafetyConfig* cfg = nullptr;
  try {
    cfg = &ctx.config().safety;
  } catch (const std::exception& e) {
    ctx.err << "ipt: warning: your configuration could not be read, so your own message and "
               "contacts are not shown: "
            << domain::escape_controls(e.what()) << '\n';
  }
  if (cfg && cfg->message)
    out << '\n' << *cfg->message << (cfg->message->ends_with('\n') ? "" : "\n");
  if (cfg && !cfg->contacts.empty()) {
    out << "\nYour contacts\n";
    std::size_t width = 0;
    for (const auto& c : cfg->contacts)
      width = std::max(width, domain::display_width_of(c.name));
    for (const auto& c : cfg->contacts) {
      out << "  " << c.name << std::string(width - domain::display_width_of(c.name) + 2, ' ')
          << c.number << '\n';
    }
  }
  std::string why;
  const auto plan = read_plan(ctx, why);
  if (plan && !plan->empty()) {
    out << "\nYour safety plan\n";
    render::safety_plan_brief(out, *plan);
  }
  out << "\nCrisis lines\n";
  print_crisis_lines(out, cfg ? cfg->country : std::nullopt);
  out << "\nIf someone is hurting, threatening or frightening you\n";
  print_abuse_lines(out, cfg ? cfg->country : std::nullopt);
  if (!plan)
    ctx.err << "ipt: warning: your safety plan could not be read: " << domain::escape_controls(why)
            << '\n';
  else if (plan->empty())
    out << "\nWhen you feel up to it, ipt plan helps you write a safety plan in your own words.\n";
  out << "\nipt is a self-help journal, not treatment, and it never contacts anyone for you.\n";
}

}  // namespace

Run setup_help_now(CLI::App& cmd) {
  cmd.footer(
      "Works without a journal or a configuration, and never writes anything. Set your own\n"
      "words and people in the configuration file:\n"
      "  [safety]\n"
      "  country = \"gb\"            # its line first: us, ca, gb, ie or au\n"
      "  message = \"Call Jo. Breathe. This passes.\"\n"
      "  contacts = [{ name = \"Dr Lee\", number = \"020 7946 0000\" }]");
  return [](Invocation& inv) { run_help_now(inv); };
}

}  // namespace ipt::cli
