// Developer tool: runs the full analyzer (dxnews::analyzer::ArticleAnalyzer, the same code as
// `dxnews analyze`) over corpus files in the CP_Vietnamese-UNC format ("# doc_id = ...",
// "# url = ...", "# date = YYYYMMDD" header lines, then the title and one sentence per line) and
// prints one JSON line per file, {"doc_id": ..., <the analysis JSON>}, for
// bench/score_extraction.py. Usage: extract_dev FILE...
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/core/plain_article.h"

namespace {

// Reads one corpus file; prints a message and returns false when it cannot.
bool ReadArticle(const std::string& path, std::string* doc_id, dxnews::analyzer::ArticleInput* input) {
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parsed = dxnews::ParsePlainArticle(text, path);
  if (!in || !parsed.ok()) {
    std::cerr << "extract_dev: cannot read " << path << (parsed.ok() ? "" : ": " + parsed.status().message()) << "\n";
    return false;
  }
  const std::string* id = parsed.value().Header("doc_id");
  const std::string* date = parsed.value().Header("date");
  *doc_id = id != nullptr ? *id : path;
  *input = {parsed.value().title, parsed.value().body,
            date != nullptr ? dxnews::analyzer::ParseCivilDate(*date) : std::nullopt};
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_dev FILE...\n";
    return 2;
  }
  auto analyzer = dxnews::analyzer::ArticleAnalyzer::LoadBuiltin();
  if (!analyzer.ok()) {
    std::cerr << "extract_dev: " << analyzer.status().ToString() << "\n";
    return 1;
  }
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    std::string doc_id;
    dxnews::analyzer::ArticleInput input;
    if (!ReadArticle(argv[i], &doc_id, &input)) {
      status = 1;
      continue;
    }
    std::string json = dxnews::analyzer::AnalysisToJson(analyzer.value().Analyze(input));
    // The analysis is a JSON object: put the doc_id in front of its first key.
    std::string quoted_id;
    for (char c : doc_id) {
      if (c == '"' || c == '\\') quoted_id += '\\';
      quoted_id += c;
    }
    std::cout << "{\"doc_id\":\"" << quoted_id << "\"," << json.substr(1) << "\n";
  }
  return status;
}
