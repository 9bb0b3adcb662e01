// In-process latency of Searcher::Search (top 10 with snippets and cluster folding), to compare
// with SQLite FTS5 queried in process. Reads one query a line ('#' lines skipped); runs them all
// once to warm the caches, then again timed. Usage: query_bench INDEX_DIR QUERIES_FILE
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "dxnews/index/searcher.h"
#include "dxnews/index/term_mapper.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: query_bench INDEX_DIR QUERIES_FILE\n");
    return 2;
  }
  auto mapper = dxnews::index::TermMapper::LoadBuiltin();
  if (!mapper.ok()) return 1;
  auto searcher = dxnews::index::Searcher::Open(argv[1], mapper.value());
  if (!searcher.ok()) {
    std::fprintf(stderr, "query_bench: %s\n", searcher.status().ToString().c_str());
    return 1;
  }
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  std::vector<double> ms;
  for (int round = 0; round < 2; ++round) {
    for (const std::string& q : queries) {
      auto start = std::chrono::steady_clock::now();
      auto results = searcher.value()->Search(q, {});
      std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
      if (!results.ok()) {
        std::fprintf(stderr, "query_bench: %s: %s\n", q.c_str(), results.status().ToString().c_str());
        return 1;
      }
      if (round == 1) ms.push_back(elapsed.count());
    }
  }
  std::sort(ms.begin(), ms.end());
  size_t p99 = std::min(ms.size() - 1, static_cast<size_t>(static_cast<double>(ms.size()) * 0.99));
  std::printf("dxnews       query p50 %.2f ms p99 %.2f ms (in process, %zu queries, warm)\n", ms[ms.size() / 2], ms[p99],
              ms.size());
  return 0;
}
