// The source registry as the CLI sees it: loaded from the built-in corpus/sources.toml or from a
// file, with the province ids checked against the built-in province registry, and the lookups
// `dxnews sources` offers on top of it (filter by province name, suggest ids for a typo).
#ifndef DXNEWS_CLI_SOURCE_CATALOG_H_
#define DXNEWS_CLI_SOURCE_CATALOG_H_

#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/core/result.h"
#include "dxnews/crawler/source_registry.h"

namespace dxnews::cli {

/// The province ids a source registry may reference, from `provinces`.
crawler::ProvinceRefs ProvinceRefsOf(const analyzer::ProvinceRegistry& provinces);

/// The built-in registry when `path` is empty, else the file at `path`. Errors name the file and
/// line (kInvalidInput) or say it cannot be read (kIoError).
Result<crawler::SourceRegistry> LoadSourceRegistry(const std::string& path,
                                                   const analyzer::ProvinceRegistry& provinces);

/// True when `query` names the source's old (pre-2025) or new province, by id ("ha-tinh") or by
/// name, case- and diacritics-insensitively ("Hà Tĩnh", "ha tinh", "HA TINH"). National sources
/// never match.
bool InProvince(const crawler::SourceConfig& source, std::string_view query,
                const analyzer::ProvinceRegistry& provinces);

/// Up to three ids of `registry` close to `id` (edit distance, or containing it), best first;
/// none more than one edit further than the best.
std::vector<std::string> SuggestSourceIds(const crawler::SourceRegistry& registry, std::string_view id);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_SOURCE_CATALOG_H_
