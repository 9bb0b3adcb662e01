// Measures Tokenize and SplitSentences throughput on the files given on the command line
// (for example extracted news articles), in CPU time of one core. Usage: tokenizer_bench [--repeat N] FILE...
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/tokenizer.h"

namespace {

bool ReadFile(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// CPU time of this thread: the machine is shared, and wall time would count the time other
// processes hold the core.
double CpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
      continue;
    }
    std::string text;
    if (!ReadFile(argv[i], &text)) {
      std::fprintf(stderr, "tokenizer_bench: error: cannot read %s\n", argv[i]);
      return 1;
    }
    bytes += text.size();
    texts.push_back(std::move(text));
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: tokenizer_bench [--repeat N] FILE...\n");
    return 2;
  }
  std::vector<dxnews::analyzer::Token> tokens;
  size_t token_count = 0;
  size_t sentence_count = 0;
  double tokenize_seconds = 0;
  double split_seconds = 0;
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& text : texts) {
      tokens.clear();
      double start = CpuSeconds();
      dxnews::analyzer::Tokenize(text, &tokens);
      tokenize_seconds += CpuSeconds() - start;
      start = CpuSeconds();
      sentence_count += dxnews::analyzer::SplitSentences(text, tokens).size();
      split_seconds += CpuSeconds() - start;
      token_count += tokens.size();
    }
  }
  const double mb = static_cast<double>(bytes) * repeat / 1e6;
  std::printf("input: %zu files, %.2f MB, x%d\n", texts.size(), static_cast<double>(bytes) / 1e6, repeat);
  std::printf("tokens: %zu, sentences: %zu\n", token_count / repeat, sentence_count / repeat);
  std::printf("Tokenize:             %.1f MB/s\n", mb / tokenize_seconds);
  std::printf("SplitSentences:       %.1f MB/s\n", mb / split_seconds);
  std::printf("Tokenize + split:     %.1f MB/s\n", mb / (tokenize_seconds + split_seconds));
  return 0;
}
