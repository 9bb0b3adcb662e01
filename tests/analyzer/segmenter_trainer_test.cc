// Trains small models from sentences written for this test (invented names) and checks what
// they learn, and that training is deterministic.
#include "dxnews/analyzer/segmenter_trainer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dxnews/analyzer/segmenter.h"

namespace {

using Sentence = std::vector<std::vector<std::string>>;

// "Hà_Nội phát_triển" -> {{"Hà","Nội"},{"phát","triển"}}
Sentence Parse(const std::string& text) {
  Sentence s;
  std::string token;
  auto flush = [&] {
    if (token.empty()) return;
    s.emplace_back();
    size_t start = 0;
    for (size_t i = 0; i <= token.size(); ++i) {
      if (i == token.size() || token[i] == '_') {
        s.back().push_back(token.substr(start, i - start));
        start = i + 1;
      }
    }
    token.clear();
  };
  for (char c : text) {
    if (c == ' ') flush();
    else token.push_back(c);
  }
  flush();
  return s;
}

std::string TrainSmall(dxnews::analyzer::SegmenterTrainingOptions options) {
  dxnews::analyzer::SegmenterTrainer trainer(options);
  trainer.AddWord({"hạ", "tầng", "số"});
  const char* kGold[] = {
      "Tỉnh Lam_Sơn đầu_tư hạ_tầng_số cho các xã .",
      "Huyện Đông_Khê đầu_tư đường và trường_học .",
      "Người dân Lam_Sơn dùng dịch_vụ công trực_tuyến .",
      "Các xã của huyện Đông_Khê đã có hạ_tầng_số .",
      "Tỉnh đầu_tư trường_học cho người dân .",
  };
  for (int round = 0; round < 4; ++round) {
    for (const char* line : kGold) trainer.AddSentence(Parse(line));
  }
  return trainer.Train();
}

}  // namespace

TEST_CASE("SegmenterTrainer learns the joins of its training sentences", "[analyzer][unit]") {
  dxnews::analyzer::SegmenterTrainingOptions options;
  options.table_bits = 16;
  auto segmenter = dxnews::analyzer::Segmenter::FromModel(TrainSmall(options));
  REQUIRE(segmenter.ok());
  std::vector<std::string_view> tokens = {"Huyện", "Lam", "Sơn", "đầu", "tư", "hạ", "tầng", "số", "."};
  std::vector<bool> joins;
  segmenter.value().Segment(tokens, &joins);
  CHECK(joins == std::vector<bool>{false, false, true, false, true, false, true, true, false});
  std::vector<std::string_view> folded = {"dau", "tu", "ha", "tang", "so"};
  segmenter.value().Segment(folded, &joins);
  CHECK(joins == std::vector<bool>{false, true, false, true, true});
}

TEST_CASE("SegmenterTrainer is deterministic", "[analyzer][unit]") {
  dxnews::analyzer::SegmenterTrainingOptions options;
  options.table_bits = 14;
  std::string first = TrainSmall(options);
  CHECK(first.size() > 8);
  CHECK(first == TrainSmall(options));
}
