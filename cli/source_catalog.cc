#include "source_catalog.h"

#include <algorithm>

#include "dxnews/analyzer/normalizer.h"

namespace dxnews::cli {
namespace {

// "Hà Tĩnh" -> "ha-tinh": the folded name written like a province id, so that names and ids
// compare as one key.
std::string ProvinceKey(std::string_view text) {
  std::string key = analyzer::Fold(text);
  for (char& c : key) {
    if (c == ' ' || c == '_') c = '-';
  }
  return key;
}

bool NamesUnit(const analyzer::Province* unit, const std::string& key) {
  return unit != nullptr && (unit->id == key || ProvinceKey(unit->name) == key);
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

crawler::ProvinceRefs ProvinceRefsOf(const analyzer::ProvinceRegistry& provinces) {
  crawler::ProvinceRefs refs;
  for (const analyzer::Province& unit : provinces.units(analyzer::ProvinceEra::kBefore2025)) {
    refs.new_unit_of_old.emplace(unit.id, unit.new_unit);
  }
  for (const std::string& id : provinces.Ids(analyzer::ProvinceEra::kFrom2025)) refs.new_ids.insert(id);
  return refs;
}

Result<crawler::SourceRegistry> LoadSourceRegistry(const std::string& path,
                                                   const analyzer::ProvinceRegistry& provinces) {
  crawler::ProvinceRefs refs = ProvinceRefsOf(provinces);
  return path.empty() ? crawler::SourceRegistry::LoadBuiltin(refs)
                      : crawler::SourceRegistry::LoadFromFile(path, refs);
}

bool InProvince(const crawler::SourceConfig& source, std::string_view query,
                const analyzer::ProvinceRegistry& provinces) {
  std::string key = ProvinceKey(query);
  if (key.empty()) return false;
  return (!source.province.empty() &&
          NamesUnit(provinces.FindById(analyzer::ProvinceEra::kBefore2025, source.province), key)) ||
         (!source.new_province.empty() &&
          NamesUnit(provinces.FindById(analyzer::ProvinceEra::kFrom2025, source.new_province), key));
}

std::vector<std::string> SuggestSourceIds(const crawler::SourceRegistry& registry, std::string_view id) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  std::size_t limit = std::max<std::size_t>(2, id.size() / 3);
  for (const crawler::SourceConfig& source : registry.sources()) {
    std::size_t distance = EditDistance(id, source.id);
    bool contains = id.size() >= 3 && source.id.find(id) != std::string::npos;
    if (distance <= limit || contains) scored.emplace_back(contains ? 0 : distance, source.id);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
    if (scored[i].first > scored[0].first + 1) break;  // "bao-ha-tinhh": not also bao-bac-ninh
    ids.push_back(scored[i].second);
  }
  return ids;
}

}  // namespace dxnews::cli
