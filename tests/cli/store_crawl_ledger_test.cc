// StoreCrawlLedger over a real ArticleStore: frontier states (articles imported earlier count as
// fetched), validators and failures from the fetch history, pending URLs per source, and article
// pages stored like `dxnews import` stores HTML, with source and province, legacy charsets decoded.
#include "store_crawl_ledger.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

using crawler::DeliveryOutcome;
using crawler::UrlState;

std::string ReadCorpus(const std::string& relative) {
  std::ifstream in(std::string(DXNEWS_CORPUS_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::unique_ptr<store::ArticleStore> OpenStore(const std::string& path) {
  Result<std::unique_ptr<store::ArticleStore>> opened = store::ArticleStore::Open(path);
  REQUIRE(opened.ok());
  return std::move(opened).value();
}

struct Fixture {
  testing::TempDir dir;
  std::unique_ptr<store::ArticleStore> store = OpenStore(dir.File("dxnews.sqlite"));
  SystemClock clock;
};

TEST_CASE("StoreCrawlLedger keeps frontier states, an imported article counts as fetched", "[cli][crawl]") {
  Fixture f;
  StoreCrawlLedger ledger(*f.store, f.clock, std::nullopt);
  const std::string url = "https://baohatinh.vn/a-post1.html";
  CHECK(ledger.StateOf(url).value() == UrlState::kUnknown);
  REQUIRE(ledger.AddToFrontier(url, "bao-ha-tinh").ok());
  CHECK(ledger.StateOf(url).value() == UrlState::kPending);
  REQUIRE(ledger.AddToFrontier("https://baohatinh.vn/b-post2.html", "bao-ha-tinh").ok());
  REQUIRE(ledger.AddToFrontier("https://other.vn/c.html", "").ok());
  REQUIRE(ledger.SetState(url, UrlState::kFailed).ok());
  CHECK(ledger.StateOf(url).value() == UrlState::kFailed);
  // Pending first, then failed.
  CHECK(ledger.UnfinishedUrls("bao-ha-tinh", 10).value() ==
        std::vector<std::string>{"https://baohatinh.vn/b-post2.html", url});
  CHECK(ledger.UnfinishedUrls("bao-ha-tinh", 1).value().size() == 1);
  CHECK(ledger.UnfinishedUrls("", 10).value() == std::vector<std::string>{"https://other.vn/c.html"});

  store::StoredArticle imported;
  imported.url = "https://baohatinh.vn/imported-post3.html";
  imported.title = "Hà Tĩnh";
  REQUIRE(f.store->Upsert(imported).ok());
  CHECK(ledger.StateOf(imported.url).value() == UrlState::kFetched);
  REQUIRE(ledger.SetState(imported.url, UrlState::kFetched).ok());  // tracked from now on
  REQUIRE(ledger.Flush().ok());
  CHECK(f.store->FindInFrontier(imported.url).value()->state == store::FrontierState::kFetched);
}

TEST_CASE("StoreCrawlLedger gives the last validators and counts failures", "[cli][crawl]") {
  Fixture f;
  StoreCrawlLedger ledger(*f.store, f.clock, std::nullopt);
  const std::string feed = "https://baohatinh.vn/rss/home.rss";
  CHECK(ledger.ValidatorsOf(feed).value().etag.empty());
  REQUIRE(ledger.RecordFetch({feed, 503, "HTTP 503", 0, 12, "", "", 1700000000}).ok());
  REQUIRE(ledger.RecordFetch({feed, 200, "", 900, 40, "\"v2\"", "Tue, 12 Mar 2024 03:05:00 GMT", 1700000100}).ok());
  crawler::Validators validators = ledger.ValidatorsOf(feed).value();
  CHECK(validators.etag == "\"v2\"");
  CHECK(validators.last_modified == "Tue, 12 Mar 2024 03:05:00 GMT");
  CHECK(ledger.FailureCount(feed).value() == 1);
  REQUIRE(ledger.Flush().ok());
  CHECK(f.store->FetchHistory(feed).value().size() == 2);
}

TEST_CASE("StoreCrawlLedger stores article pages with source and province, decoding TCVN3", "[cli][crawl]") {
  Fixture f;
  StoreCrawlLedger ledger(*f.store, f.clock, std::nullopt);
  crawler::CrawledPage page{"http://127.0.0.1:8080/tcvn3", "bao-hue", "hue", ReadCorpus("http/tcvn3.html"),
                            "text/html", 1700000000, std::nullopt};
  CHECK(ledger.DeliverArticle(page).value() == DeliveryOutcome::kInserted);
  CHECK(ledger.DeliverArticle(page).value() == DeliveryOutcome::kUnchanged);
  REQUIRE(ledger.Flush().ok());
  std::optional<store::StoredArticle> stored = f.store->FindByUrl(page.url).value();
  REQUIRE(stored);
  CHECK(stored->title == "Huế xây dựng chính quyền điện tử");
  CHECK(stored->source_id == "bao-hue");
  CHECK(stored->province == "hue");
  CHECK(stored->fetched_at == 1700000000);
  CHECK(stored->raw == page.body);  // the page as received

  page.url = "http://127.0.0.1:8080/trong";
  page.body = "<html><body></body></html>";
  CHECK(ledger.DeliverArticle(page).value() == DeliveryOutcome::kNotArticle);
}

TEST_CASE("StoreCrawlLedger does not store articles published before --since", "[cli][crawl]") {
  Fixture f;
  StoreCrawlLedger ledger(*f.store, f.clock, 1710374400);  // 2024-03-14 00:00 UTC
  crawler::CrawledPage page{"http://127.0.0.1:8080/tin-tuc/ha-tinh.html", "", "",
                            ReadCorpus("site/tin-tuc/ha-tinh-ra-mat-trung-tam-dieu-hanh-thong-minh.html"),
                            "text/html; charset=utf-8", 1700000000, std::nullopt};
  CHECK(ledger.DeliverArticle(page).value() == DeliveryOutcome::kTooOld);  // published 12/3/2024
  page.url = "http://127.0.0.1:8080/tin-tuc/quang-binh.html";
  page.body = ReadCorpus("site/tin-tuc/quang-binh-so-hoa-ho-so-thu-tuc-hanh-chinh.html");
  CHECK(ledger.DeliverArticle(page).value() == DeliveryOutcome::kInserted);
  REQUIRE(ledger.Flush().ok());
  CHECK(f.store->Count().value() == 1);
}

}  // namespace
}  // namespace dxnews::cli
