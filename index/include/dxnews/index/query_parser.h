// The dxnews query language, parsed into a small syntax tree that the searcher turns into a
// Xapian query through the same TermMapper as indexing. Syntax (doc/manual.md, "Query syntax"):
//
//   chuyển đổi số                  words; all must match (a multi-syllable word stays one word)
//   "chính quyền số"               a phrase
//   a OR b, a AND b, NOT a, -a, +a parentheses group: (a OR b) -c
//   title:x  source:x  province:x  theme:x  official:x  doc:x  author:x  event:x   (x a word or "phrase")
//   date:2024-10-01..2024-10-31   also dd/mm/yyyy, a month 2024-10, a day, open ends ..2024-10-31
//
// Operators are upper case; lower-case "and", "or", "not" are ordinary words.
#ifndef DXNEWS_INDEX_QUERY_PARSER_H_
#define DXNEWS_INDEX_QUERY_PARSER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::index {

/// One node of a parsed query.
struct QueryNode {
  enum class Kind {
    kText,    ///< unquoted words (text), mapped to words as a group
    kPhrase,  ///< quoted words (text)
    kField,   ///< field:text; `field` is "title", "source", ...; `phrase` when quoted
    kDate,    ///< date range [from, to] in UTC seconds, either end open
    kAnd,     ///< all children; children with `negated` must not match
    kOr,      ///< any child
  };
  Kind kind = Kind::kText;
  std::string text;
  std::string field;
  bool phrase = false;
  bool negated = false;  ///< under kAnd: NOT, or a leading '-'
  std::optional<std::int64_t> from;
  std::optional<std::int64_t> to;
  std::vector<QueryNode> children;
  size_t column = 0;  ///< 1-based character column where the node starts
};

/// The fields a query may name.
const std::vector<std::string>& QueryFields();

/// Parses `query`. Fails with kInvalidInput "column N: <what is wrong>" for an unclosed quote or
/// parenthesis, an operator without an operand, an unknown field, an empty field value, a bad
/// date, or a query with nothing positive to match ("-a" alone).
Result<QueryNode> ParseQuery(std::string_view query);

/// The UTC second range of a date bound typed by a user: "2024-10-01", "1/10/2024" (a day) or
/// "2024-10" (a month), taken as Vietnam time. First and last second, or nullopt.
std::optional<std::pair<std::int64_t, std::int64_t>> ParseDateBound(std::string_view text);

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_QUERY_PARSER_H_
