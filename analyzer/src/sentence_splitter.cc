#include "dxnews/analyzer/sentence_splitter.h"

#include "char_class.h"

namespace dxnews::analyzer {
namespace {

using internal::CharClass;
using internal::CodePoint;

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens) : text_(text), tokens_(tokens) {}

  std::vector<Sentence> Run();

 private:
  std::string_view TextOf(size_t i) const {
    const Token& t = tokens_[i];
    if (t.begin >= text_.size()) return {};
    return text_.substr(t.begin, t.end - t.begin);
  }
  CodePoint FirstChar(size_t i) const {
    if (TextOf(i).empty()) return {0, 1, CharClass::kSpace};
    return internal::DecodeAt(text_, tokens_[i].begin);
  }
  bool Adjacent(size_t i) const { return tokens_[i - 1].end == tokens_[i].begin; }
  bool LineBreakBefore(size_t i) const;
  bool IsListMarker(size_t i, size_t first) const;
  bool IsTerminal(size_t i, size_t first) const;
  bool IsCloser(size_t i) const;
  bool StartsNewSentence(size_t i) const;
  void Emit(size_t first, size_t last);

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<Sentence> sentences_;
};

bool Splitter::LineBreakBefore(size_t i) const {
  const size_t begin = tokens_[i - 1].end;
  const size_t end = tokens_[i].begin < text_.size() ? tokens_[i].begin : text_.size();
  for (size_t p = begin; p < end; ++p) {
    const char c = text_[p];
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
    if (c == '\xE2' && p + 2 < end && text_[p + 1] == '\x80' &&
        (text_[p + 2] == '\xA8' || text_[p + 2] == '\xA9')) {
      return true;
    }
  }
  return false;
}

// "1", "12", "IV" or "a" opening a sentence or following ';' / ':', as in
// "1. Nâng cao nhận thức ...; 2. Phát triển hạ tầng ...".
bool Splitter::IsListMarker(size_t i, size_t first) const {
  const bool opens = i == first || (tokens_[i - 1].kind == TokenKind::kPunctuation &&
                                    (TextOf(i - 1) == ";" || TextOf(i - 1) == ":"));
  if (!opens) return false;
  const std::string_view marker = TextOf(i);
  if (tokens_[i].kind == TokenKind::kNumber) {
    return marker.size() <= 2 && marker.find_first_not_of("0123456789") == std::string_view::npos;
  }
  if (marker.size() == 1 && marker[0] >= 'a' && marker[0] <= 'z') return true;
  return !marker.empty() && marker.size() <= 4 && marker.find_first_not_of("IVX") == std::string_view::npos;
}

bool Splitter::IsTerminal(size_t i, size_t first) const {
  const std::string_view token = TextOf(i);
  if (token.empty()) return false;
  if (tokens_[i].kind == TokenKind::kAbbreviation) {
    // "v.v." can end a sentence; "TP.", "GS.TS." (capitalised titles and places) never do.
    return token.back() == '.' && token[0] >= 'a' && token[0] <= 'z';
  }
  if (tokens_[i].kind != TokenKind::kPunctuation) return false;
  if (!internal::IsSentenceFinal(FirstChar(i).cp)) return false;
  if (token == "." && i > first && Adjacent(i) && IsListMarker(i - 1, first)) return false;
  return true;
}

bool Splitter::IsCloser(size_t i) const {
  if (tokens_[i].kind != TokenKind::kPunctuation) return false;
  const char32_t cp = FirstChar(i).cp;
  return internal::IsSentenceFinal(cp) || cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' ||
         cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A;
}

// A lower-case word after ". ! ? …" continues the sentence: `"Vì sao?" anh hỏi`.
bool Splitter::StartsNewSentence(size_t i) const {
  if (LineBreakBefore(i)) return true;
  return FirstChar(i).cls != CharClass::kLetter;
}

void Splitter::Emit(size_t first, size_t last) {
  sentences_.push_back(Sentence{tokens_[first].begin, tokens_[last - 1].end, first, last});
}

std::vector<Sentence> Splitter::Run() {
  size_t first = 0;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (i > first && LineBreakBefore(i)) {
      Emit(first, i);
      first = i;
    }
    if (!IsTerminal(i, first)) continue;
    size_t last = i;
    while (last + 1 < tokens_.size() && Adjacent(last + 1) && IsCloser(last + 1)) ++last;
    i = last;
    if (last + 1 < tokens_.size() && !StartsNewSentence(last + 1)) continue;
    Emit(first, last + 1);
    first = last + 1;
  }
  if (first < tokens_.size()) Emit(first, tokens_.size());
  return std::move(sentences_);
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  return Splitter(text, tokens).Run();
}

}  // namespace dxnews::analyzer
