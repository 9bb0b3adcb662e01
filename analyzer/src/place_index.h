// Private: the PlaceMatcher's index of written place forms, keyed by the lower-case key of
// their first token, each bucket longest form first.
#ifndef DXNEWS_ANALYZER_PLACE_INDEX_H_
#define DXNEWS_ANALYZER_PLACE_INDEX_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dxnews/analyzer/place_extractor.h"
#include "dxnews/analyzer/province_registry.h"

namespace dxnews::analyzer {
namespace internal {

/// One written form, as token keys.
struct PlaceForm {
  std::string old_id;
  std::vector<std::string> keys;  ///< NormalizeLower key of each token
  std::vector<bool> capitalized;  ///< the token must be capitalised in the text
  bool ambiguous = false;         ///< needs a place cue before it
  bool prefixed = false;          ///< starts with its own cue ("tỉnh", "TP", "thành phố")
};

}  // namespace internal

struct PlaceMatcher::Index {
  ProvinceRegistry registry;
  std::unordered_map<std::string, std::vector<internal::PlaceForm>> by_first_key;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_PLACE_INDEX_H_
