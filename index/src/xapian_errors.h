// The one place where Xapian exceptions become Status values (STYLE.md §7.4): every public entry
// point of index/ that calls Xapian runs its body through GuardXapian().
#ifndef DXNEWS_INDEX_XAPIAN_ERRORS_H_
#define DXNEWS_INDEX_XAPIAN_ERRORS_H_

#include <functional>
#include <string>

#include <xapian.h>

#include <cstdint>

#include "dxnews/core/result.h"
#include "dxnews/core/status.h"

namespace dxnews::index::internal {

/// Runs `body`; a Xapian::Error (or std::exception) it throws becomes a Status whose message
/// starts with `what`: DatabaseLockError -> kUnavailable "index is locked", DatabaseNotFound /
/// DatabaseOpeningError -> kNotFound, everything else kIoError.
Status GuardXapian(const std::string& what, const std::function<Status()>& body);

/// The number of documents of `db` (reader or writer), guarded as above.
Result<std::int64_t> GuardedDocCount(const std::string& what, const Xapian::Database& db);

}  // namespace dxnews::index::internal

#endif  // DXNEWS_INDEX_XAPIAN_ERRORS_H_
