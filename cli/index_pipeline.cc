#include "index_pipeline.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <utility>
#include <vector>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "vietnam_time.h"

namespace dxnews::cli {

index::IndexDocument ToIndexDocument(const store::StoredArticle& article, const std::optional<store::StoredAnalysis>& stored,
                                     const analyzer::ArticleAnalyzer& analyzer, const OutletNames* outlets) {
  index::IndexDocument doc;
  doc.id = article.id;
  doc.url = article.url;
  doc.title = article.title;
  doc.lead = article.lead;
  doc.text = article.text;
  doc.source_id = article.source_id;
  doc.source_name = outlets != nullptr ? outlets->Of(article) : article.source_id;
  if (!article.province.empty()) doc.provinces.push_back(article.province);
  doc.published = article.published;
  doc.cluster = article.cluster;
  doc.author = article.author;
  if (stored && stored->analyzer_version == analyzer::AnalyzerVersion() &&
      stored->content_hash == article.content_hash) {
    Result<analyzer::ArticleAnalysis> analysis = analyzer::AnalysisFromJson(stored->json);
    if (analysis.ok()) {
      index::FillFromAnalysis(analysis.value(), &doc);
      return doc;
    }
    // An unreadable stored analysis is analysed again, as a stale one would be.
  }
  analyzer::ArticleInput input;
  input.title = article.title;
  input.body = article.lead.empty() ? article.text : article.lead + "\n" + article.text;
  if (article.published) input.published = VietnamDate(*article.published);
  index::FillFromAnalysis(analyzer.Analyze(input), &doc);
  return doc;
}

namespace {

// Builds the entries of `articles` (with their stored analyses) on `threads` threads;
// ArticleAnalyzer::Analyze and TermMapper::Map are const and thread-safe.
std::vector<index::IndexEntry> BuildEntries(const std::vector<store::StoredArticle>& articles,
                                            const std::vector<std::optional<store::StoredAnalysis>>& analyses,
                                            const index::TermMapper& mapper,
                                            const analyzer::ArticleAnalyzer& analyzer, const OutletNames* outlets,
                                            int threads) {
  std::vector<std::optional<index::IndexEntry>> slots(articles.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < articles.size(); i = next++) {
      slots[i].emplace(index::IndexEntry::Build(ToIndexDocument(articles[i], analyses[i], analyzer, outlets), mapper));
    }
  };
  std::vector<std::thread> workers;
  for (int t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  std::vector<index::IndexEntry> entries;
  entries.reserve(slots.size());
  for (auto& slot : slots) entries.push_back(std::move(*slot));
  return entries;
}

// Adds one analysed chunk and, when `commit`, commits everything added so far; runs on the writer
// thread.
Status WriteChunk(index::IndexWriter& writer, std::vector<index::IndexEntry> entries, std::int64_t seq, bool commit) {
  for (index::IndexEntry& entry : entries) {
    Status status = writer.Add(std::move(entry));
    if (!status.ok()) return status;
  }
  return commit ? writer.Commit(seq) : Status();
}

}  // namespace

Status RunIndexPipeline(const store::ArticleStore& store, index::IndexWriter& writer,
                        const index::TermMapper& mapper, const analyzer::ArticleAnalyzer& analyzer,
                        const IndexPipelineOptions& options, const std::function<void(const IndexProgress&)>& on_batch,
                        IndexProgress* progress) {
  Result<std::int64_t> seq = writer.StoreSeq();
  if (!seq.ok()) return seq.status();
  progress->store_seq = seq.value();
  std::int64_t read_seq = seq.value();  // the last seq read from the store; committed lags behind
  const int batch_size = std::max(options.batch_size, 1);
  const int chunk_size = std::clamp(options.chunk_size, 1, batch_size);
  // The writer adds chunk N (and commits, at the end of a batch) on its own thread while chunk
  // N + 1 is analysed.
  std::future<Status> writing;
  bool writing_commits = false;
  std::int64_t writing_seq = 0, uncommitted = 0;
  auto finish_writing = [&]() -> Status {
    if (!writing.valid()) return Status();
    Status status = writing.get();
    if (!status.ok() || !writing_commits) return status;
    progress->store_seq = writing_seq;
    progress->indexed += uncommitted;
    uncommitted = 0;
    ++progress->batches;
    if (on_batch) on_batch(*progress);
    return Status();
  };
  std::vector<store::StoredArticle> chunk;
  std::vector<std::optional<store::StoredAnalysis>> analyses;
  std::int64_t in_batch = 0;  // articles read into the current batch
  while (true) {
    chunk.clear();
    analyses.clear();
    const int limit = static_cast<int>(std::min<std::int64_t>(chunk_size, batch_size - in_batch));
    Status status = store.ForEachChangedSince(
        read_seq,
        [&](const store::StoredArticle& article) {
          Result<std::optional<store::StoredAnalysis>> analysis = store.GetAnalysis(article.id);
          if (!analysis.ok()) return analysis.status();
          chunk.push_back(article);
          analyses.push_back(std::move(analysis).value());
          return Status();
        },
        limit);
    if (status.ok() && !chunk.empty()) {
      read_seq = chunk.back().seq;
      in_batch += static_cast<std::int64_t>(chunk.size());
      // A short chunk means the store has nothing more: commit what there is.
      const bool commit = in_batch >= batch_size || static_cast<int>(chunk.size()) < limit;
      if (commit) in_batch = 0;
      std::vector<index::IndexEntry> entries = BuildEntries(chunk, analyses, mapper, analyzer, options.outlets, std::max(options.threads, 1));
      status = finish_writing();
      if (status.ok()) {
        writing_seq = read_seq;
        writing_commits = commit;
        uncommitted += static_cast<std::int64_t>(chunk.size());
        writing = std::async(std::launch::async, WriteChunk, std::ref(writer), std::move(entries), read_seq, commit);
        continue;
      }
    }
    Status last = finish_writing();  // never leave the writer thread running
    if (status.ok() && last.ok() && uncommitted > 0) {
      // The store ended exactly at a chunk boundary: commit the rest.
      last = writer.Commit(read_seq);
      if (last.ok()) {
        progress->store_seq = read_seq;
        progress->indexed += uncommitted;
        ++progress->batches;
        if (on_batch) on_batch(*progress);
      }
    }
    return status.ok() ? last : status;
  }
}

}  // namespace dxnews::cli
