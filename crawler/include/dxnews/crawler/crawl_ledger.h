// CrawlLedger: everything the crawl loop needs to remember between runs, as an interface the
// crawler defines and the caller implements (the CLI over the SQLite article store; tests in
// memory). The crawler thus depends on no storage and no text analysis: it hands fetched article
// pages over through DeliverArticle and learns only what became of them.
#ifndef DXNEWS_CRAWLER_CRAWL_LEDGER_H_
#define DXNEWS_CRAWLER_CRAWL_LEDGER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// Where an article URL stands across runs.
enum class UrlState {
  kUnknown,  ///< never seen
  kPending,  ///< discovered, not fetched yet
  kFetched,  ///< fetched (or already stored by other means): never fetched again
  kFailed,   ///< the last attempt failed; retried while FailureCount() is below the limit
};

/// One HTTP attempt (or a refusal before any request), as the fetch history keeps it.
struct FetchAttempt {
  std::string url;
  int status = 0;             ///< HTTP status; 0 when no response arrived
  std::string error;          ///< empty on success, else what went wrong
  std::int64_t bytes = 0;     ///< body bytes received
  std::int64_t elapsed_ms = 0;
  std::string etag;           ///< validators to send next time; may be empty
  std::string last_modified;
  std::int64_t fetched_at = 0;  ///< UTC seconds
};

/// The validators of the last fetch of a URL, for a conditional GET.
struct Validators {
  std::string etag;           ///< sent as If-None-Match when not empty
  std::string last_modified;  ///< sent as If-Modified-Since when not empty
};

/// A fetched article page handed to the ledger.
struct CrawledPage {
  std::string url;           ///< canonical URL after redirects
  std::string source_id;     ///< sources.toml id; empty for a site given by URL
  std::string province;      ///< the source's province id; may be empty
  std::string body;          ///< the page bytes as received (content-decoded)
  std::string content_type;  ///< Content-Type header; may be empty
  std::int64_t fetched_at = 0;  ///< UTC seconds
  /// The date the feed or sitemap gave the URL (UTC seconds), if any.
  std::optional<std::int64_t> listed_published;
};

/// What became of a delivered page.
enum class DeliveryOutcome {
  kInserted,    ///< a new article was stored
  kUpdated,     ///< an article with this URL existed and changed
  kUnchanged,   ///< an identical article was already stored
  kTooOld,      ///< published before the crawl's --since date: not stored
  kNotArticle,  ///< the page holds no article (no title and no text): not stored
};

/// Persistence of a crawl. Called only from the thread running CrawlSession::Run. Any non-OK
/// Status stops the crawl (the storage is broken), so implementations return errors only for
/// storage failures.
class CrawlLedger {
 public:
  virtual ~CrawlLedger() = default;

  /// The state of article URL `url` (canonical).
  virtual Result<UrlState> StateOf(const std::string& url) = 0;
  /// Failed attempts recorded for `url` over all runs.
  virtual Result<int> FailureCount(const std::string& url) = 0;
  /// Adds `url` as pending unless it is already known.
  virtual Status AddToFrontier(const std::string& url, const std::string& source_id) = 0;
  /// REQUIRES: `url` was added with AddToFrontier. `state` is kFetched or kFailed.
  virtual Status SetState(const std::string& url, UrlState state) = 0;
  /// URLs earlier runs left unfinished for `source_id` (empty: sources given by URL): pending
  /// ones, then failed ones (the crawl retries those below its failure limit); at most `limit`,
  /// oldest first within each state.
  virtual Result<std::vector<std::string>> UnfinishedUrls(const std::string& source_id, std::size_t limit) = 0;

  /// The validators recorded with the last fetch of `url`; empty when none.
  virtual Result<Validators> ValidatorsOf(const std::string& url) = 0;
  /// Appends one attempt to the fetch history.
  virtual Status RecordFetch(const FetchAttempt& attempt) = 0;

  /// Extracts and stores an article page.
  virtual Result<DeliveryOutcome> DeliverArticle(const CrawledPage& page) = 0;

  /// Makes everything recorded so far durable. Called at the end of a run.
  virtual Status Flush() = 0;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CRAWL_LEDGER_H_
