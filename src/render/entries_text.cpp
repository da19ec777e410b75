#include "render/entries.hpp"

#include <algorithm>
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
  return std::visit(
      domain::Overloaded{
          [&](const domain::Checkin& c) {
            std::string s = st.bold("mood " + std::to_string(c.mood));
            if (c.anxiety)
              s += "  anxiety " + std::to_string(*c.anxiety);
            if (c.energy)
              s += "  energy " + std::to_string(*c.energy);
            if (c.sleep)
              s += "  sleep " + short_number(*c.sleep) + "h";
            for (const auto& [name, value] : c.metrics)
              s += "  " + name + " " + std::to_string(value);
            return s;
          },
          [&](const domain::Event& v) {
            std::string s = st.bold(std::string(domain::to_string(v.kind)));
            if (v.impact) {
              const auto n = signed_int(*v.impact);
              s += "  " + (*v.impact < 0 ? st.hard(n) : *v.impact > 0 ? st.good(n) : n);
            }
            if (v.checkin_id)
              s += "  " + st.dim("(with check-in #" + std::to_string(*v.checkin_id) + ")");
            return s;
          },
          [&](const domain::Reflection& r) {
            return st.bold("reflection") + "  " + st.dim(r.prompt_text);
          },
          [&](const domain::Measure& m) {
            return st.bold(std::string(domain::scale_title(m.scale)) + " " +
                           std::to_string(m.total())) +
                   "  " + std::string(domain::band(m.scale, m.total()));
          }},
      e.body);
}

/// People, tags and feelings on one line; empty when there are none.
std::string context_line(const Entry& e) {
  std::vector<std::string> parts;
  if (!e.people.empty())
    parts.push_back("with " + join(e.people, ", "));
  if (const auto* ev = e.as<domain::Event>(); ev && !ev->feelings.empty())
    parts.push_back("feeling " + join(ev->feelings, ", "));
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
    if (const auto& text = domain::text_of(e); !text.empty())
      indented(out, text, indent);
    if (auto ctx = context_line(e); !ctx.empty())
      out << indent << st.dim(ctx) << '\n';
  }
}

void entry_detail_text(std::ostream& out, const Entry& e, const Style& st) {
  out << st.bold("#" + std::to_string(e.id) + "  " +
                 std::string(domain::entry_type_label(e.type())))
      << '\n';
  // Labels take 10 columns, more when a scale of your own has a longer name.
  std::size_t width = 10;
  if (const auto* c = e.as<domain::Checkin>()) {
    for (const auto& [name, value] : c->metrics)
      width = std::max(width, name.size() + 2);
  }
  auto row = [&](const std::string& label, const std::string& value) {
    out << st.dim(pad(label, width)) << value << '\n';
  };
  row("when", day_heading(e.day) + " " + clock_time(e.at, e.utc_offset));
  std::visit(domain::Overloaded{
                 [&](const domain::Checkin& c) {
                   row("mood", std::to_string(c.mood) + " of 10");
                   if (c.anxiety)
                     row("anxiety", std::to_string(*c.anxiety) + " of 10");
                   if (c.energy)
                     row("energy", std::to_string(*c.energy) + " of 10");
                   if (c.sleep)
                     row("sleep", short_number(*c.sleep) + " hours");
                   for (const auto& [name, value] : c.metrics)
                     row(name, std::to_string(value));
                 },
                 [&](const domain::Event& v) {
                   row("kind", std::string(domain::to_string(v.kind)));
                   if (v.impact)
                     row("impact", signed_int(*v.impact));
                   if (!v.feelings.empty())
                     row("feelings", join(v.feelings, ", "));
                   if (v.checkin_id)
                     row("check-in", "#" + std::to_string(*v.checkin_id));
                 },
                 [&](const domain::Reflection& r) {
                   row("prompt", r.prompt_text);
                   row("prompt id", r.prompt_id);
                   row("week of", domain::format_date(r.week));
                 },
                 [&](const domain::Measure& m) {
                   row("scale", std::string(domain::scale_title(m.scale)));
                   row("total", std::to_string(m.total()) + " of " +
                                    std::to_string(domain::max_total(m.scale)) + ", " +
                                    std::string(domain::band(m.scale, m.total())));
                   std::string answers;
                   for (int a : m.answers)
                     answers += (answers.empty() ? "" : ",") + std::to_string(a);
                   row("answers", answers);
                   if (m.difficulty)
                     row("how hard",
                         std::string(
                             domain::difficulty_labels()[static_cast<std::size_t>(*m.difficulty)]));
                 }},
             e.body);
  if (!e.people.empty())
    row("with", join(e.people, ", "));
  if (!e.tags.empty())
    row("tags", join(e.tags, " ", "#"));
  if (e.area_id)
    row("area", "#" + std::to_string(*e.area_id));
  row("uuid", e.uuid);
  if (const auto& text = domain::text_of(e); !text.empty()) {
    out << '\n';
    indented(out, text, "");
  }
}

}  // namespace ipt::render
