#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/crawler/source_registry.h"

// The crawler does not depend on the analyzer, but the two data files refer to each other, so
// this suite checks them together: the province ids come from the real ProvinceRegistry.
namespace dxnews::crawler {
namespace {

using analyzer::ProvinceEra;
using analyzer::ProvinceRegistry;

ProvinceRegistry Provinces() {
  Result<ProvinceRegistry> loaded = ProvinceRegistry::LoadBuiltin();
  INFO(loaded.status().ToString());
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

ProvinceRefs RefsFrom(const ProvinceRegistry& provinces) {
  ProvinceRefs refs;
  for (const analyzer::Province& unit : provinces.units(ProvinceEra::kBefore2025)) {
    refs.new_unit_of_old.emplace(unit.id, unit.new_unit);
  }
  for (const std::string& id : provinces.Ids(ProvinceEra::kFrom2025)) refs.new_ids.insert(id);
  return refs;
}

SourceRegistry Builtin() {
  Result<SourceRegistry> loaded = SourceRegistry::LoadBuiltin(RefsFrom(Provinces()));
  INFO(loaded.status().ToString());
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

// The path of a well-formed absolute example URL (test data only; no query strings there).
std::string PathOf(const std::string& url) {
  size_t slash = url.find('/', url.find("://") + 3);
  return slash == std::string::npos ? "/" : url.substr(slash);
}

TEST_CASE("SourceRegistry: every pre-2025 province has its party newspaper",
          "[crawler][source_registry]") {
  const ProvinceRegistry provinces = Provinces();
  const SourceRegistry sources = Builtin();
  std::map<std::string, int> papers;
  for (const SourceConfig& source : sources.sources()) {
    if (source.kind == SourceKind::kProvincialPartyPaper && !source.province.empty()) {
      ++papers[source.province];
      CHECK(source.new_province == provinces.NewUnitOf(source.province)->id);
    }
  }
  for (const std::string& id : provinces.Ids(ProvinceEra::kBefore2025)) {
    INFO(id);
    CHECK(papers[id] >= 1);
  }
  CHECK(papers.size() == 63);
}

TEST_CASE("SourceRegistry: every article pattern matches its examples, not its counter-examples",
          "[crawler][source_registry]") {
  const SourceRegistry sources = Builtin();
  int examples = 0, with_patterns = 0;
  for (const SourceConfig& source : sources.sources()) {
    INFO(source.id);
    with_patterns += source.article_patterns.empty() ? 0 : 1;
    CHECK(source.article_patterns.empty() == source.examples.empty());
    for (const std::string& url : source.examples) {
      CHECK(sources.IsArticlePath(source.id, PathOf(url)));
      ++examples;
    }
    for (const std::string& url : source.counter_examples) {
      CHECK_FALSE(sources.IsArticlePath(source.id, PathOf(url)));
    }
    CHECK_FALSE(sources.IsArticlePath(source.id, PathOf(source.home)));  // home is no article
  }
  CHECK(with_patterns >= 34);  // 34 when written; grows as shapes are confirmed
  CHECK(examples >= 2 * with_patterns);
}

TEST_CASE("SourceRegistry finds sources by id and by host", "[crawler][source_registry]") {
  const SourceRegistry sources = Builtin();
  const SourceConfig* ha_tinh = sources.FindByHost("baohatinh.vn");
  REQUIRE(ha_tinh != nullptr);
  CHECK(ha_tinh->id == "bao-ha-tinh");
  CHECK(ha_tinh->confidence == Confidence::kConfirmed);
  CHECK(sources.FindById("bao-ha-tinh") == ha_tinh);

  const SourceConfig* sggp = sources.FindByHost("www.sggp.org.vn");
  REQUIRE(sggp != nullptr);
  CHECK(sggp->name == "Báo Sài Gòn Giải Phóng");
  REQUIRE(sggp->feeds.size() == 1);
  CHECK(sggp->feeds[0].url == "https://www.sggp.org.vn/rss/home.rss");

  const SourceConfig* dong_khoi = sources.FindByHost("dongkhoi.baovinhlong.vn");
  REQUIRE(dong_khoi != nullptr);
  CHECK(dong_khoi->province == "ben-tre");
  CHECK(dong_khoi->new_province == "vinh-long");

  CHECK(sources.FindByHost("hanoimoi.com.vn") == sources.FindById("bao-ha-noi"));
  CHECK(sources.FindById("vietnamplus")->kind == SourceKind::kNational);
  CHECK(sources.FindById("ictnews")->kind == SourceKind::kSectorIct);
  CHECK(sources.FindById("bo-kh-cn")->kind == SourceKind::kGovernmentPortal);
  CHECK(sources.FindByHost("example.com") == nullptr);
  CHECK(sources.FindById("nope") == nullptr);
}

TEST_CASE("SourceRegistry article patterns follow the CMS families of DOMAIN.md",
          "[crawler][source_registry]") {
  const SourceRegistry sources = Builtin();
  auto [id, path, is_article] = GENERATE(table<std::string, std::string, bool>({
      {"bao-ha-noi", "/kinh-te/ha-noi-so-hoa-ho-so-712345.html", true},
      {"bao-ha-noi", "/chuyen-de/chuyen-doi-so-event1234.html", false},
      {"bao-dong-nai", "/tin-moi/202507/dong-nai-day-manh-cds-83102d4/", true},
      {"bao-dong-nai", "/tin-moi/", false},
      {"bao-binh-duong", "/kinh-te/binh-duong-so-hoa-a345678.html", true},
      {"bao-ha-tinh", "/ha-tinh-chinh-quyen-so-post281234.html", true},
      {"vietnamplus", "/chuyen-doi-so-quoc-gia-post1012345.vnp", true},
      {"vietnamplus", "/chuyen-doi-so-quoc-gia-post1012345.html", false},
      {"bao-bac-ninh-tv", "/bac-ninh-so-hoa-postid412345.bbg", true},
      {"bao-hau-giang", "/kinh-te-12.html", false},
      {"unknown-source", "/a-post1.html", false},
  }));
  INFO(id << " " << path);
  CHECK(sources.IsArticlePath(id, path) == is_article);
}

TEST_CASE("SourceRegistry built in equals corpus/sources.toml", "[crawler][source_registry]") {
  const SourceRegistry builtin = Builtin();
  Result<SourceRegistry> file = SourceRegistry::LoadFromFile(DXNEWS_CORPUS_DIR "/sources.toml",
                                                             RefsFrom(Provinces()));
  INFO(file.status().ToString());
  REQUIRE(file.ok());
  REQUIRE(file.value().sources().size() == builtin.sources().size());
  for (size_t i = 0; i < builtin.sources().size(); ++i) {
    CHECK(file.value().sources()[i].id == builtin.sources()[i].id);
    CHECK(file.value().sources()[i].examples == builtin.sources()[i].examples);
  }
}

TEST_CASE("SourceRegistry errors name the file, the line and the field",
          "[crawler][source_registry]") {
  auto [file, expected] = GENERATE(table<std::string, std::string>({
      {"sources_syntax_error.toml", "sources_syntax_error.toml:6: "},
      {"sources_bad_regex.toml", "sources_bad_regex.toml:10: [[source]] bao-a 'article_patterns'"},
      {"sources_bad_example.toml", "sources_bad_example.toml:11: [[source]] bao-a 'examples'"},
      {"sources_duplicate.toml", "sources_duplicate.toml:13: [[source]] bao-a 'id': duplicate"},
      {"sources_bad_province.toml",
       "sources_bad_province.toml:7: [[source]] bao-binh-duong 'new_province'"},
      {"sources_bad_home.toml", "sources_bad_home.toml:6: [[source]] bao-a 'home'"},
      {"sources_unknown_field.toml",
       "sources_unknown_field.toml:9: [[source]] bao-a 'exampels': unknown field"},
  }));
  Result<SourceRegistry> loaded = SourceRegistry::LoadFromFile(
      DXNEWS_CORPUS_DIR "/test/" + file, RefsFrom(Provinces()));
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(loaded.status().message(), Catch::Contains(expected));
}

TEST_CASE("SourceRegistry rejects province ids the caller does not know",
          "[crawler][source_registry]") {
  Result<SourceRegistry> loaded = SourceRegistry::LoadBuiltin(ProvinceRefs{});
  REQUIRE_FALSE(loaded.ok());
  CHECK_THAT(loaded.status().message(), Catch::Contains("'province': unknown pre-2025 province"));
  CHECK(SourceRegistry::LoadFromFile("/nonexistent/sources.toml", ProvinceRefs{})
            .status()
            .code() == Status::Code::kIoError);
}

}  // namespace
}  // namespace dxnews::crawler
