// Analysis throughput: runs ArticleAnalyzer::Analyze over plain-text articles (line 1 the title,
// the rest the body, as in vi-news-baomoi-2017) one at a time, in one thread, and prints
// articles/s by thread CPU time (the primary figure on a shared machine) and by wall time.
// Reading and decoding the files happen outside the clocks; one article is in memory at a time,
// so the peak RSS that /usr/bin/time reports is the analyzer's own.
// Usage: analyze_bench [--limit N] [--digest] DIR|FILE...
//   --digest  also prints an FNV-1a hash of every analysis JSON (outside the clocks), to check
//             that an optimisation leaves the results unchanged.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/decoder.h"

namespace {

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

std::vector<std::string> ListFiles(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    if (!std::filesystem::is_directory(arg)) {
      files.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(arg)) {
      if (entry.is_regular_file()) found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

dxnews::analyzer::ArticleInput ReadArticle(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string text = dxnews::analyzer::DecodeToUtf8(bytes.str()).utf8;
  dxnews::analyzer::ArticleInput input;
  size_t newline = text.find('\n');
  input.title = text.substr(0, newline);
  if (newline != std::string::npos) input.body = text.substr(newline + 1);
  input.published = dxnews::analyzer::CivilDate{2017, 6, 30};  // the corpus has no dates: mid-2017
  return input;
}

}  // namespace

int main(int argc, char** argv) {
  size_t limit = SIZE_MAX;
  bool digest = false;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--limit" && i + 1 < argc) {
      limit = static_cast<size_t>(std::atol(argv[++i]));
    } else if (arg == "--digest") {
      digest = true;
    } else {
      args.push_back(arg);
    }
  }
  std::vector<std::string> files = ListFiles(args);
  if (files.size() > limit) files.resize(limit);
  if (files.empty()) {
    std::fprintf(stderr, "usage: analyze_bench [--limit N] [--digest] DIR|FILE...\n");
    return 2;
  }
  auto loaded = dxnews::analyzer::ArticleAnalyzer::LoadBuiltin();
  if (!loaded.ok()) {
    std::fprintf(stderr, "analyze_bench: %s\n", loaded.status().ToString().c_str());
    return 1;
  }
  const dxnews::analyzer::ArticleAnalyzer& analyzer = loaded.value();

  double cpu = 0, wall = 0;
  size_t bytes = 0, found = 0;
  std::uint64_t hash = 14695981039346656037ULL;
  for (const std::string& file : files) {
    dxnews::analyzer::ArticleInput input = ReadArticle(file);
    bytes += input.title.size() + input.body.size();
    const double cpu_start = ThreadCpuSeconds();
    const auto wall_start = std::chrono::steady_clock::now();
    dxnews::analyzer::ArticleAnalysis analysis = analyzer.Analyze(input);
    wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    cpu += ThreadCpuSeconds() - cpu_start;
    found += analysis.officials.size() + analysis.documents.size() + analysis.dates.size() +
             analysis.places.size() + analysis.events.size() + analysis.keywords.size();
    if (digest) {
      for (unsigned char c : dxnews::analyzer::AnalysisToJson(analysis)) hash = (hash ^ c) * 1099511628211ULL;
    }
  }
  const double n = static_cast<double>(files.size());
  std::printf(
      "articles=%zu MB=%.1f cpu_s=%.2f articles/s_cpu=%.0f us/article_cpu=%.0f wall_s=%.2f "
      "articles/s_wall=%.0f MB/s_cpu=%.2f found=%zu",
      files.size(), static_cast<double>(bytes) / 1e6, cpu, n / cpu, cpu / n * 1e6, wall, n / wall,
      static_cast<double>(bytes) / 1e6 / cpu, found);
  if (digest) std::printf(" digest=%016llx", static_cast<unsigned long long>(hash));
  std::printf("\n");
  return 0;
}
