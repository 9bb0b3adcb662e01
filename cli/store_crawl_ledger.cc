#include "store_crawl_ledger.h"

#include <utility>

#include "article_import.h"

namespace dxnews::cli {
namespace {

constexpr int kWritesPerTransaction = 200;
constexpr std::chrono::seconds kTransactionAge{2};
// Unfinished URLs are read once per run; more than this many is a backlog no run clears.
constexpr std::int64_t kMaxUnfinishedRead = 1000000;

}  // namespace

StoreCrawlLedger::StoreCrawlLedger(store::ArticleStore& store, const Clock& clock, std::optional<std::int64_t> since)
    : store_(store), clock_(clock), since_(since) {}

StoreCrawlLedger::~StoreCrawlLedger() { (void)Flush(); }

Status StoreCrawlLedger::BeforeWrite() {
  if (transaction_ && (writes_ >= kWritesPerTransaction || clock_.Now() - begun_ >= kTransactionAge)) {
    Status committed = Flush();
    if (!committed.ok()) return committed;
  }
  if (!transaction_) {
    Result<store::Transaction> begun = store::Transaction::Begin(store_);
    if (!begun.ok()) return begun.status();
    transaction_.emplace(std::move(begun).value());
    begun_ = clock_.Now();
    writes_ = 0;
  }
  ++writes_;
  return Status();
}

Status StoreCrawlLedger::Flush() {
  if (!transaction_) return Status();
  Status status = transaction_->Commit();
  transaction_.reset();
  return status;
}

Result<crawler::UrlState> StoreCrawlLedger::StateOf(const std::string& url) {
  Result<std::optional<store::FrontierEntry>> entry = store_.FindInFrontier(url);
  if (!entry.ok()) return entry.status();
  if (entry.value()) {
    switch (entry.value()->state) {
      case store::FrontierState::kPending: return crawler::UrlState::kPending;
      case store::FrontierState::kFetched: return crawler::UrlState::kFetched;
      case store::FrontierState::kFailed: return crawler::UrlState::kFailed;
    }
  }
  // Stored by `dxnews import` (or an older crawl) without a frontier entry: not fetched again.
  Result<std::optional<store::StoredArticle>> stored = store_.FindByUrl(url);
  if (!stored.ok()) return stored.status();
  return stored.value() ? crawler::UrlState::kFetched : crawler::UrlState::kUnknown;
}

Result<int> StoreCrawlLedger::FailureCount(const std::string& url) {
  Result<std::vector<store::FetchRecord>> history = store_.FetchHistory(url);
  if (!history.ok()) return history.status();
  int failures = 0;
  for (const store::FetchRecord& record : history.value()) failures += record.error.empty() ? 0 : 1;
  return failures;
}

Status StoreCrawlLedger::AddToFrontier(const std::string& url, const std::string& source_id) {
  Status status = BeforeWrite();
  if (!status.ok()) return status;
  store::FrontierEntry entry{url, source_id, clock_.UnixSeconds(), store::FrontierState::kPending};
  Result<bool> added = store_.AddToFrontier(entry);
  return added.status();
}

Status StoreCrawlLedger::SetState(const std::string& url, crawler::UrlState state) {
  Status status = BeforeWrite();
  if (!status.ok()) return status;
  store::FrontierState stored = store::FrontierState::kPending;
  if (state == crawler::UrlState::kFetched) stored = store::FrontierState::kFetched;
  if (state == crawler::UrlState::kFailed) stored = store::FrontierState::kFailed;
  status = store_.SetFrontierState(url, stored);
  if (status.code() != Status::Code::kNotFound) return status;
  // Known only as a stored article (see StateOf) and fetched again after all: track it now.
  Result<bool> added = store_.AddToFrontier(store::FrontierEntry{url, "", clock_.UnixSeconds(), stored});
  return added.status();
}

Result<std::vector<std::string>> StoreCrawlLedger::UnfinishedUrls(const std::string& source_id, std::size_t limit) {
  if (!unfinished_) {
    unfinished_.emplace();
    for (store::FrontierState state : {store::FrontierState::kPending, store::FrontierState::kFailed}) {
      Result<std::vector<store::FrontierEntry>> entries = store_.FrontierInState(state, kMaxUnfinishedRead);
      if (!entries.ok()) return entries.status();
      for (const store::FrontierEntry& entry : entries.value()) (*unfinished_)[entry.source_id].push_back(entry.url);
    }
  }
  std::vector<std::string> urls = (*unfinished_)[source_id];
  if (urls.size() > limit) urls.resize(limit);
  return urls;
}

Result<crawler::Validators> StoreCrawlLedger::ValidatorsOf(const std::string& url) {
  Result<std::optional<store::FetchRecord>> last = store_.LastFetch(url);
  if (!last.ok()) return last.status();
  crawler::Validators validators;
  if (last.value()) {
    validators.etag = last.value()->etag;
    validators.last_modified = last.value()->last_modified;
  }
  return validators;
}

Status StoreCrawlLedger::RecordFetch(const crawler::FetchAttempt& attempt) {
  Status status = BeforeWrite();
  if (!status.ok()) return status;
  store::FetchRecord record{attempt.url,        attempt.status, attempt.error,         attempt.bytes,
                            attempt.elapsed_ms, attempt.etag,   attempt.last_modified, attempt.fetched_at};
  return store_.RecordFetch(record);
}

Result<crawler::DeliveryOutcome> StoreCrawlLedger::DeliverArticle(const crawler::CrawledPage& page) {
  // Page problems (no article, oversized or absurdly nested HTML) are kInvalidInput: not stored.
  Result<store::StoredArticle> article = ArticleFromHtml(page.body, page.url, page.content_type, page.url);
  if (!article.ok()) return crawler::DeliveryOutcome::kNotArticle;
  store::StoredArticle& stored = article.value();
  if (since_ && stored.published && *stored.published < *since_) return crawler::DeliveryOutcome::kTooOld;
  stored.source_id = page.source_id;
  stored.province = page.province;
  stored.fetched_at = page.fetched_at;
  Status status = BeforeWrite();
  if (!status.ok()) return status;
  Result<store::UpsertOutcome> outcome = store_.Upsert(stored);
  if (!outcome.ok()) return outcome.status();
  switch (outcome.value().kind) {
    case store::UpsertOutcome::Kind::kInserted: return crawler::DeliveryOutcome::kInserted;
    case store::UpsertOutcome::Kind::kUpdated: return crawler::DeliveryOutcome::kUpdated;
    case store::UpsertOutcome::Kind::kUnchanged: break;
  }
  return crawler::DeliveryOutcome::kUnchanged;
}

}  // namespace dxnews::cli
