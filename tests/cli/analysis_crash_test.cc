// kill -9 in the middle of AnalyzePending: every batch it reported is stored, complete; at most
// the batch in flight is lost; the next run analyses exactly the rest.
#include <catch2/catch.hpp>

#include <csignal>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "analysis_pipeline.h"
#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

constexpr int kArticles = 1000;
constexpr int kBatch = 20;

store::StoredArticle Article(int n) {
  store::StoredArticle a;
  a.url = "https://baoquangtri.example.vn/so-hoa/" + std::to_string(n) + ".html";
  a.title = "Quảng Trị số hóa hồ sơ thủ tục hành chính, bài " + std::to_string(n);
  a.text = "Sáng 12/10, UBND tỉnh Quảng Trị tổ chức hội nghị triển khai Kế hoạch " + std::to_string(n) +
           "/KH-UBND về chuyển đổi số.\nNgười dân được hướng dẫn nộp hồ sơ trực tuyến.";
  a.published = 1728864000;
  return a;
}

// The child: analyses the store, writing each reported count to `report`.
[[noreturn]] void AnalyzeUntilKilled(const std::string& path, int report) {
  auto analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
  auto store = store::ArticleStore::Open(path);
  if (!analyzer.ok() || !store.ok()) _exit(3);
  AnalyzePendingOptions options;
  options.threads = 2;
  options.batch_size = kBatch;
  auto done = AnalyzePending(*store.value(), analyzer.value(), options, [&](std::int64_t n, std::int64_t) {
    if (write(report, &n, sizeof n) != static_cast<ssize_t>(sizeof n)) _exit(5);
  });
  _exit(done.ok() ? 0 : 4);
}

TEST_CASE("AnalyzePending killed mid-run keeps every reported batch and the next run does the rest",
          "[cli][analysis_pipeline][crash]") {
  const int delay_us = GENERATE(0, 5000);
  testing::TempDir dir;
  const std::string path = dir.File("dxnews.sqlite");
  {
    auto store = store::ArticleStore::Open(path);
    REQUIRE(store.ok());
    std::vector<store::StoredArticle> articles;
    for (int n = 1; n <= kArticles; ++n) articles.push_back(Article(n));
    REQUIRE(store.value()->UpsertBatch(articles).ok());
  }
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(fds[0]);
    AnalyzeUntilKilled(path, fds[1]);
  }
  close(fds[1]);
  std::int64_t reported = 0;
  while (reported < 3 * kBatch) {
    REQUIRE(read(fds[0], &reported, sizeof reported) == static_cast<ssize_t>(sizeof reported));
  }
  usleep(delay_us);
  REQUIRE(kill(child, SIGKILL) == 0);
  int wait_status = 0;
  REQUIRE(waitpid(child, &wait_status, 0) == child);
  REQUIRE(WIFSIGNALED(wait_status));
  std::int64_t n = 0;
  while (read(fds[0], &n, sizeof n) == static_cast<ssize_t>(sizeof n)) reported = n;
  close(fds[0]);

  auto store = store::ArticleStore::Open(path);
  REQUIRE(store.ok());
  const std::string& version = analyzer::AnalyzerVersion();
  const std::int64_t stored = kArticles - store.value()->CountArticlesToAnalyze(version).value();
  INFO("killed " << delay_us << " us after " << reported << " reported; " << stored << " stored");
  CHECK(stored % kBatch == 0);
  CHECK(stored >= reported);
  CHECK(stored <= reported + kBatch);
  CHECK(stored < kArticles);

  auto analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
  REQUIRE(analyzer.ok());
  for (std::int64_t id : {std::int64_t{1}, stored}) {
    auto analysis = store.value()->GetAnalysis(id).value();
    REQUIRE(analysis);
    store::StoredArticle article = store.value()->Get(id).value();
    CHECK(analysis->json == analyzer::AnalysisToJson(analyzer.value().Analyze(AnalysisInputOf(article))));
  }
  AnalyzePendingOptions options;
  options.threads = 2;
  CHECK(AnalyzePending(*store.value(), analyzer.value(), options).value() == kArticles - stored);
  CHECK(store.value()->CountArticlesToAnalyze(version).value() == 0);
}

}  // namespace
}  // namespace dxnews::cli
