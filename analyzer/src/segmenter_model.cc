#include "segmenter_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dxnews::analyzer::internal {
namespace {

constexpr std::string_view kMagic = "DXSEGM02";

template <typename T>
void Put(T value, std::string* out) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));  // the project targets little-endian hosts only
  out->append(bytes, sizeof(T));
}

// Reads fixed-size values from the front of a byte range.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  template <typename T>
  bool Get(T* value) {
    if (rest_.size() < sizeof(T)) return false;
    std::memcpy(value, rest_.data(), sizeof(T));
    rest_.remove_prefix(sizeof(T));
    return true;
  }
  size_t remaining() const { return rest_.size(); }

 private:
  std::string_view rest_;
};

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    if (end == std::string_view::npos) end = text.size();
    if (end > 0) lines.emplace_back(text.substr(0, end));
    text.remove_prefix(end < text.size() ? end + 1 : end);
  }
  return lines;
}

Status Corrupt(const std::string& what) { return Status::InvalidInput("segmenter model: " + what); }

}  // namespace

Result<SegmenterModel> ParseModel(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return Corrupt("not a dxnews segmenter model (bad magic)");
  Reader in(bytes.substr(kMagic.size()));
  uint32_t bits = 0, weight_count = 0, word_count = 0, syllable_bytes = 0;
  if (!in.Get(&bits) || !in.Get(&weight_count) || !in.Get(&word_count) || !in.Get(&syllable_bytes)) {
    return Corrupt("truncated header");
  }
  if (bits == 0 || bits > kMaxTableBits) return Corrupt("bad table size");
  if (in.remaining() != uint64_t{weight_count} * 8 + uint64_t{word_count} * 8 + syllable_bytes) {
    return Corrupt("bad size");
  }
  SegmenterModel model;
  model.weights.assign(size_t{1} << bits, 0);
  model.mask = static_cast<uint32_t>(model.weights.size() - 1);
  std::vector<std::pair<uint32_t, float>> weights(weight_count);
  float max_abs = 0;
  int64_t previous = -1;
  for (auto& [index, weight] : weights) {
    (void)in.Get(&index);
    (void)in.Get(&weight);
    if (index > model.mask || int64_t{index} <= previous || !std::isfinite(weight)) return Corrupt("bad weight");
    max_abs = std::max(max_abs, std::fabs(weight));
    previous = index;
  }
  // At most kMaxFeatures weights are summed: int32 sums cannot overflow.
  const float scale = max_abs > 0 ? 32767.0f / max_abs : 0.0f;
  for (const auto& [index, weight] : weights) {
    model.weights[index] = static_cast<int16_t>(std::lround(weight * scale));
  }
  std::vector<uint64_t> words(word_count);
  for (uint64_t& w : words) (void)in.Get(&w);
  model.lexicon = Lexicon(words);
  model.syllables = SyllableTable(SplitLines(bytes.substr(bytes.size() - syllable_bytes)));
  return model;
}

std::string SerializeModel(uint32_t table_bits, const std::vector<float>& weights,
                           const std::vector<uint64_t>& lexicon_entries, const std::vector<std::string>& syllables) {
  std::string syllable_text;
  for (const std::string& s : syllables) syllable_text += s + "\n";
  std::string out(kMagic);
  uint32_t nonzero = 0;
  for (float w : weights) nonzero += w != 0.0f ? 1 : 0;
  Put(table_bits, &out);
  Put(nonzero, &out);
  Put(static_cast<uint32_t>(lexicon_entries.size()), &out);
  Put(static_cast<uint32_t>(syllable_text.size()), &out);
  for (size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] == 0.0f) continue;
    Put(static_cast<uint32_t>(i), &out);
    Put(weights[i], &out);
  }
  for (uint64_t h : lexicon_entries) Put(h, &out);
  return out + syllable_text;
}

}  // namespace dxnews::analyzer::internal
