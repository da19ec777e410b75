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

/// The length of the punctuation or space at `i` that is not ASCII (so not caught by
/// word_byte): U+00A0..U+00BF (no-break space, «, », ...) and U+2000..U+206F (curly quotes
/// and apostrophes, dashes, ellipsis). 0 when there is none: "Alex’s" holds the name Alex.
std::size_t wide_punct(const std::string& s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && b(i) == 0xC2 && b(i + 1) >= 0xA0 && b(i + 1) <= 0xBF)
    return 2;
  if (i + 2 < s.size() && b(i) == 0xE2 && (b(i + 1) == 0x80 || b(i + 1) == 0x81))
    return 3;
  return 0;
}

/// The end of the word that starts at `i`.
std::size_t word_end(const std::string& s, std::size_t i) {
  while (i < s.size() && word_byte(static_cast<unsigned char>(s[i])) && wide_punct(s, i) == 0)
    ++i;
  return i;
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
        while (i < s.size() &&
               (!word_byte(static_cast<unsigned char>(s[i])) || wide_punct(s, i) > 0))
          i += std::max<std::size_t>(1, wide_punct(s, i));
        const std::size_t j = word_end(s, i);
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
  std::string text(const std::string& s) { return level_ == Redact::all ? "" : words(s); }

  /// Every word of a name replaced, at any level: for words that stay even at `all` (the
  /// name of a scale of your own).
  std::string words(const std::string& s) {
    std::string out;
    std::string last_placeholder;
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t j = word_end(s, i);
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
      const std::size_t n = std::max<std::size_t>(1, wide_punct(s, i));
      out.append(s, i, n);
      i += n;
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
    // At `all` a prompt's wording may quote an event: it goes, and its task says what it was.
    a.text = text(a.text);
    a.answer = text(a.answer);
  }

 private:
  Redact level_;
  std::map<std::string, std::string> names_;
  std::map<std::string, std::string> words_;
  std::map<std::string, std::string> tags_;
};

}  // namespace

void leave_out_notes(Report& r) {
  for (auto* list : {&r.reflections.prompts, &r.termination.warning_signs}) {
    for (auto& a : *list)
      a.text.clear();
  }
  for (auto& a : r.agenda) {
    if (a.entry_id)
      a.text.clear();
  }
}

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
  for (auto& e : r.losses)
    x.entry(e);
  for (auto& a : r.associations) {
    if (a.what == Association::What::person)
      a.name = x.name(a.name);
    else if (a.what == Association::What::tag)
      a.name = x.tag(a.name);
  }
  for (auto& m : r.metrics) {
    m.name = x.words(m.name);
    m.label = x.text(m.label);
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
