#pragma once
// Writers for people and a person's timeline.
#include <ostream>
#include <vector>

#include "domain/entry.hpp"
#include "render/style.hpp"

namespace ipt::render {

void people_text(std::ostream& out, const std::vector<domain::PersonSummary>& people,
                 const Style& st);
void people_json(std::ostream& out, const std::vector<domain::PersonSummary>& people);
void people_csv(std::ostream& out, const std::vector<domain::PersonSummary>& people);

/// The person's fields, then their events beside the mood of each day.
void person_text(std::ostream& out, const domain::PersonSummary& p,
                 const std::vector<domain::PersonMoment>& timeline, const Style& st);
/// One object: the person's fields plus "timeline": [{"event": {...}, "day_mood": 5.5}, ...].
void person_json(std::ostream& out, const domain::PersonSummary& p,
                 const std::vector<domain::PersonMoment>& timeline);
/// The timeline as rows: day, id, kind, impact, day_mood, text.
void person_csv(std::ostream& out, const std::vector<domain::PersonMoment>& timeline);

}  // namespace ipt::render
