#include "render/entries.hpp"

#include <sstream>

namespace ipt::render {

using domain::Entry;

namespace {

std::string join(const std::vector<std::string>& v, const std::string& sep,
                 const std::string& prefix = {}) {
  std::string out;
  for (const auto& s : v)
    out += (out.empty() ? "" : sep) + prefix + s;
  return out;
}

std::string day_heading(domain::Date d) {
  return std::string(domain::weekday_short(d)) + " " + domain::format_date(d);
}

/// The one-line summary after the id and time.
std::string headline(const Entry& e, const Style& st) {
  std::string s;
  if (e.type == domain::EntryType::checkin) {
    s = st.bold("mood " + std::to_string(*e.mood));
    if (e.anxiety)
      s += "  anxiety " + std::to_string(*e.anxiety);
    if (e.energy)
      s += "  energy " + std::to_string(*e.energy);
    if (e.sleep)
      s += "  sleep " + short_number(*e.sleep) + "h";
  } else if (e.type == domain::EntryType::reflection) {
    s = st.bold("reflection") + "  " + st.dim(e.prompt_text);
  } else {
    s = st.bold(std::string(domain::to_string(*e.kind)));
    if (e.impact) {
      const auto v = signed_int(*e.impact);
      s += "  " + (*e.impact < 0 ? st.hard(v) : *e.impact > 0 ? st.good(v) : v);
    }
    if (e.checkin_id)
      s += "  " + st.dim("(with check-in #" + std::to_string(*e.checkin_id) + ")");
  }
  return s;
}

/// People, tags and feelings on one line; empty when there are none.
std::string context_line(const Entry& e) {
  std::vector<std::string> parts;
  if (!e.people.empty())
    parts.push_back("with " + join(e.people, ", "));
  if (!e.feelings.empty())
    parts.push_back("feeling " + join(e.feelings, ", "));
  if (!e.tags.empty())
    parts.push_back(join(e.tags, " ", "#"));
  if (e.area_id)
    parts.push_back("area #" + std::to_string(*e.area_id));
  return join(parts, "  ");
}

void indented(std::ostream& out, const std::string& text, const std::string& indent) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    out << indent << line << '\n';
}

}  // namespace

void entries_text(std::ostream& out, const std::vector<Entry>& entries, const Style& st) {
  std::optional<domain::Date> current;
  for (const auto& e : entries) {
    if (!current || *current != e.day) {
      if (current)
        out << '\n';
      out << st.bold(day_heading(e.day)) << '\n';
      current = e.day;
    }
    // Ids grow past five digits after a few years; keep at least one space before the time.
    const std::string id = pad("#" + std::to_string(e.id), 6) + (e.id >= 10000 ? " " : "");
    out << "  " << st.dim(id) << clock_time(e.at, e.utc_offset) << "  " << headline(e, st) << '\n';
    const std::string indent(15, ' ');
    if (!e.text.empty())
      indented(out, e.text, indent);
    if (auto ctx = context_line(e); !ctx.empty())
      out << indent << st.dim(ctx) << '\n';
  }
}

void entry_detail_text(std::ostream& out, const Entry& e, const Style& st) {
  const bool checkin = e.type == domain::EntryType::checkin;
  const bool reflection = e.type == domain::EntryType::reflection;
  out << st.bold("#" + std::to_string(e.id) +
                 (checkin      ? "  check-in"
                  : reflection ? "  reflection"
                               : "  event"))
      << '\n';
  auto row = [&](const std::string& label, const std::string& value) {
    out << st.dim(pad(label, 10)) << value << '\n';
  };
  row("when", day_heading(e.day) + " " + clock_time(e.at, e.utc_offset));
  if (checkin) {
    row("mood", std::to_string(*e.mood) + " of 10");
    if (e.anxiety)
      row("anxiety", std::to_string(*e.anxiety) + " of 10");
    if (e.energy)
      row("energy", std::to_string(*e.energy) + " of 10");
    if (e.sleep)
      row("sleep", short_number(*e.sleep) + " hours");
  } else if (reflection) {
    row("prompt", e.prompt_text);
    row("prompt id", e.prompt_id);
    if (e.week)
      row("week of", domain::format_date(*e.week));
  } else {
    row("kind", std::string(domain::to_string(*e.kind)));
    if (e.impact)
      row("impact", signed_int(*e.impact));
    if (!e.feelings.empty())
      row("feelings", join(e.feelings, ", "));
    if (e.checkin_id)
      row("check-in", "#" + std::to_string(*e.checkin_id));
  }
  if (!e.people.empty())
    row("with", join(e.people, ", "));
  if (!e.tags.empty())
    row("tags", join(e.tags, " ", "#"));
  if (e.area_id)
    row("area", "#" + std::to_string(*e.area_id));
  row("uuid", e.uuid);
  if (!e.text.empty()) {
    out << '\n';
    indented(out, e.text, "");
  }
}

}  // namespace ipt::render
