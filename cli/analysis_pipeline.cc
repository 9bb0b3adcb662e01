#include "analysis_pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Analyses `articles` on `threads` threads (this one included); each thread takes the next
// article from a shared counter, so a long article does not hold up a fixed share of the batch.
std::vector<store::StoredAnalysis> AnalyzeBatch(const std::vector<store::StoredArticle>& articles,
                                                const analyzer::ArticleAnalyzer& analyzer, int threads,
                                                const std::string& version, std::int64_t analyzed_at) {
  std::vector<store::StoredAnalysis> results(articles.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < articles.size(); i = next++) {
      analyzer::ArticleAnalysis analysis = analyzer.Analyze(AnalysisInputOf(articles[i]));
      results[i] = StoredAnalysisOf(articles[i], analysis, version, analyzed_at);
    }
  };
  std::vector<std::thread> workers;
  int extra = std::min(threads, static_cast<int>(articles.size())) - 1;
  for (int t = 0; t < extra; ++t) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  return results;
}

}  // namespace

analyzer::ArticleInput AnalysisInputOf(const store::StoredArticle& article) {
  analyzer::ArticleInput input;
  input.title = article.title;
  input.body = article.lead;
  if (!input.body.empty() && !article.text.empty()) input.body += '\n';
  input.body += article.text;
  if (article.published) input.published = VietnamDate(*article.published);
  return input;
}

store::StoredAnalysis StoredAnalysisOf(const store::StoredArticle& article,
                                       const analyzer::ArticleAnalysis& analysis,
                                       const std::string& analyzer_version, std::int64_t analyzed_at) {
  store::StoredAnalysis stored;
  stored.article_id = article.id;
  stored.analyzer_version = analyzer_version;
  stored.content_hash = article.content_hash;
  stored.analyzed_at = analyzed_at;
  if (analysis.province) stored.province = analysis.province->id;
  for (const analyzer::ThemeScore& theme : analysis.themes) {
    if (theme.primary) stored.primary_themes.push_back(theme.id);
  }
  stored.json = analyzer::AnalysisToJson(analysis);
  return stored;
}

Result<std::int64_t> AnalyzePending(store::ArticleStore& store, const analyzer::ArticleAnalyzer& analyzer,
                                    const AnalyzePendingOptions& options, const AnalyzeProgress& progress) {
  const std::string version =
      options.analyzer_version.empty() ? analyzer::AnalyzerVersion() : options.analyzer_version;
  const int threads = ThreadCount(options.threads);
  Result<std::int64_t> total = store.CountArticlesToAnalyze(version, options.all);
  if (!total.ok()) return total.status().WithContext("count the articles to analyse");
  std::int64_t done = 0;
  std::int64_t after_id = 0;
  // Never more than `total`: with `all`, an article stored by another process meanwhile waits for
  // the next run instead of making the count run past the total.
  while (done < total.value()) {
    std::int64_t limit = std::min<std::int64_t>(std::max(1, options.batch_size), total.value() - done);
    Result<std::vector<store::StoredArticle>> batch =
        store.ArticlesToAnalyze(version, after_id, limit, options.all);
    if (!batch.ok()) return batch.status().WithContext("read the articles to analyse");
    if (batch.value().empty()) break;
    after_id = batch.value().back().id;
    std::int64_t analyzed_at = options.analyzed_at != 0 ? options.analyzed_at : NowSeconds();
    std::vector<store::StoredAnalysis> analyses =
        AnalyzeBatch(batch.value(), analyzer, threads, version, analyzed_at);
    Status status = store.PutAnalyses(analyses);
    if (!status.ok()) {
      return status.WithContext("store the analyses of articles " +
                                std::to_string(analyses.front().article_id) + "-" + std::to_string(after_id));
    }
    done += static_cast<std::int64_t>(analyses.size());
    if (progress) progress(done, total.value());
  }
  return done;
}

}  // namespace dxnews::cli
