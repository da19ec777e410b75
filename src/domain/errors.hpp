#pragma once
// The error types every layer throws and only the command line catches. Each class maps to one
// exit code. Below the command line an error says what went wrong and carries a code with the
// record or field involved; the command line (cli/messages.cpp) words the hint, so the same
// failure reads right for a flag, a terminal question or a record in an imported file.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace ipt {

/// What went wrong, for the layer that words it.
enum class Errc {
  unspecified,  ///< made by the command line, with its own hint
  // Values typed or read.
  invalid_value,   ///< detail.field names the field
  name_has_comma,  ///< a person's name, tag or feeling with a comma
  tag_has_space,
  future_moment,   ///< a journal records what has happened
  ambiguous_loss,  ///< "loss" as a problem area: grief (a death) or a transition
  // Records.
  no_such_entry,       ///< detail.id
  no_such_person,      ///< detail.name
  no_such_area,        ///< detail.id
  person_exists,       ///< detail.name: the existing person
  rename_taken,        ///< detail.name: the existing person
  person_still_named,  ///< detail.name, detail.id: entries naming them
  area_resolved,       ///< detail.id: focusing a resolved area
  area_not_resolved,   ///< detail.id
  area_already_resolved,
  no_open_course,
  course_already_open,
  field_not_for_type,   ///< detail.field (a field name), detail.name (the entry's type)
  text_required,        ///< an event's text or a reflection's answer emptied
  no_metric_value,      ///< detail.id, detail.name: removing a scale the check-in has no value of
  no_such_agenda_item,  ///< detail.id
  no_focus_area,        ///< a command that defaults to the focus area, with none set
  // The journal file.
  no_journal,        ///< detail.path
  not_sqlite,        ///< detail.path
  not_a_journal,     ///< detail.path
  newer_journal,     ///< detail.path
  journal_dir,       ///< detail.path: its directory can't be made
  journal_create,    ///< detail.path
  journal_locked,    ///< detail.path
  journal_readonly,  ///< detail.path
  journal_older,     ///< made by an older ipt, and the command must not upgrade it
  journal_cantopen,  ///< detail.path
  disk_full,         ///< detail.path
  journal_damaged,   ///< detail.path
  disk_error,        ///< detail.path
  storage_other,     ///< detail.path
  // Copies of the journal (ipt backup).
  backup_dir,           ///< detail.path: the directory to write in is missing or not writable
  backup_target,        ///< detail.path: something other than an earlier backup is in the way
  backup_onto_journal,  ///< detail.path: the copy would replace the journal itself
  // Imported files (ipt's own export, jrnl, Daylio). detail.record says where ("entries[499]",
  // "line 12"), detail.name the record's UUID when it has one, detail.field the field.
  import_malformed,  ///< the file is not the format it claims (truncated JSON, a bad header)
  import_version,    ///< detail.value: a format version this ipt does not know
  import_invalid,    ///< a record breaks a rule; the message says which
  import_dangling,   ///< detail.value: a UUID referred to that is in neither file nor journal
  import_conflict,   ///< the file and the journal cannot both hold (two open courses)
  // The environment and the configuration file.
  home_unset,
  config_missing,  ///< detail.path
  config_invalid,  ///< detail.path
  db_path_empty,
};

/// The record or field an error is about; fields that do not apply stay empty.
struct ErrorDetail {
  std::string field;
  std::string value;
  std::int64_t id = 0;
  std::string name;
  std::string path;
  std::string record;  ///< where in an imported file

  static ErrorDetail of_field(std::string field, std::string value = {}) {
    ErrorDetail d;
    d.field = std::move(field);
    d.value = std::move(value);
    return d;
  }
};

/// Base of ipt's own errors: a message for the user, and either a hint (made by the command
/// line) or a code and detail (made below it).
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, std::string hint = {})
      : std::runtime_error(message), hint_(std::move(hint)) {}
  Error(Errc code, const std::string& message, ErrorDetail detail = {})
      : std::runtime_error(message), code_(code), detail_(std::move(detail)) {}

  const std::string& hint() const { return hint_; }
  Errc code() const { return code_; }
  const ErrorDetail& detail() const { return detail_; }

 private:
  std::string hint_;
  Errc code_ = Errc::unspecified;
  ErrorDetail detail_;
};

/// Invalid input or usage: exit 2. The journal is never touched after one is thrown.
class UsageError : public Error {
  using Error::Error;
};

/// Something the user named does not exist (an entry id, a person): exit 1.
class NotFound : public Error {
  using Error::Error;
};

/// A runtime failure: missing, locked, corrupt or unwritable journal, I/O, or a request the
/// journal's state refuses (a person who exists already): exit 1.
class RuntimeFailure : public Error {
  using Error::Error;
};

}  // namespace ipt
