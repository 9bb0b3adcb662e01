#include "reprint_clustering.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dxnews/analyzer/reprint_clusterer.h"

namespace dxnews::cli {
namespace {

constexpr std::size_t kWritesPerTransaction = 1000;

// Runs `write` for each item in transactions of kWritesPerTransaction.
template <typename T, typename Write>
Status WriteInTransactions(store::ArticleStore& store, const std::vector<T>& items, Write write) {
  for (std::size_t begin = 0; begin < items.size(); begin += kWritesPerTransaction) {
    Result<store::Transaction> transaction = store::Transaction::Begin(store);
    if (!transaction.ok()) return transaction.status();
    std::size_t end = std::min(items.size(), begin + kWritesPerTransaction);
    for (std::size_t i = begin; i < end; ++i) {
      Status status = write(items[i]);
      if (!status.ok()) return status;
    }
    Status status = transaction.value().Commit();
    if (!status.ok()) return status;
  }
  return Status();
}

analyzer::ClusterDocument DocumentOf(const store::ClusterKey& key, analyzer::TextSignature signature) {
  analyzer::ClusterDocument document;
  document.id = key.id;
  document.published = key.published;
  document.fetched_at = key.fetched_at;
  document.signature = std::move(signature);
  document.cluster = key.cluster;
  return document;
}

// The text a signature is computed from: the lead and the body. Titles are left out because
// outlets rewrite the headline of a story they reprint.
std::string SignedText(const store::StoredArticle& article) { return article.lead + "\n" + article.text; }

// What the store knows: every article's cluster key, and the signatures, which SignStale completes.
struct ClusteringState {
  std::vector<store::ClusterKey> keys;
  std::unordered_map<std::int64_t, store::StoredSignature> signatures;
  std::unordered_set<std::int64_t> stale;  // signed by this run: new or changed articles
  std::size_t signed_now = 0;
};

Status LoadState(const store::ArticleStore& store, ClusteringState* state) {
  Status status = store.ForEachClusterKey([&](const store::ClusterKey& key) {
    state->keys.push_back(key);
    return Status();
  });
  if (!status.ok()) return status;
  return store.ForEachSignature([&](const store::StoredSignature& signature) {
    state->signatures.emplace(signature.article_id, signature);
    return Status();
  });
}

// Signs the articles without a signature of their current content and stores the signatures.
Status SignStale(store::ArticleStore& store, const analyzer::NearDuplicateOptions& options, ClusteringState* state) {
  std::unordered_map<std::int64_t, const store::ClusterKey*> stale;
  for (const store::ClusterKey& key : state->keys) {
    auto it = state->signatures.find(key.id);
    if (it == state->signatures.end() || it->second.content_hash != key.content_hash) stale.emplace(key.id, &key);
  }
  if (stale.empty()) return Status();
  std::vector<store::StoredSignature> fresh;
  Status status = store.ForEach([&](const store::StoredArticle& article) {
    auto it = stale.find(article.id);
    if (it == stale.end()) return Status();
    analyzer::TextSignature signature = analyzer::ComputeSignature(SignedText(article), options);
    fresh.push_back({article.id, it->second->content_hash, signature.shingles, std::move(signature.minhash)});
    return Status();
  });
  if (!status.ok()) return status;
  status = WriteInTransactions(store, fresh, [&](const store::StoredSignature& s) { return store.PutSignature(s); });
  if (!status.ok()) return status;
  state->signed_now = fresh.size();
  for (store::StoredSignature& signature : fresh) {
    state->stale.insert(signature.article_id);
    state->signatures[signature.article_id] = std::move(signature);
  }
  return Status();
}

// Articles clustered before keep their cluster; the others are compared with everything, earliest
// first so that the outcome does not depend on the order of ids.
void AddDocuments(ClusteringState* state, analyzer::ReprintClusterer* clusterer, ReprintReport* report) {
  std::vector<analyzer::ClusterDocument> added;
  for (const store::ClusterKey& key : state->keys) {
    store::StoredSignature& stored = state->signatures[key.id];
    if (stored.minhash.empty()) ++report->too_short;
    analyzer::ClusterDocument document = DocumentOf(key, {std::move(stored.minhash), stored.shingles});
    if (state->stale.count(key.id) == 0 && key.cluster) {
      clusterer->AddExisting(std::move(document));
    } else {
      added.push_back(std::move(document));
    }
  }
  std::sort(added.begin(), added.end(), analyzer::IsEarlierCopy);
  for (analyzer::ClusterDocument& document : added) clusterer->AddNew(std::move(document));
}

}  // namespace

Result<ReprintReport> ClusterNewArticles(store::ArticleStore& store, const ReprintOptions& options) {
  if (options.rebuild) {
    Status status = store.ResetClustering();
    if (!status.ok()) return status;
  }
  ClusteringState state;
  Status status = LoadState(store, &state);
  if (status.ok()) status = SignStale(store, options.near_duplicate, &state);
  if (!status.ok()) return status;

  ReprintReport report;
  report.articles = state.keys.size();
  report.signed_now = state.signed_now;
  analyzer::ReprintClusterer clusterer(options.near_duplicate);
  AddDocuments(&state, &clusterer, &report);
  std::unordered_map<std::int64_t, std::int64_t> assignments = clusterer.Assignments();
  std::vector<std::pair<std::int64_t, std::int64_t>> updates;
  for (const store::ClusterKey& key : state.keys) {
    std::int64_t cluster = assignments.at(key.id);
    if (key.cluster != cluster) updates.emplace_back(key.id, cluster);
  }
  status = WriteInTransactions(store, updates, [&](const std::pair<std::int64_t, std::int64_t>& update) {
    return store.SetCluster(update.first, update.second);
  });
  if (!status.ok()) return status;
  report.compared_pairs = clusterer.stats().compared_pairs;
  report.clusters = clusterer.stats().clusters;
  report.clustered_articles = clusterer.stats().clustered_documents;
  report.cluster_updates = updates.size();
  return report;
}

std::string FormatReprintReport(const ReprintReport& r) {
  return "reprints: " + std::to_string(r.clusters) + " clusters hold " + std::to_string(r.clustered_articles) +
         " of " + std::to_string(r.articles) + " articles (" + std::to_string(r.signed_now) + " signed, " +
         std::to_string(r.too_short) + " too short, " + std::to_string(r.cluster_updates) + " cluster ids written)";
}

}  // namespace dxnews::cli
