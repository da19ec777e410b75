#include "app/journal.hpp"

#include "storage/database.hpp"

namespace ipt::app {

Journal::Journal(const std::filesystem::path& path, Access access)
    : db_(std::make_unique<storage::Database>(
          path, access == Access::read ? storage::Access::read : storage::Access::write)) {}

Journal::Journal(std::unique_ptr<storage::Database> db) : db_(std::move(db)) {}
Journal::~Journal() = default;
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;

bool Journal::created() const {
  return db_->created();
}
const std::filesystem::path& Journal::path() const {
  return db_->path();
}

}  // namespace ipt::app
