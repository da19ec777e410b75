#pragma once
// Each record as its JSON object and back (interchange/records.cpp, entry_record.cpp). The read
// commands' JSON (render/) builds on entry_fields, so an entry reads the same in `ipt list
// --format json` and in an export.
#include <nlohmann/json.hpp>

#include "interchange/document.hpp"

namespace ipt::interchange {

using Json = nlohmann::ordered_json;
class Fields;

Json record_json(const Record& r);
/// Record alternative `kind` read from `obj`; throws UsageError naming `where` and the field.
Record record_from(std::size_t kind, const Json& obj, const Where& where);

/// An entry's own fields, by type: what every JSON view of an entry shows (type, at, day, the
/// type's fields, text, tags, created, updated), without its references.
void entry_fields(Json& j, const domain::Entry& e);
/// A check-in's values of the person's own scales as "metrics" (null for other types). Apart
/// from entry_fields because the views place it differently: an export record adds keys at the
/// end of its object (ipt-export(5)), `ipt list` keeps its documented order (render/).
void entry_metrics(Json& j, const domain::Entry& e);
Json entry_json(const domain::EntryRecord& r);
/// A person's own fields: uuid, name, circle, role, note, contact and the inventory's.
void person_fields(Json& j, const domain::Person& p);
/// A course's shape: uuid, start, weeks, initial_weeks, termination_weeks, end.
void course_fields(Json& j, const domain::Course& c);
domain::EntryRecord entry_from(const Json& obj, const Fields& f);

}  // namespace ipt::interchange
