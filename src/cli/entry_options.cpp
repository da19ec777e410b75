#include "cli/entry_options.hpp"

#include <algorithm>
#include <sstream>

#include "app/people.hpp"
#include "cli/input.hpp"
#include "domain/civil.hpp"
#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

void add_common_options(CLI::App& cmd, CommonOpts& o) {
  cmd.add_option("-d,--date", o.date,
                 "When: today, yesterday, '3 days ago', -3d, monday, 'last monday',\n"
                 "2026-11-02 or 11-02, optionally with a time: '21:30', 9pm")
      ->type_name("WHEN");
  cmd.add_option("--with", o.with, "Someone involved (repeat, or separate with commas)")
      ->type_name("PERSON");
  cmd.add_option("-t,--tag", o.tags, "A tag (repeat, or separate with commas)")->type_name("TAG");
  cmd.add_option("--area", o.area,
                 "Attach to this problem area (an id, or none); default: the focus area")
      ->type_name("ID|none");
  cmd.add_flag("--agenda", o.agenda, "Also put it on the agenda for your next session");
}

void add_event_detail_options(CLI::App& cmd, EventDetailOpts& o, bool with_checkin) {
  const std::string what = with_checkin ? "The event's" : "Its";
  cmd.add_option(
         "--kind", o.kind,
         what + " kind: " + domain::join_names(domain::event_kind_names()) + "\n(default other)")
      ->type_name("KIND");
  cmd.add_option(
         "--impact", o.impact,
         std::string(with_checkin ? "How the event" : "How it") + " moved your mood, -3 to +3")
      ->type_name("-3..3");
  cmd.add_option("--feel", o.feel, "A feeling (repeat, or separate with commas)")
      ->type_name("WORD");
}

app::EntryCommon common_of(Context& ctx, const CommonOpts& o) {
  app::EntryCommon common;
  if (o.date)
    common.when = past_when_arg(ctx, *o.date);
  common.people = people_arg(o.with);
  common.tags = tags_arg(o.tags);
  if (o.area)
    common.area = area_arg(*o.area);
  common.agenda = o.agenda;
  return common;
}

std::vector<std::string> check_near_names(Invocation& inv, std::vector<std::string>& names) {
  std::vector<std::string> notes;
  if (names.empty())
    return notes;
  auto& ctx = inv.ctx;
  for (const auto& near : app::near_names(inv.journal(), names)) {
    if (ctx.stdin_tty && ask_yes(ctx, "ipt: '" + near.typed +
                                          "' is not in your people. Did you "
                                          "mean '" +
                                          near.existing + "'?")) {
      std::replace(names.begin(), names.end(), near.typed, near.existing);
      continue;
    }
    notes.push_back("did you mean '" + near.existing + "'? If '" + near.typed +
                    "' is the same person: ipt people merge '" + near.typed + "' '" +
                    near.existing + "'");
  }
  return notes;
}

app::EventInput event_of(std::string text, const EventDetailOpts& o) {
  app::EventInput in;
  in.text = std::move(text);
  if (o.kind)
    in.kind = domain::parse_kind(*o.kind);
  if (o.impact)
    in.impact = domain::parse_impact(*o.impact);
  in.feelings = feelings_arg(o.feel);
  return in;
}

CLI::Option* add_edit_flag(CLI::App& cmd, bool& edit, const std::string& what) {
  return cmd.add_flag("--edit", edit,
                      "Write " + what + " in $VISUAL or $EDITOR (else vi), kept as a draft\n" +
                          "until it is saved");
}

void check_edit_alone(bool edit, const std::vector<std::string>& words, const std::string& name) {
  if (edit && !words.empty()) {
    throw UsageError("--edit opens your editor for " + name + ", so it can't be given as well",
                     "leave out " + name + " or --edit");
  }
}

namespace {

/// "argued with Sam" for the first line of a longer text.
std::string first_line(const std::string& text) {
  const auto end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end) + " ...";
}

std::string joined(const std::vector<std::string>& v, const std::string& prefix = {}) {
  std::string out;
  for (const auto& s : v)
    out += (out.empty() ? "" : ", ") + prefix + s;
  return out;
}

}  // namespace

std::string new_entry_header(const std::string& about, const app::CheckinInput* checkin,
                             const app::EventInput* event, const app::EntryCommon& common) {
  std::string out = about + "\n\n";
  auto row = [&](const std::string& label, const std::string& value) {
    out += label + std::string(label.size() < 10 ? 10 - label.size() : 1, ' ') + value + "\n";
  };
  auto of_10 = [](int v) { return std::to_string(v) + " of 10"; };
  if (checkin) {
    row("mood", of_10(checkin->mood));
    if (checkin->anxiety)
      row("anxiety", of_10(*checkin->anxiety));
    if (checkin->energy)
      row("energy", of_10(*checkin->energy));
    if (checkin->sleep) {
      std::ostringstream hours;
      hours << *checkin->sleep << " hours";
      row("sleep", hours.str());
    }
  }
  if (event) {
    if (!event->text.empty())
      row("event", first_line(event->text));
    row("kind", std::string(domain::to_string(event->kind)));
    if (event->impact)
      row("impact", (*event->impact > 0 ? "+" : "") + std::to_string(*event->impact));
    if (!event->feelings.empty())
      row("feelings", joined(event->feelings));
  }
  std::string when = "now";
  if (common.when) {
    when = domain::format_date(common.when->day);
    if (common.when->time)
      when += " " + domain::format_time(*common.when->time);
  }
  row("when", when);
  if (!common.people.empty())
    row("with", joined(common.people));
  if (!common.tags.empty())
    row("tags", joined(common.tags, "#"));
  if (!common.area)
    row("area", "the focus area, if there is one");
  else
    row("area", *common.area == 0 ? "none" : "#" + std::to_string(*common.area));
  if (common.agenda)
    row("agenda", "yes, for your next session");
  return out + "\nThese come from the command line: change them with its options, not here.\n";
}

}  // namespace ipt::cli
