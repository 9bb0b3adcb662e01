// Mapping between StoredArticle and the columns of the `articles` table.
#ifndef DXNEWS_STORE_ARTICLE_ROWS_H_
#define DXNEWS_STORE_ARTICLE_ROWS_H_

#include "dxnews/store/article_store.h"
#include "sqlite_db.h"

namespace dxnews::store::internal {

/// The SELECT column list that ReadArticle expects, in order.
extern const char kArticleColumns[];
/// As kArticleColumns, with NULL in place of the raw page, so that SQLite does not read it.
extern const char kArticleColumnsWithoutRaw[];

/// Binds the content columns ?1..?14 (url, source_id, title, lead, text, published, author,
/// credit, tags, province, cluster, content_hash, fetched_at, raw, raw_size = ?15) of `article`
/// whose hash is `hash`.
Status BindArticle(Statement& statement, const StoredArticle& article, const std::string& hash);

/// The article of the current row of a SELECT of kArticleColumns; the raw page only when
/// `with_raw`.
Result<StoredArticle> ReadArticle(const Statement& statement, bool with_raw);

}  // namespace dxnews::store::internal

#endif  // DXNEWS_STORE_ARTICLE_ROWS_H_
