// Developer tool: counts, over a directory of plain-text news articles (one file per article),
// in how many articles each segmented word occurs, and writes the words with a document
// frequency of at least --min-df as a TSV table for the keyword extractor:
//   # docs<TAB>N            (first line: the number of articles counted)
//   word<TAB>df             (one line per word, lower case, syllables joined by spaces; sorted)
// Words are CandidateWords() (keyword_extractor.h): no stop words, numbers or one-letter words.
// Only these aggregate counts are kept. Usage:
//   build_df_table --dir DIR [--min-df 5] --out corpus/models/df_table.tsv
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "dxnews/analyzer/keyword_extractor.h"
#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/tokenizer.h"

namespace {

using dxnews::analyzer::Token;

/// The distinct candidate words of one article.
std::set<std::string> ArticleWords(const dxnews::analyzer::Segmenter& segmenter, const std::string& raw) {
  const std::string text = dxnews::analyzer::Normalize(raw);
  const std::vector<Token> tokens = dxnews::analyzer::Tokenize(text);
  const auto sentences = dxnews::analyzer::SplitSentences(text, tokens);
  const std::vector<bool> joins = dxnews::analyzer::SegmentText(segmenter, text, tokens, sentences);
  const std::vector<std::string> all = dxnews::analyzer::CandidateWords(text, tokens, joins);
  std::set<std::string> words(all.begin(), all.end());
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Builds the document-frequency table of segmented words"};
  std::string dir, out;
  int min_df = 5;
  app.add_option("--dir", dir, "directory of .txt articles")->required();
  app.add_option("--out", out, "output TSV")->required();
  app.add_option("--min-df", min_df, "smallest document frequency kept");
  CLI11_PARSE(app, argc, argv);
  auto segmenter = dxnews::analyzer::Segmenter::LoadBuiltin();
  if (!segmenter.ok()) {
    std::cerr << "build_df_table: " << segmenter.status().ToString() << "\n";
    return 1;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::unordered_map<std::string, int> df;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    for (const std::string& w : ArticleWords(segmenter.value(), buffer.str())) ++df[w];
  }
  std::map<std::string, int> kept;
  for (const auto& [word, n] : df) {
    if (n >= min_df) kept.emplace(word, n);
  }
  std::ofstream os(out);
  os << "# docs\t" << files.size() << "\n";
  for (const auto& [word, n] : kept) os << word << '\t' << n << '\n';
  std::cerr << "build_df_table: " << files.size() << " articles, " << kept.size() << " words kept\n";
  return os ? 0 : 1;
}
