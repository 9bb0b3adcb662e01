#include "hit_format.h"

#include <catch2/catch.hpp>

namespace dxnews::cli {
namespace {

index::SearchResults Sample() {
  index::SearchResults results;
  results.total = 1;
  index::SearchHit hit;
  hit.id = 7;
  hit.url = "https://x.example.vn/a";
  hit.title = "Hà Tĩnh, chuyển đổi số";
  hit.source = "baohatinh";
  hit.province = "Hà Tĩnh";
  hit.published = 1728691200;  // 2024-10-12 07:00 +07:00
  hit.snippet.text = "tỉnh <đẩy> chuyển đổi số";
  hit.snippet.highlights = {{16, 36}};
  hit.cluster_size = 2;
  hit.other_sources = {"tintuc"};
  results.hits.push_back(hit);
  return results;
}

TEST_CASE("Search output: snippets marked for terminals and HTML", "[cli][hit_format]") {
  const index::SearchResults sample = Sample();
  const index::Snippet& s = sample.hits[0].snippet;
  CHECK(MarkSnippet(s, "[", "]") == "tỉnh <đẩy> [chuyển đổi số]");
  CHECK(SnippetHtml(s) == "tỉnh &lt;đẩy&gt; <mark>chuyển đổi số</mark>");
}

TEST_CASE("Search output: text, JSON and CSV carry the hit fields", "[cli][hit_format]") {
  std::string text = FormatResultsText(Sample(), 0, false);
  CHECK_THAT(text, Catch::Contains("1. Hà Tĩnh, chuyển đổi số\n"));
  CHECK_THAT(text, Catch::Contains("baohatinh · 2024-10-12 · Hà Tĩnh · +1 in the same story: tintuc · id 7"));
  std::string json = ResultsToJson(Sample());
  CHECK_THAT(json, Catch::Contains("\"total\": 1"));
  CHECK_THAT(json, Catch::Contains("\"cluster_size\": 2"));
  CHECK_THAT(json, Catch::Contains("\"published\": \"2024-10-12T07:00:00+07:00\""));
  CHECK(ResultsToCsv(Sample()) ==
        "id,published,source,province,title,url,score,cluster_size,snippet\n"
        "7,2024-10-12,baohatinh,Hà Tĩnh,\"Hà Tĩnh, chuyển đổi số\",https://x.example.vn/a,0.0000,2,"
        "tỉnh <đẩy> chuyển đổi số\n");
}

}  // namespace
}  // namespace dxnews::cli

TEST_CASE("MarkSnippet and SnippetHtml skip overlapping highlight spans instead of repeating text",
          "[cli][hit_format]") {
  dxnews::index::Snippet snippet;
  snippet.text = "trung tâm điều hành thông minh";
  snippet.highlights = {{0, 10}, {6, 10}, {25, 36}};  // the second overlaps the first
  CHECK(dxnews::cli::MarkSnippet(snippet, "[", "]") == "[trung tâm] điều hành [thông minh]");
  CHECK(dxnews::cli::SnippetHtml(snippet) == "<mark>trung tâm</mark> điều hành <mark>thông minh</mark>");
}
