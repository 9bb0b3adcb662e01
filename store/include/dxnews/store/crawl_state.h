// The crawl state kept beside the articles: the frontier (URLs discovered and not yet done) and
// the fetch history (one row per HTTP attempt). Plain value types; ArticleStore reads and writes
// them.
#ifndef DXNEWS_STORE_CRAWL_STATE_H_
#define DXNEWS_STORE_CRAWL_STATE_H_

#include <cstdint>
#include <optional>
#include <string>

namespace dxnews::store {

/// Where a frontier URL stands.
enum class FrontierState { kPending, kFetched, kFailed };

/// "pending", "fetched" or "failed": the spelling stored in the database.
const char* FrontierStateName(FrontierState state);

/// FrontierStateName() read back; nullopt for anything else.
std::optional<FrontierState> FrontierStateFromName(const std::string& name);

/// One URL of the frontier.
struct FrontierEntry {
  std::string url;        ///< canonical URL; the key
  std::string source_id;  ///< sources.toml id; may be empty
  std::int64_t discovered_at = 0;  ///< UTC seconds
  FrontierState state = FrontierState::kPending;
};

/// One fetch attempt.
struct FetchRecord {
  std::string url;
  int status = 0;             ///< HTTP status; 0 when no response arrived
  std::string error;          ///< empty on success, else what went wrong
  std::int64_t bytes = 0;     ///< body bytes received
  std::int64_t elapsed_ms = 0;
  std::string etag;           ///< validators for the next conditional request; may be empty
  std::string last_modified;
  std::int64_t fetched_at = 0;  ///< UTC seconds
};

}  // namespace dxnews::store

#endif  // DXNEWS_STORE_CRAWL_STATE_H_
