#include "outlet_names.h"

#include <utility>

#include "data_files.h"
#include "dxnews/crawler/url.h"
#include "source_catalog.h"

namespace dxnews::cli {

Result<OutletNames> OutletNames::Load(const std::string& data_dir, const analyzer::ProvinceRegistry& provinces) {
  Result<crawler::SourceRegistry> sources = LoadSourceRegistry("", provinces);
  if (!sources.ok()) return sources.status();
  Result<std::map<std::string, std::string>> recorded = ReadOutletNames(data_dir);
  if (!recorded.ok()) return recorded.status();
  return OutletNames(std::move(sources).value(), std::move(recorded).value());
}

Result<OutletNames> OutletNames::Load(const std::string& data_dir) {
  Result<analyzer::ProvinceRegistry> provinces = analyzer::ProvinceRegistry::LoadBuiltin();
  if (!provinces.ok()) return provinces.status();
  return Load(data_dir, provinces.value());
}

std::string OutletNames::Of(const store::StoredArticle& article) const {
  if (const crawler::SourceConfig* source = sources_.FindById(article.source_id)) return source->name;
  auto it = recorded_.find(article.source_id);
  if (it != recorded_.end()) return it->second;
  if (!article.source_id.empty()) return article.source_id;
  Result<crawler::Url> url = crawler::ParseUrl(article.url);
  return url.ok() ? url.value().host : article.url;
}

}  // namespace dxnews::cli
