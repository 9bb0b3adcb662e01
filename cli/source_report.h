// What `dxnews sources` prints: pure formatting of sources and of source checks, as text lines
// or JSON, so that the output formats are unit tested without a terminal or a network.
#ifndef DXNEWS_CLI_SOURCE_REPORT_H_
#define DXNEWS_CLI_SOURCE_REPORT_H_

#include <string>
#include <vector>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/crawler/source_check.h"
#include "dxnews/crawler/source_registry.h"

namespace dxnews::cli {

/// One line of `sources list`: "id<TAB>name<TAB>old province -> new province<TAB>kind"; provinces
/// by name ("Hà Giang -> Tuyên Quang"), "-" for national sources.
std::string SourceListLine(const crawler::SourceConfig& source, const analyzer::ProvinceRegistry& provinces);

/// Every field of one source, one "key: value" line each (lists one item per line), for `show`.
std::string SourceDetails(const crawler::SourceConfig& source, const analyzer::ProvinceRegistry& provinces);

/// One source as a JSON object (every field; provinces as {id, name}), pretty-printed when
/// `indent` >= 0, else on one line.
std::string SourceJson(const crawler::SourceConfig& source, const analyzer::ProvinceRegistry& provinces,
                       int indent);

/// The sources as a JSON array, pretty-printed.
std::string SourcesJson(const std::vector<const crawler::SourceConfig*>& sources,
                        const analyzer::ProvinceRegistry& provinces);

/// The report of one checked source: "id: ok" or "id: unreachable: <reason>", then one indented
/// line per probe ("  feed     200  0.31 s  rss, 20 items  https://...").
std::string CheckReport(const crawler::SourceCheck& check);

/// "checked N sources: A answered, U unreachable; P of Q URLs answered".
std::string CheckSummary(const std::vector<crawler::SourceCheck>& checks);

/// The checks as a JSON array: [{"id", "answered", "probes": [{"kind", "url", "answered",
/// "status", "seconds", "parsed", "format", "items", "error"}]}], pretty-printed.
std::string ChecksJson(const std::vector<crawler::SourceCheck>& checks);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_SOURCE_REPORT_H_
