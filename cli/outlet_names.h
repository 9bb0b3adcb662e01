// How an article's outlet is named in search hits and reports: the name of its source in the
// source registry, else the name recorded in <data dir>/outlets.tsv (sites crawled by URL, the
// demo network), else its source id, else its URL's host.
#ifndef DXNEWS_CLI_OUTLET_NAMES_H_
#define DXNEWS_CLI_OUTLET_NAMES_H_

#include <map>
#include <string>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/core/status.h"
#include "dxnews/crawler/source_registry.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

class OutletNames {
 public:
  /// The built-in source registry and the outlet names of `data_dir` (OutletNamesPath).
  static Result<OutletNames> Load(const std::string& data_dir, const analyzer::ProvinceRegistry& provinces);
  /// As above, with the built-in province registry.
  static Result<OutletNames> Load(const std::string& data_dir);

  OutletNames(crawler::SourceRegistry sources, std::map<std::string, std::string> recorded)
      : sources_(std::move(sources)), recorded_(std::move(recorded)) {}

  /// The outlet name of `article`; never empty for an article with a URL.
  std::string Of(const store::StoredArticle& article) const;

 private:
  crawler::SourceRegistry sources_;
  std::map<std::string, std::string> recorded_;
};

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_OUTLET_NAMES_H_
