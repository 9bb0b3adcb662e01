// Private: the per-sentence questions the event extractor asks of one text: the event's name
// after a trigger, its day, its place and its participants. Built once per Extract() call.
#ifndef DXNEWS_ANALYZER_EVENT_PARTS_H_
#define DXNEWS_ANALYZER_EVENT_PARTS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dxnews/analyzer/event_extractor.h"
#include "token_words.h"

namespace dxnews::analyzer::internal {

class EventParts {
 public:
  /// REQUIRES: every container of `input`, and `words` (TokenWords(input.text, input.tokens)),
  /// outlive this object.
  EventParts(const EventInput& input, const TokenWords& words);

  const TokenWords& words() const { return words_; }
  /// The name starting at token `first` (a capitalised trigger ending before token `after`) of
  /// sentence `s`: the trigger plus the words that qualify it, up to punctuation, a date or a
  /// verb such as "tại", "do", "diễn ra". "" when nothing qualifies the trigger.
  std::string ReadName(size_t s, size_t first, size_t after) const;
  /// Sets *date (and *end_date for a range) to the event day of sentence `s` for the trigger at
  /// token `at`: the opener's date, else the nearest eligible one. Leaves them unset otherwise.
  void PickDate(size_t s, size_t at, std::optional<CivilDate>* date, std::optional<CivilDate>* end_date) const;
  /// The last day of an event in a sentence such as "Kéo dài đến hết ngày 30/4, ..." or "...
  /// diễn ra đến ngày 7/10": a day after "kéo dài"/"diễn ra" + "đến"/"tới"; unset otherwise.
  std::optional<CivilDate> LastingUntil(size_t s) const;
  /// The old-province id after "tại"/"ở" in sentence `s`, else its first place, else "".
  std::string PickPlace(size_t s) const;
  /// Officials named in sentence `s` or in a "Dự ... có" sentence of its paragraph.
  std::vector<std::string> Participants(size_t s) const;

 private:
  size_t TokenAt(size_t offset) const;
  bool Eligible(const DateMention& d, size_t s) const;
  /// True when `d` is one end of a range longer than two weeks: a period, not an event.
  bool InLongPeriod(const DateMention& d) const;
  bool IsRollCall(size_t s) const;
  void AddOfficials(size_t s, std::vector<std::string>* out) const;

  const EventInput& input_;
  const TokenWords& words_;
  std::vector<size_t> paragraph_;        ///< per sentence: byte offset of its line
  std::vector<std::string> lower_names_;  ///< NormalizeLower of each official's name
};

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_EVENT_PARTS_H_
