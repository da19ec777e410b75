#pragma once
// The error types every layer throws and only main() catches. Each maps to one exit code.
#include <stdexcept>
#include <string>

namespace ipt {

/// Base of ipt's own errors: a message for the user and an optional hint of what to do.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, std::string hint = {})
      : std::runtime_error(message), hint_(std::move(hint)) {}
  const std::string& hint() const { return hint_; }

 private:
  std::string hint_;
};

/// Invalid input or usage: exit 2. The journal is never touched after one is thrown.
class UsageError : public Error {
  using Error::Error;
};

/// Something the user named does not exist (an entry id, a person): exit 1.
class NotFound : public Error {
  using Error::Error;
};

/// A runtime failure: missing, locked, corrupt or unwritable journal, I/O: exit 1.
class RuntimeFailure : public Error {
  using Error::Error;
};

}  // namespace ipt
