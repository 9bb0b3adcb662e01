#include "province_filter.h"

#include "dxnews/analyzer/normalizer.h"

namespace dxnews::cli {
namespace {

// "TP. Hồ Chí Minh", "tp hcm", "ho-chi-minh" -> "ho chi minh"-like keys: folded, hyphens and dots
// as spaces, single spaces, and without a leading "tinh"/"thanh pho"/"tp".
std::string Key(std::string_view text) {
  std::string folded = analyzer::Fold(text);
  std::string spaced;
  for (char c : folded) spaced += (c == '-' || c == '.' || c == '_') ? ' ' : c;
  std::string key;
  for (size_t i = 0; i < spaced.size(); ++i) {
    if (spaced[i] == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += spaced[i];
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  for (const char* prefix : {"thanh pho ", "tinh ", "tp "}) {
    if (key.rfind(prefix, 0) == 0) key = key.substr(std::string(prefix).size());
  }
  return key;
}

}  // namespace

Result<ProvinceFilter> ResolveProvince(std::string_view query, const analyzer::ProvinceRegistry& provinces) {
  std::string key = Key(query);
  ProvinceFilter filter;
  if (key.empty()) return Status::InvalidInput("--province: empty province name");
  for (const analyzer::Province& unit : provinces.units(analyzer::ProvinceEra::kFrom2025)) {
    if (Key(unit.id) == key || Key(unit.name) == key || Key(unit.official_name) == key) {
      filter.label = unit.name + " (từ 1/7/2025)";
      for (const analyzer::Province* member : provinces.MembersOf(unit.id)) filter.old_ids.insert(member->id);
      return filter;
    }
  }
  for (const analyzer::Province& unit : provinces.units(analyzer::ProvinceEra::kBefore2025)) {
    bool named = Key(unit.id) == key || Key(unit.name) == key || Key(unit.official_name) == key;
    for (const std::string& variant : unit.variants) named = named || Key(variant) == key;
    if (named) {
      filter.label = unit.name + " (trước 1/7/2025)";
      filter.old_ids.insert(unit.id);
      return filter;
    }
  }
  return Status::InvalidInput("--province: unknown province '" + std::string(query) +
                              "' (give a province or city name, with or without diacritics, or its id)");
}

}  // namespace dxnews::cli
