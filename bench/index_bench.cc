// Where `dxnews index` spends its time, in CPU time of one core per stage: the analysis
// (ArticleAnalyzer), the index terms (IndexEntry::Build: TermMapper over title, lead and text) and
// the Xapian writer (Add + Commit, a commit every 1,000 articles as `dxnews index`). Reads
// plain-text articles (title line, then the body).
// Usage: index_bench [--commit-every N] INDEX_DIR FILE...   (INDEX_DIR must not exist)
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/index/index_document.h"
#include "dxnews/index/index_writer.h"
#include "dxnews/index/term_mapper.h"

namespace {

// CPU time of this thread: the machine is shared, and wall time would count other processes.
double CpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// As `dxnews index` commits by default (IndexPipelineOptions::batch_size).
constexpr int kDefaultCommitEvery = 1000;

}  // namespace

int main(int argc, char** argv) {
  int commit_every = kDefaultCommitEvery;
  if (argc > 2 && std::string(argv[1]) == "--commit-every") {
    commit_every = std::max(1, std::atoi(argv[2]));
    argc -= 2;
    argv += 2;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: index_bench [--commit-every N] INDEX_DIR FILE...\n");
    return 2;
  }
  auto analyzer = dxnews::analyzer::ArticleAnalyzer::LoadBuiltin();
  auto mapper = dxnews::index::TermMapper::LoadBuiltin();
  auto writer = dxnews::index::IndexWriter::Open(argv[1]);
  if (!analyzer.ok() || !mapper.ok() || !writer.ok()) {
    std::fprintf(stderr, "index_bench: cannot load the models or open %s\n", argv[1]);
    return 1;
  }
  double analysis = 0, terms = 0, adding = 0, committing = 0;
  size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += text.size();
    dxnews::index::IndexDocument doc;
    doc.id = i;
    size_t newline = text.find('\n');
    doc.title = text.substr(0, newline);
    doc.text = newline == std::string::npos ? "" : text.substr(newline + 1);
    double t0 = CpuSeconds();
    dxnews::index::FillFromAnalysis(analyzer.value().Analyze({doc.title, doc.text, std::nullopt}), &doc);
    double t1 = CpuSeconds();
    dxnews::index::IndexEntry entry = dxnews::index::IndexEntry::Build(doc, mapper.value());
    double t2 = CpuSeconds();
    if (!writer.value()->Add(std::move(entry)).ok()) return 1;
    double t3 = CpuSeconds();
    if ((i - 1) % commit_every == 0 && !writer.value()->Commit(i).ok()) return 1;
    double t4 = CpuSeconds();
    analysis += t1 - t0;
    terms += t2 - t1;
    adding += t3 - t2;
    committing += t4 - t3;
  }
  double t = CpuSeconds();
  if (!writer.value()->Commit(argc).ok()) return 1;
  committing += CpuSeconds() - t;
  const double writing = adding + committing;
  const double n = argc - 2;
  std::printf("%.0f articles, %.1f MB\n", n, static_cast<double>(bytes) / 1e6);
  std::printf("analysis  %6.2f s CPU  %7.0f articles/s\n", analysis, n / analysis);
  std::printf("terms     %6.2f s CPU  %7.0f articles/s\n", terms, n / terms);
  std::printf("xapian    %6.2f s CPU  %7.0f articles/s (add %.2f s, commit %.2f s)\n", writing, n / writing, adding,
              committing);
  std::printf("total     %6.2f s CPU  %7.0f articles/s per core\n", analysis + terms + writing,
              n / (analysis + terms + writing));
  return 0;
}
