// --province on the report commands: what the user typed ("Bình Dương", "binh duong",
// "TP.HCM", "ho-chi-minh", "Huế") resolved to the units it names, before and after the
// 1 July 2025 merger. A new unit's name selects all its old members; an old unit's name
// selects only that old unit.
#ifndef DXNEWS_CLI_PROVINCE_FILTER_H_
#define DXNEWS_CLI_PROVINCE_FILTER_H_

#include <set>
#include <string>
#include <string_view>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/core/result.h"

namespace dxnews::cli {

struct ProvinceFilter {
  std::string label;              ///< for report headers: "Hồ Chí Minh (từ 1/7/2025)"
  std::set<std::string> old_ids;  ///< pre-2025 unit ids an article's main province must be one of

  bool Matches(std::string_view old_id) const { return old_ids.count(std::string(old_id)) > 0; }
};

/// kInvalidInput "unknown province 'X'" when `query` names no unit of either era.
Result<ProvinceFilter> ResolveProvince(std::string_view query, const analyzer::ProvinceRegistry& provinces);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_PROVINCE_FILTER_H_
