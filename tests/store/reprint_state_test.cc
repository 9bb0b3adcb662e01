// The reprint-clustering state of the store: signatures round-trip, clusters are set and reset,
// and a version-1 store is migrated to the current schema without losing its articles.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dxnews/store/article_store.h"
#include "sqlite_db.h"
#include "store/version1_store.h"
#include "support/temp_dir.h"

namespace dxnews::store {
namespace {

StoredArticle Article(const std::string& url) {
  StoredArticle a;
  a.url = url;
  a.title = "Quảng Bình sơ kết chuyển đổi số";
  a.text = "Sáng 14/3, UBND tỉnh tổ chức hội nghị.";
  a.published = 1710385200;
  a.fetched_at = 1710390000;
  return a;
}

std::unique_ptr<ArticleStore> OpenStore(const std::string& path) {
  Result<std::unique_ptr<ArticleStore>> store = ArticleStore::Open(path);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

std::vector<StoredSignature> Signatures(const ArticleStore& store) {
  std::vector<StoredSignature> out;
  REQUIRE(store.ForEachSignature([&](const StoredSignature& s) {
    out.push_back(s);
    return Status();
  }).ok());
  return out;
}

std::vector<ClusterKey> Keys(const ArticleStore& store) {
  std::vector<ClusterKey> out;
  REQUIRE(store.ForEachClusterKey([&](const ClusterKey& k) {
    out.push_back(k);
    return Status();
  }).ok());
  return out;
}

TEST_CASE("Signatures round-trip and are replaced", "[store][unit]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  Result<UpsertOutcome> a = store->Upsert(Article("https://baoquangbinh.vn/a.html"));
  REQUIRE(a.ok());
  StoredSignature signature{a.value().id, "abc", 321, {0, 1, 0xffffffffu, 0x12345678u}};
  REQUIRE(store->PutSignature(signature).ok());
  signature.minhash.push_back(7);
  REQUIRE(store->PutSignature(signature).ok());
  std::vector<StoredSignature> stored = Signatures(*store);
  REQUIRE(stored.size() == 1);
  CHECK(stored[0].article_id == a.value().id);
  CHECK(stored[0].content_hash == "abc");
  CHECK(stored[0].shingles == 321);
  CHECK(stored[0].minhash == std::vector<std::uint32_t>{0, 1, 0xffffffffu, 0x12345678u, 7});
  CHECK(store->PutSignature({999, "x", 1, {}}).code() == Status::Code::kNotFound);
}

TEST_CASE("SetCluster writes the cluster that ClusterKey and Get read back, ResetClustering clears all",
          "[store][unit]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  std::int64_t a = store->Upsert(Article("https://baoquangbinh.vn/a.html")).value().id;
  std::int64_t b = store->Upsert(Article("https://baoquangbinh.vn/b.html")).value().id;
  REQUIRE(store->SetCluster(b, a).ok());
  REQUIRE(store->SetCluster(a, a).ok());
  CHECK(store->Get(b).value().cluster == a);
  std::vector<ClusterKey> keys = Keys(*store);
  REQUIRE(keys.size() == 2);
  CHECK(keys[1].id == b);
  CHECK(keys[1].cluster == a);
  CHECK(keys[1].published == 1710385200);
  CHECK(keys[1].fetched_at == 1710390000);
  CHECK(keys[1].content_hash == store->Get(b).value().content_hash);
  CHECK(store->SetCluster(12345, a).code() == Status::Code::kNotFound);
  REQUIRE(store->PutSignature({a, "h", 1, {1}}).ok());
  REQUIRE(store->ResetClustering().ok());
  CHECK(Signatures(*store).empty());
  CHECK_FALSE(store->Get(b).value().cluster.has_value());
}

TEST_CASE("A version-1 store is migrated: articles kept, signatures table added", "[store][unit]") {
  testing::TempDir dir;
  std::string path = dir.File("dxnews.sqlite");
  {
    auto store = OpenStore(path);
    REQUIRE(store->Upsert(Article("https://baoquangbinh.vn/a.html")).ok());
  }
  {  // what version 1 looked like
    auto db = internal::Database::Open(path, 1000);
    REQUIRE(db.ok());
    REQUIRE(v1::DowngradeToVersion1(*db.value()).ok());
  }
  auto store = OpenStore(path);
  CHECK(store->Count().value() == 1);
  std::int64_t id = Keys(*store).at(0).id;
  CHECK(store->PutSignature({id, "h", 1, {1, 2}}).ok());
  auto db = internal::Database::Open(path, 1000);
  REQUIRE(db.ok());
  auto version = db.value()->Prepare("PRAGMA user_version");
  REQUIRE(version.ok());
  REQUIRE(version.value().Step().value());
  CHECK(version.value().Int(0) == 5);
}

}  // namespace
}  // namespace dxnews::store
