#include "dxnews/report/log_likelihood.h"

#include <algorithm>
#include <cmath>

namespace dxnews::report {
namespace {

double Term(double observed, double expected) {
  return observed > 0 && expected > 0 ? observed * std::log(observed / expected) : 0.0;
}

}  // namespace

double LogLikelihood(std::int64_t target_count, std::int64_t target_total, std::int64_t reference_count,
                     std::int64_t reference_total) {
  double a = static_cast<double>(target_count), b = static_cast<double>(reference_count);
  double c = static_cast<double>(target_total), d = static_cast<double>(reference_total);
  if (a + b <= 0 || c + d <= 0) return 0.0;
  // The 2x2 table: term / not term by target / reference.
  double n = c + d, term = a + b, rest = n - term;
  double g2 = Term(a, c * term / n) + Term(b, d * term / n) + Term(c - a, c * rest / n) + Term(d - b, d * rest / n);
  return std::max(0.0, 2.0 * g2);
}

std::vector<RisingTerm> RisingTerms(const std::map<std::string, std::int64_t>& target, std::int64_t target_total,
                                    const std::map<std::string, std::int64_t>& reference,
                                    std::int64_t reference_total, std::size_t limit, double min_g2,
                                    std::int64_t min_count) {
  std::vector<RisingTerm> rising;
  if (target_total <= 0) return rising;
  for (const auto& [term, count] : target) {
    if (count < min_count) continue;
    auto it = reference.find(term);
    std::int64_t ref = it == reference.end() ? 0 : it->second;
    double target_rate = static_cast<double>(count) / static_cast<double>(target_total);
    double ref_rate = reference_total > 0 ? static_cast<double>(ref) / static_cast<double>(reference_total) : 0;
    if (target_rate <= ref_rate) continue;
    double g2 = LogLikelihood(count, target_total, ref, reference_total);
    if (g2 >= min_g2) rising.push_back({term, count, ref, g2});
  }
  std::sort(rising.begin(), rising.end(), [](const RisingTerm& x, const RisingTerm& y) {
    return x.g2 != y.g2 ? x.g2 > y.g2 : x.term < y.term;
  });
  if (rising.size() > limit) rising.resize(limit);
  return rising;
}

}  // namespace dxnews::report
