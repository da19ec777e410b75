#pragma once
// For app/*.cpp only: runs a use case, turning SQLite's exceptions into user-facing errors.
#include <utility>

#include "app/journal.hpp"
#include "storage/database.hpp"

namespace ipt::app {

template <typename F>
auto guarded(Journal& j, F&& body) -> decltype(body()) {
  try {
    return std::forward<F>(body)();
  } catch (const SQLite::Exception& e) {
    storage::throw_storage_error(e, j.path());
  }
}

}  // namespace ipt::app
