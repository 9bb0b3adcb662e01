// The crawl-state half of ArticleStore: the frontier and the fetch history.
#include <utility>

#include "dxnews/store/article_store.h"
#include "sqlite_db.h"

namespace dxnews::store {
namespace {

constexpr char kFetchColumns[] = "url, status, error, bytes, elapsed_ms, etag, last_modified, fetched_at";

FetchRecord ReadFetch(const internal::Statement& row) {
  FetchRecord record;
  record.url = row.Text(0);
  record.status = static_cast<int>(row.Int(1));
  record.error = row.Text(2);
  record.bytes = row.Int(3);
  record.elapsed_ms = row.Int(4);
  record.etag = row.Text(5);
  record.last_modified = row.Text(6);
  record.fetched_at = row.Int(7);
  return record;
}

Result<FrontierEntry> ReadFrontier(const internal::Statement& row) {
  FrontierEntry entry;
  entry.url = row.Text(0);
  entry.source_id = row.Text(1);
  entry.discovered_at = row.Int(2);
  std::optional<FrontierState> state = FrontierStateFromName(row.Text(3));
  if (!state) return Status::IoError("frontier row " + entry.url + ": unknown state '" + row.Text(3) + "'");
  entry.state = *state;
  return entry;
}

}  // namespace

const char* FrontierStateName(FrontierState state) {
  switch (state) {
    case FrontierState::kPending:
      return "pending";
    case FrontierState::kFetched:
      return "fetched";
    case FrontierState::kFailed:
      return "failed";
  }
  return "pending";
}

std::optional<FrontierState> FrontierStateFromName(const std::string& name) {
  for (FrontierState state : {FrontierState::kPending, FrontierState::kFetched, FrontierState::kFailed}) {
    if (name == FrontierStateName(state)) return state;
  }
  return std::nullopt;
}

Result<bool> ArticleStore::AddToFrontier(const FrontierEntry& entry) {
  Result<internal::Statement> insert = db_->Prepare(
      "INSERT OR IGNORE INTO frontier (url, source_id, discovered_at, state) VALUES (?1, ?2, ?3, ?4)");
  if (!insert.ok()) return insert.status();
  insert.value().Bind(1, entry.url).Bind(2, entry.source_id).Bind(3, entry.discovered_at);
  Status status = insert.value().Bind(4, FrontierStateName(entry.state)).Run();
  if (!status.ok()) return status;
  Result<internal::Statement> changes = db_->Prepare("SELECT changes()");
  if (!changes.ok()) return changes.status();
  Result<bool> row = changes.value().Step();
  if (!row.ok()) return row.status();
  return changes.value().Int(0) > 0;
}

Status ArticleStore::SetFrontierState(const std::string& url, FrontierState state) {
  Result<internal::Statement> update = db_->Prepare("UPDATE frontier SET state = ?2 WHERE url = ?1 RETURNING url");
  if (!update.ok()) return update.status();
  Result<bool> row = update.value().Bind(1, url).Bind(2, FrontierStateName(state)).Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::NotFound(path() + ": " + url + " is not in the frontier");
  return update.value().Run();
}

Result<std::vector<FrontierEntry>> ArticleStore::PendingFrontier(std::int64_t limit) const {
  return FrontierInState(FrontierState::kPending, limit);
}

Result<std::vector<FrontierEntry>> ArticleStore::FrontierInState(FrontierState state, std::int64_t limit) const {
  Result<internal::Statement> select = db_->Prepare(
      "SELECT url, source_id, discovered_at, state FROM frontier WHERE state = ?2 "
      "ORDER BY discovered_at, url LIMIT ?1");
  if (!select.ok()) return select.status();
  select.value().Bind(1, limit).Bind(2, FrontierStateName(state));
  std::vector<FrontierEntry> entries;
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return entries;
    Result<FrontierEntry> entry = ReadFrontier(select.value());
    if (!entry.ok()) return entry.status();
    entries.push_back(std::move(entry).value());
  }
}

Result<std::optional<FrontierEntry>> ArticleStore::FindInFrontier(const std::string& url) const {
  Result<internal::Statement> select =
      db_->Prepare("SELECT url, source_id, discovered_at, state FROM frontier WHERE url = ?1");
  if (!select.ok()) return select.status();
  Result<bool> row = select.value().Bind(1, url).Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<FrontierEntry>();
  Result<FrontierEntry> entry = ReadFrontier(select.value());
  if (!entry.ok()) return entry.status();
  return std::optional<FrontierEntry>(std::move(entry).value());
}

Status ArticleStore::RecordFetch(const FetchRecord& record) {
  Result<internal::Statement> insert = db_->Prepare(std::string("INSERT INTO fetches (") + kFetchColumns +
                                                    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!insert.ok()) return insert.status();
  insert.value().Bind(1, record.url).Bind(2, static_cast<std::int64_t>(record.status)).Bind(3, record.error);
  insert.value().Bind(4, record.bytes).Bind(5, record.elapsed_ms).Bind(6, record.etag);
  return insert.value().Bind(7, record.last_modified).Bind(8, record.fetched_at).Run();
}

Result<std::vector<FetchRecord>> ArticleStore::FetchHistory(const std::string& url) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT ") + kFetchColumns + " FROM fetches WHERE url = ?1 ORDER BY id");
  if (!select.ok()) return select.status();
  select.value().Bind(1, url);
  std::vector<FetchRecord> records;
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return records;
    records.push_back(ReadFetch(select.value()));
  }
}

Result<std::optional<FetchRecord>> ArticleStore::LastFetch(const std::string& url) const {
  Result<internal::Statement> select =
      db_->Prepare(std::string("SELECT ") + kFetchColumns + " FROM fetches WHERE url = ?1 ORDER BY id DESC LIMIT 1");
  if (!select.ok()) return select.status();
  Result<bool> row = select.value().Bind(1, url).Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<FetchRecord>();
  return std::optional<FetchRecord>(ReadFetch(select.value()));
}

}  // namespace dxnews::store
