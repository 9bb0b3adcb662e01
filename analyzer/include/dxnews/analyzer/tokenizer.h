// Splits Vietnamese UTF-8 text into syllable tokens while keeping numbers, dates, times, legal
// document numbers, abbreviations, e-mail addresses and URLs whole. Every token keeps its byte
// offsets into the input; no text is copied or normalised, so NFD input gives the same tokens
// as NFC input (combining marks stay inside their syllable).
#ifndef DXNEWS_ANALYZER_TOKENIZER_H_
#define DXNEWS_ANALYZER_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

/// Tokenizes `utf8`. Whitespace separates tokens and is never part of one. Invalid UTF-8 never
/// fails: each ill-formed byte sequence becomes a kSymbol token and scanning resumes after it.
/// Thread-safe; allocates only the returned vector.
std::vector<Token> Tokenize(std::string_view utf8);

/// Same as Tokenize(utf8), but appends to *out, so a caller can reuse one vector across many
/// texts on hot paths. Existing elements of *out are left untouched. REQUIRES: out != nullptr.
void Tokenize(std::string_view utf8, std::vector<Token>* out);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_TOKENIZER_H_
