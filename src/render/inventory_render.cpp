#include "render/inventory.hpp"

#include <array>

#include "render/inventory_groups.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using domain::PersonSummary;

namespace {

struct Field {
  const char* label;
  std::string value;
};

std::vector<Field> fields_of(const domain::Person& p) {
  return {{"Role", p.role},
          {"In touch", p.contact ? std::string(domain::to_string(*p.contact)) : ""},
          {"What is good", p.satisfying},
          {"What is hard", p.unsatisfying},
          {"You expect of them", p.my_expectations},
          {"They expect of you", p.their_expectations},
          {"You would like to change", p.wish},
          {"Note", p.note}};
}

}  // namespace

std::vector<CircleGroup> group_by_circle(const std::vector<PersonSummary>& people) {
  std::vector<CircleGroup> groups{{"inner", "Inner circle: the people closest to you", {}},
                                  {"middle", "Middle circle", {}},
                                  {"outer", "Outer circle", {}},
                                  {"unplaced", "Not yet placed in a circle", {}}};
  for (const auto& s : people) {
    const std::size_t i = s.person.circle ? static_cast<std::size_t>(*s.person.circle) : 3;
    groups[i].people.push_back(&s);
  }
  return groups;
}

namespace {

void inventory_text(std::ostream& out, const std::vector<PersonSummary>& people, const Style& st) {
  bool first = true;
  for (const auto& g : group_by_circle(people)) {
    if (g.people.empty())
      continue;
    if (!first)
      out << '\n';
    first = false;
    out << st.bold(g.title) << '\n';
    for (const auto* s : g.people) {
      out << "  " << st.bold(s->person.name) << '\n';
      bool any = false;
      for (const auto& f : fields_of(s->person)) {
        if (f.value.empty())
          continue;
        any = true;
        out << "    " << st.dim(pad(std::string(f.label) + ":", 26)) << f.value << '\n';
      }
      if (!any)
        out << "    " << st.dim("(nothing noted yet)") << '\n';
    }
  }
}

void inventory_markdown(std::ostream& out, const std::vector<PersonSummary>& people) {
  out << "# Interpersonal inventory\n";
  for (const auto& g : group_by_circle(people)) {
    if (g.people.empty())
      continue;
    out << "\n## " << g.title << "\n";
    for (const auto* s : g.people) {
      out << "\n### " << s->person.name << "\n\n";
      bool any = false;
      for (const auto& f : fields_of(s->person)) {
        if (f.value.empty())
          continue;
        any = true;
        out << "- **" << f.label << ":** " << f.value << "\n";
      }
      if (!any)
        out << "_Nothing noted yet._\n";
    }
  }
}

void inventory_json(std::ostream& out, const std::vector<PersonSummary>& people) {
  Json j;
  for (const auto& g : group_by_circle(people)) {
    Json arr = Json::array();
    for (const auto* s : g.people)
      arr.push_back(person_object(*s));
    j[g.key] = std::move(arr);
  }
  out << j.dump(2) << '\n';
}

}  // namespace

void circle_json(std::ostream& out, const CircleDrawing& d) {
  const auto& people = d.people;
  Json j;
  for (const auto& g : group_by_circle(people)) {
    Json arr = Json::array();
    for (const auto* s : g.people)
      arr.push_back(s->person.name);
    j[g.key] = std::move(arr);
  }
  out << j.dump(2) << '\n';
}

const View<std::vector<PersonSummary>>& inventory_view() {
  static const View<std::vector<PersonSummary>> v{inventory_text, inventory_json, nullptr,
                                                  inventory_markdown, nullptr};
  return v;
}

}  // namespace ipt::render
