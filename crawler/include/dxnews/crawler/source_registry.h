// SourceRegistry: the news outlets dxnews crawls, as data. Each SourceConfig says where a site
// lives (home, hosts), which province it belongs to before and after the 1 July 2025 merger,
// which feeds and sitemaps are documented, and which URL paths are articles.
//
// The data lives in corpus/sources.toml and is embedded into the library at build time, so
// LoadBuiltin() needs no file at run time; LoadFromFile() reads an override in the same format.
// Loading validates everything (unique ids and hosts, http(s) URLs, regexes that compile,
// province ids that exist, examples that match their patterns) and reports the first problem
// with the file, line and field. The crawler does not depend on the analyzer: the caller passes
// the valid province ids in (the CLI builds them from analyzer::ProvinceRegistry).
#ifndef DXNEWS_CRAWLER_SOURCE_REGISTRY_H_
#define DXNEWS_CRAWLER_SOURCE_REGISTRY_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

enum class SourceKind {
  kProvincialPartyPaper,  ///< "provincial-party-paper": the party newspaper of a province
  kNational,              ///< "national": national newspapers and news agencies
  kSectorIct,             ///< "sector-ict": ICT and science-and-technology press
  kGovernmentPortal,      ///< "government-portal": government and ministry portals
};

/// How sure DOMAIN.md is about a fact (its C / 3 / K tags).
enum class Confidence {
  kConfirmed,   ///< "C": seen in a live crawler config or a real article URL
  kThirdParty,  ///< "3": seen only in third-party lists
  kBackground,  ///< "K": background knowledge, unconfirmed
};

/// A feed or sitemap URL and how sure we are that it exists.
struct FeedRef {
  std::string url;
  Confidence confidence = Confidence::kBackground;
};

/// One news site: data, not code (no per-host branches anywhere in the crawler).
struct SourceConfig {
  std::string id;    ///< stable ASCII id: "bao-ha-tinh"
  std::string name;  ///< "Báo Hà Tĩnh"
  SourceKind kind = SourceKind::kNational;
  std::string home;                ///< "https://baohatinh.vn/"
  std::vector<std::string> hosts;  ///< every host the outlet uses, lower case; home's host first
  std::string province;            ///< old (pre-2025) province id; empty for national outlets
  std::string new_province;        ///< province id from 1/7/2025; empty for national outlets
  std::vector<FeedRef> feeds;      ///< documented feeds only; empty: autodiscover
  std::vector<FeedRef> sitemaps;   ///< documented sitemaps only; empty: autodiscover
  /// ECMAScript regexes searched (std::regex_search) in the URL path ("/a/b-1.html", no query).
  /// Empty: the URL shape is unknown and the crawler falls back to generic heuristics.
  std::vector<std::string> article_patterns;
  std::vector<std::string> examples;          ///< article URLs that match article_patterns
  std::vector<std::string> counter_examples;  ///< URLs of the same site that must not match
  Confidence confidence = Confidence::kBackground;  ///< how sure we are of the home domain
  std::string notes;                          ///< merged, archive only, new domain, ...
  std::map<std::string, std::string> hints;   ///< optional extraction/discovery hints
};

/// The province ids sources may reference, and the 2025 mapping between them.
struct ProvinceRefs {
  std::map<std::string, std::string> new_unit_of_old;  ///< every old id -> its new id
  std::set<std::string> new_ids;                       ///< every new id
};

/// The loaded registry: immutable after loading; thread-safe for reads; cheap to copy.
class SourceRegistry {
 public:
  /// Parses the copy of corpus/sources.toml embedded at build time.
  static Result<SourceRegistry> LoadBuiltin(const ProvinceRefs& provinces);
  /// Reads and validates a sources TOML file. Errors (kIoError, kInvalidInput) name the file,
  /// the line and the field: "s.toml:40: [[source]] bao-x 'examples': ... does not match".
  static Result<SourceRegistry> LoadFromFile(const std::string& path,
                                             const ProvinceRefs& provinces);
  /// As LoadFromFile(), from text; `source_name` stands for the file name in errors.
  static Result<SourceRegistry> LoadFromString(std::string_view toml,
                                               const std::string& source_name,
                                               const ProvinceRefs& provinces);

  /// All sources in file order.
  const std::vector<SourceConfig>& sources() const;

  /// The source with this id, or nullptr. The pointer lives as long as the registry.
  const SourceConfig* FindById(std::string_view id) const;

  /// The source that owns this host (exact, case-insensitive; "www." is a different host and
  /// is listed explicitly in the data), or nullptr.
  const SourceConfig* FindByHost(std::string_view host) const;

  /// True when `path` (a URL path such as "/kinh-te/abc-post123.html") matches one of the
  /// article patterns of source `source_id`. False for unknown ids and sources without patterns.
  bool IsArticlePath(std::string_view source_id, const std::string& path) const;

  /// The usual keyword names of the enums, as written in the TOML file.
  static std::string_view KindName(SourceKind kind);
  static std::string_view ConfidenceName(Confidence confidence);

 private:
  struct Data;
  explicit SourceRegistry(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_SOURCE_REGISTRY_H_
