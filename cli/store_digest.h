// The weekly digest of the article store: the articles of a period, the period before and the
// weeks before that (the baseline of rising terms), through report::BuildDigest. Shared by
// `dxnews digest` and `dxnews demo`.
#ifndef DXNEWS_CLI_STORE_DIGEST_H_
#define DXNEWS_CLI_STORE_DIGEST_H_

#include <cstdint>
#include <string>

#include "dxnews/report/digest.h"
#include "report_setup.h"

namespace dxnews::cli {

/// `analysed_now` (may be null) gets the number of articles that had no current stored analysis.
Result<report::Digest> DigestFromStore(const store::ArticleStore& store, const ReportModels& models,
                                       const report::Period& period, const ReportFilter& filter,
                                       const std::string& filter_label, std::int64_t* analysed_now);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_STORE_DIGEST_H_
