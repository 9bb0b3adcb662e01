// MemoryCrawlLedger: a CrawlLedger in memory for crawler tests. It keeps every call's effect in
// public members that tests inspect: the frontier states, the fetch history and the delivered
// pages (not extracted: the crawler does not analyse text).
#ifndef DXNEWS_TESTS_SUPPORT_MEMORY_CRAWL_LEDGER_H_
#define DXNEWS_TESTS_SUPPORT_MEMORY_CRAWL_LEDGER_H_

#include <map>
#include <string>
#include <vector>

#include "dxnews/crawler/crawl_ledger.h"

namespace dxnews::testing {

class MemoryCrawlLedger : public crawler::CrawlLedger {
 public:
  Result<crawler::UrlState> StateOf(const std::string& url) override {
    auto it = states.find(url);
    return it == states.end() ? crawler::UrlState::kUnknown : it->second;
  }
  Result<int> FailureCount(const std::string& url) override {
    int failures = 0;
    for (const crawler::FetchAttempt& attempt : history) failures += attempt.url == url && !attempt.error.empty();
    return failures;
  }
  Status AddToFrontier(const std::string& url, const std::string& source_id) override {
    if (states.emplace(url, crawler::UrlState::kPending).second) pending[source_id].push_back(url);
    return Status();
  }
  Status SetState(const std::string& url, crawler::UrlState state) override {
    states[url] = state;
    return Status();
  }
  Result<std::vector<std::string>> UnfinishedUrls(const std::string& source_id, std::size_t limit) override {
    std::vector<std::string> urls;
    for (crawler::UrlState wanted : {crawler::UrlState::kPending, crawler::UrlState::kFailed}) {
      for (const std::string& url : pending[source_id]) {
        if (urls.size() < limit && states[url] == wanted) urls.push_back(url);
      }
    }
    return urls;
  }
  Result<crawler::Validators> ValidatorsOf(const std::string& url) override {
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
      if (it->url == url) return crawler::Validators{it->etag, it->last_modified};
    }
    return crawler::Validators{};
  }
  Status RecordFetch(const crawler::FetchAttempt& attempt) override {
    history.push_back(attempt);
    return Status();
  }
  Result<crawler::DeliveryOutcome> DeliverArticle(const crawler::CrawledPage& page) override {
    auto [it, inserted] = pages.insert_or_assign(page.url, page);
    return inserted ? crawler::DeliveryOutcome::kInserted : crawler::DeliveryOutcome::kUnchanged;
  }
  Status Flush() override {
    ++flushes;
    return Status();
  }

  /// Seeds a pending URL as if an earlier run had discovered it.
  void Seed(const std::string& url, const std::string& source_id = "") { (void)AddToFrontier(url, source_id); }

  /// The attempts recorded for `url`, oldest first.
  std::vector<crawler::FetchAttempt> HistoryOf(const std::string& url) const {
    std::vector<crawler::FetchAttempt> found;
    for (const crawler::FetchAttempt& attempt : history) {
      if (attempt.url == url) found.push_back(attempt);
    }
    return found;
  }

  std::map<std::string, crawler::UrlState> states;
  std::map<std::string, std::vector<std::string>> pending;  // by source id, in discovery order
  std::vector<crawler::FetchAttempt> history;
  std::map<std::string, crawler::CrawledPage> pages;
  int flushes = 0;
};

}  // namespace dxnews::testing

#endif  // DXNEWS_TESTS_SUPPORT_MEMORY_CRAWL_LEDGER_H_
