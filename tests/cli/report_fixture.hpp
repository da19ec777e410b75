// A realistic week for the report's writers: 6 days with a check-in (one of them low), two
// conflicts and a support event, 5 contacts in three circles, a PHQ-9, two ratings of the focus
// area, a reflection answered and one skipped, and an agenda item.
#pragma once

#include <string>
#include <vector>

#include "domain/report.hpp"

namespace ipt::test {

using namespace std::chrono_literals;

inline domain::Date nov(unsigned d) {
  return domain::Date{2026y / std::chrono::November / std::chrono::day{d}};
}

struct ReportFixture {
  domain::ReportData data;
  std::int64_t next_id = 1;

  domain::Entry& add(domain::Date day, domain::EntryBody body,
                     std::vector<std::string> people = {}) {
    domain::Entry e;
    e.id = next_id++;
    e.day = day;
    e.at = domain::to_instant(day, {12, 0});
    e.people = std::move(people);
    e.body = std::move(body);
    data.entries.push_back(std::move(e));
    return data.entries.back();
  }
  void checkin(domain::Date day, int mood, std::string note = {}) {
    add(day, domain::Checkin{mood, 4, 5, 7.0, std::move(note)});
  }
  void event(domain::Date day, domain::EventKind kind, std::string text,
             std::vector<std::string> people) {
    domain::Event ev;
    ev.kind = kind;
    ev.text = std::move(text);
    add(day, ev, std::move(people));
  }
  void person(std::string name, std::optional<domain::Circle> circle,
              domain::Date created = domain::Date{2026y / 10 / 1}) {
    domain::Person p;
    p.id = static_cast<std::int64_t>(data.people.size()) + 1;
    p.name = std::move(name);
    p.circle = circle;
    p.created = domain::to_instant(created, {9, 0});
    data.people.push_back(std::move(p));
  }
  void phq9(domain::Date day, std::vector<int> answers) {
    domain::Entry e;
    e.id = next_id++;
    e.day = day;
    e.body = domain::Measure{domain::Scale::phq9, std::move(answers), 1, ""};
    data.course_measures.push_back(e);
    if (data.period.contains(day))
      data.entries.push_back(e);
  }

  ReportFixture() {
    using domain::Circle;
    using domain::EventKind;
    auto& d = data;
    d.kind = domain::PeriodKind::week;
    d.period = {nov(23), nov(29)};
    d.today = nov(29);
    domain::Course c;
    c.id = 1;
    c.start = domain::Date{2026y / 10 / 5};
    c.weeks = 16;
    d.course = c;
    d.phase = domain::Phase::middle;
    domain::Area a;
    a.id = 1;
    a.kind = domain::AreaKind::dispute;
    a.title = "Sam and chores";
    a.status = domain::AreaStatus::focus;
    a.stage = domain::DisputeStage::impasse;
    a.stages = {{domain::DisputeStage::renegotiation, domain::Date{2026y / 10 / 12}},
                {domain::DisputeStage::impasse, nov(25)}};
    d.focus = a;
    d.areas = {a};

    person("Sam", Circle::inner);
    person("Alex", Circle::inner);
    person("Dad", Circle::inner);
    person("Mum", Circle::middle);
    person("Kim", Circle::middle);
    person("Jo", Circle::outer, nov(24));

    checkin(nov(23), 6, "ok morning");
    event(nov(23), EventKind::talk, "talked about the weekend", {"Sam"});
    checkin(nov(24), 3);
    checkin(nov(24), 2, "bad evening");
    event(nov(24), EventKind::conflict, "argued about the dishes", {"Sam"});
    checkin(nov(25), 4);
    event(nov(25), EventKind::conflict, "argued again", {"Sam", "Jo"});
    data.entries.back().area_id = 1;
    checkin(nov(26), 7);
    event(nov(26), EventKind::support, "Alex listened for an hour", {"Alex"});
    checkin(nov(28), 5);
    event(nov(28), EventKind::talk, "phoned Mum and Kim", {"Mum", "Kim"});
    checkin(nov(29), 8, "a good walk");
    d.previous_moods = {{nov(17), 5}, {nov(19), 4}, {nov(21), 5}};
    d.baseline_moods = {{domain::Date{2026y / 10 / 6}, 4}, {domain::Date{2026y / 10 / 9}, 5}};

    phq9(domain::Date{2026y / 10 / 5}, {2, 2, 2, 1, 1, 2, 1, 1, 0});
    phq9(nov(26), {1, 2, 1, 1, 0, 1, 1, 0, 0});
    d.ratings = {{1, "r1", domain::Date{2026y / 11 / 10}, 2, 0}, {1, "r2", nov(27), 3, 0}};
    d.asked = {{nov(23), "dispute.expectations", "What do you expect of Sam about chores?",
                "expectations", std::string("That we split them fairly.")},
               {nov(23), "dispute.options", "What could you offer Sam?", "options", std::nullopt}};
    domain::AgendaItem item;
    item.id = 1;
    item.text = "Talk about the argument with Sam";
    item.day = nov(25);
    d.agenda = {item};
  }

  domain::Report report() const { return domain::build_report(data); }
};

}  // namespace ipt::test
