// Near-duplicate signatures on invented Vietnamese stories: a reprint with another header and
// footer, a trimmed reprint and a lightly edited one (words changed, tone placement and case
// changed) are near-duplicates of the original; another story about the same conference is not,
// and neither is a short brief made of sentences of the original.
#include "dxnews/analyzer/near_duplicate.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "analyzer/reprint_texts.h"

namespace dxnews::analyzer {
namespace {

using dxnews::testing::kConferenceStory;
using dxnews::testing::kSameEventOtherAngle;
using dxnews::testing::kUnrelatedStory;

template <std::size_t N>
std::string Join(const char* const (&paragraphs)[N], std::size_t first = 0, std::size_t count = N) {
  std::string text;
  for (std::size_t i = first; i < first + count && i < N; ++i) text += std::string(paragraphs[i]) + "\n";
  return text;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

Similarity Compare(const std::string& a, const std::string& b) {
  return EstimateSimilarity(ComputeSignature(a), ComputeSignature(b));
}

const std::string kOriginal = Join(kConferenceStory);

TEST_CASE("A reprint with another header and footer is a near-duplicate", "[analyzer][unit]") {
  std::string reprint = "(QBĐT) - Thứ Năm, 14/03/2024 15:20 | Chia sẻ bài viết\n" + kOriginal +
                        "Nguyễn Hải Đăng (Theo Báo Quảng Bình)\nBản quyền thuộc về báo. Ghi rõ nguồn khi đăng lại.\n"
                        "Tin liên quan: Quảng Bình khai trương Trung tâm điều hành thông minh\n";
  Similarity similarity = Compare(kOriginal, reprint);
  CHECK(similarity.jaccard > 0.8);
  CHECK(IsNearDuplicate(similarity));
}

TEST_CASE("A reprint trimmed to 60 percent is contained in the original", "[analyzer][unit]") {
  std::string trimmed = Join(kConferenceStory, 0, 6);
  Similarity similarity = Compare(kOriginal, trimmed);
  CHECK(similarity.jaccard < 0.75);
  CHECK(similarity.containment > 0.85);
  CHECK(IsNearDuplicate(similarity));
}

TEST_CASE("A lightly edited reprint is a near-duplicate, tone placement and case do not matter", "[analyzer][unit]") {
  std::string edited = ReplaceAll(kOriginal, "Lệ Thủy", "Lệ Thuỷ");
  edited = ReplaceAll(edited, "Minh Hóa", "Minh Hoá");
  edited = ReplaceAll(edited, "Sáng 14/3", "SÁNG 14/3");
  CHECK(Compare(kOriginal, edited).jaccard == 1.0);  // only spelling variants: the same shingles

  edited = ReplaceAll(edited, "đề nghị", "yêu cầu");
  edited = ReplaceAll(edited, "rất hạn chế", "khó khăn");
  edited = ReplaceAll(edited, "Dịp này, ", "");
  edited = ReplaceAll(edited, "gần gấp đôi", "khoảng 1,9 lần");
  Similarity similarity = Compare(kOriginal, edited);
  CHECK(similarity.jaccard < 1.0);
  CHECK(IsNearDuplicate(similarity));
}

TEST_CASE("Two stories about the same conference are not near-duplicates", "[analyzer][unit]") {
  Similarity similarity = Compare(kOriginal, Join(kSameEventOtherAngle));
  CHECK(similarity.jaccard < 0.1);
  CHECK_FALSE(IsNearDuplicate(similarity));
  CHECK_FALSE(IsNearDuplicate(Compare(kOriginal, Join(kUnrelatedStory))));
}

TEST_CASE("A short text gets no signature and matches nothing", "[analyzer][unit]") {
  std::string brief = kConferenceStory[0];  // one sentence of the original
  TextSignature signature = ComputeSignature(brief);
  CHECK(signature.empty());
  CHECK(signature.shingles > 0);
  CHECK_FALSE(IsNearDuplicate(EstimateSimilarity(signature, ComputeSignature(kOriginal))));
  CHECK(ComputeSignature("").empty());
}

TEST_CASE("A high containment resting on a few equal MinHash values is not enough", "[analyzer][unit]") {
  Similarity similarity;
  similarity.jaccard = 3.0 / 128;  // a 60-shingle text and a 5000-shingle text sharing 3 values
  similarity.shared = similarity.jaccard * 5060 / (1 + similarity.jaccard);
  similarity.containment = std::min(1.0, similarity.shared / 60);
  CHECK(similarity.containment == 1.0);
  CHECK_FALSE(IsNearDuplicate(similarity));
  similarity.jaccard = 0.25;
  CHECK(IsNearDuplicate(similarity));
}

TEST_CASE("Signatures are deterministic and have kMinHashSize values", "[analyzer][unit]") {
  TextSignature a = ComputeSignature(kOriginal);
  TextSignature b = ComputeSignature(kOriginal);
  REQUIRE(a.minhash.size() == kMinHashSize);
  CHECK(a.minhash == b.minhash);
  CHECK(a.shingles > 300);
}

TEST_CASE("SignatureIndex finds reprints as candidates and not unrelated stories", "[analyzer][unit]") {
  SignatureIndex index;
  index.Add(1, ComputeSignature(kOriginal));
  index.Add(2, ComputeSignature(Join(kSameEventOtherAngle)));
  index.Add(3, ComputeSignature(Join(kUnrelatedStory)));
  index.Add(4, ComputeSignature("Quá ngắn."));
  std::vector<std::int64_t> candidates = index.Candidates(ComputeSignature(Join(kConferenceStory, 1, 7)));
  CHECK(candidates == std::vector<std::int64_t>{1});
  CHECK(index.Candidates(TextSignature{}).empty());
}

}  // namespace
}  // namespace dxnews::analyzer
