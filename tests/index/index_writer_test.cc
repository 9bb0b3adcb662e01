#include "dxnews/index/index_writer.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include "dxnews/index/searcher.h"
#include "search_fixture.h"

namespace dxnews::index {
namespace {

using testing::Mapper;

IndexDocument Doc(std::int64_t id, const std::string& title) {
  IndexDocument doc;
  doc.id = id;
  doc.url = "https://x.example.vn/" + std::to_string(id);
  doc.title = title;
  doc.text = "Nội dung bài " + std::to_string(id) + ".";
  doc.source_id = "x";
  return doc;
}

TEST_CASE("IndexWriter replaces by id and records the store seq with each commit", "[index][writer]") {
  dxnews::testing::TempDir dir;
  {
    auto writer = IndexWriter::Open(dir.File("index"));
    REQUIRE(writer.ok());
    CHECK(writer.value()->StoreSeq().value() == 0);
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(1, "Hội nghị chuyển đổi số"), Mapper())).ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(2, "Giá xăng giảm"), Mapper())).ok());
    REQUIRE(writer.value()->Commit(2).ok());
    // Re-adding an article replaces it.
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(1, "Hội thảo du lịch thông minh"), Mapper())).ok());
    REQUIRE(writer.value()->Commit(3).ok());
    CHECK(writer.value()->DocCount().value() == 2);
  }
  auto writer = IndexWriter::Open(dir.File("index"));
  REQUIRE(writer.ok());
  CHECK(writer.value()->StoreSeq().value() == 3);
  auto searcher = Searcher::Open(dir.File("index"), Mapper());
  REQUIRE(searcher.ok());
  CHECK(searcher.value()->Search("chuyển đổi số", {}).value().hits.empty());
  CHECK(searcher.value()->Search("du lịch", {}).value().hits.size() == 1);
  REQUIRE(writer.value()->Delete(2).ok());
  REQUIRE(writer.value()->Commit(4).ok());
  CHECK(searcher.value()->Search("xăng", {}).value().hits.empty());
}

TEST_CASE("A quoted phrase matches folded text and ranks the exact-diacritic phrase first", "[index][writer]") {
  // Positions are kept on folded words only; exactness comes from the exact word terms.
  dxnews::testing::TempDir dir;
  {
    auto writer = IndexWriter::Open(dir.File("index"));
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(1, "Thanh toan truc tuyen tang manh"), Mapper())).ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(2, "Thanh toán trực tuyến tăng mạnh"), Mapper())).ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(3, "Trực tuyến: thanh toán tăng"), Mapper())).ok());
    REQUIRE(writer.value()->Commit(3).ok());
  }
  auto searcher = Searcher::Open(dir.File("index"), Mapper());
  REQUIRE(searcher.ok());
  for (const char* query : {"\"thanh toán trực tuyến\"", "title:\"thanh toán trực tuyến\""}) {
    INFO(query);
    SearchResults results = searcher.value()->Search(query, {}).value();
    REQUIRE(results.hits.size() == 2);  // not 3: the words are not in order there
    CHECK(results.hits[0].id == 2);
    CHECK(results.hits[1].id == 1);
  }
}

TEST_CASE("IndexWriter refuses an index of an older layout and asks for a reindex", "[index][writer]") {
  dxnews::testing::TempDir dir;
  {
    // A non-empty index without the format metadata, as dxnews wrote before format 2.
    Xapian::WritableDatabase old(dir.File("index"), Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_term("QQ7");
    old.replace_document("QQ7", doc);
    old.commit();
  }
  auto writer = IndexWriter::Open(dir.File("index"));
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().code() == Status::Code::kInvalidInput);
  CHECK(writer.status().message().find("dxnews reindex") != std::string::npos);
  // A new index gets the current format and opens again.
  REQUIRE(IndexWriter::Open(dir.File("new")).ok());
  CHECK(IndexWriter::Open(dir.File("new")).ok());
}

TEST_CASE("Uncommitted documents are lost when the writer goes away, committed ones stay", "[index][writer]") {
  dxnews::testing::TempDir dir;
  {
    auto writer = IndexWriter::Open(dir.File("index"));
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(1, "Một"), Mapper())).ok());
    REQUIRE(writer.value()->Commit(1).ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(2, "Hai"), Mapper())).ok());
  }
  auto searcher = Searcher::Open(dir.File("index"), Mapper());
  REQUIRE(searcher.ok());
  // Xapian's destructor commits; what counts is that StoreSeq never runs ahead of the documents.
  auto writer = IndexWriter::Open(dir.File("index"));
  REQUIRE(writer.ok());
  CHECK(writer.value()->StoreSeq().value() == 1);
  CHECK(writer.value()->DocCount().value() >= 1);
}

TEST_CASE("CompactIndex copies documents, the store seq and the diacritic forms", "[index][writer]") {
  dxnews::testing::TempDir dir;
  {
    auto writer = IndexWriter::Open(dir.File("index"));
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->Add(IndexEntry::Build(Doc(1, "Trợ lý ảo cho người dân"), Mapper())).ok());
    REQUIRE(writer.value()->Commit(9).ok());
  }
  REQUIRE(CompactIndex(dir.File("index"), dir.File("compact")).ok());
  auto writer = IndexWriter::Open(dir.File("compact"));
  REQUIRE(writer.ok());
  CHECK(writer.value()->StoreSeq().value() == 9);
  writer.value().reset();
  auto searcher = Searcher::Open(dir.File("compact"), Mapper());
  REQUIRE(searcher.ok());
  auto results = searcher.value()->Search("tro ly ao", {});
  REQUIRE(results.ok());
  CHECK(results.value().hits.size() == 1);
  CHECK(results.value().did_you_mean == "trợ lý ảo");
  CHECK(CompactIndex(dir.File("missing"), dir.File("x")).code() == Status::Code::kNotFound);
}

TEST_CASE("A second writer on the same index gets kUnavailable", "[index][writer]") {
  dxnews::testing::TempDir dir;
  auto first = IndexWriter::Open(dir.File("index"));
  REQUIRE(first.ok());
  auto second = IndexWriter::Open(dir.File("index"));
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kUnavailable);
  CHECK(Searcher::Open(dir.File("missing"), Mapper()).status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace dxnews::index
