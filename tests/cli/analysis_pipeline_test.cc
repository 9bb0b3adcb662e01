#include "analysis_pipeline.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

const analyzer::ArticleAnalyzer& Analyzer() {
  static const analyzer::ArticleAnalyzer* loaded = [] {
    auto result = analyzer::ArticleAnalyzer::LoadBuiltin();
    REQUIRE(result.ok());
    return new analyzer::ArticleAnalyzer(std::move(result).value());
  }();
  return *loaded;
}

std::unique_ptr<store::ArticleStore> OpenStore(const std::string& path) {
  auto store = store::ArticleStore::Open(path);
  REQUIRE(store.ok());
  return std::move(store).value();
}

store::StoredArticle Article(int n) {
  store::StoredArticle a;
  a.url = "https://baohatinh.example.vn/cds-" + std::to_string(n) + ".html";
  a.title = "Hà Tĩnh phát động tháng cao điểm chuyển đổi số, bài " + std::to_string(n);
  a.lead = "Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức lễ phát động.";
  a.text = "Người dân được hướng dẫn cài đặt ứng dụng VNeID và thanh toán không dùng tiền mặt.";
  a.published = 1728864000;  // 2024-10-14 07:00 in Vietnam
  return a;
}

void Fill(store::ArticleStore& store, int count) {
  std::vector<store::StoredArticle> articles;
  for (int n = 1; n <= count; ++n) articles.push_back(Article(n));
  REQUIRE(store.UpsertBatch(articles).ok());
}

TEST_CASE("AnalysisInputOf joins lead and text and anchors dates on the Vietnam publication day",
          "[cli][analysis_pipeline]") {
  analyzer::ArticleInput input = AnalysisInputOf(Article(1));
  CHECK(input.title == "Hà Tĩnh phát động tháng cao điểm chuyển đổi số, bài 1");
  CHECK(input.body == Article(1).lead + "\n" + Article(1).text);
  REQUIRE(input.published);
  CHECK(analyzer::ToIso(*input.published) == "2024-10-14");

  store::StoredArticle no_lead = Article(1);
  no_lead.lead.clear();
  no_lead.published.reset();
  CHECK(AnalysisInputOf(no_lead).body == no_lead.text);
  CHECK_FALSE(AnalysisInputOf(no_lead).published);
}

TEST_CASE("AnalyzePending stores for every article the analysis Analyze gives, on several threads",
          "[cli][analysis_pipeline]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  Fill(*store, 7);
  AnalyzePendingOptions options;
  options.threads = 3;
  options.batch_size = 2;
  options.analyzed_at = 1728900000;
  std::vector<std::int64_t> progress;
  Result<std::int64_t> analyzed = AnalyzePending(*store, Analyzer(), options, [&](std::int64_t done, std::int64_t total) {
    CHECK(total == 7);
    progress.push_back(done);
  });
  REQUIRE(analyzed.ok());
  CHECK(analyzed.value() == 7);
  CHECK(progress == std::vector<std::int64_t>{2, 4, 6, 7});

  for (std::int64_t id = 1; id <= 7; ++id) {
    store::StoredArticle article = store->Get(id).value();
    std::optional<store::StoredAnalysis> stored = store->GetAnalysis(id).value();
    REQUIRE(stored);
    CHECK(stored->analyzer_version == analyzer::AnalyzerVersion());
    CHECK(stored->content_hash == article.content_hash);
    CHECK(stored->analyzed_at == 1728900000);
    CHECK(stored->province == "ha-tinh");
    CHECK_FALSE(stored->primary_themes.empty());
    CHECK(stored->json == analyzer::AnalysisToJson(Analyzer().Analyze(AnalysisInputOf(article))));
  }
}

TEST_CASE("AnalyzePending redoes only missing and stale analyses unless told all", "[cli][analysis_pipeline]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  Fill(*store, 3);
  AnalyzePendingOptions options;
  options.analyzer_version = "v1";
  REQUIRE(AnalyzePending(*store, Analyzer(), options).value() == 3);
  CHECK(AnalyzePending(*store, Analyzer(), options).value() == 0);

  Fill(*store, 4);  // one new article; the others unchanged
  CHECK(AnalyzePending(*store, Analyzer(), options).value() == 1);

  options.analyzer_version = "v2";  // a new analyzer: everything is stale
  CHECK(AnalyzePending(*store, Analyzer(), options).value() == 4);
  CHECK(store->GetAnalysis(1).value()->analyzer_version == "v2");

  options.all = true;
  CHECK(AnalyzePending(*store, Analyzer(), options).value() == 4);
}

}  // namespace
}  // namespace dxnews::cli
