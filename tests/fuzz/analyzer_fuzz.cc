// libFuzzer target for the text core: arbitrary bytes -> decoding -> normalisation -> tokens ->
// sentences -> word segmentation. Aborts on any broken invariant, so the fuzzer reports it.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/decoder.h"
#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/tokenizer.h"

namespace {

using namespace dxnews::analyzer;  // NOLINT(build/namespaces): a fuzz harness, not library code

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

const Segmenter& BuiltinSegmenter() {
  static const Segmenter* segmenter = [] {
    auto loaded = Segmenter::LoadBuiltin();
    Check(loaded.ok());
    return new Segmenter(std::move(loaded).value());
  }();
  return *segmenter;
}

void CheckTokens(std::string_view text, const std::vector<Token>& tokens) {
  size_t previous_end = 0;
  for (const Token& t : tokens) {
    Check(t.begin >= previous_end && t.end > t.begin && t.end <= text.size());
    previous_end = t.end;
  }
  size_t next = 0;
  for (const Sentence& s : SplitSentences(text, tokens)) {
    Check(s.first_token == next && s.last_token > s.first_token && s.last_token <= tokens.size());
    next = s.last_token;
  }
  Check(next == tokens.size());
}

void CheckSegmentation(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::string_view> pieces;
  for (const Token& t : tokens) pieces.push_back(text.substr(t.begin, t.end - t.begin));
  std::vector<bool> joins;
  BuiltinSegmenter().Segment(pieces, &joins);
  Check(joins.size() == pieces.size());
  Check(joins.empty() || !joins[0]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DecodeHints hints;
  hints.html = size > 0 && (data[0] & 1);
  if (size > 1 && data[1] < 7 * 8) hints.forced = static_cast<Encoding>(data[1] % 7);
  DecodedText decoded = DecodeToUtf8(bytes, hints);
  Check(IsValidUtf8(decoded.utf8));
  const std::string& text = decoded.utf8;

  std::string normalized = Normalize(text);
  Check(IsValidUtf8(normalized));
  Check(Normalize(normalized) == normalized);  // idempotent
  std::string folded = Fold(text);
  Check(IsValidUtf8(folded));
  Check(IsValidUtf8(NormalizeLower(text)));

  // The raw bytes (possibly invalid UTF-8) and the decoded text both go through tokenisation.
  for (std::string_view input : {bytes, std::string_view(text)}) {
    std::vector<Token> tokens = Tokenize(input);
    CheckTokens(input, tokens);
    CheckSegmentation(input, tokens);
  }
  return 0;
}
