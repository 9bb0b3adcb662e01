#include "dxnews/index/searcher.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "search_fixture.h"

namespace dxnews::index {
namespace {

using testing::Mapper;

// Article ids follow the sorted file names of corpus/search.
constexpr std::int64_t kHaTinh = 1, kHaTinhCopy = 2, kKhanhHoa = 3, kTpHcm = 4, kKinhTeSo = 5, kGiaXang = 6;

const Searcher& CorpusSearcher() {
  static dxnews::testing::TempDir* dir = new dxnews::testing::TempDir();
  static const Searcher* searcher = [] {
    testing::BuildCorpusIndex(dir->File("index"));
    auto opened = Searcher::Open(dir->File("index"), Mapper());
    REQUIRE(opened.ok());
    return opened.value().release();
  }();
  return *searcher;
}

SearchResults Run(const std::string& query, SearchOptions options = {}) {
  Result<SearchResults> results = CorpusSearcher().Search(query, options);
  INFO(query << ": " << results.status().ToString());
  REQUIRE(results.ok());
  return std::move(results).value();
}

std::vector<std::int64_t> Ids(const SearchResults& results) {
  std::vector<std::int64_t> ids;
  for (const SearchHit& hit : results.hits) ids.push_back(hit.id);
  return ids;
}

SearchOptions NoCollapse() {
  SearchOptions options;
  options.collapse_clusters = false;
  return options;
}

TEST_CASE("Searcher: diacritics, no diacritics and either tone placement give the same top hit",
          "[index][searcher]") {
  for (const char* query : {"Khánh Hòa", "Khánh Hoà", "khanh hoa", "KHÁNH HÒA"}) {
    SearchResults results = Run(query);
    INFO(query);
    REQUIRE_FALSE(results.hits.empty());
    CHECK(results.hits.front().id == kKhanhHoa);
  }
  CHECK(Ids(Run("du lịch thông minh")) == Ids(Run("du lich thong minh")));
}

TEST_CASE("Searcher: words typed without diacritics find the long word the article was segmented into",
          "[index][searcher]") {
  // Article kTpHcm has the one word "cách_mạng_công_nghiệp"; typed without diacritics, it is the
  // two words "cach_mang cong_nghiep", which article kKinhTeSo has ("cuộc cách mạng nhỏ ... chế
  // biến công nghiệp").
  CHECK(Ids(Run("cách mạng công nghiệp")) == std::vector<std::int64_t>{kTpHcm});
  CHECK(Ids(Run("cach mang cong nghiep")) == std::vector<std::int64_t>{kTpHcm, kKinhTeSo});
  CHECK(Ids(Run("cach mang cong nghiep lan thu tu")) == std::vector<std::int64_t>{kTpHcm});
  // A run the index does not know as one word still matches as its separate words.
  CHECK(Ids(Run("ho so thu tuc")) == Ids(Run("hồ sơ thủ tục")));
}

TEST_CASE("Searcher: exact-diacritic matches rank above folded ones", "[index][searcher]") {
  // "số" (number, digital) vs "so" in "so với" (compared with): both fold to "so".
  SearchResults results = Run("so với", NoCollapse());
  REQUIRE(results.hits.size() >= 2);
  CHECK((results.hits.front().id == kGiaXang || results.hits.front().id == kKinhTeSo));
  // "số" as a word in 1 and 5; only folded "so" in 6 ("so với") and 4 ("hồ sơ").
  std::vector<std::int64_t> ids = Ids(Run("số", NoCollapse()));
  auto rank = [&](std::int64_t id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
  CHECK(rank(kHaTinh) < rank(kGiaXang));
  CHECK(rank(kKinhTeSo) < rank(kGiaXang));
  CHECK(rank(kKinhTeSo) < rank(kTpHcm));
  CHECK(rank(kGiaXang) < static_cast<long>(ids.size()));
}

TEST_CASE("Searcher: an exact syllable of a longer word ranks above a folded word", "[index][searcher]") {
  // "hội" is a syllable of "hội_nghị" in 1; 3 has only "hỏi" (in "câu hỏi"), which folds to "hoi".
  std::vector<std::int64_t> ids = Ids(Run("hội", NoCollapse()));
  auto rank = [&](std::int64_t id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
  REQUIRE(rank(kKhanhHoa) < static_cast<long>(ids.size()));
  CHECK(rank(kHaTinh) < rank(kKhanhHoa));
  // Typed without diacritics, both forms count the same: the word "hỏi" beats the syllable.
  ids = Ids(Run("hoi", NoCollapse()));
  CHECK(rank(kKhanhHoa) < rank(kHaTinh));
}

TEST_CASE("Searcher: a multi-syllable word without quotes is a word, not an OR of syllables",
          "[index][searcher]") {
  std::vector<std::int64_t> ids = Ids(Run("chuyển đổi số", NoCollapse()));
  CHECK(std::find(ids.begin(), ids.end(), kHaTinh) != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), kKinhTeSo) == ids.end());  // "số" alone is not enough
  CHECK(std::find(ids.begin(), ids.end(), kGiaXang) == ids.end());
}

TEST_CASE("Searcher: quoted phrases match words in order", "[index][searcher]") {
  std::vector<std::int64_t> ids = Ids(Run("\"thanh toán không dùng tiền mặt\"", NoCollapse()));
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::int64_t>{kHaTinh, kHaTinhCopy});
  CHECK(Run("\"tiền mặt không dùng\"").hits.empty());
  CHECK(Ids(Run("\"du lich thong minh\"")) == std::vector<std::int64_t>{kKhanhHoa});
}

TEST_CASE("Searcher: field prefixes and date ranges filter", "[index][searcher]") {
  CHECK(Ids(Run("province:ha-tinh", NoCollapse())) == std::vector<std::int64_t>{kHaTinh, kHaTinhCopy});
  CHECK(Ids(Run("province:\"Hà Tĩnh\" source:tintucmientrung")) == std::vector<std::int64_t>{kHaTinhCopy});
  CHECK(Ids(Run("official:\"Tran Van Hai\" author:\"Minh Châu\"")) == std::vector<std::int64_t>{kHaTinh});
  CHECK(Ids(Run("doc:57-NQ/TW source:baohatinh")) == std::vector<std::int64_t>{kHaTinh});
  CHECK(Ids(Run("title:\"du lịch\"")) == std::vector<std::int64_t>{kKhanhHoa});
  CHECK(Ids(Run("date:2024-11-01..2024-11-30")) == std::vector<std::int64_t>{kTpHcm});
  CHECK(Ids(Run("hành chính date:01/11/2024..30/11/2024")) == std::vector<std::int64_t>{kTpHcm});
  CHECK(Ids(Run("date:2024-08")) == std::vector<std::int64_t>{kGiaXang});
  SearchOptions options;
  options.from = ParseDateBound("2024-10-01")->first;
  options.to = ParseDateBound("2024-10-31")->second;
  options.sort = SearchOptions::Sort::kDate;
  CHECK(Ids(Run("số", options)) == std::vector<std::int64_t>{kHaTinh, kKinhTeSo});
}

TEST_CASE("Searcher: AND, OR, NOT and signs", "[index][searcher]") {
  CHECK(Ids(Run("du lịch OR xăng")).size() == 2);
  std::vector<std::int64_t> ids = Ids(Run("hành chính -\"trí tuệ nhân tạo\"", NoCollapse()));
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::int64_t>{kHaTinh, kHaTinhCopy});
  CHECK(Ids(Run("hành chính NOT province:ha-tinh")) == std::vector<std::int64_t>{kTpHcm});
  CHECK(Ids(Run("(du lịch OR xăng) -Khánh")) == std::vector<std::int64_t>{kGiaXang});
}

TEST_CASE("Searcher: synonyms and abbreviations", "[index][searcher]") {
  std::vector<std::int64_t> ids = Ids(Run("CĐS"));
  CHECK(std::find(ids.begin(), ids.end(), kHaTinh) != ids.end());
  CHECK(Ids(Run("AI")) == std::vector<std::int64_t>{kTpHcm});
  CHECK(Ids(Run("TP.HCM")) == std::vector<std::int64_t>{kTpHcm});
  ids = Ids(Run("KTS"));
  CHECK(std::find(ids.begin(), ids.end(), kKinhTeSo) != ids.end());
}

TEST_CASE("Searcher: syndicated copies fold into one hit naming the other outlets", "[index][searcher]") {
  SearchResults results = Run("sơ kết chuyển đổi số");
  REQUIRE(results.hits.size() == 1);
  const SearchHit& hit = results.hits.front();
  CHECK(hit.cluster_size == 2);
  CHECK(hit.other_sources.size() == 1);
  CHECK(results.total == 1);
}

TEST_CASE("Searcher: hits carry fields and a snippet with the matched words highlighted", "[index][searcher]") {
  SearchResults results = Run("trợ lý ảo");
  REQUIRE_FALSE(results.hits.empty());
  const SearchHit& hit = results.hits.front();
  CHECK(hit.id == kKhanhHoa);
  CHECK(hit.url == "https://baokhanhhoa.example.vn/kinh-te/khanh-hoa-du-lich-thong-minh-303/");
  CHECK(hit.source == "baokhanhhoa");
  CHECK(hit.province == "Khánh Hòa");
  REQUIRE(hit.published);
  REQUIRE_FALSE(hit.snippet.highlights.empty());
  const HighlightSpan& span = hit.snippet.highlights.front();
  CHECK(hit.snippet.text.substr(span.begin, span.end - span.begin) == "trợ lý ảo");
}

TEST_CASE("Searcher: facets count the whole result set", "[index][searcher]") {
  SearchOptions options = NoCollapse();
  options.facets = true;
  options.limit = 1;
  SearchResults results = Run("tỉnh", options);
  REQUIRE(results.facets);
  REQUIRE_FALSE(results.facets->provinces.empty());
  CHECK(results.facets->provinces.front().value == "ha-tinh");
  CHECK(results.facets->provinces.front().count == 2);
  REQUIRE_FALSE(results.facets->months.empty());
  CHECK(results.facets->months.front().value == "2024-10");
  CHECK_FALSE(results.facets->sources.empty());
}

TEST_CASE("Searcher: did you mean offers the diacritic form of a folded query with few results",
          "[index][searcher]") {
  SearchResults results = Run("tro ly ao");
  CHECK(results.did_you_mean == "trợ lý ảo");
  CHECK(Run("chuyển đổi số").did_you_mean.empty());
  // A word no article has: the closest title word, with its diacritics.
  CHECK(Run("giá xangg").did_you_mean == "giá xăng");
}

TEST_CASE("Searcher: similar articles exclude the article and its cluster", "[index][searcher]") {
  Result<SearchResults> similar = CorpusSearcher().Similar(kHaTinh, 5);
  REQUIRE(similar.ok());
  std::vector<std::int64_t> ids = Ids(similar.value());
  CHECK(std::find(ids.begin(), ids.end(), kHaTinh) == ids.end());
  CHECK(std::find(ids.begin(), ids.end(), kHaTinhCopy) == ids.end());
  REQUIRE_FALSE(ids.empty());
  CHECK(ids.front() == kTpHcm);  // thủ tục hành chính, UBND, trực tuyến
  CHECK(CorpusSearcher().Similar(999, 5).status().code() == Status::Code::kNotFound);
}

TEST_CASE("Searcher: a malformed query is kInvalidInput naming the column", "[index][searcher]") {
  Result<SearchResults> results = CorpusSearcher().Search("chuyển đổi \"số", {});
  REQUIRE_FALSE(results.ok());
  CHECK(results.status().code() == Status::Code::kInvalidInput);
  CHECK(results.status().message() == "query: column 12: unclosed quote");
}

TEST_CASE("Searcher: counts per day for trend series, with filters and the date span", "[index][searcher]") {
  auto all = CorpusSearcher().CountByDay("", {});
  REQUIRE(all.ok());
  std::int64_t total = 0;
  for (const auto& [day, n] : all.value()) total += n;
  CHECK(total == 6);  // every article, reprints included
  REQUIRE(all.value().size() == 5);
  CHECK(all.value()[0].first == analyzer::CivilDate{2024, 8, 15});
  CHECK(all.value()[3].first == analyzer::CivilDate{2024, 10, 14});
  CHECK(all.value()[3].second == 2);  // the article and its copy

  SearchOptions october;
  october.from = 1727715600;  // 2024-10-01 00:00 +07:00
  october.to = 1730393999;    // 2024-10-31 23:59:59 +07:00
  auto in_october = CorpusSearcher().CountByDay("   ", october);
  REQUIRE(in_october.ok());
  CHECK(in_october.value().size() == 2);

  auto span = CorpusSearcher().DateSpan();
  REQUIRE(span.ok());
  REQUIRE(span.value());
  CHECK(span.value()->first == analyzer::CivilDate{2024, 8, 15});
  CHECK(span.value()->second == analyzer::CivilDate{2024, 11, 5});

  auto bad = CorpusSearcher().CountByDay("chuyển \"đổi", {});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace dxnews::index
