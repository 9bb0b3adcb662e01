// The analyses table: put/get, invalidation when the article's content changes, staleness by
// analyzer version, paging through the articles to analyse, and the migration of a version-1 file.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dxnews/store/article_store.h"
#include "sqlite_db.h"
#include "store/version1_store.h"
#include "support/temp_dir.h"

namespace dxnews::store {
namespace {

StoredArticle MakeArticle(int n) {
  StoredArticle a;
  a.url = "https://baohatinh.example.vn/cds-" + std::to_string(n) + ".html";
  a.title = "Hà Tĩnh chuyển đổi số, bài " + std::to_string(n);
  a.text = "Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức hội nghị về chuyển đổi số.";
  a.raw = "<html>" + a.title + "</html>";
  a.fetched_at = 1728700000;
  return a;
}

std::unique_ptr<ArticleStore> OpenStore(const std::string& path) {
  Result<std::unique_ptr<ArticleStore>> store = ArticleStore::Open(path);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

std::int64_t Insert(ArticleStore& store, int n) {
  Result<UpsertOutcome> outcome = store.Upsert(MakeArticle(n));
  REQUIRE(outcome.ok());
  return outcome.value().id;
}

StoredAnalysis AnalysisOf(const ArticleStore& store, std::int64_t id, const std::string& version) {
  StoredAnalysis a;
  a.article_id = id;
  a.analyzer_version = version;
  a.content_hash = store.Get(id).value().content_hash;
  a.analyzed_at = 1728700100;
  a.province = "ha-tinh";
  a.primary_themes = {"digital-government", "e-commerce"};
  a.json = R"({"province":{"id":"ha-tinh"}})";
  return a;
}

std::vector<std::int64_t> IdsToAnalyze(const ArticleStore& store, const std::string& version, bool all = false) {
  Result<std::vector<StoredArticle>> articles = store.ArticlesToAnalyze(version, 0, 1000, all);
  REQUIRE(articles.ok());
  std::vector<std::int64_t> ids;
  for (const StoredArticle& a : articles.value()) ids.push_back(a.id);
  return ids;
}

TEST_CASE("PutAnalysis stores an analysis that GetAnalysis returns field for field", "[store][analyses]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::int64_t id = Insert(*store, 1);
  CHECK_FALSE(store->GetAnalysis(id).value().has_value());

  StoredAnalysis put = AnalysisOf(*store, id, "v1");
  REQUIRE(store->PutAnalysis(put).ok());
  Result<std::optional<StoredAnalysis>> got = store->GetAnalysis(id);
  REQUIRE(got.ok());
  REQUIRE(got.value().has_value());
  const StoredAnalysis& a = *got.value();
  CHECK(a.article_id == id);
  CHECK(a.analyzer_version == "v1");
  CHECK(a.content_hash == put.content_hash);
  CHECK(a.analyzed_at == 1728700100);
  CHECK(a.province == "ha-tinh");
  CHECK(a.primary_themes == std::vector<std::string>{"digital-government", "e-commerce"});
  CHECK(a.json == put.json);

  put.analyzer_version = "v2";
  put.primary_themes.clear();
  put.province.clear();
  REQUIRE(store->PutAnalysis(put).ok());  // replaces
  CHECK(store->GetAnalysis(id).value()->analyzer_version == "v2");
  CHECK(store->GetAnalysis(id).value()->primary_themes.empty());
  CHECK(store->GetAnalysis(id).value()->province.empty());
}

TEST_CASE("PutAnalysis of an unknown article is kNotFound and PutAnalyses writes all or nothing",
          "[store][analyses]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::int64_t id = Insert(*store, 1);
  StoredAnalysis orphan = AnalysisOf(*store, id, "v1");
  orphan.article_id = id + 100;
  CHECK(store->PutAnalysis(orphan).code() == Status::Code::kNotFound);

  Status status = store->PutAnalyses({AnalysisOf(*store, id, "v1"), orphan});
  CHECK(status.code() == Status::Code::kNotFound);
  CHECK_FALSE(store->GetAnalysis(id).value().has_value());  // rolled back
}

TEST_CASE("A new or different analysis gives its article a new seq, the same analysis again does not",
          "[store][analyses]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::int64_t id = Insert(*store, 1);
  Insert(*store, 2);
  auto seq_of = [&](std::int64_t article) { return store->Get(article).value().seq; };
  const std::int64_t inserted = seq_of(id);

  StoredAnalysis analysis = AnalysisOf(*store, id, "v1");
  REQUIRE(store->PutAnalysis(analysis).ok());
  const std::int64_t analysed = seq_of(id);
  CHECK(analysed > inserted);
  CHECK(analysed == store->MaxSeq().value());

  analysis.analyzer_version = "v2";  // a new analyzer that found the same
  analysis.analyzed_at += 60;
  REQUIRE(store->PutAnalysis(analysis).ok());
  CHECK(seq_of(id) == analysed);
  CHECK(store->GetAnalysis(id).value()->analyzer_version == "v2");

  analysis.json = R"({"province":{"id":"nghe-an"}})";
  REQUIRE(store->PutAnalysis(analysis).ok());
  CHECK(seq_of(id) > analysed);
  CHECK(store->GetAnalysis(id).value()->json == analysis.json);
}

TEST_CASE("Updating an article's content deletes its analysis, an unchanged re-import keeps it",
          "[store][analyses]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::int64_t id = Insert(*store, 1);
  REQUIRE(store->PutAnalysis(AnalysisOf(*store, id, "v1")).ok());

  StoredArticle same = MakeArticle(1);
  same.fetched_at += 3600;
  REQUIRE(store->Upsert(same).value().kind == UpsertOutcome::Kind::kUnchanged);
  CHECK(store->GetAnalysis(id).value().has_value());
  CHECK(IdsToAnalyze(*store, "v1").empty());

  StoredArticle changed = MakeArticle(1);
  changed.text += "\nBổ sung: kế hoạch 1203/KH-UBND.";
  REQUIRE(store->Upsert(changed).value().kind == UpsertOutcome::Kind::kUpdated);
  CHECK_FALSE(store->GetAnalysis(id).value().has_value());
  CHECK(IdsToAnalyze(*store, "v1") == std::vector<std::int64_t>{id});
}

TEST_CASE("ArticlesToAnalyze lists missing, other-version and other-content analyses, or all",
          "[store][analyses]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::vector<std::int64_t> ids;
  for (int n = 1; n <= 4; ++n) ids.push_back(Insert(*store, n));
  REQUIRE(store->PutAnalyses({AnalysisOf(*store, ids[0], "v2"), AnalysisOf(*store, ids[1], "v1")}).ok());
  StoredAnalysis old_content = AnalysisOf(*store, ids[2], "v2");
  old_content.content_hash = "0000000000000000";  // made from text that has changed since
  REQUIRE(store->PutAnalysis(old_content).ok());

  CHECK(IdsToAnalyze(*store, "v2") == std::vector<std::int64_t>{ids[1], ids[2], ids[3]});
  CHECK(store->CountArticlesToAnalyze("v2").value() == 3);
  CHECK(IdsToAnalyze(*store, "v2", /*all=*/true) == ids);
  CHECK(store->CountArticlesToAnalyze("v2", /*all=*/true).value() == 4);

  SECTION("paging by id") {
    Result<std::vector<StoredArticle>> first = store->ArticlesToAnalyze("v2", 0, 2);
    REQUIRE(first.ok());
    REQUIRE(first.value().size() == 2);
    CHECK(first.value()[1].id == ids[2]);
    CHECK(first.value()[0].title == "Hà Tĩnh chuyển đổi số, bài 2");
    CHECK(first.value()[0].raw.empty());  // raw pages are not read
    Result<std::vector<StoredArticle>> rest = store->ArticlesToAnalyze("v2", ids[2], 2);
    REQUIRE(rest.ok());
    REQUIRE(rest.value().size() == 1);
    CHECK(rest.value()[0].id == ids[3]);
  }
}

TEST_CASE("Opening a version-1 store adds the analyses table and keeps its articles", "[store][analyses]") {
  testing::TempDir dir;
  const std::string path = dir.File("dxnews.sqlite");
  std::int64_t id = 0;
  {
    auto store = OpenStore(path);
    id = Insert(*store, 1);
  }
  {  // Make it look like a file written before the analyses table existed.
    auto db = internal::Database::Open(path, 1000);
    REQUIRE(db.ok());
    REQUIRE(v1::DowngradeToVersion1(*db.value()).ok());
  }
  auto store = OpenStore(path);
  CHECK(store->Count().value() == 1);
  REQUIRE(store->PutAnalysis(AnalysisOf(*store, id, "v1")).ok());
  CHECK(store->GetAnalysis(id).value().has_value());
}

TEST_CASE("ForEachPublishedBetween visits a period oldest first with the stored analyses", "[store][analyses]") {
  dxnews::testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::vector<std::int64_t> ids;
  for (int n = 0; n < 4; ++n) {
    StoredArticle a = MakeArticle(n);
    if (n < 3) a.published = 1728700000 - 86400 * n;  // article 0 is the newest; article 3 has no date
    Result<UpsertOutcome> outcome = store->Upsert(a);
    REQUIRE(outcome.ok());
    ids.push_back(outcome.value().id);
  }
  REQUIRE(store->PutAnalysis(AnalysisOf(*store, ids[1], "v1")).ok());

  std::vector<std::int64_t> seen;
  std::vector<bool> analysed;
  std::vector<std::string> texts;
  auto collect = [&](const StoredArticle& a, const std::optional<StoredAnalysis>& analysis) {
    seen.push_back(a.id);
    analysed.push_back(analysis.has_value());
    texts.push_back(a.text);
    if (analysis) CHECK(analysis->primary_themes == std::vector<std::string>{"digital-government", "e-commerce"});
    return Status();
  };
  REQUIRE(store->ForEachPublishedBetween(1728700000 - 86400, 1728700000, collect).ok());
  CHECK(seen == std::vector<std::int64_t>{ids[1], ids[0]});
  CHECK(analysed == std::vector<bool>{true, false});
  CHECK(texts == std::vector<std::string>{"", ""});  // text not loaded unless asked for

  seen.clear();
  analysed.clear();
  texts.clear();
  REQUIRE(store->ForEachPublishedBetween(0, 2000000000, collect, /*with_text=*/true).ok());
  CHECK(seen == std::vector<std::int64_t>{ids[2], ids[1], ids[0]});  // undated article 3 left out
  CHECK(texts[0] == MakeArticle(2).text);

  int calls = 0;
  Status stop = store->ForEachPublishedBetween(0, 2000000000, [&](const StoredArticle&, const std::optional<StoredAnalysis>&) {
    return ++calls == 2 ? Status::InvalidInput("enough") : Status();
  });
  CHECK(stop.code() == Status::Code::kInvalidInput);
  CHECK(calls == 2);
}

}  // namespace
}  // namespace dxnews::store
