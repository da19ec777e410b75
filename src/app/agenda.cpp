#include "app/agenda.hpp"

#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

domain::AgendaItem add_agenda_item(Journal& j, const std::string& text) {
  domain::AgendaItem item;
  item.uuid = j.new_uuid();
  item.text = text;
  item.created = item.updated = j.now();
  item.day = domain::today(item.created);
  return j.store().write([&](storage::Repos& r) {
    item.id = r.agenda().insert(item);
    return item;
  });
}

std::vector<domain::AgendaItem> agenda(Journal& j, bool with_done) {
  return j.store().read([&](storage::Repos& r) { return r.agenda().list(with_done); });
}

domain::AgendaItem agenda_done(Journal& j, std::int64_t id) {
  const auto now = j.now();
  return j.store().write([&](storage::Repos& r) {
    if (!r.agenda().mark_done(id, now)) {
      ErrorDetail d;
      d.id = id;
      throw NotFound(Errc::no_such_agenda_item, "there is no agenda item #" + std::to_string(id),
                     d);
    }
    return *r.agenda().find(id);
  });
}

Rated rate_area(Journal& j, std::optional<std::int64_t> id, int rating,
                const std::optional<domain::When>& when) {
  if (rating < domain::kRatingMin || rating > domain::kRatingMax) {
    throw UsageError(Errc::invalid_value,
                     "a rating is 1 (no better) to 5 (resolved); got " + std::to_string(rating),
                     ErrorDetail::of_field("RATING", std::to_string(rating)));
  }
  const auto now = j.now();
  const auto moment = domain::resolve_moment(when, now);
  const auto uuid = j.new_uuid();
  return j.store().write([&](storage::Repos& r) {
    Rated out;
    const auto area_id = id ? id : r.areas().focus_id();
    if (!area_id) {
      throw UsageError(Errc::no_focus_area,
                       "no problem area is in focus, so ipt can't tell which one to rate");
    }
    auto area = r.areas().find(*area_id);
    if (!area) {
      ErrorDetail d;
      d.id = *area_id;
      throw NotFound(Errc::no_such_area, "there is no problem area #" + std::to_string(*area_id),
                     d);
    }
    out.rating = {*area_id, uuid, moment.day, rating, moment.at};
    out.replaced = r.ratings().save(out.rating);
    out.area = std::move(*area);
    return out;
  });
}

}  // namespace ipt::app
