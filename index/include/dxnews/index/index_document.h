// IndexDocument: everything the search index keeps about one article, as a plain value that the
// caller fills from the article store and the analyzer (FillFromAnalysis).
#ifndef DXNEWS_INDEX_INDEX_DOCUMENT_H_
#define DXNEWS_INDEX_INDEX_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dxnews::analyzer {
struct ArticleAnalysis;
}

namespace dxnews::index {

/// One article to index. Text fields are UTF-8 as written; the index folds and segments them.
struct IndexDocument {
  std::int64_t id = 0;  ///< the article store id; unique in the index
  std::string url;
  std::string title;
  std::string lead;
  std::string text;
  std::string source_id;    ///< "vnexpress"; may be empty
  std::string source_name;  ///< as shown to users; may be empty
  /// Province ids the article is about, old and new units ("hau-giang", "can-tho").
  std::vector<std::string> provinces;
  std::string province_name;  ///< for display: "Hậu Giang"; may be empty
  std::optional<std::int64_t> published;  ///< UTC seconds
  std::optional<std::int64_t> cluster;    ///< story cluster id, when clustering has run
  std::string author;
  std::vector<std::string> themes;     ///< theme ids ("online-public-services")
  std::vector<std::string> officials;  ///< names as written ("Trần Văn Hải")
  std::vector<std::string> documents;  ///< document numbers as written ("505/QĐ-TTg")
  std::vector<std::string> events;     ///< event types ("conference")
};

/// Fills provinces, province_name, themes (primary ones), officials, documents and events of
/// `doc` from the analysis of its article. Keeps a province already in `doc`.
void FillFromAnalysis(const analyzer::ArticleAnalysis& analysis, IndexDocument* doc);

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_INDEX_DOCUMENT_H_
