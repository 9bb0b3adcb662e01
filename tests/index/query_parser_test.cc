#include "dxnews/index/query_parser.h"

#include <catch2/catch.hpp>

#include <string>

namespace dxnews::index {
namespace {

using Kind = QueryNode::Kind;

QueryNode Parse(const std::string& query) {
  Result<QueryNode> node = ParseQuery(query);
  INFO(query << ": " << node.status().ToString());
  REQUIRE(node.ok());
  return std::move(node).value();
}

std::string Error(const std::string& query) {
  Result<QueryNode> node = ParseQuery(query);
  REQUIRE_FALSE(node.ok());
  CHECK(node.status().code() == Status::Code::kInvalidInput);
  return node.status().message();
}

TEST_CASE("ParseQuery keeps consecutive plain words together as one text", "[index][query_parser]") {
  QueryNode node = Parse("chuyển đổi  số");
  CHECK(node.kind == Kind::kText);
  CHECK(node.text == "chuyển đổi số");
  // Lower-case "and"/"or" are words.
  CHECK(Parse("đi và về or and").kind == Kind::kText);
}

TEST_CASE("ParseQuery reads phrases, fields, operators and signs", "[index][query_parser]") {
  QueryNode node = Parse("\"chính quyền số\" province:\"Hà Tĩnh\" -xăng +dầu");
  REQUIRE(node.kind == Kind::kAnd);
  REQUIRE(node.children.size() == 4);
  CHECK(node.children[0].kind == Kind::kPhrase);
  CHECK(node.children[0].text == "chính quyền số");
  CHECK(node.children[1].kind == Kind::kField);
  CHECK(node.children[1].field == "province");
  CHECK(node.children[1].text == "Hà Tĩnh");
  CHECK(node.children[1].phrase);
  CHECK(node.children[2].negated);
  CHECK(node.children[2].text == "xăng");
  CHECK_FALSE(node.children[3].negated);
  CHECK(node.children[3].column == 43);

  node = Parse("(du lịch OR khách sạn) AND NOT title:giá");
  REQUIRE(node.kind == Kind::kAnd);
  REQUIRE(node.children.size() == 2);
  CHECK(node.children[0].kind == Kind::kOr);
  CHECK(node.children[0].children.size() == 2);
  CHECK(node.children[1].negated);
  CHECK(node.children[1].field == "title");
  // URLs and times are words, not fields.
  CHECK(Parse("https://x.vn/a").kind == Kind::kText);
  CHECK(Parse("10:30").kind == Kind::kText);
  // Typographic quotes work too.
  CHECK(Parse("\u201cdu lịch\u201d").kind == Kind::kPhrase);
}

TEST_CASE("ParseQuery reads date ranges in ISO, day-first and month forms", "[index][query_parser]") {
  QueryNode node = Parse("date:2024-10-01..2024-10-31");
  REQUIRE(node.kind == Kind::kDate);
  // 1/10/2024 00:00 and 31/10/2024 23:59:59 in Vietnam (UTC+7).
  CHECK(*node.from == 1727715600);
  CHECK(*node.to == 1730393999);
  QueryNode day_first = Parse("date:01/10/2024..31/10/2024");
  CHECK(*day_first.from == *node.from);
  CHECK(*day_first.to == *node.to);
  QueryNode month = Parse("date:2024-10");
  CHECK(*month.from == *node.from);
  CHECK(*month.to == *node.to);
  QueryNode open = Parse("date:..2024-10-31");
  CHECK_FALSE(open.from);
  CHECK(*open.to == *node.to);
}

TEST_CASE("ParseQuery errors say what is wrong and where", "[index][query_parser]") {
  CHECK(Error("chuyển đổi \"số") == "column 12: unclosed quote");
  CHECK(Error("(du lịch OR xăng") == "column 1: '(' is never closed");
  CHECK(Error("du lịch)") == "column 8: ')' without a matching '('");
  CHECK(Error("du lịch OR") == "column 9: OR needs a query on both sides");
  CHECK(Error("OR du lịch") == "column 1: OR needs a query on both sides");
  CHECK(Error("du lịch NOT") == "column 9: NOT needs a query after it");
  CHECK_THAT(Error("tinh:ha-tinh"), Catch::StartsWith("column 1: unknown field 'tinh:' (fields: title:, source:"));
  CHECK(Error("a province:") == "column 3: field 'province:' has no value");
  CHECK_THAT(Error("date:2024-13-01"), Catch::StartsWith("column 1: bad date '2024-13-01'"));
  CHECK(Error("date:2024-10-31..2024-10-01") == "column 1: date range ends before it starts ('2024-10-31..2024-10-01')");
  CHECK(Error("-xăng") == "column 1: nothing to match: a query needs at least one word that is not negated");
  CHECK(Error("") == "column 1: empty query");
  CHECK(Error("a ()") == "column 4: empty parentheses or a stray ')'");
}

}  // namespace
}  // namespace dxnews::index
