// ReprintClusterer: reprints of one story form one cluster named after the earliest copy; other
// stories about the same event stay apart; incremental runs keep earlier clusters.
#include "dxnews/analyzer/reprint_clusterer.h"

#include <catch2/catch.hpp>
#include <string>

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

ClusterDocument Document(std::int64_t id, std::optional<std::int64_t> published, const std::string& text) {
  ClusterDocument document;
  document.id = id;
  document.published = published;
  document.fetched_at = 1710500000;
  document.signature = ComputeSignature(text);
  return document;
}

constexpr std::int64_t kMorning = 1710385200;  // 14/3/2024 10:00 +07:00

TEST_CASE("Reprints form one cluster whose id is the earliest copy", "[analyzer][unit]") {
  ReprintClusterer clusterer;
  std::string original = Join(kConferenceStory);
  // Ids in crawl order: the reprints were fetched before the original.
  clusterer.AddNew(Document(1, kMorning + 7200, "Theo Báo Quảng Bình\n" + original + "Nguồn: baoquangbinh.vn"));
  clusterer.AddNew(Document(2, kMorning + 3600, Join(kConferenceStory, 0, 7)));  // trimmed
  clusterer.AddNew(Document(3, kMorning + 600, Join(kSameEventOtherAngle)));
  clusterer.AddNew(Document(4, kMorning, original));
  clusterer.AddNew(Document(5, kMorning, Join(kUnrelatedStory)));
  clusterer.AddNew(Document(6, std::nullopt, kConferenceStory[0]));  // a one-sentence brief
  std::unordered_map<std::int64_t, std::int64_t> clusters = clusterer.Assignments();
  CHECK(clusters.at(1) == 4);
  CHECK(clusters.at(2) == 4);
  CHECK(clusters.at(4) == 4);
  CHECK(clusters.at(3) == 3);
  CHECK(clusters.at(5) == 5);
  CHECK(clusters.at(6) == 6);
  CHECK(clusterer.stats().clusters == 1);
  CHECK(clusterer.stats().clustered_documents == 3);
}

TEST_CASE("Clustering is transitive: a trimmed copy of a reprint joins the original", "[analyzer][unit]") {
  ReprintClusterer clusterer;
  std::string original = Join(kConferenceStory);
  clusterer.AddNew(Document(10, kMorning, original));
  clusterer.AddNew(Document(11, kMorning + 60, "(Tin từ Đồng Hới)\n" + original));
  clusterer.AddNew(Document(12, kMorning + 120, "(Tin từ Đồng Hới)\n" + Join(kConferenceStory, 0, 6)));
  std::unordered_map<std::int64_t, std::int64_t> clusters = clusterer.Assignments();
  CHECK(clusters.at(11) == 10);
  CHECK(clusters.at(12) == 10);
}

TEST_CASE("IsEarlierCopy orders by publication, then fetch time, then id", "[analyzer][unit]") {
  ClusterDocument a, b;
  a.id = 2;
  b.id = 1;
  a.published = 100;
  b.published = 200;
  CHECK(IsEarlierCopy(a, b));
  b.published = 100;
  a.fetched_at = 5;
  b.fetched_at = 6;
  CHECK(IsEarlierCopy(a, b));
  a.fetched_at = 6;
  CHECK(IsEarlierCopy(b, a));
  b.published.reset();  // unknown publication: the fetch time stands in
  b.fetched_at = 50;
  CHECK(IsEarlierCopy(b, a));
}

TEST_CASE("An incremental run keeps earlier clusters and joins a new reprint to them", "[analyzer][unit]") {
  std::string original = Join(kConferenceStory);
  ReprintClusterer clusterer;
  ClusterDocument first = Document(20, kMorning, original);
  first.cluster = 20;
  ClusterDocument second = Document(21, kMorning + 60, "Theo TTXVN\n" + original);
  second.cluster = 20;
  ClusterDocument other = Document(22, kMorning, Join(kSameEventOtherAngle));
  other.cluster = 22;
  clusterer.AddExisting(second);  // the member before the one the cluster is named after
  clusterer.AddExisting(first);
  clusterer.AddExisting(other);
  clusterer.AddNew(Document(23, kMorning - 60, Join(kConferenceStory, 0, 7)));  // an even earlier copy
  std::unordered_map<std::int64_t, std::int64_t> clusters = clusterer.Assignments();
  CHECK(clusters.at(20) == 23);
  CHECK(clusters.at(21) == 23);
  CHECK(clusters.at(23) == 23);
  CHECK(clusters.at(22) == 22);
  CHECK(clusterer.stats().compared_pairs >= 1);
}

}  // namespace
}  // namespace dxnews::analyzer
