// Rising terms: Dunning's log-likelihood ratio (G²) of a term's frequency in a target period
// against a reference period, the standard keyness test of corpus linguistics. Raw counts favour
// words that are always frequent; G² favours words whose rate changed beyond chance.
#ifndef DXNEWS_REPORT_LOG_LIKELIHOOD_H_
#define DXNEWS_REPORT_LOG_LIKELIHOOD_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dxnews::report {

/// G² for a term seen `target_count` times among `target_total` items and `reference_count`
/// times among `reference_total`. 0 when the term is absent from both. REQUIRES: counts <= totals.
double LogLikelihood(std::int64_t target_count, std::int64_t target_total, std::int64_t reference_count,
                     std::int64_t reference_total);

/// G² at 1 degree of freedom above which p < 0.001.
inline constexpr double kSignificantG2 = 10.83;

struct RisingTerm {
  std::string term;
  std::int64_t count = 0;            ///< items of the target that contain it
  std::int64_t reference_count = 0;  ///< items of the reference that contain it
  double g2 = 0;
};

/// The terms whose share of items grew from the reference to the target with G² >= min_g2 and at
/// least `min_count` target items, highest G² first (ties by term), at most `limit`.
std::vector<RisingTerm> RisingTerms(const std::map<std::string, std::int64_t>& target, std::int64_t target_total,
                                    const std::map<std::string, std::int64_t>& reference,
                                    std::int64_t reference_total, std::size_t limit, double min_g2 = kSignificantG2,
                                    std::int64_t min_count = 2);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_LOG_LIKELIHOOD_H_
