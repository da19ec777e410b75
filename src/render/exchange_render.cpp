#include <map>
#include <nlohmann/json.hpp>

#include "interchange/document.hpp"
#include "render/csv.hpp"
#include "render/exchange.hpp"
#include "render/style.hpp"

namespace ipt::render {

using namespace domain;
using Json = nlohmann::ordered_json;

namespace {

class DocumentWriter final : public ExportWriter {
 public:
  DocumentWriter(std::ostream& out, interchange::Layout layout) : w_(out, layout) {}
  void write(const ExchangeRecord& r) override { w_.write(r); }
  void finish() override { w_.finish(); }

 private:
  interchange::Writer w_;
};

std::string opt(const std::optional<int>& v) {
  return v ? std::to_string(*v) : "";
}

/// Entries only, one row each; people and areas by name, as a spreadsheet wants them (the
/// records before the entries say which UUID is whose).
class CsvWriter final : public ExportWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) { csv_row(out_, export_csv_columns()); }
  void write(const ExchangeRecord& r) override {
    if (const auto* p = std::get_if<PersonRecord>(&r))
      names_[p->person.uuid] = p->person.name;
    else if (const auto* a = std::get_if<AreaRecord>(&r))
      names_[a->uuid] = a->title;
    else if (const auto* e = std::get_if<EntryRecord>(&r))
      row(*e);
  }
  void finish() override {}

 private:
  std::string name(const std::string& uuid) const {
    const auto it = names_.find(uuid);
    return it == names_.end() ? uuid : it->second;
  }
  void row(const EntryRecord& rec) {
    const auto& e = rec.entry;
    const auto* c = e.as<Checkin>();
    const auto* v = e.as<Event>();
    const auto* r = e.as<Reflection>();
    const auto* m = e.as<Measure>();
    std::vector<std::string> people;
    for (const auto& u : rec.people)
      people.push_back(name(u));
    std::vector<std::string> metrics;  // as ipt list --format csv has them
    if (c) {
      for (const auto& [n, value] : c->metrics)
        metrics.push_back(n + "=" + std::to_string(value));
    }
    csv_row(out_, {e.uuid,
                   std::string(to_string(e.type())),
                   interchange::format_moment(e.at, e.utc_offset),
                   format_date(e.day),
                   c ? std::to_string(c->mood) : "",
                   c ? opt(c->anxiety) : "",
                   c ? opt(c->energy) : "",
                   c && c->sleep ? short_number(*c->sleep) : "",
                   text_of(e),
                   v ? std::string(to_string(v->kind)) : "",
                   v ? opt(v->impact) : "",
                   v ? csv_list(v->feelings) : "",
                   csv_list(people),
                   csv_list(e.tags),
                   rec.area ? name(*rec.area) : "",
                   rec.checkin.value_or(""),
                   r ? r->prompt_id : "",
                   r ? r->prompt_text : "",
                   r ? format_date(r->week) : "",
                   m ? std::string(to_string(m->scale)) : "",
                   m ? answers_key(m->answers) : "",
                   m ? std::to_string(m->total()) : "",
                   m ? std::string(band(m->scale, m->total())) : "",
                   m ? opt(m->difficulty) : "",
                   interchange::format_utc(e.created),
                   interchange::format_utc(e.updated),
                   csv_list(metrics)});
  }
  std::ostream& out_;
  std::map<std::string, std::string> names_;
};

/// The kinds of record as a person says them, in ExchangeRecord's order.
constexpr const char* kKindWords[] = {
    "people",  "problem areas",     "focus changes", "courses",      "phase settings",
    "entries", "safety-plan steps", "agenda items",  "prompts asked"};

void summary_text(std::ostream& out, const ImportSummary& s, const Style&) {
  const bool dry = s.dry_run;
  int changed = 0;
  for (const auto& c : s.counts)
    changed += c.added + c.updated;
  if (changed == 0 && s.records > 0) {
    out << "Nothing new: all " << s.records << (s.records == 1 ? " record is" : " records are")
        << " in your journal already (the same or a newer version)"
        << (dry ? "; a dry run changes nothing anyway" : "") << ".\n";
    return;
  }
  if (s.records == 0) {
    out << "The file holds no records; nothing was imported.\n";
    return;
  }
  out << (dry ? "Would import " : "Imported ") << s.records
      << (s.records == 1 ? " record" : " records")
      << (dry ? " (a dry run: nothing was changed):\n" : ":\n");
  for (std::size_t k = 0; k < s.counts.size(); ++k) {
    const auto& c = s.counts[k];
    if (c.added + c.updated + c.kept == 0)
      continue;
    out << "  " << kKindWords[k] << ": " << c.added << (dry ? " to add, " : " added, ") << c.updated
        << (dry ? " to update, " : " updated, ") << c.kept << " unchanged\n";
  }
  for (const auto& [kept, renamed] : s.renamed) {
    out << "  Two people in your journals were both called " << kept << ": the one added later "
        << (dry ? "would now be" : "is now") << " " << renamed
        << " (if they are one person: ipt people merge '" << renamed << "' '" << kept << "')\n";
  }
  for (const auto& [focus, opened] : s.focus) {
    out << "  The focus " << (dry ? "would be " : "is ") << focus << "; " << opened
        << (dry ? " would be" : " is") << " open (the more recently changed one stays in focus)\n";
  }
  if (s.skipped > 0)
    out << "  Left out " << s.skipped << (s.skipped == 1 ? " entry" : " entries")
        << " with no text\n";
}

void summary_json(std::ostream& out, const ImportSummary& s) {
  Json j;
  j["dry_run"] = s.dry_run;
  j["records"] = s.records;
  Json kinds = Json::object();
  for (std::size_t k = 0; k < s.counts.size(); ++k) {
    const auto& c = s.counts[k];
    kinds[std::string(exchange_kind_name(k))] = {
        {"added", c.added}, {"updated", c.updated}, {"kept", c.kept}};
  }
  j["counts"] = std::move(kinds);
  Json renamed = Json::array();
  for (const auto& [kept, to] : s.renamed)
    renamed.push_back({{"kept", kept}, {"renamed", to}});
  j["renamed"] = std::move(renamed);
  Json focus = Json::array();
  for (const auto& [f, opened] : s.focus)
    focus.push_back({{"focus", f}, {"open", opened}});
  j["focus"] = std::move(focus);
  j["skipped"] = s.skipped;
  out << j.dump(2) << '\n';
}

}  // namespace

std::unique_ptr<ExportWriter> export_writer(std::ostream& out, Format f) {
  switch (f) {
    case Format::jsonl:
      return std::make_unique<DocumentWriter>(out, interchange::Layout::jsonl);
    case Format::csv:
      return std::make_unique<CsvWriter>(out);
    default:
      return std::make_unique<DocumentWriter>(out, interchange::Layout::json);
  }
}

const std::vector<std::string>& export_csv_columns() {
  static const std::vector<std::string> k{
      "uuid",  "type",    "at",         "day",     "mood",     "anxiety", "energy",
      "sleep", "text",    "kind",       "impact",  "feelings", "people",  "tags",
      "area",  "checkin", "prompt_id",  "prompt",  "week",     "scale",   "answers",
      "total", "band",    "difficulty", "created", "updated",  "metrics"};
  return k;
}

const View<ImportSummary>& import_summary_view() {
  static const View<ImportSummary> v{summary_text, summary_json, nullptr, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
