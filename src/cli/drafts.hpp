#pragma once
// Text a person wrote and ipt could not save yet: an answer in the editor, or one refused as it
// was typed (too long, a pasted control character). Drafts live beside the journal, in
// "<journal>.drafts/" (0700, files 0600), never in /tmp; each is removed once its text is
// saved, and the next session on the same prompt offers to resume it.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ipt::cli {

class Drafts {
 public:
  /// The drafts of the journal at `journal`.
  explicit Drafts(const std::filesystem::path& journal);

  /// Where the draft called `name` is (or would be) kept; `name` is made safe for a file name.
  std::filesystem::path path(std::string_view name) const;
  bool exists(std::string_view name) const;
  /// Writes the draft atomically (a file beside it, then rename) with mode 0600, making the
  /// directories it needs (0700); returns its path. Throws RuntimeFailure when it can't be
  /// written.
  std::filesystem::path save(std::string_view name, std::string_view text) const;
  std::optional<std::string> load(std::string_view name) const;
  /// Removes the draft, and the directory once it is empty.
  void remove(std::string_view name) const;

 private:
  std::filesystem::path dir_;
};

}  // namespace ipt::cli
