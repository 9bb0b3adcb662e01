#include "day_spy.h"

#include <cmath>

#include "index_schema.h"

namespace dxnews::index::internal {

long VietnamDayOf(const std::string& published_value) {
  constexpr double kVietnamOffset = 7 * 3600;
  double seconds = Xapian::sortable_unserialise(published_value) + kVietnamOffset;
  return static_cast<long>(std::floor(seconds / 86400));
}

void DaySpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  std::string value = doc.get_value(kSlotPublished);
  if (!value.empty()) ++days_[VietnamDayOf(value)];
}

DailyCounts DaySpy::Result() const {
  DailyCounts out;
  for (const auto& [day, count] : days_) out.emplace_back(analyzer::FromDaysSinceEpoch(day), count);
  return out;
}

}  // namespace dxnews::index::internal
