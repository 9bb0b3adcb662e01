// DaySpy: a Xapian::MatchSpy that counts matching documents per publication day (Vietnam time),
// for trend series: one pass over the match set, no documents loaded beyond their date value.
#ifndef DXNEWS_INDEX_DAY_SPY_H_
#define DXNEWS_INDEX_DAY_SPY_H_

#include <xapian.h>

#include <cstdint>
#include <map>

#include "dxnews/index/searcher.h"

namespace dxnews::index::internal {

class DaySpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  /// Days in order; documents without a date are not counted.
  DailyCounts Result() const;

 private:
  std::map<long, std::int64_t> days_;  // days since 1970-01-01 in Vietnam time
};

/// The Vietnam-time day of a kSlotPublished value (sortable_serialise of UTC seconds).
long VietnamDayOf(const std::string& published_value);

}  // namespace dxnews::index::internal

#endif  // DXNEWS_INDEX_DAY_SPY_H_
