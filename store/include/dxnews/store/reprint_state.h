// The reprint-clustering state kept beside the articles: each article's near-duplicate signature
// (so re-clustering does not tokenise every text again) and what clustering needs to know of an
// article without reading its text. Plain value types; ArticleStore reads and writes them.
#ifndef DXNEWS_STORE_REPRINT_STATE_H_
#define DXNEWS_STORE_REPRINT_STATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dxnews::store {

/// The stored MinHash signature of one article (dxnews::analyzer::TextSignature).
struct StoredSignature {
  std::int64_t article_id = 0;
  std::string content_hash;  ///< the article's content hash when the signature was computed
  std::uint32_t shingles = 0;
  std::vector<std::uint32_t> minhash;  ///< empty for a text too short to have a signature
};

/// The fields of an article that clustering orders and groups by.
struct ClusterKey {
  std::int64_t id = 0;
  std::optional<std::int64_t> published;
  std::int64_t fetched_at = 0;
  std::optional<std::int64_t> cluster;
  std::string content_hash;
};

}  // namespace dxnews::store

#endif  // DXNEWS_STORE_REPRINT_STATE_H_
