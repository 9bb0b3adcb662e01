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

}  // namespace dxnews::index::internal
