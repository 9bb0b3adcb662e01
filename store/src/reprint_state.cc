// The reprint-clustering half of ArticleStore: signatures and cluster ids.
#include <algorithm>

#include "dxnews/store/article_store.h"
#include "sqlite_db.h"

namespace dxnews::store {
namespace {

std::string EncodeMinHash(const std::vector<std::uint32_t>& values) {
  std::string bytes;
  bytes.reserve(values.size() * 4);
  for (std::uint32_t v : values) {
    for (int shift = 0; shift < 32; shift += 8) bytes.push_back(static_cast<char>((v >> shift) & 0xff));
  }
  return bytes;
}

Result<std::vector<std::uint32_t>> DecodeMinHash(const std::string& bytes, std::int64_t article_id) {
  if (bytes.size() % 4 != 0) {
    return Status::IoError("signature of article " + std::to_string(article_id) + ": corrupt (" +
                           std::to_string(bytes.size()) + " bytes)");
  }
  std::vector<std::uint32_t> values(bytes.size() / 4);
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::uint32_t v = 0;
    for (int b = 3; b >= 0; --b) v = (v << 8) | static_cast<unsigned char>(bytes[i * 4 + static_cast<std::size_t>(b)]);
    values[i] = v;
  }
  return values;
}

std::optional<std::int64_t> OptionalInt(const internal::Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

}  // namespace

Status ArticleStore::ForEachClusterKey(const std::function<Status(const ClusterKey&)>& visit) const {
  // Without ORDER BY, SQLite scans the covering index articles_cluster_keys instead of the rows,
  // which hold the whole text and page; the keys are put in id order here.
  Result<internal::Statement> select = db_->Prepare(
      "SELECT id, published, fetched_at, cluster, content_hash FROM articles");
  if (!select.ok()) return select.status();
  std::vector<ClusterKey> keys;
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    const internal::Statement& r = select.value();
    keys.push_back(ClusterKey{r.Int(0), OptionalInt(r, 1), r.Int(2), OptionalInt(r, 3), r.Text(4)});
  }
  std::sort(keys.begin(), keys.end(), [](const ClusterKey& a, const ClusterKey& b) { return a.id < b.id; });
  for (const ClusterKey& key : keys) {
    Status status = visit(key);
    if (!status.ok()) return status;
  }
  return Status();
}

Status ArticleStore::ForEachSignature(const std::function<Status(const StoredSignature&)>& visit) const {
  Result<internal::Statement> select =
      db_->Prepare("SELECT article_id, content_hash, shingles, minhash FROM text_signatures ORDER BY article_id");
  if (!select.ok()) return select.status();
  for (;;) {
    Result<bool> row = select.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status();
    const internal::Statement& r = select.value();
    StoredSignature signature;
    signature.article_id = r.Int(0);
    signature.content_hash = r.Text(1);
    signature.shingles = static_cast<std::uint32_t>(r.Int(2));
    Result<std::vector<std::uint32_t>> minhash = DecodeMinHash(r.Blob(3), signature.article_id);
    if (!minhash.ok()) return minhash.status().WithContext(path());
    signature.minhash = std::move(minhash).value();
    Status status = visit(signature);
    if (!status.ok()) return status;
  }
}

Status ArticleStore::PutSignature(const StoredSignature& signature) {
  Result<internal::Statement> write = db_->Prepare(
      "INSERT OR REPLACE INTO text_signatures (article_id, content_hash, shingles, minhash) "
      "SELECT id, ?2, ?3, ?4 FROM articles WHERE id = ?1");
  if (!write.ok()) return write.status();
  write.value()
      .Bind(1, signature.article_id)
      .Bind(2, signature.content_hash)
      .Bind(3, static_cast<std::int64_t>(signature.shingles))
      .BindBlob(4, EncodeMinHash(signature.minhash));
  Status status = write.value().Run();
  if (!status.ok()) return status;
  if (db_->Changes() == 0) {
    return Status::NotFound(path() + ": no article with id " + std::to_string(signature.article_id));
  }
  return Status();
}

Status ArticleStore::SetCluster(std::int64_t id, std::optional<std::int64_t> cluster) {
  Result<internal::Statement> write = db_->Prepare("UPDATE articles SET cluster = ?2 WHERE id = ?1");
  if (!write.ok()) return write.status();
  write.value().Bind(1, id);
  if (cluster) {
    write.value().Bind(2, *cluster);
  } else {
    write.value().BindNull(2);
  }
  Status status = write.value().Run();
  if (!status.ok()) return status;
  if (db_->Changes() == 0) return Status::NotFound(path() + ": no article with id " + std::to_string(id));
  return Status();
}

Status ArticleStore::ResetClustering() {
  return db_->Exec("DELETE FROM text_signatures; UPDATE articles SET cluster = NULL");
}

}  // namespace dxnews::store
