#include "app/complete.hpp"

#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

std::vector<Choice> person_choices(Journal& j) {
  return j.store().read([](storage::Repos& r) {
    std::vector<Choice> out;
    for (const auto& s : r.people().summaries()) {
      std::string about = s.person.role;
      if (s.person.circle)
        about += (about.empty() ? "" : ", ") + std::string(domain::to_string(*s.person.circle));
      out.push_back({s.person.name, about});
    }
    return out;
  });
}

std::vector<Choice> area_choices(Journal& j, bool resolved) {
  return j.store().read([&](storage::Repos& r) {
    std::vector<Choice> out;
    for (const auto& a : r.areas().list()) {
      if (a.status == domain::AreaStatus::resolved && !resolved)
        continue;
      out.push_back({std::to_string(a.id), std::string(domain::to_string(a.kind)) + ": " + a.title +
                                               " (" + std::string(domain::to_string(a.status)) +
                                               ")"});
    }
    return out;
  });
}

std::vector<Choice> tag_choices(Journal& j) {
  return j.store().read([](storage::Repos& r) {
    std::vector<Choice> out;
    for (auto& t : r.entries().tags())
      out.push_back({std::move(t), ""});
    return out;
  });
}

std::vector<Choice> entry_choices(Journal& j, int n) {
  return j.store().read([&](storage::Repos& r) {
    domain::EntryFilter f;
    f.last = n;
    auto entries = r.entries().list(f);
    std::vector<Choice> out;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
      std::string about =
          domain::format_date(it->day) + " " + std::string(domain::entry_type_label(it->type()));
      const auto& text = domain::text_of(*it);
      if (!text.empty())
        about += ": " + text.substr(0, text.find('\n')).substr(0, 40);
      out.push_back({std::to_string(it->id), about});
    }
    return out;
  });
}

std::vector<Choice> year_choices(Journal& j) {
  const auto now = domain::today(j.now()).year();
  const auto first = j.store().read([](storage::Repos& r) { return r.entries().first_day(); });
  std::vector<Choice> out{{std::to_string(static_cast<int>(now)), "this year"}};
  for (auto y = now - std::chrono::years{1}; first && y >= first->year(); --y)
    out.push_back({std::to_string(static_cast<int>(y)), ""});
  return out;
}

}  // namespace ipt::app
