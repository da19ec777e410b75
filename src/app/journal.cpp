#include "app/journal.hpp"

#include "storage/journal.hpp"

namespace ipt::app {

namespace {

storage::OpenMode mode_of(Access a) {
  switch (a) {
    case Access::read:
      return storage::OpenMode::read;
    case Access::write:
      return storage::OpenMode::write;
    case Access::create:
      return storage::OpenMode::create;
  }
  return storage::OpenMode::read;
}

}  // namespace

Journal::Journal(std::unique_ptr<storage::Journal> store, const domain::Clock& clock,
                 domain::UuidSource& uuids)
    : store_(std::move(store)), clock_(clock), uuids_(uuids) {}

Journal Journal::open(const std::filesystem::path& path, Access access, const OpenOptions& options,
                      const domain::Clock& clock, domain::UuidSource& uuids) {
  storage::OpenOptions o;
  o.busy_timeout = options.busy_timeout;
  o.upgrade = options.upgrade;
  o.keep_older = options.keep_older;
  o.durable = options.durable;
  return Journal(
      std::make_unique<storage::Journal>(storage::Journal::open(path, mode_of(access), o)), clock,
      uuids);
}

Journal Journal::in_memory(const domain::Clock& clock, domain::UuidSource& uuids) {
  return Journal(std::make_unique<storage::Journal>(storage::Journal::in_memory()), clock, uuids);
}

Journal::Journal(Journal&&) noexcept = default;
Journal::~Journal() = default;

bool Journal::created() const {
  return store_->created();
}

const std::filesystem::path& Journal::path() const {
  return store_->path();
}

std::optional<unsigned> Journal::others_can_read() const {
  return store_->others_can_read();
}

bool Journal::wrote() const {
  return store_->wrote();
}

const std::vector<std::pair<std::string, std::string>>& Journal::renamed_people() const {
  return store_->renamed_people();
}

}  // namespace ipt::app
