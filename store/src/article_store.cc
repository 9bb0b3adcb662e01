#include "dxnews/store/article_store.h"

#include <utility>

#include "analysis_table.h"
#include "article_rows.h"
#include "sqlite_db.h"

namespace dxnews::store {
namespace {

// Migration i takes a store from version i to version i + 1; the last one's result is current.
// Version 1. Tags are joined with "\n"; raw is the zlib stream of the page, raw_size its length.
constexpr char kSchemaV1[] = R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  source_id TEXT NOT NULL,
  title TEXT NOT NULL,
  lead TEXT NOT NULL,
  text TEXT NOT NULL,
  published INTEGER,
  author TEXT NOT NULL,
  credit TEXT NOT NULL,
  tags TEXT NOT NULL,
  province TEXT NOT NULL,
  cluster INTEGER,
  content_hash TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  raw BLOB NOT NULL,
  raw_size INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE frontier (
  url TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  discovered_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'fetched', 'failed'))
);
CREATE INDEX frontier_pending ON frontier(state, discovered_at, url);
CREATE TABLE fetches (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  status INTEGER NOT NULL,
  error TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  elapsed_ms INTEGER NOT NULL,
  etag TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  fetched_at INTEGER NOT NULL
);
CREATE INDEX fetches_url ON fetches(url, id);
)sql";

// Version 2: near-duplicate signatures of the articles, for reprint clustering (reprint_state.h).
// minhash is the signature as little-endian 32-bit values (empty when the text is too short).
// articles_cluster_keys covers ForEachClusterKey, so listing the keys never reads article text.
constexpr char kSchemaV2[] = R"sql(
CREATE TABLE text_signatures (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  shingles INTEGER NOT NULL,
  minhash BLOB NOT NULL
);
CREATE INDEX articles_cluster_keys ON articles(cluster, published, fetched_at, content_hash);
)sql";

// Version 3: a change sequence for the search index. Triggers give every inserted or changed row
// the next seq, whoever writes it (Upsert, clustering, ...), so `dxnews index` can catch up with
// ForEachChangedSince() after a crash. SQLite has one writer at a time, so max(seq) + 1 inside the
// writing transaction is unique and a committed seq is never lower than one already read.
constexpr char kSchemaV3[] = R"sql(
ALTER TABLE articles ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET seq = id;
CREATE INDEX articles_seq ON articles(seq);
CREATE TRIGGER articles_seq_insert AFTER INSERT ON articles BEGIN
  UPDATE articles SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM articles) WHERE id = NEW.id;
END;
CREATE TRIGGER articles_seq_update AFTER UPDATE OF url, source_id, title, lead, text, published, author, credit,
    tags, province, cluster, content_hash ON articles BEGIN
  UPDATE articles SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM articles) WHERE id = NEW.id;
END;
)sql";

// Version 4: the analyses of the articles; version 5: their changes bump the seq (analysis_table.h).
constexpr const char* kMigrations[] = {kSchemaV1, kSchemaV2, kSchemaV3, internal::kAnalysesTableSql,
                                       internal::kAnalysesSeqSql};
constexpr std::int64_t kSchemaVersion = sizeof kMigrations / sizeof kMigrations[0];

Result<std::int64_t> QueryInt(const internal::Database& db, const std::string& sql) {
  Result<internal::Statement> statement = db.Prepare(sql);
  if (!statement.ok()) return statement.status();
  Result<bool> row = statement.value().Step();
  if (!row.ok()) return row.status();
  return row.value() ? statement.value().Int(0) : 0;
}

Result<std::string> QueryText(const internal::Database& db, const std::string& sql) {
  Result<internal::Statement> statement = db.Prepare(sql);
  if (!statement.ok()) return statement.status();
  Result<bool> row = statement.value().Step();
  if (!row.ok()) return row.status();
  return row.value() ? statement.value().Text(0) : std::string();
}

}  // namespace

ArticleStore::ArticleStore(std::unique_ptr<internal::Database> db) : db_(std::move(db)) {}

ArticleStore::~ArticleStore() = default;

const std::string& ArticleStore::path() const { return db_->path(); }

Result<std::unique_ptr<ArticleStore>> ArticleStore::Open(const std::string& path, const StoreOptions& options) {
  Result<std::unique_ptr<internal::Database>> db = internal::Database::Open(path, options.busy_timeout_ms);
  if (!db.ok()) return db.status();
  std::unique_ptr<ArticleStore> store(new ArticleStore(std::move(db).value()));
  Status status = store->CreateSchema();
  if (!status.ok()) return status;
  return store;
}

Status ArticleStore::CreateSchema() {
  // journal_mode=WAL is persistent in the file; synchronous=FULL makes every commit durable.
  Status status = db_->Exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
  if (!status.ok()) return status;
  Result<std::string> mode = QueryText(*db_, "PRAGMA journal_mode = WAL");
  if (!mode.ok()) return mode.status();
  if (mode.value() != "wal") return Status::IoError(db_->path() + ": cannot switch the database to WAL mode");
  Result<std::int64_t> version = QueryInt(*db_, "PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (version.value() == kSchemaVersion) return Status();
  if (version.value() > kSchemaVersion) {
    return Status::IoError(db_->path() + ": schema version " + std::to_string(version.value()) +
                           " is newer than this dxnews (" + std::to_string(kSchemaVersion) + ")");
  }
  // A new or older file: migrate under the write lock, unless another process just did.
  status = db_->Exec("BEGIN IMMEDIATE");
  if (!status.ok()) return status;
  version = QueryInt(*db_, "PRAGMA user_version");
  status = version.ok() ? Status() : version.status();
  for (std::int64_t v = status.ok() ? version.value() : kSchemaVersion; v < kSchemaVersion && status.ok(); ++v) {
    status = db_->Exec(kMigrations[static_cast<std::size_t>(v)]);
    if (status.ok()) status = db_->Exec("PRAGMA user_version = " + std::to_string(v + 1));
  }
  if (!status.ok()) {
    (void)db_->Exec("ROLLBACK");
    return status;
  }
  return db_->Exec("COMMIT");
}

Result<Transaction> Transaction::Begin(ArticleStore& store) {
  if (store.in_transaction_) return Status::InvalidInput(store.path() + ": a transaction is already open");
  Status status = store.db_->Exec("BEGIN IMMEDIATE");
  if (!status.ok()) return status;
  store.in_transaction_ = true;
  return Transaction(&store);
}

Transaction::Transaction(Transaction&& other) noexcept : store_(other.store_) { other.store_ = nullptr; }

Transaction::~Transaction() {
  if (store_ == nullptr) return;
  (void)store_->db_->Exec("ROLLBACK");
  store_->in_transaction_ = false;
}

Status Transaction::Commit() {
  if (store_ == nullptr) return Status::InvalidInput("transaction already finished");
  Status status = store_->db_->Exec("COMMIT");
  if (!status.ok()) return status;  // still open: the destructor rolls back
  store_->in_transaction_ = false;
  store_ = nullptr;
  return Status();
}

Result<UpsertOutcome> ArticleStore::Upsert(const StoredArticle& article) {
  if (in_transaction_) return UpsertInTransaction(article);
  Result<std::vector<UpsertOutcome>> outcomes = UpsertBatch({article});
  if (!outcomes.ok()) return outcomes.status();
  return outcomes.value().front();
}

Result<std::vector<UpsertOutcome>> ArticleStore::UpsertBatch(const std::vector<StoredArticle>& articles) {
  Result<Transaction> transaction = Transaction::Begin(*this);
  if (!transaction.ok()) return transaction.status();
  std::vector<UpsertOutcome> outcomes;
  for (const StoredArticle& article : articles) {
    Result<UpsertOutcome> outcome = UpsertInTransaction(article);
    if (!outcome.ok()) return outcome.status();
    outcomes.push_back(outcome.value());
  }
  Status status = transaction.value().Commit();
  if (!status.ok()) return status;
  return outcomes;
}

Result<UpsertOutcome> ArticleStore::UpsertInTransaction(const StoredArticle& article) {
  if (article.url.empty()) return Status::InvalidInput(path() + ": article without URL");
  std::string hash = ContentHash(article);
  Result<internal::Statement> find = db_->Prepare("SELECT id, content_hash FROM articles WHERE url = ?1");
  if (!find.ok()) return find.status();
  Result<bool> found = find.value().Bind(1, article.url).Step();
  if (!found.ok()) return found.status();
  UpsertOutcome outcome;
  if (found.value()) {
    outcome.id = find.value().Int(0);
    outcome.kind = UpsertOutcome::Kind::kUnchanged;
    if (find.value().Text(1) == hash) return outcome;
    outcome.kind = UpsertOutcome::Kind::kUpdated;
  }
  std::string sql = found.value()
                        ? "UPDATE articles SET url = ?1, source_id = ?2, title = ?3, lead = ?4, text = ?5, "
                          "published = ?6, author = ?7, credit = ?8, tags = ?9, province = ?10, cluster = ?11, "
                          "content_hash = ?12, fetched_at = ?13, raw = ?14, raw_size = ?15 WHERE id = ?16"
                        : "INSERT INTO articles (url, source_id, title, lead, text, published, author, credit, tags, "
                          "province, cluster, content_hash, fetched_at, raw, raw_size) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
  Result<internal::Statement> write = db_->Prepare(sql);
  if (!write.ok()) return write.status();
  Status status = internal::BindArticle(write.value(), article, hash);
  if (found.value()) write.value().Bind(16, outcome.id);
  if (status.ok()) status = write.value().Run();
  if (status.ok() && found.value()) status = internal::DeleteAnalysis(*db_, outcome.id);  // now stale
  if (!status.ok()) return status;
  if (!found.value()) outcome.id = db_->LastInsertRowId();
  return outcome;
}

Result<StoredArticle> ArticleStore::Get(std::int64_t id) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT ") + internal::kArticleColumns + " FROM articles WHERE id = ?1");
  if (!select.ok()) return select.status();
  Result<bool> row = select.value().Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::NotFound(path() + ": no article with id " + std::to_string(id));
  return internal::ReadArticle(select.value(), /*with_raw=*/true);
}

Result<std::optional<StoredArticle>> ArticleStore::FindByUrl(const std::string& url) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT ") + internal::kArticleColumns + " FROM articles WHERE url = ?1");
  if (!select.ok()) return select.status();
  Result<bool> row = select.value().Bind(1, url).Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<StoredArticle>();
  Result<StoredArticle> article = internal::ReadArticle(select.value(), /*with_raw=*/true);
  if (!article.ok()) return article.status();
  return std::optional<StoredArticle>(std::move(article).value());
}

Result<std::int64_t> ArticleStore::Count() const { return QueryInt(*db_, "SELECT count(*) FROM articles"); }

Status ArticleStore::ForEach(const std::function<Status(const StoredArticle&)>& visit, bool with_raw) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT ") + internal::kArticleColumns + " FROM articles ORDER BY id");
  if (!select.ok()) return select.status();
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status();
    Result<StoredArticle> article = internal::ReadArticle(select.value(), with_raw);
    if (!article.ok()) return article.status();
    Status status = visit(article.value());
    if (!status.ok()) return status;
  }
}

Status ArticleStore::ForEachChangedSince(std::int64_t seq, const std::function<Status(const StoredArticle&)>& visit,
                                         std::int64_t limit) const {
  // Without the raw page: SQLite would read its overflow pages to reach the columns after it.
  Result<internal::Statement> select = db_->Prepare(std::string("SELECT ") + internal::kArticleColumnsWithoutRaw +
                                                    " FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2");
  if (!select.ok()) return select.status();
  select.value().Bind(1, seq).Bind(2, limit);
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status();
    Result<StoredArticle> article = internal::ReadArticle(select.value(), /*with_raw=*/false);
    if (!article.ok()) return article.status();
    Status status = visit(article.value());
    if (!status.ok()) return status;
  }
}

Result<std::int64_t> ArticleStore::MaxSeq() const {
  return QueryInt(*db_, "SELECT coalesce(max(seq), 0) FROM articles");
}

}  // namespace dxnews::store
