#include "dxnews/index/term_mapper.h"

#include <utility>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/tokenizer.h"

namespace dxnews::index {
namespace {

using analyzer::Token;
using analyzer::TokenKind;

bool Indexable(TokenKind kind) { return kind != TokenKind::kPunctuation && kind != TokenKind::kSymbol; }

// Adds the terms of one word made of tokens [first, last).
void AddWord(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last, uint32_t position,
             std::vector<IndexTerm>* out) {
  std::string exact, folded;
  std::vector<std::pair<std::string, std::string>> syllables;
  for (size_t i = first; i < last; ++i) {
    std::string_view piece = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    std::string lower, fold;
    analyzer::AppendLowerKey(piece, &lower);
    analyzer::AppendFoldKey(piece, &fold);
    if (i > first) {
      exact += '_';
      folded += '_';
    }
    exact += lower;
    folded += fold;
    syllables.emplace_back(std::move(lower), std::move(fold));
  }
  const auto begin = static_cast<uint32_t>(tokens[first].begin);
  const auto end = static_cast<uint32_t>(tokens[last - 1].end);
  const bool plain = folded == exact;
  out->push_back({exact, position, TermKind::kWordExact, begin, end, plain});
  if (!plain) out->push_back({folded, position, TermKind::kWordFolded, begin, end, true});
  if (syllables.size() < 2) return;
  for (auto& [lower, fold] : syllables) {
    if (fold != lower) out->push_back({fold, position, TermKind::kSyllableFolded, begin, end, false});
    out->push_back({std::move(lower), position, TermKind::kSyllableExact, begin, end, false});
  }
}

}  // namespace

Result<TermMapper> TermMapper::LoadBuiltin() {
  Result<analyzer::Segmenter> segmenter = analyzer::Segmenter::LoadBuiltin();
  if (!segmenter.ok()) return segmenter.status().WithContext("term mapper");
  return TermMapper(std::make_unique<const analyzer::Segmenter>(std::move(segmenter).value()));
}

TermMapper::TermMapper(std::unique_ptr<const analyzer::Segmenter> segmenter) : segmenter_(std::move(segmenter)) {}
TermMapper::TermMapper(TermMapper&&) noexcept = default;
TermMapper& TermMapper::operator=(TermMapper&&) noexcept = default;
TermMapper::~TermMapper() = default;

std::vector<IndexTerm> TermMapper::Map(std::string_view text) const {
  const std::vector<Token> tokens = analyzer::Tokenize(text);
  std::vector<IndexTerm> out;
  uint32_t position = 0;
  std::vector<std::string_view> pieces;
  std::vector<bool> joins;
  for (const analyzer::Sentence& sentence : analyzer::SplitSentences(text, tokens)) {
    pieces.clear();
    for (size_t i = sentence.first_token; i < sentence.last_token; ++i) {
      pieces.push_back(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    }
    segmenter_->Segment(pieces, &joins);
    size_t i = sentence.first_token;
    while (i < sentence.last_token) {
      size_t end = i + 1;
      while (end < sentence.last_token && joins[end - sentence.first_token]) ++end;
      if (Indexable(tokens[i].kind)) AddWord(text, tokens, i, end, ++position, &out);
      i = end;
    }
  }
  return out;
}

const char* TermKindName(TermKind kind) {
  switch (kind) {
    case TermKind::kWordExact:
      return "word_exact";
    case TermKind::kWordFolded:
      return "word_folded";
    case TermKind::kSyllableExact:
      return "syllable_exact";
    case TermKind::kSyllableFolded:
      return "syllable_folded";
  }
  return "unknown";
}

std::string TermString(TextField field, TermKind kind, std::string_view text) {
  std::string term = field == TextField::kTitle ? "S" : "";
  switch (kind) {
    case TermKind::kWordExact:
      break;
    case TermKind::kWordFolded:
      term += "XF";
      break;
    case TermKind::kSyllableExact:
      term += "XS";
      break;
    case TermKind::kSyllableFolded:
      term += "XZ";
      break;
  }
  term += text;
  return term;
}

std::string FieldKey(std::string_view value) {
  std::string folded = analyzer::Fold(value);
  for (char& c : folded) {
    if (c == ' ') c = '-';
  }
  return folded;
}

std::string KeyTerm(KeyField field, std::string_view value) {
  static constexpr char kPrefixes[] = {'Q', 'B', 'P', 'T', 'O', 'D', 'A', 'E', 'K'};
  std::string term(1, kPrefixes[static_cast<int>(field)]);
  term += FieldKey(value);
  return term;
}

}  // namespace dxnews::index
