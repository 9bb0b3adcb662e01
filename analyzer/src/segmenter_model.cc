#include "segmenter_model.h"

#include <cstring>

namespace dxnews::analyzer::internal {
namespace {

constexpr std::string_view kMagic = "DXSEGM01";

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

Status Corrupt(const std::string& what) { return Status::InvalidInput("segmenter model: " + what); }

}  // namespace

Result<SegmenterModel> ParseModel(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return Corrupt("not a dxnews segmenter model (bad magic)");
  Reader in(bytes.substr(kMagic.size()));
  uint32_t bits = 0, weight_count = 0, word_count = 0;
  if (!in.Get(&bits) || !in.Get(&weight_count) || !in.Get(&word_count)) return Corrupt("truncated header");
  if (bits == 0 || bits > kMaxTableBits) return Corrupt("bad table size");
  if (in.remaining() != uint64_t{weight_count} * 8 + uint64_t{word_count} * 8) return Corrupt("bad size");
  SegmenterModel model;
  model.weights.assign(size_t{1} << bits, 0.0f);
  model.mask = static_cast<uint32_t>(model.weights.size() - 1);
  int64_t previous = -1;
  for (uint32_t i = 0; i < weight_count; ++i) {
    uint32_t index = 0;
    float weight = 0;
    (void)in.Get(&index);
    (void)in.Get(&weight);
    if (index > model.mask || int64_t{index} <= previous) return Corrupt("bad weight index");
    model.weights[index] = weight;
    previous = index;
  }
  std::vector<uint64_t> words(word_count);
  for (uint64_t& w : words) (void)in.Get(&w);
  model.lexicon = Lexicon(words);
  return model;
}

std::string SerializeModel(uint32_t table_bits, const std::vector<float>& weights,
                           const std::vector<uint64_t>& sorted_word_hashes) {
  std::string out(kMagic);
  uint32_t nonzero = 0;
  for (float w : weights) nonzero += w != 0.0f ? 1 : 0;
  Put(table_bits, &out);
  Put(nonzero, &out);
  Put(static_cast<uint32_t>(sorted_word_hashes.size()), &out);
  for (size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] == 0.0f) continue;
    Put(static_cast<uint32_t>(i), &out);
    Put(weights[i], &out);
  }
  for (uint64_t h : sorted_word_hashes) Put(h, &out);
  return out;
}

}  // namespace dxnews::analyzer::internal
