// The `analyses` table: its schema migration and the deletion that Upsert uses to invalidate the
// analysis of an article whose content changed. The ArticleStore methods on analyses are in
// analysis_table.cc.
#ifndef DXNEWS_STORE_ANALYSIS_TABLE_H_
#define DXNEWS_STORE_ANALYSIS_TABLE_H_

#include <cstdint>

#include "dxnews/core/status.h"
#include "sqlite_db.h"

namespace dxnews::store::internal {

/// The migration that adds the `analyses` table (schema version 2).
extern const char kAnalysesTableSql[];
/// Schema version 5: triggers that give an article a new seq when its analysis changes.
extern const char kAnalysesSeqSql[];

/// Deletes the analysis of article `article_id`, if any.
Status DeleteAnalysis(Database& db, std::int64_t article_id);

}  // namespace dxnews::store::internal

#endif  // DXNEWS_STORE_ANALYSIS_TABLE_H_
