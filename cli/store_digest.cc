#include "store_digest.h"

namespace dxnews::cli {
namespace {

// Rising terms are tested against this many weeks before the previous period.
constexpr int kReferenceWeeks = 4;

}  // namespace

Result<report::Digest> DigestFromStore(const store::ArticleStore& store, const ReportModels& models,
                                       const report::Period& period, const ReportFilter& filter,
                                       const std::string& filter_label, std::int64_t* analysed_now) {
  report::DigestInput input;
  input.period = period;
  input.filter = filter_label;
  report::Period previous = report::PreviousPeriod(period);
  report::Period reference{analyzer::AddDays(previous.first, -7 * kReferenceWeeks),
                           analyzer::AddDays(previous.first, -1)};
  ReportFilter dx = filter;
  dx.about_dx_only = true;  // the digest is about CĐS coverage
  std::int64_t fresh = 0;
  for (auto [range, target] : {std::pair{period, &input.current}, std::pair{previous, &input.previous},
                               std::pair{reference, &input.reference}}) {
    Result<LoadedArticles> loaded = LoadReportArticles(store, range, dx, models.Context());
    if (!loaded.ok()) return loaded.status();
    fresh += loaded.value().analysed_now;
    *target = std::move(loaded.value().articles);
  }
  if (analysed_now != nullptr) *analysed_now = fresh;
  return report::BuildDigest(input, models.provinces, models.themes.themes());
}

}  // namespace dxnews::cli
