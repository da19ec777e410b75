#include "cli/messages.hpp"

#include <string>

namespace ipt::cli {

namespace {

std::string id_of(const ErrorDetail& d) {
  return std::to_string(d.id);
}

std::string hint_for(const Error& e) {
  const auto& d = e.detail();
  switch (e.code()) {
    case Errc::unspecified:
    case Errc::invalid_value:
      return e.hint();
    case Errc::name_has_comma:
      return "commas separate several values, as in --with sam,alex";
    case Errc::tag_has_space:
      return "use a dash: --tag late-shift";
    case Errc::ambiguous_loss:
      return "say which: ipt area add grief TITLE, or ipt area add transition TITLE";
    case Errc::future_moment:
      return "a journal records what has already happened; give today or an earlier day";
    case Errc::no_such_entry:
      return "ipt list shows the entries and their ids";
    case Errc::no_such_person:
      return "ipt people lists them; ipt people add NAME adds someone";
    case Errc::no_such_area:
      return "ipt area lists them with their ids; --area none attaches to none";
    case Errc::person_exists:
      return "change them with: ipt people edit '" + d.name + "' ...";
    case Errc::rename_taken:
      return "if they are one person, join them with: ipt people merge '" + d.value + "' '" +
             d.name + "'";
    case Errc::person_still_named:
      return "add --force to remove them and keep those entries without their name";
    case Errc::area_resolved:
      return "reopen it first with: ipt area reopen " + id_of(d);
    case Errc::area_not_resolved:
    case Errc::area_already_resolved:
      return "ipt area lists the areas and their status";
    case Errc::no_such_agenda_item:
      return "ipt agenda --all lists the items with their ids";
    case Errc::no_focus_area:
      return "give the area's id (ipt area lists them), or choose a focus: ipt area focus ID";
    case Errc::no_open_course:
      return "start one with: ipt course start --weeks 16";
    case Errc::course_already_open:
      return "end it first with: ipt course end";
    case Errc::field_not_for_type:
      return "ipt show " + id_of(d) + " shows what the entry holds";
    case Errc::text_required:
      return "give new text with --text";
    case Errc::no_metric_value:
      return "ipt show " + id_of(d) + " shows the values it holds";
    case Errc::no_journal:
      return "start one with: ipt log MOOD \"a note\" (or point --db or IPT_DB at an existing "
             "journal)";
    case Errc::not_sqlite:
    case Errc::not_a_journal:
      return "point --db or IPT_DB at your journal; this file was left unchanged";
    case Errc::newer_journal:
      return "upgrade ipt to use it; the journal was left unchanged";
    case Errc::journal_dir:
    case Errc::journal_create:
      return "choose another place with --db PATH or IPT_DB";
    case Errc::journal_locked:
      return "wait for it to finish and try again";
    case Errc::journal_readonly:
      return "check the permissions of the file and its directory";
    case Errc::journal_older:
      return "any other ipt command upgrades it";
    case Errc::journal_cantopen:
      return "check that the directory exists and that you may write to it";
    case Errc::journal_damaged:
      return "restore it from a backup; ipt did not change it";
    case Errc::disk_full:
    case Errc::disk_error:
    case Errc::storage_other:
      return e.hint();
    case Errc::import_malformed:
      return "ipt import reads what ipt export writes (JSON or JSONL), --from jrnl the JSON of "
             "jrnl --export json, --from daylio Daylio's CSV export; nothing was imported";
    case Errc::import_version:
      return "an ipt newer than this one wrote it: upgrade ipt to import it; nothing was imported";
    case Errc::import_invalid:
      return "correct or remove that record and import again; nothing was imported";
    case Errc::import_dangling:
      return "export the record it refers to too (an export without --from and --to holds "
             "everything); nothing was imported";
    case Errc::import_conflict:
      return "end one of them (ipt course end) and import again; nothing was imported";
    case Errc::backup_dir:
      return "name a directory that exists and that you may write to: ipt backup DIR";
    case Errc::backup_target:
      return "name a new file, or an earlier backup to replace; this one was left as it is";
    case Errc::backup_onto_journal:
      return "name another file, or a directory to write the backup in: ipt backup DIR";
    case Errc::home_unset:
      return "set HOME, or name the journal with --db PATH or IPT_DB";
    case Errc::config_missing:
      return "create it, or leave out --config to use the default";
    case Errc::config_invalid:
      return e.hint();
    case Errc::db_path_empty:
      return "leave it out to use the default";
  }
  return e.hint();
}

std::string message_for(const Error& e) {
  const auto& d = e.detail();
  if (e.code() == Errc::field_not_for_type) {
    // The field is an option on the command line: "--mood applies to check-ins, and #3 is an
    // event".
    const auto& type = d.name;
    return "--" + d.field + " applies to " + d.value + "s, and #" + id_of(d) + " is " +
           (!type.empty() && type.front() == 'e' ? "an " : "a ") + type;
  }
  if (e.code() == Errc::db_path_empty)
    return "--db needs a path";
  if (!d.record.empty() || (!d.path.empty() && e.code() >= Errc::import_malformed &&
                            e.code() <= Errc::import_conflict)) {
    // A record in an imported file: "FILE: entries[499] (uuid ...): mood: 11 is not between 0
    // and 10".
    std::string where = d.path;
    if (!d.record.empty())
      where += (where.empty() ? "" : ": ") + d.record;
    if (!d.name.empty())
      where += " (uuid " + d.name + ")";
    if (!d.field.empty())
      where += (where.empty() ? "" : ": ") + d.field;
    return where.empty() ? std::string(e.what()) : where + ": " + e.what();
  }
  return e.what();
}

}  // namespace

Worded word(const Error& e) {
  return Worded{message_for(e), hint_for(e)};
}

std::string next_area_note(const std::vector<std::pair<std::int64_t, std::string>>& open) {
  std::string list;
  for (const auto& [id, title] : open)
    list += (list.empty() ? "#" : ", #") + std::to_string(id) + " " + title;
  return "no area is in focus; still open: " + list +
         ". When you are ready to turn to one: ipt area focus " +
         std::to_string(open.front().first);
}

}  // namespace ipt::cli
