// EventExtractor: event triggers per sentence, each given a day, a place and participants from
// the other extractors' output, then merged. Rules: analyzer/include/dxnews/analyzer/event_extractor.h.
#include "dxnews/analyzer/event_extractor.h"

#include <algorithm>
#include <utility>

#include "builtin_events.h"
#include "dxnews/analyzer/normalizer.h"
#include "event_lexicon.h"
#include "event_parts.h"
#include "token_words.h"

namespace dxnews::analyzer {
namespace {

using internal::EventTrigger;
using internal::TokenWords;

/// One trigger found in a sentence, before merging.
struct Candidate {
  EventMention event;
  bool strong = false;  ///< dated or named: an event of its own; else it only adds participants
  /// Only the last day of the latest event ("Kéo dài đến hết ngày 30/4, ..."); `event` is unused.
  std::optional<CivilDate> until;
};

/// Sets the last day of the latest event when `until` follows its first day by at most a month.
void ExtendLatest(const CivilDate& until, std::vector<EventMention>* events) {
  if (events->empty()) return;
  EventMention& latest = events->back();
  if (!latest.date || latest.end_date) return;
  const long days = DaysSinceEpoch(until) - DaysSinceEpoch(*latest.date);
  if (days > 0 && days <= 31) latest.end_date = until;
}

/// The triggers of sentence `s`: every name trigger, or the verb triggers when there is none
/// (the generic "event" verbs only when nothing else is there).
std::vector<std::pair<size_t, const EventTrigger*>> SentenceTriggers(const internal::EventLexicon& lexicon,
                                                                     const TokenWords& words,
                                                                     const Sentence& s) {
  std::vector<std::pair<size_t, const EventTrigger*>> names, verbs, generic;
  for (size_t i = s.first_token; i < s.last_token; ++i) {
    const EventTrigger* t = internal::MatchTrigger(lexicon, words, i);
    if (t == nullptr) continue;
    auto& list = t->is_name ? names : (t->type == "event" ? generic : verbs);
    list.emplace_back(i, t);
    i += t->keys.size() - 1;
  }
  if (!names.empty()) return names;
  return verbs.empty() ? generic : verbs;
}

Candidate MakeCandidate(const internal::EventParts& parts, size_t sentence, size_t at,
                        const EventTrigger& trigger) {
  Candidate c;
  c.event.type = trigger.type;
  const TokenWords& words = parts.words();
  const size_t last = at + trigger.keys.size() - 1;
  c.event.begin = words.token(at).begin;
  c.event.end = words.token(last).end;
  if (trigger.is_name && words.IsCapitalized(at)) c.event.name = parts.ReadName(sentence, at, last + 1);
  // A trigger that is a proper name by itself ("Ngày Chuyển đổi số quốc gia") is the name.
  if (c.event.name.empty() && trigger.is_name && last > at && words.IsCapitalized(at + 1)) {
    c.event.name = words.Span(at, last);
  }
  parts.PickDate(sentence, at, &c.event.date, &c.event.end_date);
  c.event.place_id = parts.PickPlace(sentence);
  c.event.participants = parts.Participants(sentence);
  c.strong = c.event.date.has_value() || !c.event.name.empty();
  if (!trigger.is_name && !c.event.date) c.strong = false;
  return c;
}

void Absorb(const EventMention& from, EventMention* into) {
  if (into->name.empty()) into->name = from.name;
  if (!into->date) {
    into->date = from.date;
    into->end_date = from.end_date;
  }
  if (into->place_id.empty()) into->place_id = from.place_id;
  for (const std::string& p : from.participants) {
    if (std::find(into->participants.begin(), into->participants.end(), p) == into->participants.end()) {
      into->participants.push_back(p);
    }
  }
}

/// True when one name is the other or starts it ("Ngày Chuyển đổi số Việt Nam" and "... 2021").
bool SameName(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const std::string x = NormalizeLower(a), y = NormalizeLower(b);
  const std::string& shorter = x.size() < y.size() ? x : y;
  const std::string& longer = x.size() < y.size() ? y : x;
  return longer.compare(0, shorter.size(), shorter) == 0 &&
         (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

/// True when two mentions of the same type are one event: the same day; else the same name; else
/// one gives the name and the other the day ("Diễn đàn X ..." then "Ngày 9/4, diễn đàn ...").
bool SameEvent(const EventMention& a, const EventMention& b) {
  if (a.type != b.type) return false;
  if (a.date && b.date) return *a.date == *b.date;
  if (SameName(a.name, b.name)) return true;
  return (a.name.empty() || b.name.empty()) && (!a.date || !b.date);
}

std::vector<EventMention> Merge(std::vector<Candidate> candidates) {
  std::vector<EventMention> events;
  for (Candidate& c : candidates) {
    if (c.until) {
      ExtendLatest(*c.until, &events);
      continue;
    }
    size_t found = events.size();
    for (size_t i = 0; i < events.size() && found == events.size(); ++i) {
      if (SameEvent(events[i], c.event)) found = i;
    }
    if (found == events.size() && !c.strong) {
      // An undated, unnamed mention is the latest event of its type, if any.
      for (size_t i = events.size(); i > 0 && found == events.size(); --i) {
        if (events[i - 1].type == c.event.type) found = i - 1;
      }
      if (found == events.size()) continue;
    }
    if (found == events.size()) {
      events.push_back(std::move(c.event));
    } else {
      Absorb(c.event, &events[found]);
    }
  }
  return events;
}

}  // namespace

EventExtractor::EventExtractor(std::shared_ptr<const internal::EventLexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}

Result<EventExtractor> EventExtractor::LoadBuiltin() {
  return LoadFromString(BuiltinEventsToml(), "events.toml");
}

Result<EventExtractor> EventExtractor::LoadFromString(std::string_view toml, const std::string& source_name) {
  Result<internal::EventLexicon> lexicon = internal::ParseEventLexicon(toml, source_name);
  if (!lexicon.ok()) return lexicon.status();
  return EventExtractor(std::make_shared<const internal::EventLexicon>(std::move(lexicon).value()));
}

std::vector<EventMention> EventExtractor::Extract(const EventInput& input) const {
  return Extract(input, TokenWords(input.text, input.tokens));
}

std::vector<EventMention> EventExtractor::Extract(const EventInput& input, const TokenWords& words) const {
  const internal::EventParts parts(input, words);
  std::vector<Candidate> candidates;
  for (size_t s = 0; s < input.sentences.size(); ++s) {
    for (const auto& [at, trigger] : SentenceTriggers(*lexicon_, parts.words(), input.sentences[s])) {
      candidates.push_back(MakeCandidate(parts, s, at, *trigger));
    }
    if (std::optional<CivilDate> until = parts.LastingUntil(s)) candidates.push_back(Candidate{{}, false, until});
  }
  return Merge(std::move(candidates));
}

std::vector<EventMention> ExtractEvents(std::string_view text, const std::vector<Token>& tokens,
                                        const std::vector<Sentence>& sentences,
                                        const std::vector<DateMention>& dates,
                                        const std::vector<PlaceMatch>& places,
                                        const std::vector<PersonMention>& officials) {
  static const Result<EventExtractor> kBuiltin = EventExtractor::LoadBuiltin();
  if (!kBuiltin.ok()) return {};
  return kBuiltin.value().Extract(EventInput{text, tokens, sentences, dates, places, officials});
}

}  // namespace dxnews::analyzer
