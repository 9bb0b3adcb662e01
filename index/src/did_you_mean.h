// "Did you mean": for a query typed without diacritics, the query with each such word replaced by
// its most frequent diacritic form in the index ("chuyen doi so" -> "chuyển đổi số"); a word that
// no article has is replaced by the closest title word of Xapian's spelling table ("xangg" ->
// "xăng"). The writer records the diacritic forms in the database's synonym table (folded word ->
// exact words) and the folded title words in its spelling table.
#ifndef DXNEWS_INDEX_DID_YOU_MEAN_H_
#define DXNEWS_INDEX_DID_YOU_MEAN_H_

#include <xapian.h>

#include <string>
#include <string_view>

#include "dxnews/index/query_parser.h"
#include "dxnews/index/term_mapper.h"

namespace dxnews::index::internal {

/// The suggested query, or "" when no word has a better form.
std::string SuggestDiacritics(const Xapian::Database& db, const TermMapper& mapper, std::string_view query,
                              const QueryNode& root);

}  // namespace dxnews::index::internal

#endif  // DXNEWS_INDEX_DID_YOU_MEAN_H_
