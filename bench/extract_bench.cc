// Extraction throughput: runs ExtractArticle over every page given on the command line (raw or
// .gz is not handled here: pass decompressed .html files) in one process, on one core, and prints
// pages/s and MB/s. Usage: extract_bench [--rounds N] FILE.html...
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/decoder.h"
#include "dxnews/crawler/article_extractor.h"

int main(int argc, char** argv) {
  int rounds = 3;
  std::vector<std::string> pages;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
      continue;
    }
    std::ifstream in(arg, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    dxnews::analyzer::DecodeHints hints;
    hints.html = true;
    pages.push_back(dxnews::analyzer::DecodeToUtf8(bytes.str(), hints).utf8);
  }
  if (pages.empty()) {
    std::fprintf(stderr, "usage: extract_bench [--rounds N] FILE.html...\n");
    return 2;
  }
  size_t bytes = 0, paragraphs = 0, failures = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < rounds; ++round) {
    for (const std::string& page : pages) {
      auto result = dxnews::crawler::ExtractArticle(page, {});
      bytes += page.size();
      if (result.ok()) paragraphs += result.value().paragraphs.size();
      else ++failures;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double count = static_cast<double>(pages.size()) * rounds;
  std::printf("pages=%zu rounds=%d seconds=%.3f pages/s=%.1f MB/s=%.2f failures=%zu paragraphs=%zu\n", pages.size(),
              rounds, seconds, count / seconds, static_cast<double>(bytes) / 1e6 / seconds, failures, paragraphs);
  return 0;
}
