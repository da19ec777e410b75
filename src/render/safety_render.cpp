#include <map>

#include "render/csv.hpp"
#include "render/json_objects.hpp"
#include "render/safety.hpp"
#include "render/style.hpp"

namespace ipt::render {

namespace {

using domain::Measure;

/// Each measure with the change from the one before of its scale.
struct Row {
  const domain::Entry* entry;
  const Measure* m;
  std::optional<int> change;
};

std::vector<Row> rows_of(const MeasureHistory& h) {
  std::vector<Row> out;
  std::map<domain::Scale, int> last;
  for (const auto& e : h.measures) {
    const auto* m = e.as<Measure>();
    if (!m)
      continue;
    Row r{&e, m, std::nullopt};
    if (auto it = last.find(m->scale); it != last.end())
      r.change = m->total() - it->second;
    last[m->scale] = m->total();
    out.push_back(r);
  }
  return out;
}

std::string change_text(const std::optional<int>& c) {
  if (!c)
    return "";
  if (*c == 0)
    return "no change";
  std::string out = *c > 0 ? "+" : "";
  out += std::to_string(*c);
  out += " since the last";
  return out;
}

std::string due_text(const domain::MeasureDue& d, domain::Date today) {
  if (d.due <= today)
    return d.last ? "due now (last " + domain::format_date(*d.last) + ")" : "due now";
  return "next due " + domain::format_date(d.due);
}

void history_text(std::ostream& out, const MeasureHistory& h, const Style& st) {
  const auto rows = rows_of(h);
  for (const auto& d : h.due) {
    out << st.bold(std::string(domain::scale_title(d.scale))) << "  "
        << st.dim(due_text(d, h.today)) << '\n';
    bool any = false;
    for (const auto& r : rows) {
      if (r.m->scale != d.scale)
        continue;
      any = true;
      std::string id = "#";
      id += std::to_string(r.entry->id);
      out << "  " << domain::format_date(r.entry->day) << "  "
          << pad(std::to_string(r.m->total()), 3)
          << pad(std::string(domain::band(d.scale, r.m->total())), 19)
          << st.dim(r.change ? pad(id, 7) + change_text(r.change) : id) << '\n';
    }
    if (!any)
      out << "  " << st.dim("not taken yet: ipt check " + std::string(domain::to_string(d.scale)))
          << '\n';
  }
  out << '\n'
      << st.dim("Scores are screening aids, not a diagnosis.\n" +
                std::string(domain::scale_attribution()))
      << '\n';
}

void history_json(std::ostream& out, const MeasureHistory& h) {
  Json j;
  j["measures"] = Json::array();
  for (const auto& r : rows_of(h)) {
    Json m;
    m["id"] = r.entry->id;
    m["day"] = domain::format_date(r.entry->day);
    m["at"] = iso8601(r.entry->at, r.entry->utc_offset);
    m["scale"] = domain::to_string(r.m->scale);
    m["answers"] = r.m->answers;
    m["total"] = r.m->total();
    m["band"] = domain::band(r.m->scale, r.m->total());
    m["difficulty"] = or_null(r.m->difficulty);
    m["change"] = or_null(r.change);
    j["measures"].push_back(m);
  }
  j["due"] = Json::array();
  for (const auto& d : h.due) {
    Json o;
    o["scale"] = domain::to_string(d.scale);
    o["last"] = d.last ? Json(domain::format_date(*d.last)) : Json(nullptr);
    o["due"] = domain::format_date(d.due);
    o["due_now"] = d.due <= h.today;
    j["due"].push_back(o);
  }
  out << j.dump(2) << '\n';
}

void history_csv(std::ostream& out, const MeasureHistory& h) {
  csv_row(out, {"id", "day", "scale", "answers", "total", "band", "difficulty", "change"});
  for (const auto& r : rows_of(h)) {
    csv_row(out, {std::to_string(r.entry->id), domain::format_date(r.entry->day),
                  std::string(domain::to_string(r.m->scale)), domain::answers_key(r.m->answers),
                  std::to_string(r.m->total()), std::string(domain::band(r.m->scale, r.m->total())),
                  r.m->difficulty ? std::to_string(*r.m->difficulty) : "",
                  r.change ? std::to_string(*r.change) : ""});
  }
}

void indented(std::ostream& out, const std::string& text, const std::string& indent) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    if (nl == std::string::npos)
      nl = text.size();
    out << indent << std::string_view(text).substr(start, nl - start) << '\n';
    start = nl + 1;
  }
}

void plan_text(std::ostream& out, const domain::SafetyPlan& plan, const Style& st) {
  out << st.bold("Your safety plan") << '\n';
  for (std::size_t i = 0; i < domain::plan_step_names().size(); ++i) {
    const auto step = static_cast<domain::PlanStep>(i);
    out << '\n' << st.bold(std::string(domain::plan_step_title(step))) << '\n';
    if (const auto* a = plan.find(step))
      indented(out, a->text, "  ");
    else
      out << "  " << st.dim("not written yet") << '\n';
  }
  if (plan.empty())
    out << '\n' << st.dim("ipt plan, on a terminal, walks you through it.") << '\n';
}

void plan_markdown(std::ostream& out, const domain::SafetyPlan& plan) {
  out << "# My safety plan\n";
  for (std::size_t i = 0; i < domain::plan_step_names().size(); ++i) {
    const auto step = static_cast<domain::PlanStep>(i);
    out << "\n## " << domain::plan_step_title(step) << "\n\n";
    if (const auto* a = plan.find(step))
      out << a->text << (a->text.ends_with('\n') ? "" : "\n");
    else
      out << "_Not written yet._\n";
  }
}

void plan_json(std::ostream& out, const domain::SafetyPlan& plan) {
  Json j;
  j["steps"] = Json::array();
  for (std::size_t i = 0; i < domain::plan_step_names().size(); ++i) {
    const auto step = static_cast<domain::PlanStep>(i);
    const auto* a = plan.find(step);
    Json s;
    s["step"] = domain::to_string(step);
    s["title"] = domain::plan_step_title(step);
    s["text"] = a ? Json(a->text) : Json(nullptr);
    s["day"] = a ? Json(domain::format_date(a->day)) : Json(nullptr);
    j["steps"].push_back(s);
  }
  out << j.dump(2) << '\n';
}

}  // namespace

const View<MeasureHistory>& measure_history_view() {
  static const View<MeasureHistory> v{history_text, history_json, history_csv, nullptr, nullptr};
  return v;
}

const View<domain::SafetyPlan>& safety_plan_view() {
  static const View<domain::SafetyPlan> v{plan_text, plan_json, nullptr, plan_markdown, nullptr};
  return v;
}

void safety_plan_brief(std::ostream& out, const domain::SafetyPlan& plan) {
  for (const auto& a : plan.steps) {
    out << "  " << domain::plan_step_title(a.step) << '\n';
    indented(out, a.text, "    ");
  }
}

}  // namespace ipt::render
