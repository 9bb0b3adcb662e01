#include "facet_spy.h"

#include <algorithm>
#include <vector>

#include "index_schema.h"

namespace dxnews::index::internal {
namespace {

void CountJoined(const std::string& joined, std::map<std::string, std::int64_t>* counts) {
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find('\n', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) ++(*counts)[joined.substr(start, end - start)];
    start = end + 1;
  }
}

std::vector<FacetCount> Sorted(const std::map<std::string, std::int64_t>& counts) {
  std::vector<FacetCount> out;
  for (const auto& [value, count] : counts) out.push_back({value, count});
  std::stable_sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return out;
}

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  CountJoined(doc.get_value(kSlotProvince), &provinces_);
  CountJoined(doc.get_value(kSlotSource), &sources_);
  CountJoined(doc.get_value(kSlotMonth), &months_);
  CountJoined(doc.get_value(kSlotThemes), &themes_);
  CountJoined(doc.get_value(kSlotOfficials), &officials_);
}

Facets FacetSpy::Result() const {
  Facets facets;
  facets.provinces = Sorted(provinces_);
  facets.sources = Sorted(sources_);
  facets.themes = Sorted(themes_);
  facets.officials = Sorted(officials_);
  facets.months = Sorted(months_);
  return facets;
}

}  // namespace dxnews::index::internal
