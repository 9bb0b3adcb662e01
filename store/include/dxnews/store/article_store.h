// ArticleStore: the one SQLite database (WAL mode) under the data directory that holds the
// articles (raw page zlib-compressed plus the extracted fields), their analyses and the crawl
// state (frontier and fetch history).
//
// Writes are idempotent: Upsert() keyed by canonical URL inserts, updates, or leaves alone when
// the content hash is the same. Every committed transaction survives a kill -9 (WAL,
// synchronous=FULL); an interrupted one leaves nothing behind. A second writer gets kUnavailable
// "database is locked" once the busy timeout expires.
#ifndef DXNEWS_STORE_ARTICLE_STORE_H_
#define DXNEWS_STORE_ARTICLE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/store/crawl_state.h"
#include "dxnews/store/reprint_state.h"
#include "dxnews/store/stored_analysis.h"

namespace dxnews::store {

namespace internal {
class Database;
}

/// One article as stored.
struct StoredArticle {
  std::int64_t id = 0;    ///< assigned by the store; ignored by Upsert
  std::string url;        ///< canonical URL; unique
  std::string source_id;  ///< sources.toml id; may be empty
  std::string title;
  std::string lead;
  std::string text;
  std::optional<std::int64_t> published;  ///< UTC seconds
  std::string author;
  std::string credit;
  std::vector<std::string> tags;
  std::string province;                ///< province id; may be empty
  std::optional<std::int64_t> cluster;  ///< story cluster id; unset until clustering runs
  std::string content_hash;  ///< filled by the store (ContentHash()); ignored by Upsert
  std::int64_t fetched_at = 0;  ///< UTC seconds
  std::string raw;  ///< the original page bytes (stored compressed); may be empty
  /// Change sequence, filled by the store; ignored by Upsert. Every insert or change of the row
  /// (cluster included), and every new or different analysis of it, gives it a seq higher than any
  /// before, so a reader that remembers the highest seq it has seen finds what changed since with
  /// ForEachChangedSince().
  std::int64_t seq = 0;
};

/// 16 hex digits (64-bit FNV-1a) over every field except id, content_hash, cluster and fetched_at:
/// re-fetching an unchanged page gives the same hash.
std::string ContentHash(const StoredArticle& article);

/// What Upsert did.
struct UpsertOutcome {
  enum class Kind { kInserted, kUpdated, kUnchanged };
  std::int64_t id = 0;
  Kind kind = Kind::kInserted;
};

/// Options of ArticleStore::Open.
struct StoreOptions {
  /// How long a write waits for another writer before kUnavailable. Default: 5000 ms.
  int busy_timeout_ms = 5000;
};

class ArticleStore;

/// A write transaction (BEGIN IMMEDIATE): everything upserted or recorded while it is alive is
/// committed by Commit() or rolled back by the destructor. At most one per store at a time.
class Transaction {
 public:
  /// kUnavailable when another connection holds the write lock past the busy timeout.
  static Result<Transaction> Begin(ArticleStore& store);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Status Commit();

 private:
  explicit Transaction(ArticleStore* store) : store_(store) {}
  ArticleStore* store_;
};

/// The article store. Not thread-safe: one ArticleStore per thread or process; several processes
/// may open the same file (readers never block; one writer at a time).
class ArticleStore {
 public:
  /// Opens or creates the database at `path` (its directory must exist), creates or migrates the
  /// schema (PRAGMA user_version), enables WAL and foreign keys. kIoError naming the path when the
  /// file cannot be opened or is not a dxnews store of a known version.
  static Result<std::unique_ptr<ArticleStore>> Open(const std::string& path, const StoreOptions& options = {});
  ~ArticleStore();
  ArticleStore(const ArticleStore&) = delete;
  ArticleStore& operator=(const ArticleStore&) = delete;

  /// Inserts `article` (by URL), updates it when its content hash differs (deleting its stored
  /// analysis, now stale), or leaves it. Outside a Transaction each call is its own transaction.
  /// REQUIRES: !article.url.empty()
  Result<UpsertOutcome> Upsert(const StoredArticle& article);
  /// Upserts all of `articles` in one transaction; nothing is written if one fails.
  Result<std::vector<UpsertOutcome>> UpsertBatch(const std::vector<StoredArticle>& articles);

  /// The article with this id, raw page included; kNotFound when there is none.
  Result<StoredArticle> Get(std::int64_t id) const;
  /// The article with this canonical URL, raw page included, or nullopt.
  Result<std::optional<StoredArticle>> FindByUrl(const std::string& url) const;
  Result<std::int64_t> Count() const;
  /// Calls `visit` for every article in id order (raw page only when `with_raw`); stops at and
  /// returns the first non-OK status `visit` returns.
  Status ForEach(const std::function<Status(const StoredArticle&)>& visit, bool with_raw = false) const;

  /// Calls `visit` for at most `limit` articles whose seq is greater than `seq`, in seq order,
  /// without the raw page; stops at and returns the first non-OK status `visit` returns.
  Status ForEachChangedSince(std::int64_t seq, const std::function<Status(const StoredArticle&)>& visit,
                             std::int64_t limit) const;
  /// The highest seq of any article, 0 for an empty store.
  Result<std::int64_t> MaxSeq() const;
  /// Stores `analysis`, replacing the article's previous one. kNotFound when there is no article
  /// analysis.article_id. Outside a Transaction it is its own transaction.
  Status PutAnalysis(const StoredAnalysis& analysis);
  /// Stores all of `analyses` in one transaction; nothing is written if one fails.
  Status PutAnalyses(const std::vector<StoredAnalysis>& analyses);
  /// The stored analysis of article `article_id`, or nullopt when it has none. The analysis may be
  /// stale: compare its version and content hash (Upsert deletes it when the content changes).
  Result<std::optional<StoredAnalysis>> GetAnalysis(std::int64_t article_id) const;
  /// Up to `limit` articles with id > `after_id`, in id order, without their raw page, whose
  /// analysis is missing, of another analyzer version than `analyzer_version`, or made from other
  /// content; with `all`, every article. Page through by passing the last id as `after_id`.
  Result<std::vector<StoredArticle>> ArticlesToAnalyze(const std::string& analyzer_version,
                                                       std::int64_t after_id, std::int64_t limit,
                                                       bool all = false) const;
  /// Calls `visit` for every article published in [from, to] (UTC seconds), oldest first (ties by
  /// id), without its raw page and, unless `with_text`, with lead and text empty, together with its
  /// stored analysis (nullopt when it has none; it may be stale). Articles without a publication
  /// time are not visited. Stops at and returns the first non-OK status `visit` returns.
  Status ForEachPublishedBetween(
      std::int64_t from, std::int64_t to,
      const std::function<Status(const StoredArticle&, const std::optional<StoredAnalysis>&)>& visit,
      bool with_text = false) const;
  /// How many articles ArticlesToAnalyze would list from the start.
  Result<std::int64_t> CountArticlesToAnalyze(const std::string& analyzer_version, bool all = false) const;

  /// Adds `entry` unless its URL is already in the frontier; true when it was added.
  Result<bool> AddToFrontier(const FrontierEntry& entry);
  /// kNotFound when `url` is not in the frontier.
  Status SetFrontierState(const std::string& url, FrontierState state);
  /// Up to `limit` pending entries, earliest discovered first (ties by URL).
  Result<std::vector<FrontierEntry>> PendingFrontier(std::int64_t limit) const;
  /// Up to `limit` entries in `state`, earliest discovered first (ties by URL).
  Result<std::vector<FrontierEntry>> FrontierInState(FrontierState state, std::int64_t limit) const;
  Result<std::optional<FrontierEntry>> FindInFrontier(const std::string& url) const;

  /// Appends one row to the fetch history.
  Status RecordFetch(const FetchRecord& record);
  /// Every fetch of `url`, oldest first.
  Result<std::vector<FetchRecord>> FetchHistory(const std::string& url) const;
  /// The latest fetch of `url` (its validators feed the next conditional request), or nullopt.
  Result<std::optional<FetchRecord>> LastFetch(const std::string& url) const;

  /// Calls `visit` with the ClusterKey of every article in id order; stops at the first non-OK.
  Status ForEachClusterKey(const std::function<Status(const ClusterKey&)>& visit) const;
  /// Calls `visit` for every stored signature in article id order; stops at the first non-OK.
  Status ForEachSignature(const std::function<Status(const StoredSignature&)>& visit) const;
  /// Stores (or replaces) the signature of article `signature.article_id`; kNotFound when there
  /// is no such article.
  Status PutSignature(const StoredSignature& signature);
  /// Sets (or clears, with nullopt) the cluster of article `id`; kNotFound when there is none.
  Status SetCluster(std::int64_t id, std::optional<std::int64_t> cluster);
  /// Forgets every signature and every cluster (for re-clustering from scratch).
  Status ResetClustering();

  const std::string& path() const;

 private:
  friend class Transaction;
  explicit ArticleStore(std::unique_ptr<internal::Database> db);
  Status CreateSchema();
  Result<UpsertOutcome> UpsertInTransaction(const StoredArticle& article);
  Status PutAnalysisInTransaction(const StoredAnalysis& analysis);

  std::unique_ptr<internal::Database> db_;
  bool in_transaction_ = false;
};

}  // namespace dxnews::store

#endif  // DXNEWS_STORE_ARTICLE_STORE_H_
