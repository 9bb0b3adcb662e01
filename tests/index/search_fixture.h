// A small index of our own articles (corpus/search/*.txt), analysed and written the way
// `dxnews index` does, shared by the searcher tests.
#ifndef DXNEWS_TESTS_INDEX_SEARCH_FIXTURE_H_
#define DXNEWS_TESTS_INDEX_SEARCH_FIXTURE_H_

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/civil_date.h"
#include "dxnews/core/plain_article.h"
#include "dxnews/index/index_writer.h"
#include "dxnews/index/query_parser.h"
#include "dxnews/index/term_mapper.h"
#include "support/temp_dir.h"

namespace dxnews::index::testing {

inline const TermMapper& Mapper() {
  static const TermMapper* mapper = [] {
    auto loaded = TermMapper::LoadBuiltin();
    REQUIRE(loaded.ok());
    return new TermMapper(std::move(loaded).value());
  }();
  return *mapper;
}

inline const analyzer::ArticleAnalyzer& Analyzer() {
  static const analyzer::ArticleAnalyzer* a = [] {
    auto loaded = analyzer::ArticleAnalyzer::LoadBuiltin();
    REQUIRE(loaded.ok());
    return new analyzer::ArticleAnalyzer(std::move(loaded).value());
  }();
  return *a;
}

/// corpus/search/<name> as an IndexDocument with id `id`.
inline IndexDocument CorpusDocument(const std::string& name, std::int64_t id) {
  std::ifstream in(std::string(DXNEWS_CORPUS_DIR) + "/search/" + name);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Result<PlainArticle> article = ParsePlainArticle(bytes.str(), name);
  REQUIRE(article.ok());
  IndexDocument doc;
  doc.id = id;
  doc.url = *article.value().Header("url");
  doc.title = article.value().title;
  doc.text = article.value().body;
  doc.source_id = *article.value().Header("source");
  doc.source_name = doc.source_id;
  doc.author = *article.value().Header("author");
  if (const std::string* cluster = article.value().Header("cluster")) doc.cluster = std::stoll(*cluster);
  auto day = ParseDateBound(*article.value().Header("date"));
  REQUIRE(day);
  doc.published = day->first + 9 * 3600;  // 09:00 Vietnam time
  analyzer::ArticleInput input;
  input.title = doc.title;
  input.body = doc.text;
  input.published = analyzer::ParseCivilDate(*article.value().Header("date"));
  FillFromAnalysis(Analyzer().Analyze(input), &doc);
  return doc;
}

/// The file names of corpus/search, sorted; article ids are 1, 2, ... in this order.
inline std::vector<std::string> CorpusNames() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(DXNEWS_CORPUS_DIR) + "/search")) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

/// Writes every corpus/search article into a new index at `path`.
inline void BuildCorpusIndex(const std::string& path) {
  auto writer = IndexWriter::Open(path);
  REQUIRE(writer.ok());
  std::vector<std::string> names = CorpusNames();
  for (size_t i = 0; i < names.size(); ++i) {
    REQUIRE(writer.value()->Add(IndexEntry::Build(CorpusDocument(names[i], static_cast<std::int64_t>(i + 1)), Mapper())).ok());
  }
  REQUIRE(writer.value()->Commit(static_cast<std::int64_t>(names.size())).ok());
}

}  // namespace dxnews::index::testing

#endif  // DXNEWS_TESTS_INDEX_SEARCH_FIXTURE_H_
