// FacetSpy: a Xapian::MatchSpy that counts the values of the facet slots (province, source,
// month, and the "\n"-joined themes and officials) over every document the match considers.
#ifndef DXNEWS_INDEX_FACET_SPY_H_
#define DXNEWS_INDEX_FACET_SPY_H_

#include <xapian.h>

#include <map>
#include <string>

#include "dxnews/index/searcher.h"

namespace dxnews::index::internal {

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  /// The counts, most frequent first (ties by value).
  Facets Result() const;

 private:
  std::map<std::string, std::int64_t> provinces_, sources_, themes_, officials_, months_;
};

}  // namespace dxnews::index::internal

#endif  // DXNEWS_INDEX_FACET_SPY_H_
