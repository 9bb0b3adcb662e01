// EventParts: name, day, place and participants of an event trigger (see event_parts.h).
#include "event_parts.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "dxnews/analyzer/normalizer.h"

namespace dxnews::analyzer::internal {
namespace {

/// Words that end an event's name: the verbs, adverbs and prepositions that follow it.
bool EndsName(std::string_view key) {
  static constexpr std::string_view kStops[] = {
      "tại", "do", "diễn", "được", "vào", "với", "nhằm", "có", "sẽ", "đã", "đang", "theo", "ở", "và",
      "cho", "thu", "là", "này", "bằng", "trên", "nhân", "sáng", "chiều", "tối", "trưa", "ngày", "hôm",
      "từ", "qua", "thì", "cũng", "còn", "vừa", "mới", "luôn", "đều", "chỉ", "không", "chưa", "phải",
      "cần", "nên", "vẫn", "hứa", "mang", "gồm", "bao", "kéo", "trở", "thu", "nhưng", "mà", "khi"};
  return std::find(std::begin(kStops), std::end(kStops), key) != std::end(kStops);
}

/// Two-word phrases that end an event's name.
bool EndsNameAt(const internal::TokenWords& words, size_t i) {
  static constexpr std::pair<std::string_view, std::string_view> kStops[] = {
      {"tổ", "chức"}, {"khai", "mạc"}, {"dự", "kiến"}, {"lần", "này"}, {"năm", "nay"},
      {"kết", "thúc"}, {"bắt", "đầu"}, {"chính", "thức"}, {"hướng", "tới"}, {"khai", "hội"}};
  for (const auto& [a, b] : kStops) {
    if (words.Is2(i, a, b)) return true;
  }
  return EndsName(words.Key(i));
}

bool IsQuote(std::string_view t) {
  return t == "\"" || t == "\u201C" || t == "\u201D" || t == "'" || t == "\u2018" || t == "\u2019";
}

}  // namespace

EventParts::EventParts(const EventInput& input, const TokenWords& words) : input_(input), words_(words) {
  // One forward pass over the text for sentences in text order: looking back from each sentence
  // to its line start cost time quadratic in the length of a one-line body.
  size_t scanned = 0;                       // text[0, scanned) has been looked at
  size_t line_start = 0;                    // just after the last '\n' before `scanned`
  for (const Sentence& s : input.sentences) {
    if (s.begin < scanned) {                // out of order: look back as before
      const size_t line = s.begin == 0 ? std::string_view::npos : input.text.rfind('\n', s.begin - 1);
      paragraph_.push_back(line == std::string_view::npos ? 0 : line + 1);
      continue;
    }
    for (; scanned < s.begin && scanned < input.text.size(); ++scanned) {
      if (input.text[scanned] == '\n') line_start = scanned + 1;
    }
    paragraph_.push_back(line_start);
  }
  for (const PersonMention& p : input.officials) lower_names_.push_back(NormalizeLower(p.name));
}

size_t EventParts::TokenAt(size_t offset) const {
  auto it = std::lower_bound(input_.tokens.begin(), input_.tokens.end(), offset,
                             [](const Token& t, size_t o) { return t.end <= o; });
  return static_cast<size_t>(it - input_.tokens.begin());
}

std::string EventParts::ReadName(size_t s, size_t first, size_t after) const {
  const size_t limit = std::min(input_.sentences[s].last_token, after + 24);
  if (after < limit && IsQuote(words_.Text(after))) {  // Tọa đàm "Định hướng ..."
    for (size_t close = after + 1; close < limit; ++close) {
      if (IsQuote(words_.Text(close))) return close > after + 1 ? words_.Span(first, close) : "";
    }
    return "";
  }
  size_t end = after;
  for (; end < limit; ++end) {
    const std::string_view t = words_.Text(end);
    const TokenKind kind = words_.kind(end);
    if (kind == TokenKind::kDate || kind == TokenKind::kTime || EndsNameAt(words_, end)) break;
    if (kind == TokenKind::kPunctuation && t != "-" && t != "\u2013" && t != "&") break;
  }
  while (end > after && words_.kind(end - 1) == TokenKind::kPunctuation) --end;
  return end > after ? words_.Span(first, end - 1) : "";
}

bool EventParts::Eligible(const DateMention& d, size_t s) const {
  const Sentence& sentence = input_.sentences[s];
  if (d.precision != DateMention::kDay || d.recurring) return false;
  if (d.begin < sentence.begin || d.begin >= sentence.end) return false;
  const size_t at = TokenAt(d.begin);
  if (at > sentence.first_token && words_.Is(at - 1, "đến")) {
    bool range = false;  // "từ ngày 5 đến 7/10" is a range, "đến ngày 15/8" a deadline
    for (size_t k = at - 1; k > sentence.first_token && k + 8 > at; --k) range = range || words_.Is(k - 1, "từ");
    if (!range) return false;
  }
  for (size_t k = at; k > sentence.first_token && k + 4 > at; --k) {
    const std::string& key = words_.Key(k - 1);
    if (key == "trước" || key == "hết" || key == "chót" || key == "hạn" || key == "chậm") return false;
    if (words_.kind(k - 1) == TokenKind::kDocumentNumber) return false;
  }
  for (size_t k = sentence.first_token; k + 1 < at; ++k) {  // "phê duyệt ... vào ngày 3/6/2020"
    if (words_.Is2(k, "ban", "hành") || words_.Is2(k, "phê", "duyệt")) return false;
  }
  return !InLongPeriod(d);
}

bool EventParts::InLongPeriod(const DateMention& d) const {
  for (const DateMention& other : input_.dates) {
    if (&other == &d || other.precision != DateMention::kDay) continue;
    const bool adjacent = (other.begin >= d.end && other.begin <= d.end + 8) ||
                          (d.begin >= other.end && d.begin <= other.end + 8);
    if (adjacent && std::labs(DaysSinceEpoch(other.date) - DaysSinceEpoch(d.date)) > 14) return true;
  }
  return false;
}

void EventParts::PickDate(size_t s, size_t at, std::optional<CivilDate>* date,
                          std::optional<CivilDate>* end_date) const {
  const Sentence& sentence = input_.sentences[s];
  const size_t trigger = words_.token(at).begin;
  size_t best = input_.dates.size();
  for (size_t i = 0; i < input_.dates.size(); ++i) {
    const DateMention& d = input_.dates[i];
    if (!Eligible(d, s)) continue;
    if (TokenAt(d.begin) <= sentence.first_token + 2) {  // the opener: "Sáng 12/10, ..."
      best = i;
      break;
    }
    const auto distance = [&](size_t j) { return std::labs(static_cast<long>(input_.dates[j].begin) - static_cast<long>(trigger)); };
    if (best == input_.dates.size() || distance(i) < distance(best)) best = i;
  }
  if (best == input_.dates.size()) return;
  *date = input_.dates[best].date;
  if (best + 1 < input_.dates.size()) {
    const DateMention& next = input_.dates[best + 1];
    const long days = DaysSinceEpoch(next.date) - DaysSinceEpoch(**date);
    if (Eligible(next, s) && next.begin <= input_.dates[best].end + 8 && days > 0 && days <= 14) {
      *end_date = next.date;
    }
  }
}

std::optional<CivilDate> EventParts::LastingUntil(size_t s) const {
  const Sentence& sentence = input_.sentences[s];
  for (size_t i = sentence.first_token; i + 1 < sentence.last_token; ++i) {
    if (!words_.Is2(i, "kéo", "dài") && !words_.Is2(i, "diễn", "ra")) continue;
    for (size_t k = i + 2; k < sentence.last_token && k < i + 6; ++k) {
      if (!words_.Is(k, "đến") && !words_.Is(k, "tới")) continue;
      for (const DateMention& d : input_.dates) {
        if (d.begin >= words_.token(k).end && d.begin < sentence.end && d.begin <= words_.token(k).end + 12 &&
            d.precision == DateMention::kDay && !d.recurring) {
          return d.date;
        }
      }
    }
  }
  return std::nullopt;
}

std::string EventParts::PickPlace(size_t s) const {
  const Sentence& sentence = input_.sentences[s];
  std::string first;
  for (const PlaceMatch& p : input_.places) {
    if (p.begin < sentence.begin || p.begin >= sentence.end) continue;
    if (first.empty()) first = p.old_id;
    const size_t at = TokenAt(p.begin);
    for (size_t k = at; k > sentence.first_token && k + 4 > at; --k) {
      if (words_.Is(k - 1, "tại") || words_.Is(k - 1, "ở")) return p.old_id;
    }
  }
  return first;
}

bool EventParts::IsRollCall(size_t s) const {
  const size_t i = input_.sentences[s].first_token;
  return words_.Is(i, "dự") || words_.Is2(i, "tham", "dự") || words_.Is2(i, "tới", "dự") ||
         words_.Is2(i, "đến", "dự") || words_.Is2(i, "cùng", "dự") || words_.Is2(i, "có", "mặt");
}

void EventParts::AddOfficials(size_t s, std::vector<std::string>* out) const {
  const Sentence& sentence = input_.sentences[s];
  const std::string lower = words_.LowerSpan(sentence.first_token, sentence.last_token);
  for (size_t i = 0; i < lower_names_.size(); ++i) {
    const std::string& name = input_.officials[i].name;
    if (lower.find(lower_names_[i]) != std::string::npos &&
        std::find(out->begin(), out->end(), name) == out->end()) {
      out->push_back(name);
    }
  }
}

std::vector<std::string> EventParts::Participants(size_t s) const {
  std::vector<std::string> out;
  AddOfficials(s, &out);
  for (size_t t = 0; t < input_.sentences.size(); ++t) {
    if (t != s && paragraph_[t] == paragraph_[s] && IsRollCall(t)) AddOfficials(t, &out);
  }
  return out;
}

}  // namespace dxnews::analyzer::internal
