#include "article_rows.h"

#include <cstdio>

#include "compression.h"

namespace dxnews::store {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

void Mix(std::uint64_t& hash, std::string_view bytes) {
  // Length first, so that field boundaries count ("ab"+"c" != "a"+"bc").
  std::uint64_t length = bytes.size();
  for (int i = 0; i < 8; ++i) {
    hash = (hash ^ ((length >> (8 * i)) & 0xff)) * kFnvPrime;
  }
  for (unsigned char c : bytes) hash = (hash ^ c) * kFnvPrime;
}

std::string JoinTags(const std::vector<std::string>& tags) {
  std::string joined;
  for (size_t i = 0; i < tags.size(); ++i) {
    if (i > 0) joined += '\n';
    joined += tags[i];
  }
  return joined;
}

std::vector<std::string> SplitTags(const std::string& joined) {
  std::vector<std::string> tags;
  if (joined.empty()) return tags;
  size_t start = 0;
  for (;;) {
    size_t end = joined.find('\n', start);
    tags.push_back(joined.substr(start, end - start));
    if (end == std::string::npos) return tags;
    start = end + 1;
  }
}

}  // namespace

std::string ContentHash(const StoredArticle& article) {
  std::uint64_t hash = kFnvOffset;
  for (const std::string* field : {&article.url, &article.source_id, &article.title, &article.lead, &article.text,
                                   &article.author, &article.credit, &article.province, &article.raw}) {
    Mix(hash, *field);
  }
  Mix(hash, article.published ? std::to_string(*article.published) : std::string("-"));
  Mix(hash, std::to_string(article.tags.size()));
  for (const std::string& tag : article.tags) Mix(hash, tag);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

namespace internal {

const char kArticleColumns[] =
    "id, url, source_id, title, lead, text, published, author, credit, tags, province, cluster, content_hash, "
    "fetched_at, raw, raw_size, seq";

Status BindArticle(Statement& statement, const StoredArticle& article, const std::string& hash) {
  Result<std::string> raw = Compress(article.raw);
  if (!raw.ok()) return raw.status();
  statement.Bind(1, article.url).Bind(2, article.source_id).Bind(3, article.title).Bind(4, article.lead);
  statement.Bind(5, article.text);
  if (article.published) {
    statement.Bind(6, *article.published);
  } else {
    statement.BindNull(6);
  }
  statement.Bind(7, article.author).Bind(8, article.credit).Bind(9, JoinTags(article.tags));
  statement.Bind(10, article.province);
  if (article.cluster) {
    statement.Bind(11, *article.cluster);
  } else {
    statement.BindNull(11);
  }
  statement.Bind(12, hash).Bind(13, article.fetched_at).BindBlob(14, raw.value());
  statement.Bind(15, static_cast<std::int64_t>(article.raw.size()));
  return Status();
}

Result<StoredArticle> ReadArticle(const Statement& row, bool with_raw) {
  StoredArticle a;
  a.id = row.Int(0);
  a.url = row.Text(1);
  a.source_id = row.Text(2);
  a.title = row.Text(3);
  a.lead = row.Text(4);
  a.text = row.Text(5);
  if (!row.IsNull(6)) a.published = row.Int(6);
  a.author = row.Text(7);
  a.credit = row.Text(8);
  a.tags = SplitTags(row.Text(9));
  a.province = row.Text(10);
  if (!row.IsNull(11)) a.cluster = row.Int(11);
  a.content_hash = row.Text(12);
  a.fetched_at = row.Int(13);
  a.seq = row.Int(16);
  if (with_raw) {
    Result<std::string> raw =
        Decompress(row.Blob(14), static_cast<size_t>(row.Int(15)), "article " + std::to_string(a.id));
    if (!raw.ok()) return raw.status();
    a.raw = std::move(raw).value();
  }
  return a;
}

}  // namespace internal
}  // namespace dxnews::store
