// The store -> index pipeline: incremental runs index only what changed, and a kill -9 while
// indexing loses nothing: the next run catches up from the store.
#include "index_pipeline.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "dxnews/index/searcher.h"
#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

const index::TermMapper& Mapper() {
  static const index::TermMapper* mapper = new index::TermMapper(index::TermMapper::LoadBuiltin().value());
  return *mapper;
}

const analyzer::ArticleAnalyzer& Analyzer() {
  static const analyzer::ArticleAnalyzer* a = new analyzer::ArticleAnalyzer(analyzer::ArticleAnalyzer::LoadBuiltin().value());
  return *a;
}

// Each article has a word of its own ("mãsố<n>" is one token) so a search finds exactly it.
store::StoredArticle Article(int n, const std::string& extra = "") {
  store::StoredArticle a;
  a.url = "https://baodientu.example.vn/bai-" + std::to_string(n) + ".html";
  a.source_id = "baodientu";
  a.title = "Xã " + std::to_string(n) + " triển khai chuyển đổi số " + extra;
  a.text = "UBND xã đẩy mạnh dịch vụ công trực tuyến, mã bài viết ms" + std::to_string(n) + ".";
  a.published = 1728691200 + n * 60;
  a.fetched_at = 1728700000;
  return a;
}

std::unique_ptr<store::ArticleStore> StoreWith(const std::string& path, int count) {
  auto store = store::ArticleStore::Open(path);
  REQUIRE(store.ok());
  std::vector<store::StoredArticle> articles;
  for (int n = 1; n <= count; ++n) articles.push_back(Article(n));
  REQUIRE(store.value()->UpsertBatch(articles).ok());
  return std::move(store).value();
}

IndexProgress Index(const store::ArticleStore& store, const std::string& index_path, int batch_size,
                    int chunk_size = 500, const OutletNames* outlets = nullptr) {
  auto writer = index::IndexWriter::Open(index_path);
  REQUIRE(writer.ok());
  IndexPipelineOptions options;
  options.batch_size = batch_size;
  options.chunk_size = chunk_size;
  options.outlets = outlets;
  IndexProgress progress;
  Status status = RunIndexPipeline(store, *writer.value(), Mapper(), Analyzer(), options, {}, &progress);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return progress;
}

std::vector<index::SearchHit> Search(const std::string& index_path, const std::string& query) {
  auto searcher = index::Searcher::Open(index_path, Mapper());
  REQUIRE(searcher.ok());
  index::SearchOptions options;
  options.limit = 1000;
  auto results = searcher.value()->Search(query, options);
  REQUIRE(results.ok());
  return results.value().hits;
}

std::int64_t Hits(const std::string& index_path, const std::string& query) {
  return static_cast<std::int64_t>(Search(index_path, query).size());
}

TEST_CASE("dxnews index: only new or changed articles are indexed again", "[cli][index_pipeline]") {
  dxnews::testing::TempDir dir;
  auto store = StoreWith(dir.File("dxnews.sqlite"), 25);
  const std::string index_path = dir.File("index");
  IndexProgress first = Index(*store, index_path, 10);
  CHECK(first.indexed == 25);
  CHECK(first.batches == 3);
  CHECK(first.store_seq == store->MaxSeq().value());
  CHECK(Index(*store, index_path, 10).indexed == 0);

  REQUIRE(store->Upsert(Article(7, "thí điểm")).ok());  // changed
  REQUIRE(store->Upsert(Article(26)).ok());             // new
  REQUIRE(store->Upsert(Article(8)).ok());              // unchanged
  IndexProgress second = Index(*store, index_path, 10);
  CHECK(second.indexed == 2);
  CHECK(Hits(index_path, "\"thí điểm\"") == 1);
  CHECK(Hits(index_path, "chuyển đổi số") == 26);
}

TEST_CASE("dxnews index: a batch of several chunks is one commit", "[cli][index_pipeline]") {
  dxnews::testing::TempDir dir;
  // Chunks of 4 never cross a batch of 10 (4 + 4 + 2): commits at 10, 20 and the end, whether the
  // store ends inside a chunk (25: the short chunk commits) or at a chunk boundary (24).
  for (const auto& [count, batches] : {std::pair<int, int>{25, 3}, {24, 3}}) {
    auto store = StoreWith(dir.File("dxnews-" + std::to_string(count) + ".sqlite"), count);
    const std::string index_path = dir.File("index-" + std::to_string(count));
    IndexProgress progress = Index(*store, index_path, 10, 4);
    INFO(count);
    CHECK(progress.indexed == count);
    CHECK(progress.batches == batches);
    CHECK(progress.store_seq == store->MaxSeq().value());
    CHECK(Hits(index_path, "chuyển đổi số") == count);
    CHECK(Index(*store, index_path, 10, 4).indexed == 0);
  }
}

TEST_CASE("dxnews index: hits name the outlet, from the registry or the data directory's outlets.tsv",
          "[cli][index_pipeline]") {
  dxnews::testing::TempDir dir;
  auto store = StoreWith(dir.File("dxnews.sqlite"), 2);
  store::StoredArticle registered = Article(3);
  registered.source_id = "bao-ha-tinh";  // a source of corpus/sources.toml
  REQUIRE(store->Upsert(registered).ok());
  {
    std::ofstream names(dir.File("outlets.tsv"));
    names << "# source id, name\nbaodientu\tBáo Điện tử Mẫu\n";
  }
  Result<OutletNames> outlets = OutletNames::Load(dir.path());
  INFO(outlets.status().ToString());
  REQUIRE(outlets.ok());
  const std::string index_path = dir.File("index");
  CHECK(Index(*store, index_path, 10, 500, &outlets.value()).indexed == 3);
  std::vector<index::SearchHit> hits = Search(index_path, "ms1");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].source_id == "baodientu");
  CHECK(hits[0].source == "Báo Điện tử Mẫu");
  hits = Search(index_path, "ms3");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].source == "Báo Hà Tĩnh");
}

// The stored analysis of article `id`, as `dxnews analyze` would make it, with its main theme
// replaced by `theme` so that a search shows which analysis the index used.
store::StoredAnalysis StoredAnalysisWithTheme(const store::ArticleStore& store, std::int64_t id, const std::string& theme) {
  store::StoredArticle article = store.Get(id).value();
  analyzer::ArticleAnalysis analysis = Analyzer().Analyze({article.title, article.text, std::nullopt});
  analysis.themes.clear();
  analyzer::ThemeScore score;
  score.id = theme;
  score.score = 1;
  score.primary = true;
  analysis.themes.push_back(score);
  store::StoredAnalysis stored;
  stored.article_id = id;
  stored.analyzer_version = analyzer::AnalyzerVersion();
  stored.content_hash = article.content_hash;
  stored.json = analyzer::AnalysisToJson(analysis);
  return stored;
}

TEST_CASE("dxnews index: a current stored analysis is used, a stale one is made again", "[cli][index_pipeline]") {
  dxnews::testing::TempDir dir;
  auto store = StoreWith(dir.File("dxnews.sqlite"), 3);
  REQUIRE(store->PutAnalysis(StoredAnalysisWithTheme(*store, 1, "smart-city")).ok());
  store::StoredAnalysis stale = StoredAnalysisWithTheme(*store, 2, "smart-city");
  stale.analyzer_version = "an older analyzer";
  REQUIRE(store->PutAnalysis(stale).ok());
  store::StoredAnalysis other_text = StoredAnalysisWithTheme(*store, 3, "smart-city");
  other_text.content_hash = "the hash of an earlier text";
  REQUIRE(store->PutAnalysis(other_text).ok());
  const std::string index_path = dir.File("index");
  CHECK(Index(*store, index_path, 10).indexed == 3);
  CHECK(Hits(index_path, "theme:smart-city") == 1);
  CHECK(Hits(index_path, "theme:smart-city ms1") == 1);
  CHECK(Hits(index_path, "theme:online-public-services") == 2);

  // A different analysis of article 2 gives it a new seq: the next run indexes it, and only it.
  REQUIRE(store->PutAnalysis(StoredAnalysisWithTheme(*store, 2, "digital-economy")).ok());
  CHECK(Index(*store, index_path, 10).indexed == 1);
  CHECK(Hits(index_path, "theme:digital-economy ms2") == 1);
  CHECK(Hits(index_path, "theme:online-public-services") == 1);
}

TEST_CASE("dxnews index: kill -9 while indexing loses nothing, the next run catches up", "[cli][index_pipeline]") {
  constexpr int kArticles = 400;
  const int kill_after_batches = GENERATE(1, 3, 6);
  dxnews::testing::TempDir dir;
  const std::string index_path = dir.File("index");
  auto store = StoreWith(dir.File("dxnews.sqlite"), kArticles);
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(fds[0]);
    auto child_store = store::ArticleStore::Open(dir.File("dxnews.sqlite"));  // no SQLite handle across fork
    auto writer = index::IndexWriter::Open(index_path);
    if (!child_store.ok() || !writer.ok()) _exit(3);
    IndexPipelineOptions options;
    options.batch_size = 20;
    options.threads = 1;
    IndexProgress progress;
    auto report = [&](const IndexProgress& p) {
      int batches = static_cast<int>(p.batches);
      if (write(fds[1], &batches, sizeof batches) != static_cast<ssize_t>(sizeof batches)) _exit(5);
    };
    (void)RunIndexPipeline(*child_store.value(), *writer.value(), Mapper(), Analyzer(), options, report, &progress);
    _exit(0);
  }
  close(fds[1]);
  int batches = 0;
  while (batches < kill_after_batches && read(fds[0], &batches, sizeof batches) == static_cast<ssize_t>(sizeof batches)) {
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  close(fds[0]);
  REQUIRE(batches >= kill_after_batches);

  // What the index committed is there; the rest comes with the next run, without duplicates.
  std::int64_t committed_seq = 0;
  {
    auto writer = index::IndexWriter::Open(index_path);
    REQUIRE(writer.ok());
    committed_seq = writer.value()->StoreSeq().value();
    CHECK(committed_seq >= kill_after_batches * 20);
    CHECK(writer.value()->DocCount().value() >= committed_seq);
  }
  IndexProgress rest = Index(*store, index_path, 50);
  CHECK(rest.indexed == kArticles - committed_seq);
  CHECK(rest.store_seq == store->MaxSeq().value());
  CHECK(Hits(index_path, "chuyển đổi số") == kArticles);
  CHECK(Hits(index_path, "ms400") == 1);
}

}  // namespace
}  // namespace dxnews::cli
