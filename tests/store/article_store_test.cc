#include "dxnews/store/article_store.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sqlite_db.h"
#include "support/temp_dir.h"

namespace dxnews::store {
namespace {

using Kind = UpsertOutcome::Kind;

StoredArticle MakeArticle(const std::string& url, const std::string& title) {
  StoredArticle a;
  a.url = url;
  a.source_id = "baohatinh";
  a.title = title;
  a.lead = "Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức hội nghị về chuyển đổi số.";
  a.text = "Đồng chí Chủ tịch UBND tỉnh chủ trì.\nCác sở, ngành tham dự.";
  a.published = 1728691200;
  a.author = "Minh Châu";
  a.credit = "TTXVN";
  a.tags = {"chuyển đổi số", "Hà Tĩnh"};
  a.province = "ha-tinh";
  a.fetched_at = 1728700000;
  a.raw = "<html><body><h1>" + title + "</h1>" + std::string(2000, 'x') + "</body></html>";
  return a;
}

std::unique_ptr<ArticleStore> OpenStore(const std::string& path, StoreOptions options = {}) {
  Result<std::unique_ptr<ArticleStore>> store = ArticleStore::Open(path, options);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

TEST_CASE("Upsert inserts, then reports unchanged, then updates", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("dxnews.sqlite"));
  StoredArticle article = MakeArticle("https://baohatinh.vn/cds-1.html", "Hà Tĩnh đẩy mạnh chuyển đổi số");

  Result<UpsertOutcome> first = store->Upsert(article);
  REQUIRE(first.ok());
  CHECK(first.value().kind == Kind::kInserted);
  CHECK(first.value().id > 0);

  article.fetched_at += 3600;  // fetched again, same content
  Result<UpsertOutcome> second = store->Upsert(article);
  REQUIRE(second.ok());
  CHECK(second.value().kind == Kind::kUnchanged);
  CHECK(second.value().id == first.value().id);

  article.text += "\nBổ sung: kế hoạch 1203/KH-UBND.";
  Result<UpsertOutcome> third = store->Upsert(article);
  REQUIRE(third.ok());
  CHECK(third.value().kind == Kind::kUpdated);
  CHECK(third.value().id == first.value().id);
  CHECK(store->Count().value() == 1);

  Result<StoredArticle> stored = store->Get(first.value().id);
  REQUIRE(stored.ok());
  CHECK(stored.value().text == article.text);
  CHECK(stored.value().content_hash == ContentHash(article));
}

TEST_CASE("Every field round-trips, the raw page is stored compressed", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  StoredArticle article = MakeArticle("https://baohatinh.vn/cds-2.html", "Nông sản lên sàn số");
  article.cluster = 42;
  article.raw += std::string("\0\xff\x01 binary", 10);
  Result<UpsertOutcome> outcome = store->Upsert(article);
  REQUIRE(outcome.ok());

  Result<std::optional<StoredArticle>> found = store->FindByUrl(article.url);
  REQUIRE(found.ok());
  REQUIRE(found.value().has_value());
  const StoredArticle& s = *found.value();
  CHECK(s.id == outcome.value().id);
  CHECK(s.url == article.url);
  CHECK(s.source_id == "baohatinh");
  CHECK(s.title == "Nông sản lên sàn số");
  CHECK(s.lead == article.lead);
  CHECK(s.text == article.text);
  CHECK(s.published == article.published);
  CHECK(s.author == "Minh Châu");
  CHECK(s.credit == "TTXVN");
  CHECK(s.tags == std::vector<std::string>{"chuyển đổi số", "Hà Tĩnh"});
  CHECK(s.province == "ha-tinh");
  CHECK(s.cluster == std::optional<std::int64_t>(42));
  CHECK(s.fetched_at == article.fetched_at);
  CHECK(s.raw == article.raw);
  CHECK(store->FindByUrl("https://baohatinh.vn/none.html").value() == std::nullopt);
}

TEST_CASE("Optional fields stay unset and empty tags stay empty", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  StoredArticle article;
  article.url = "file:///corpus/khong-ngay.txt";
  article.title = "Bài không có ngày";
  Result<UpsertOutcome> outcome = store->Upsert(article);
  REQUIRE(outcome.ok());
  Result<StoredArticle> s = store->Get(outcome.value().id);
  REQUIRE(s.ok());
  CHECK_FALSE(s.value().published.has_value());
  CHECK_FALSE(s.value().cluster.has_value());
  CHECK(s.value().tags.empty());
  CHECK(s.value().raw.empty());
  CHECK(store->Get(outcome.value().id + 1).status().code() == Status::Code::kNotFound);
  StoredArticle no_url;
  CHECK(store->Upsert(no_url).status().code() == Status::Code::kInvalidInput);
}

TEST_CASE("ContentHash changes with content, not with fetch time or cluster", "[store]") {
  StoredArticle a = MakeArticle("https://x.vn/a", "Tiêu đề");
  StoredArticle b = a;
  b.fetched_at += 10;
  b.cluster = 7;
  CHECK(ContentHash(a) == ContentHash(b));
  CHECK(ContentHash(a).size() == 16);
  b.tags = {"chuyển đổi sốHà Tĩnh"};  // same bytes joined differently
  CHECK(ContentHash(a) != ContentHash(b));
  b = a;
  b.published.reset();
  CHECK(ContentHash(a) != ContentHash(b));
  b = a;
  b.raw += " ";
  CHECK(ContentHash(a) != ContentHash(b));
}

TEST_CASE("ForEach visits in id order and stops on a callback error", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  std::vector<StoredArticle> batch;
  for (int i = 0; i < 5; ++i) batch.push_back(MakeArticle("https://x.vn/" + std::to_string(i), "Bài " + std::to_string(i)));
  Result<std::vector<UpsertOutcome>> outcomes = store->UpsertBatch(batch);
  REQUIRE(outcomes.ok());
  REQUIRE(outcomes.value().size() == 5);

  std::vector<std::string> titles;
  Status status = store->ForEach([&](const StoredArticle& a) {
    titles.push_back(a.title);
    CHECK(a.raw.empty());  // not requested
    return Status();
  });
  REQUIRE(status.ok());
  CHECK(titles == std::vector<std::string>{"Bài 0", "Bài 1", "Bài 2", "Bài 3", "Bài 4"});

  int visited = 0;
  status = store->ForEach(
      [&](const StoredArticle& a) {
        CHECK_FALSE(a.raw.empty());
        return ++visited == 2 ? Status::InvalidInput("enough") : Status();
      },
      /*with_raw=*/true);
  CHECK(status.message() == "enough");
  CHECK(visited == 2);
}

TEST_CASE("A transaction that is not committed leaves nothing", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  {
    Result<Transaction> transaction = Transaction::Begin(*store);
    REQUIRE(transaction.ok());
    REQUIRE(store->Upsert(MakeArticle("https://x.vn/rolled-back", "Bỏ")).ok());
    CHECK(Transaction::Begin(*store).status().code() == Status::Code::kInvalidInput);
  }
  CHECK(store->Count().value() == 0);
  {
    Result<Transaction> transaction = Transaction::Begin(*store);
    REQUIRE(transaction.ok());
    REQUIRE(store->Upsert(MakeArticle("https://x.vn/kept", "Giữ")).ok());
    REQUIRE(transaction.value().Commit().ok());
  }
  CHECK(store->Count().value() == 1);
}

TEST_CASE("A second writer gets kUnavailable 'database is locked'", "[store]") {
  testing::TempDir dir;
  std::string path = dir.File("s.sqlite");
  auto writer = OpenStore(path);
  StoreOptions impatient;
  impatient.busy_timeout_ms = 50;
  auto other = OpenStore(path, impatient);
  Result<Transaction> transaction = Transaction::Begin(*writer);
  REQUIRE(transaction.ok());
  REQUIRE(writer->Upsert(MakeArticle("https://x.vn/1", "Một")).ok());

  Result<UpsertOutcome> blocked = other->Upsert(MakeArticle("https://x.vn/2", "Hai"));
  REQUIRE_FALSE(blocked.ok());
  CHECK(blocked.status().code() == Status::Code::kUnavailable);
  CHECK_THAT(blocked.status().message(), Catch::Contains("database is locked") && Catch::Contains(path));
  CHECK(other->Count().value() == 0);  // readers are not blocked and see only committed data

  REQUIRE(transaction.value().Commit().ok());
  CHECK(other->Upsert(MakeArticle("https://x.vn/2", "Hai")).ok());
  CHECK(other->Count().value() == 2);
}

TEST_CASE("Open rejects a file that is not a database and a newer schema", "[store]") {
  testing::TempDir dir;
  {
    FILE* f = std::fopen(dir.File("junk.sqlite").c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs("this is not an SQLite database, just some text that is long enough to have a header\n", f);
    std::fclose(f);
  }
  Result<std::unique_ptr<ArticleStore>> junk = ArticleStore::Open(dir.File("junk.sqlite"));
  REQUIRE_FALSE(junk.ok());
  CHECK(junk.status().code() == Status::Code::kIoError);
  CHECK_THAT(junk.status().message(), Catch::Contains("junk.sqlite"));

  CHECK(ArticleStore::Open(dir.File("missing-dir/s.sqlite")).status().code() == Status::Code::kIoError);
  // Reopening an existing store keeps its data.
  {
    auto store = OpenStore(dir.File("s.sqlite"));
    REQUIRE(store->Upsert(MakeArticle("https://x.vn/1", "Một")).ok());
  }
  CHECK(OpenStore(dir.File("s.sqlite"))->Count().value() == 1);
}

TEST_CASE("Every insert or change gets a higher seq, ForEachChangedSince finds them in seq order", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  CHECK(store->MaxSeq().value() == 0);
  auto first = store->Upsert(MakeArticle("https://x.vn/1", "Một")).value();
  auto second = store->Upsert(MakeArticle("https://x.vn/2", "Hai")).value();
  std::int64_t after_inserts = store->MaxSeq().value();
  CHECK(store->Get(first.id).value().seq < store->Get(second.id).value().seq);
  CHECK(store->Get(second.id).value().seq == after_inserts);

  // Unchanged leaves seq alone; a change moves the article after everything else.
  REQUIRE(store->Upsert(MakeArticle("https://x.vn/2", "Hai")).value().kind == Kind::kUnchanged);
  CHECK(store->MaxSeq().value() == after_inserts);
  REQUIRE(store->Upsert(MakeArticle("https://x.vn/1", "Một (cập nhật)")).value().kind == Kind::kUpdated);
  CHECK(store->MaxSeq().value() > after_inserts);

  std::vector<std::string> changed;
  auto collect = [&](const StoredArticle& a) {
    changed.push_back(a.title);
    return Status();
  };
  REQUIRE(store->ForEachChangedSince(after_inserts, collect, 100).ok());
  CHECK(changed == std::vector<std::string>{"Một (cập nhật)"});
  changed.clear();
  REQUIRE(store->ForEachChangedSince(0, collect, 100).ok());
  CHECK(changed == std::vector<std::string>{"Hai", "Một (cập nhật)"});
  changed.clear();
  REQUIRE(store->ForEachChangedSince(0, collect, 1).ok());
  CHECK(changed == std::vector<std::string>{"Hai"});
}

TEST_CASE("A version 1 store is migrated: existing articles get a seq, later changes a higher one", "[store]") {
  testing::TempDir dir;
  const std::string path = dir.File("v1.sqlite");
  {
    // The articles table of version 1, with one article, as dxnews 0.1 wrote it.
    auto db = internal::Database::Open(path, 1000);
    REQUIRE(db.ok());
    REQUIRE(db.value()
                ->Exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, source_id TEXT NOT NULL,"
                       " title TEXT NOT NULL, lead TEXT NOT NULL, text TEXT NOT NULL, published INTEGER,"
                       " author TEXT NOT NULL, credit TEXT NOT NULL, tags TEXT NOT NULL, province TEXT NOT NULL,"
                       " cluster INTEGER, content_hash TEXT NOT NULL, fetched_at INTEGER NOT NULL, raw BLOB NOT NULL,"
                       " raw_size INTEGER NOT NULL);"
                       "INSERT INTO articles VALUES (5, 'https://x.vn/5', 's', 'Năm', '', '', NULL, '', '', '', '',"
                       " NULL, 'h', 0, x'', 0);"
                       "PRAGMA user_version = 1;")
                .ok());
  }
  auto store = OpenStore(path);
  CHECK(store->Get(5).value().seq == 5);
  auto added = store->Upsert(MakeArticle("https://x.vn/6", "Sáu")).value();
  CHECK(store->Get(added.id).value().seq == 6);
  CHECK(store->MaxSeq().value() == 6);
}

TEST_CASE("Frontier: add once, pending in discovery order, state changes", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  CHECK(store->AddToFrontier({"https://x.vn/b", "baohatinh", 200, FrontierState::kPending}).value());
  CHECK(store->AddToFrontier({"https://x.vn/a", "baohatinh", 100, FrontierState::kPending}).value());
  CHECK(store->AddToFrontier({"https://x.vn/c", "", 100, FrontierState::kPending}).value());
  CHECK_FALSE(store->AddToFrontier({"https://x.vn/a", "other", 999, FrontierState::kFailed}).value());

  Result<std::vector<FrontierEntry>> pending = store->PendingFrontier(10);
  REQUIRE(pending.ok());
  REQUIRE(pending.value().size() == 3);
  CHECK(pending.value()[0].url == "https://x.vn/a");
  CHECK(pending.value()[0].source_id == "baohatinh");  // the duplicate did not overwrite
  CHECK(pending.value()[1].url == "https://x.vn/c");
  CHECK(pending.value()[2].url == "https://x.vn/b");
  CHECK(store->PendingFrontier(1).value().size() == 1);

  REQUIRE(store->SetFrontierState("https://x.vn/a", FrontierState::kFetched).ok());
  CHECK(store->PendingFrontier(10).value().size() == 2);
  CHECK(store->FindInFrontier("https://x.vn/a").value()->state == FrontierState::kFetched);
  REQUIRE(store->SetFrontierState("https://x.vn/b", FrontierState::kFailed).ok());
  Result<std::vector<FrontierEntry>> failed = store->FrontierInState(FrontierState::kFailed, 10);
  REQUIRE(failed.ok());
  REQUIRE(failed.value().size() == 1);
  CHECK(failed.value()[0].url == "https://x.vn/b");
  CHECK(store->FrontierInState(FrontierState::kFetched, 10).value().size() == 1);
  CHECK(store->SetFrontierState("https://x.vn/zzz", FrontierState::kFailed).code() == Status::Code::kNotFound);
  CHECK(FrontierStateFromName("failed") == FrontierState::kFailed);
  CHECK_FALSE(FrontierStateFromName("done").has_value());
}

TEST_CASE("Fetch history keeps every attempt, LastFetch has the validators", "[store]") {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("s.sqlite"));
  CHECK(store->LastFetch("https://x.vn/a").value() == std::nullopt);
  REQUIRE(store->RecordFetch({"https://x.vn/a", 0, "timeout after 30 s", 0, 30000, "", "", 1000}).ok());
  REQUIRE(store->RecordFetch({"https://x.vn/a", 200, "", 51234, 412, "\"abc\"", "Sat, 12 Oct 2024 02:00:00 GMT", 2000})
              .ok());
  REQUIRE(store->RecordFetch({"https://x.vn/b", 404, "not found", 120, 30, "", "", 1500}).ok());

  Result<std::vector<FetchRecord>> history = store->FetchHistory("https://x.vn/a");
  REQUIRE(history.ok());
  REQUIRE(history.value().size() == 2);
  CHECK(history.value()[0].error == "timeout after 30 s");
  CHECK(history.value()[0].elapsed_ms == 30000);
  Result<std::optional<FetchRecord>> last = store->LastFetch("https://x.vn/a");
  REQUIRE(last.ok());
  REQUIRE(last.value().has_value());
  CHECK(last.value()->status == 200);
  CHECK(last.value()->bytes == 51234);
  CHECK(last.value()->etag == "\"abc\"");
  CHECK(last.value()->last_modified == "Sat, 12 Oct 2024 02:00:00 GMT");
  CHECK(last.value()->fetched_at == 2000);
}

}  // namespace
}  // namespace dxnews::store
