#include "dxnews/crawler/source_registry.h"

#include <fstream>
#include <regex>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "builtin_sources.h"
#include "source_toml_reader.h"

namespace dxnews::crawler {

struct SourceRegistry::Data {
  std::vector<SourceConfig> sources;
  std::vector<std::vector<std::regex>> patterns;  // parallel to sources
  std::unordered_map<std::string, size_t> by_id;
  std::unordered_map<std::string, size_t> by_host;
};

Result<SourceRegistry> SourceRegistry::LoadBuiltin(const ProvinceRefs& provinces) {
  return LoadFromString(BuiltinSourcesToml(), "<builtin>/corpus/sources.toml", provinces);
}

Result<SourceRegistry> SourceRegistry::LoadFromFile(const std::string& path,
                                                    const ProvinceRefs& provinces) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return LoadFromString(text.str(), path, provinces);
}

Result<SourceRegistry> SourceRegistry::LoadFromString(std::string_view toml,
                                                      const std::string& source_name,
                                                      const ProvinceRefs& provinces) {
  Result<std::vector<ParsedSource>> parsed = ReadSourcesToml(toml, source_name, provinces);
  if (!parsed.ok()) return parsed.status();
  auto data = std::make_shared<Data>();
  for (ParsedSource& source : parsed.value()) {
    size_t index = data->sources.size();
    data->by_id.emplace(source.config.id, index);
    for (const std::string& host : source.config.hosts) data->by_host.emplace(host, index);
    data->sources.push_back(std::move(source.config));
    data->patterns.push_back(std::move(source.patterns));
  }
  return SourceRegistry(std::move(data));
}

const std::vector<SourceConfig>& SourceRegistry::sources() const { return data_->sources; }

const SourceConfig* SourceRegistry::FindById(std::string_view id) const {
  auto it = data_->by_id.find(std::string(id));
  return it == data_->by_id.end() ? nullptr : &data_->sources[it->second];
}

const SourceConfig* SourceRegistry::FindByHost(std::string_view host) const {
  auto it = data_->by_host.find(std::string(host));
  return it == data_->by_host.end() ? nullptr : &data_->sources[it->second];
}

bool SourceRegistry::IsArticlePath(std::string_view source_id, const std::string& path) const {
  auto it = data_->by_id.find(std::string(source_id));
  if (it == data_->by_id.end()) return false;
  for (const std::regex& pattern : data_->patterns[it->second]) {
    if (std::regex_search(path, pattern)) return true;
  }
  return false;
}

std::string_view SourceRegistry::KindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kProvincialPartyPaper: return "provincial-party-paper";
    case SourceKind::kNational: return "national";
    case SourceKind::kSectorIct: return "sector-ict";
    case SourceKind::kGovernmentPortal: return "government-portal";
  }
  return "";
}

std::string_view SourceRegistry::ConfidenceName(Confidence confidence) {
  switch (confidence) {
    case Confidence::kConfirmed: return "C";
    case Confidence::kThirdParty: return "3";
    case Confidence::kBackground: return "K";
  }
  return "";
}

}  // namespace dxnews::crawler
