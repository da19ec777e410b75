// Redaction of a report before it is shared: names become stable placeholders everywhere, and
// at `all` every free text goes. Over-redaction is the safe side: a person called May turns
// the word "may" into their placeholder too.
#include <algorithm>
#include <map>
#include <set>

#include "domain/report.hpp"
#include "domain/text.hpp"

namespace ipt::domain {

namespace {

bool word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

class Redactor {
 public:
  Redactor(Redact level, const std::vector<Person>& people) : level_(level) {
    // Placeholders follow the journal's order of people, so "Person 3" is the same person in
    // every report of this journal.
    std::vector<const Person*> sorted;
    for (const auto& p : people)
      sorted.push_back(&p);
    std::sort(sorted.begin(), sorted.end(),
              [](const Person* a, const Person* b) { return a->id < b->id; });
    int n = 0;
    for (const auto* p : sorted) {
      const auto shown = "Person " + std::to_string(++n);
      names_[fold_case(p->name)] = shown;
      // Each word of a name, so "Sam" in a note is caught for "Sam Lee".
      std::size_t i = 0;
      const auto& s = p->name;
      while (i < s.size()) {
        while (i < s.size() && !word_byte(static_cast<unsigned char>(s[i])))
          ++i;
        std::size_t j = i;
        while (j < s.size() && word_byte(static_cast<unsigned char>(s[j])))
          ++j;
        if (j > i)
          words_.emplace(fold_case(s.substr(i, j - i)), shown);
        i = j;
      }
    }
  }

  /// A person's name as shown: their placeholder.
  std::string name(const std::string& n) {
    if (auto it = names_.find(fold_case(n)); it != names_.end())
      return it->second;
    return "Someone";
  }

  /// Free text: dropped at `all`; at `people`, every word of a name replaced.
  std::string text(const std::string& s) {
    if (level_ == Redact::all)
      return "";
    std::string out;
    std::string last_placeholder;
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t j = i;
      while (j < s.size() && word_byte(static_cast<unsigned char>(s[j])))
        ++j;
      if (j > i) {
        const auto it = words_.find(fold_case(s.substr(i, j - i)));
        if (it == words_.end()) {
          out.append(s, i, j - i);
          last_placeholder.clear();
        } else if (it->second != last_placeholder) {
          out += it->second;
          last_placeholder = it->second;
        } else {
          // "Sam Lee" -> one placeholder, not two: drop the space just written.
          while (!out.empty() && out.back() == ' ')
            out.pop_back();
        }
        i = j;
        continue;
      }
      if (s[i] != ' ')
        last_placeholder.clear();
      out += s[i++];
    }
    return out;
  }

  std::optional<std::string> text(const std::optional<std::string>& s) {
    if (!s)
      return s;
    return text(*s);
  }

  std::string tag(const std::string& t) {
    if (level_ != Redact::all)
      return text(t);
    auto [it, added] = tags_.emplace(t, "tag " + std::to_string(tags_.size() + 1));
    return it->second;
  }

  void area(Area& a) {
    a.title = text(a.title);
    a.note = text(a.note);
    for (auto& p : a.people)
      p = name(p);
  }

  void entry(Entry& e) {
    for (auto& p : e.people)
      p = name(p);
    for (auto& t : e.tags)
      t = tag(t);
    auto& free = text_of(e);
    free = text(free);
    if (auto* ev = e.as<Event>(); ev && level_ == Redact::all)
      ev->feelings.clear();
    if (auto* r = e.as<Reflection>())
      r->prompt_text = text(r->prompt_text);
  }

  void asked(AskedInPeriod& a) {
    // At `all` a prompt's wording may quote an event: the prompt's id says which it was.
    a.text = level_ == Redact::all ? a.prompt_id : text(a.text);
    a.answer = text(a.answer);
  }

 private:
  Redact level_;
  std::map<std::string, std::string> names_;
  std::map<std::string, std::string> words_;
  std::map<std::string, std::string> tags_;
};

}  // namespace

void redact(Report& r, Redact level, const std::vector<Person>& people) {
  if (level == Redact::none)
    return;
  Redactor x(level, people);
  if (r.header.focus)
    x.area(*r.header.focus);
  for (auto* day : {&r.lowest, &r.highest}) {
    if (*day) {
      for (auto& e : (*day)->events)
        x.entry(e);
    }
  }
  for (auto& a : r.associations) {
    if (a.what == Association::What::person)
      a.name = x.name(a.name);
    else if (a.what == Association::What::tag)
      a.name = x.tag(a.name);
  }
  for (auto& c : r.people.contacts)
    c.name = x.name(c.name);
  for (auto& n : r.people.inner_without)
    n = x.name(n);
  for (auto& n : r.people.new_people)
    n = x.name(n);
  if (r.focus.focus)
    x.area(*r.focus.focus);
  for (auto& a : r.focus.resolved)
    x.area(a);
  for (auto& a : r.reflections.prompts)
    x.asked(a);
  for (auto& a : r.termination.warning_signs)
    x.asked(a);
  for (auto& s : r.termination.plan.steps)
    s.text = x.text(s.text);
  for (auto& a : r.agenda)
    a.text = x.text(a.text);
}

}  // namespace ipt::domain
