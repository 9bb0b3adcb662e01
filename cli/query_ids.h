// --query on the listing and export commands: the ids of every article that matches a search
// query in the index of the data directory (reprints included, no paging).
#ifndef DXNEWS_CLI_QUERY_IDS_H_
#define DXNEWS_CLI_QUERY_IDS_H_

#include <cstdint>
#include <set>
#include <string>

#include "dxnews/core/result.h"

namespace dxnews::cli {

/// kNotFound (with what to run) when there is no index; kInvalidInput for a malformed query.
Result<std::set<std::int64_t>> SearchIds(const std::string& data_dir, const std::string& query);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_QUERY_IDS_H_
