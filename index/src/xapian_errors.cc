#include "xapian_errors.h"

#include <xapian.h>

#include <exception>

namespace dxnews::index::internal {

Status GuardXapian(const std::string& what, const std::function<Status()>& body) {
  try {
    return body();
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::Unavailable(what + ": index is locked by another process (" + e.get_msg() + ")");
  } catch (const Xapian::DatabaseNotFoundError& e) {
    return Status::NotFound(what + ": no index (run 'dxnews index'): " + e.get_msg());
  } catch (const Xapian::DatabaseOpeningError& e) {
    return Status::NotFound(what + ": cannot open the index (run 'dxnews reindex'): " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::IoError(what + ": " + e.get_type() + ": " + e.get_msg());
  } catch (const std::exception& e) {
    return Status::IoError(what + ": " + e.what());
  }
}

Result<std::int64_t> GuardedDocCount(const std::string& what, const Xapian::Database& db) {
  std::int64_t count = 0;
  Status status = GuardXapian(what, [&] {
    count = db.get_doccount();
    return Status();
  });
  if (!status.ok()) return status;
  return count;
}

}  // namespace dxnews::index::internal
