// Finds the events a Vietnamese news text reports: conferences, launches, ceremonies, signings,
// workshops, forums, training courses, contests, exhibitions, meetings and the National Digital
// Transformation Day (10/10), each with its name when one is given ("Hội nghị sơ kết 6 tháng
// công tác chuyển đổi số"), the day it happens, the province it happens in and the officials
// who take part. Triggers come from an embedded lexicon (corpus/lexicon/events.toml).
//
// The extractor reuses what the other extractors found: the dates (ExtractDates), the place
// matches (PlaceMatcher::FindAll) and the officials (OfficialExtractor). Rules:
// - The event's day is a day-precision date of the trigger's sentence, the sentence opener
//   ("Sáng 12/10, ...") first. Recurring days ("10/10 hằng năm"), deadlines ("trước ngày",
//   "đến hết ngày", "hạn chót") and document dates ("Quyết định 749/QĐ-TTg ngày 3/6/2020") are
//   never event days.
// - The place is a province after "tại"/"ở" in the sentence, else the first one of the sentence.
// - Participants are the officials named in the sentence, or in a "Dự/Tham dự ... có ..."
//   sentence of the same paragraph (a paragraph is a line of the text).
// - A name trigger written with a capital ("Hội nghị", "Lễ ra mắt") starts the event's name; a
//   verb trigger ("khai trương", "ký kết") counts only in a sentence that gives the day. An
//   undated, unnamed mention ("Tại hội nghị, ...") only adds participants to an earlier event
//   of the same type. Mentions of the same type on the same day (or with the same name) merge.
#ifndef DXNEWS_ANALYZER_EVENT_EXTRACTOR_H_
#define DXNEWS_ANALYZER_EVENT_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/date_extractor.h"
#include "dxnews/analyzer/official_extractor.h"
#include "dxnews/analyzer/place_extractor.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/token.h"
#include "dxnews/core/result.h"

namespace dxnews::analyzer {

class ArticleAnalyzer;
namespace internal {
struct EventLexicon;  // the compiled trigger lexicon (private)
class TokenWords;     // the lower-case keys of a text's tokens (private)
}  // namespace internal

/// One event, all its mentions merged.
struct EventMention {
  /// "conference", "launch", "ceremony", "signing", "workshop", "forum", "training", "contest",
  /// "exhibition", "meeting", "campaign", "festival", "dx-day", or "event" (only "tổ chức ..." is known).
  std::string type;
  /// The event's name as written, whitespace normalised, when the text gives one; else "".
  std::string name;
  /// The day it happens (or starts), when the text gives one.
  std::optional<CivilDate> date;
  /// The last day of a multi-day event written as a range ("5-7/10/2024"), else unset.
  std::optional<CivilDate> end_date;
  /// Old-province id (ProvinceRegistry, before 2025) of where it happens, or "".
  std::string place_id;
  /// PersonMention::name of each official who takes part, in order of first mention.
  std::vector<std::string> participants;
  /// Byte offsets [begin, end) of the first trigger (or name) in the text.
  size_t begin = 0;
  size_t end = 0;
};

/// Everything ExtractEvents() reads. All references must outlive the call.
struct EventInput {
  std::string_view text;
  const std::vector<Token>& tokens;                 ///< Tokenize(text)
  const std::vector<Sentence>& sentences;           ///< SplitSentences(text, tokens)
  const std::vector<DateMention>& dates;            ///< ExtractDates(text, tokens, published)
  const std::vector<PlaceMatch>& places;            ///< PlaceMatcher::FindAll(text, tokens)
  const std::vector<PersonMention>& officials;      ///< OfficialExtractor::Extract().officials
};

/// The extractor: immutable after loading, cheap to copy, thread-safe for Extract().
class EventExtractor {
 public:
  /// Parses the copy of corpus/lexicon/events.toml embedded at build time.
  static Result<EventExtractor> LoadBuiltin();
  /// Parses a lexicon in the events.toml format; `source_name` names it in errors (kInvalidInput).
  static Result<EventExtractor> LoadFromString(std::string_view toml, const std::string& source_name);

  /// The events of the text in order of first mention. Never fails.
  std::vector<EventMention> Extract(const EventInput& input) const;

 private:
  // ArticleAnalyzer passes the TokenWords it made once for every extractor.
  friend class ArticleAnalyzer;
  std::vector<EventMention> Extract(const EventInput& input, const internal::TokenWords& words) const;

  explicit EventExtractor(std::shared_ptr<const internal::EventLexicon> lexicon);
  std::shared_ptr<const internal::EventLexicon> lexicon_;
};

/// EventExtractor::LoadBuiltin().Extract() with the built-in lexicon (parsed once, on first use;
/// the embedded lexicon is tested to parse, so this never fails).
std::vector<EventMention> ExtractEvents(std::string_view text, const std::vector<Token>& tokens,
                                        const std::vector<Sentence>& sentences,
                                        const std::vector<DateMention>& dates,
                                        const std::vector<PlaceMatch>& places,
                                        const std::vector<PersonMention>& officials);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_EVENT_EXTRACTOR_H_
