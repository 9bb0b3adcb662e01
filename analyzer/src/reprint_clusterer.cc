#include "dxnews/analyzer/reprint_clusterer.h"

#include <tuple>
#include <utility>

namespace dxnews::analyzer {

bool IsEarlierCopy(const ClusterDocument& a, const ClusterDocument& b) {
  return std::make_tuple(a.published.value_or(a.fetched_at), a.fetched_at, a.id) <
         std::make_tuple(b.published.value_or(b.fetched_at), b.fetched_at, b.id);
}

std::size_t ReprintClusterer::Find(std::size_t index) {
  while (parent_[index] != index) {
    parent_[index] = parent_[parent_[index]];  // path halving
    index = parent_[index];
  }
  return index;
}

void ReprintClusterer::Union(std::size_t a, std::size_t b) {
  a = Find(a);
  b = Find(b);
  if (a != b) parent_[b] = a;
}

std::size_t ReprintClusterer::Insert(ClusterDocument document) {
  std::size_t index = documents_.size();
  index_of_.emplace(document.id, index);
  parent_.push_back(index);
  lsh_.Add(document.id, document.signature);
  documents_.push_back(std::move(document));
  ++stats_.documents;
  return index;
}

void ReprintClusterer::AddExisting(ClusterDocument document) {
  std::int64_t id = document.id;
  std::optional<std::int64_t> cluster = document.cluster;
  std::size_t index = Insert(std::move(document));
  // The cluster is named after one of its members, which may come before or after this one.
  std::vector<std::size_t>& group = by_old_cluster_[cluster.value_or(id)];
  if (!group.empty()) Union(group.front(), index);
  group.push_back(index);
  if (by_old_cluster_.count(id) != 0 && cluster.value_or(id) != id) {
    Union(by_old_cluster_[id].front(), index);
  }
}

void ReprintClusterer::AddNew(ClusterDocument document) {
  std::vector<std::int64_t> candidates = lsh_.Candidates(document.signature);
  std::size_t index = Insert(std::move(document));
  const TextSignature& signature = documents_[index].signature;
  for (std::int64_t candidate : candidates) {
    std::size_t other = index_of_.at(candidate);
    if (Find(other) == Find(index)) continue;
    ++stats_.compared_pairs;
    if (IsNearDuplicate(EstimateSimilarity(signature, documents_[other].signature), options_)) {
      ++stats_.joined_pairs;
      Union(other, index);
    }
  }
}

std::unordered_map<std::int64_t, std::int64_t> ReprintClusterer::Assignments() {
  std::unordered_map<std::size_t, std::size_t> earliest;  // root -> index of the earliest member
  std::unordered_map<std::size_t, std::size_t> size;
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    std::size_t root = Find(i);
    auto [it, inserted] = earliest.emplace(root, i);
    if (!inserted && IsEarlierCopy(documents_[i], documents_[it->second])) it->second = i;
    ++size[root];
  }
  std::unordered_map<std::int64_t, std::int64_t> assignments;
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    assignments.emplace(documents_[i].id, documents_[earliest.at(Find(i))].id);
  }
  stats_.clusters = 0;
  stats_.clustered_documents = 0;
  for (const auto& [root, count] : size) {
    if (count < 2) continue;
    ++stats_.clusters;
    stats_.clustered_documents += count;
  }
  return assignments;
}

}  // namespace dxnews::analyzer
