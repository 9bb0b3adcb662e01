// Private: the event trigger lexicon (corpus/lexicon/events.toml) compiled for matching over
// token keys, and the longest-match lookup the event extractor runs at each token.
#ifndef DXNEWS_ANALYZER_EVENT_LEXICON_H_
#define DXNEWS_ANALYZER_EVENT_LEXICON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dxnews/core/result.h"
#include "token_words.h"

namespace dxnews::analyzer::internal {

/// One trigger phrase.
struct EventTrigger {
  std::vector<std::string> keys;  ///< NormalizeLower() of each token of the phrase
  std::string type;               ///< the [[event]] type
  bool is_name = false;           ///< from `names` (else from `verbs`)
};

struct EventLexicon {
  std::vector<EventTrigger> triggers;  ///< longest phrase first
  /// Indexes into `triggers` (ascending) by the trigger's first key; every trigger has one.
  std::unordered_map<std::string, std::vector<size_t>> by_first_key;
};

/// Parses events.toml text; kInvalidInput with "file:line: ..." on a malformed lexicon.
Result<EventLexicon> ParseEventLexicon(std::string_view toml, const std::string& source_name);

/// The longest trigger whose keys match the words at token `at`, or nullptr.
const EventTrigger* MatchTrigger(const EventLexicon& lexicon, const TokenWords& words, size_t at);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_EVENT_LEXICON_H_
