#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "dxnews/index/term_mapper.h"

namespace dxnews::index {
namespace {

const TermMapper& Mapper() {
  static const TermMapper* mapper = [] {
    auto loaded = TermMapper::LoadBuiltin();
    REQUIRE(loaded.ok());
    return new TermMapper(std::move(loaded).value());
  }();
  return *mapper;
}

std::set<std::string> TermsAt(const std::vector<IndexTerm>& terms, uint32_t position) {
  std::set<std::string> out;
  for (const IndexTerm& t : terms) {
    if (t.position == position) out.insert(t.text);
  }
  return out;
}

TEST_CASE("TermMapper gives each word its exact and folded forms and its syllables", "[index][term_mapper]") {
  std::vector<IndexTerm> terms = Mapper().Map("Chuyển đổi số ở Thanh Hoá.");
  CHECK(TermsAt(terms, 1) ==
        std::set<std::string>{"chuyển_đổi_số", "chuyen_doi_so", "chuyển", "chuyen", "đổi", "doi", "số", "so"});
  CHECK(TermsAt(terms, 2) == std::set<std::string>{"ở", "o"});
  // Canonical tone placement: "Hoá" is indexed as "hóa".
  CHECK(TermsAt(terms, 3) == std::set<std::string>{"thanh_hóa", "thanh_hoa", "thanh", "hóa", "hoa"});
  CHECK(TermsAt(terms, 4).empty());  // the full stop is not a term
  CHECK(terms.front().kind == TermKind::kWordExact);
}

TEST_CASE("TermMapper makes the folded form of each word its one positional term", "[index][term_mapper]") {
  // "Chuyển đổi số" has diacritics: its folded word carries the position; "online" has none, so
  // its exact term is its folded form and carries it.
  std::vector<IndexTerm> terms = Mapper().Map("Chuyển đổi số online");
  std::vector<std::string> positional;
  for (const IndexTerm& t : terms) {
    if (t.positional) positional.push_back(t.text);
    if (t.kind == TermKind::kSyllableExact || t.kind == TermKind::kSyllableFolded) CHECK_FALSE(t.positional);
  }
  CHECK(positional == std::vector<std::string>{"chuyen_doi_so", "online"});
}

TEST_CASE("TermMapper maps a query typed without diacritics onto the folded terms of the text",
          "[index][term_mapper]") {
  std::vector<IndexTerm> query = Mapper().Map("chuyen doi so");
  REQUIRE_FALSE(query.empty());
  CHECK(query[0].text == "chuyen_doi_so");
  std::set<std::string> indexed;
  for (const IndexTerm& t : Mapper().Map("Tỉnh đẩy mạnh chuyển đổi số")) indexed.insert(t.text);
  CHECK(indexed.count(query[0].text) == 1);
  // Both tone placements of the query give the same exact terms.
  CHECK(Mapper().Map("hoà bình")[0].text == Mapper().Map("hòa bình")[0].text);
}

TEST_CASE("TermMapper keeps document numbers and dates whole and numbers positions across sentences",
          "[index][term_mapper]") {
  std::vector<IndexTerm> terms = Mapper().Map("Quyết định 505/QĐ-TTg. Ngày 10/10.");
  CHECK(TermsAt(terms, 2) == std::set<std::string>{"505/qđ-ttg", "505/qd-ttg"});
  CHECK(TermsAt(terms, 4) == std::set<std::string>{"10/10"});
  CHECK(Mapper().Map("").empty());
  CHECK(Mapper().Map(" ... !").empty());
  CHECK(std::string(TermKindName(TermKind::kSyllableFolded)) == "syllable_folded");
}

}  // namespace
}  // namespace dxnews::index

namespace dxnews::index {
namespace {

TEST_CASE("TermMapper gives each word its byte span in the text", "[index][term_mapper]") {
  const std::string text = "Ở Thanh Hoá, chuyển đổi số.";
  std::vector<IndexTerm> terms = Mapper().Map(text);
  REQUIRE_FALSE(terms.empty());
  for (const IndexTerm& t : terms) {
    if (t.text == "thanh_hóa") CHECK(text.substr(t.begin, t.end - t.begin) == "Thanh Hoá");
    if (t.text == "chuyen_doi_so") CHECK(text.substr(t.begin, t.end - t.begin) == "chuyển đổi số");
  }
}

TEST_CASE("TermString and KeyTerm name the field and kind of a term", "[index][term_mapper]") {
  CHECK(TermString(TextField::kBody, TermKind::kWordExact, "chuyển_đổi_số") == "chuyển_đổi_số");
  CHECK(TermString(TextField::kBody, TermKind::kWordFolded, "chuyen_doi_so") == "XFchuyen_doi_so");
  CHECK(TermString(TextField::kBody, TermKind::kSyllableExact, "số") == "XSsố");
  CHECK(TermString(TextField::kBody, TermKind::kSyllableFolded, "so") == "XZso");
  CHECK(TermString(TextField::kTitle, TermKind::kWordFolded, "so") == "SXFso");
  // Metadata values are folded, so a user may type them either way.
  CHECK(FieldKey("Trần Văn  Hải") == "tran-van-hai");
  CHECK(KeyTerm(KeyField::kProvince, "Hà Tĩnh") == KeyTerm(KeyField::kProvince, "ha-tinh"));
  CHECK(KeyTerm(KeyField::kDocument, "505/QĐ-TTg") == "D505/qd-ttg");
  CHECK(KeyTerm(KeyField::kId, "42") == "Q42");
}

}  // namespace
}  // namespace dxnews::index
