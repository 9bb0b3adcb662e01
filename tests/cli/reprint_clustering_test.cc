// The reprint-clustering step over a real store: reprints share the cluster of the earliest copy,
// a second run signs nothing and writes nothing, a new earlier copy renames the cluster, a changed
// article is signed again, and --rebuild starts over.
#include "reprint_clustering.h"

#include <catch2/catch.hpp>

#include <string>

#include "analyzer/reprint_texts.h"
#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

using dxnews::testing::kConferenceStory;
using dxnews::testing::kSameEventOtherAngle;

template <std::size_t N>
std::string Join(const char* const (&paragraphs)[N], std::size_t first = 0, std::size_t count = N) {
  std::string text;
  for (std::size_t i = first; i < first + count && i < N; ++i) text += std::string(paragraphs[i]) + "\n";
  return text;
}

constexpr std::int64_t kMorning = 1710385200;

std::int64_t Add(store::ArticleStore& store, const std::string& url, std::int64_t published, const std::string& text) {
  store::StoredArticle article;
  article.url = url;
  article.title = "Quảng Bình sơ kết chuyển đổi số";
  article.text = text;
  article.published = published;
  article.fetched_at = kMorning + 86400;
  Result<store::UpsertOutcome> outcome = store.Upsert(article);
  REQUIRE(outcome.ok());
  return outcome.value().id;
}

std::optional<std::int64_t> ClusterOf(const store::ArticleStore& store, std::int64_t id) {
  return store.Get(id).value().cluster;
}

TEST_CASE("ClusterNewArticles clusters reprints incrementally under the earliest copy", "[cli][unit]") {
  testing::TempDir dir;
  auto opened = store::ArticleStore::Open(dir.File("dxnews.sqlite"));
  REQUIRE(opened.ok());
  store::ArticleStore& store = *opened.value();
  std::string original = Join(kConferenceStory);
  std::int64_t reprint = Add(store, "https://b.vn/1", kMorning + 3600, "Theo Báo Quảng Bình\n" + original);
  std::int64_t first = Add(store, "https://a.vn/1", kMorning, original);
  std::int64_t other = Add(store, "https://c.vn/1", kMorning, Join(kSameEventOtherAngle));
  std::int64_t brief = Add(store, "https://d.vn/1", kMorning, kConferenceStory[0]);

  Result<ReprintReport> report = ClusterNewArticles(store);
  REQUIRE(report.ok());
  CHECK(report.value().articles == 4);
  CHECK(report.value().signed_now == 4);
  CHECK(report.value().too_short == 1);
  CHECK(report.value().clusters == 1);
  CHECK(report.value().clustered_articles == 2);
  CHECK(report.value().cluster_updates == 4);
  CHECK(ClusterOf(store, reprint) == first);
  CHECK(ClusterOf(store, first) == first);
  CHECK(ClusterOf(store, other) == other);
  CHECK(ClusterOf(store, brief) == brief);
  CHECK(FormatReprintReport(report.value()) ==
        "reprints: 1 clusters hold 2 of 4 articles (4 signed, 1 too short, 4 cluster ids written)");

  report = ClusterNewArticles(store);  // nothing new
  REQUIRE(report.ok());
  CHECK(report.value().signed_now == 0);
  CHECK(report.value().cluster_updates == 0);
  CHECK(report.value().clusters == 1);

  std::int64_t earlier = Add(store, "https://e.vn/1", kMorning - 600, Join(kConferenceStory, 0, 7));
  report = ClusterNewArticles(store);
  REQUIRE(report.ok());
  CHECK(report.value().signed_now == 1);
  CHECK(report.value().cluster_updates == 3);
  CHECK(ClusterOf(store, reprint) == earlier);
  CHECK(ClusterOf(store, first) == earlier);
  CHECK(ClusterOf(store, earlier) == earlier);

  // The reprint is replaced by another story: signed again, it leaves the cluster.
  Add(store, "https://b.vn/1", kMorning + 3600, Join(kSameEventOtherAngle, 1, 7) + "Một đoạn mới được thêm vào cuối bài.");
  report = ClusterNewArticles(store);
  REQUIRE(report.ok());
  CHECK(report.value().signed_now == 1);
  CHECK(ClusterOf(store, first) == earlier);

  ReprintOptions rebuild;
  rebuild.rebuild = true;
  report = ClusterNewArticles(store, rebuild);
  REQUIRE(report.ok());
  CHECK(report.value().signed_now == 5);
  CHECK(ClusterOf(store, first) == earlier);
  CHECK(ClusterOf(store, other) == ClusterOf(store, reprint));  // the new text reprints most of `other`
}

}  // namespace
}  // namespace dxnews::cli
