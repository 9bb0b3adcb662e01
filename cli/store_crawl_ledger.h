// StoreCrawlLedger: the crawl loop's CrawlLedger over the SQLite ArticleStore. Frontier states,
// the fetch history and validators live in the store's crawl-state tables; delivered article
// pages are extracted and stored exactly as `dxnews import` stores HTML (ArticleFromHtml), with
// the source id and province added. Writes are grouped into transactions of up to 200 writes or
// 2 seconds, so a crawl does not pay one fsync per fetch; Flush() commits the open one.
#ifndef DXNEWS_CLI_STORE_CRAWL_LEDGER_H_
#define DXNEWS_CLI_STORE_CRAWL_LEDGER_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dxnews/core/clock.h"
#include "dxnews/crawler/crawl_ledger.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

class StoreCrawlLedger : public crawler::CrawlLedger {
 public:
  /// `store` and `clock` must outlive the ledger. Articles published before `since` (UTC
  /// seconds) are not stored (kTooOld).
  StoreCrawlLedger(store::ArticleStore& store, const Clock& clock, std::optional<std::int64_t> since);
  ~StoreCrawlLedger() override;

  Result<crawler::UrlState> StateOf(const std::string& url) override;
  Result<int> FailureCount(const std::string& url) override;
  Status AddToFrontier(const std::string& url, const std::string& source_id) override;
  Status SetState(const std::string& url, crawler::UrlState state) override;
  Result<std::vector<std::string>> UnfinishedUrls(const std::string& source_id, std::size_t limit) override;
  Result<crawler::Validators> ValidatorsOf(const std::string& url) override;
  Status RecordFetch(const crawler::FetchAttempt& attempt) override;
  Result<crawler::DeliveryOutcome> DeliverArticle(const crawler::CrawledPage& page) override;
  Status Flush() override;

 private:
  /// Opens a transaction when none is open; commits it when it has grown or aged enough.
  Status BeforeWrite();

  store::ArticleStore& store_;
  const Clock& clock_;
  std::optional<std::int64_t> since_;
  std::optional<store::Transaction> transaction_;
  int writes_ = 0;
  std::chrono::steady_clock::time_point begun_;
  std::optional<std::map<std::string, std::vector<std::string>>> unfinished_;  // by source id
};

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_STORE_CRAWL_LEDGER_H_
