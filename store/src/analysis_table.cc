#include "analysis_table.h"

#include <utility>

#include "article_rows.h"
#include "dxnews/store/article_store.h"

namespace dxnews::store {
namespace internal {

// One row per analysed article. province and primary_themes ("\n"-joined ids) are copied out of
// the JSON so that queries by province or theme need not parse it. content_hash is the article's
// hash when it was analysed: a writer that updated the article meanwhile (a crawl running beside
// `dxnews reanalyze`) leaves an analysis that ArticlesToAnalyze still lists.
const char kAnalysesTableSql[] = R"sql(
CREATE TABLE analyses (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  analyzer_version TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  analyzed_at INTEGER NOT NULL,
  province TEXT NOT NULL,
  primary_themes TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX analyses_province ON analyses(province);
)sql";

// Version 5: an analysis that is new or says something new gives its article the next seq, so that
// `dxnews index` takes up what the analyzer found (themes, officials, places) without analysing
// again. An analysis rewritten with the same JSON (a reanalysis that changed nothing) does not.
const char kAnalysesSeqSql[] = R"sql(
CREATE TRIGGER analyses_seq_insert AFTER INSERT ON analyses BEGIN
  UPDATE articles SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM articles) WHERE id = NEW.article_id;
END;
CREATE TRIGGER analyses_seq_update AFTER UPDATE OF json ON analyses WHEN OLD.json IS NOT NEW.json BEGIN
  UPDATE articles SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM articles) WHERE id = NEW.article_id;
END;
)sql";

Status DeleteAnalysis(Database& db, std::int64_t article_id) {
  Result<Statement> remove = db.Prepare("DELETE FROM analyses WHERE article_id = ?1");
  if (!remove.ok()) return remove.status();
  return remove.value().Bind(1, article_id).Run();
}

}  // namespace internal

namespace {

std::string JoinLines(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += '\n';
    joined += item;
  }
  return joined;
}

std::vector<std::string> SplitLines(const std::string& joined) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find('\n', start);
    if (end == std::string::npos) end = joined.size();
    items.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

// Articles without a current analysis: none, another analyzer's, or made from older content.
constexpr char kNeedsAnalysis[] =
    "(?2 OR NOT EXISTS (SELECT 1 FROM analyses an WHERE an.article_id = articles.id "
    "AND an.analyzer_version = ?1 AND an.content_hash = articles.content_hash))";

}  // namespace

Status ArticleStore::PutAnalysis(const StoredAnalysis& analysis) {
  if (in_transaction_) return PutAnalysisInTransaction(analysis);
  return PutAnalyses({analysis});
}

Status ArticleStore::PutAnalyses(const std::vector<StoredAnalysis>& analyses) {
  Result<Transaction> transaction = Transaction::Begin(*this);
  if (!transaction.ok()) return transaction.status();
  for (const StoredAnalysis& analysis : analyses) {
    Status status = PutAnalysisInTransaction(analysis);
    if (!status.ok()) return status;
  }
  return transaction.value().Commit();
}

Status ArticleStore::PutAnalysisInTransaction(const StoredAnalysis& analysis) {
  Result<internal::Statement> exists = db_->Prepare("SELECT 1 FROM articles WHERE id = ?1");
  if (!exists.ok()) return exists.status();
  Result<bool> found = exists.value().Bind(1, analysis.article_id).Step();
  if (!found.ok()) return found.status();
  if (!found.value()) {
    return Status::NotFound(path() + ": analysis of article " + std::to_string(analysis.article_id) +
                            ": no such article");
  }
  Result<internal::Statement> write = db_->Prepare(
      "INSERT INTO analyses (article_id, analyzer_version, content_hash, analyzed_at, province, primary_themes, "
      "json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (article_id) DO UPDATE SET "
      "analyzer_version = excluded.analyzer_version, content_hash = excluded.content_hash, "
      "analyzed_at = excluded.analyzed_at, province = excluded.province, "
      "primary_themes = excluded.primary_themes, json = excluded.json");
  if (!write.ok()) return write.status();
  write.value()
      .Bind(1, analysis.article_id)
      .Bind(2, analysis.analyzer_version)
      .Bind(3, analysis.content_hash);
  write.value().Bind(4, analysis.analyzed_at).Bind(5, analysis.province);
  write.value().Bind(6, JoinLines(analysis.primary_themes)).Bind(7, analysis.json);
  return write.value().Run();
}

Result<std::optional<StoredAnalysis>> ArticleStore::GetAnalysis(std::int64_t article_id) const {
  Result<internal::Statement> select = db_->Prepare(
      "SELECT analyzer_version, content_hash, analyzed_at, province, primary_themes, json FROM analyses "
      "WHERE article_id = ?1");
  if (!select.ok()) return select.status();
  Result<bool> row = select.value().Bind(1, article_id).Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<StoredAnalysis>();
  const internal::Statement& r = select.value();
  StoredAnalysis analysis;
  analysis.article_id = article_id;
  analysis.analyzer_version = r.Text(0);
  analysis.content_hash = r.Text(1);
  analysis.analyzed_at = r.Int(2);
  analysis.province = r.Text(3);
  analysis.primary_themes = SplitLines(r.Text(4));
  analysis.json = r.Text(5);
  return std::optional<StoredAnalysis>(std::move(analysis));
}

Result<std::vector<StoredArticle>> ArticleStore::ArticlesToAnalyze(const std::string& analyzer_version,
                                                                   std::int64_t after_id, std::int64_t limit,
                                                                   bool all) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT ") + internal::kArticleColumnsWithoutRaw +
                   " FROM articles WHERE id > ?3 AND " + kNeedsAnalysis + " ORDER BY id LIMIT ?4");
  if (!select.ok()) return select.status();
  select.value()
      .Bind(1, analyzer_version)
      .Bind(2, std::int64_t{all ? 1 : 0})
      .Bind(3, after_id)
      .Bind(4, limit);
  std::vector<StoredArticle> articles;
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return articles;
    Result<StoredArticle> article = internal::ReadArticle(select.value(), /*with_raw=*/false);
    if (!article.ok()) return article.status();
    articles.push_back(std::move(article).value());
  }
}

Result<std::int64_t> ArticleStore::CountArticlesToAnalyze(const std::string& analyzer_version,
                                                          bool all) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT count(*) FROM articles WHERE ") + kNeedsAnalysis);
  if (!select.ok()) return select.status();
  Result<bool> row = select.value().Bind(1, analyzer_version).Bind(2, std::int64_t{all ? 1 : 0}).Step();
  if (!row.ok()) return row.status();
  return row.value() ? select.value().Int(0) : 0;
}

Status ArticleStore::ForEachPublishedBetween(
    std::int64_t from, std::int64_t to,
    const std::function<Status(const StoredArticle&, const std::optional<StoredAnalysis>&)>& visit,
    bool with_text) const {
  // The columns of ReadArticle (kArticleColumns), qualified because analyses has a province too.
  std::string text_columns = with_text ? "a.lead, a.text" : "'', ''";
  Result<internal::Statement> select = db_->Prepare(
      "SELECT a.id, a.url, a.source_id, a.title, " + text_columns +
      ", a.published, a.author, a.credit, a.tags, a.province, a.cluster, a.content_hash, a.fetched_at, NULL, "
      "a.raw_size, a.seq, an.analyzer_version, an.content_hash, an.analyzed_at, an.province, an.primary_themes, "
      "an.json FROM articles a LEFT JOIN analyses an ON an.article_id = a.id "
      "WHERE a.published BETWEEN ?1 AND ?2 ORDER BY a.published, a.id");
  if (!select.ok()) return select.status();
  select.value().Bind(1, from).Bind(2, to);
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status();
    const internal::Statement& r = select.value();
    Result<StoredArticle> article = internal::ReadArticle(r, /*with_raw=*/false);
    if (!article.ok()) return article.status();
    std::optional<StoredAnalysis> analysis;
    if (!r.IsNull(17)) {
      analysis.emplace();
      analysis->article_id = article.value().id;
      analysis->analyzer_version = r.Text(17);
      analysis->content_hash = r.Text(18);
      analysis->analyzed_at = r.Int(19);
      analysis->province = r.Text(20);
      analysis->primary_themes = SplitLines(r.Text(21));
      analysis->json = r.Text(22);
    }
    Status status = visit(article.value(), analysis);
    if (!status.ok()) return status;
  }
}

}  // namespace dxnews::store
