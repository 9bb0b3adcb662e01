#include "dxnews/index/query_parser.h"

#include <algorithm>
#include <utility>

#include "dxnews/analyzer/civil_date.h"

namespace dxnews::index {
namespace {

constexpr std::int64_t kVietnamOffsetSeconds = 7 * 3600;

struct Lexeme {
  enum class Type { kWord, kQuoted, kOpen, kClose, kAnd, kOr, kNot, kEnd };
  Type type = Type::kEnd;
  std::string text;    // word or quoted text; for a field, the value
  std::string field;   // "title" for title:x
  char sign = 0;       // '+' or '-' written before it
  size_t offset = 0;   // byte offset in the query
};

size_t Column(std::string_view query, size_t offset) {
  size_t column = 1;
  for (size_t i = 0; i < offset && i < query.size(); ++i) {
    if ((static_cast<unsigned char>(query[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

bool StartsWith(std::string_view s, size_t at, std::string_view prefix) { return s.substr(at, prefix.size()) == prefix; }

// Opening quotes: ASCII and the typographic “ that word processors put in.
size_t QuoteLength(std::string_view s, size_t at) {
  if (at < s.size() && s[at] == '"') return 1;
  if (StartsWith(s, at, "\u201c") || StartsWith(s, at, "\u201d")) return 3;
  return 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class Lexer {
 public:
  explicit Lexer(std::string_view query) : query_(query) {}

  Status Run(std::vector<Lexeme>* out) {
    while (true) {
      while (pos_ < query_.size() && IsSpace(query_[pos_])) ++pos_;
      if (pos_ >= query_.size()) break;
      Lexeme lexeme;
      lexeme.offset = pos_;
      char c = query_[pos_];
      if ((c == '-' || c == '+') && pos_ + 1 < query_.size() && !IsSpace(query_[pos_ + 1])) {
        lexeme.sign = c;
        ++pos_;
      }
      Status status = ReadOne(&lexeme);
      if (!status.ok()) return status;
      out->push_back(std::move(lexeme));
    }
    Lexeme end;
    end.offset = query_.size();
    out->push_back(end);
    return Status();
  }

 private:
  Status Error(size_t offset, const std::string& what) const {
    return Status::InvalidInput("column " + std::to_string(Column(query_, offset)) + ": " + what);
  }

  Status ReadOne(Lexeme* lexeme) {
    char c = query_[pos_];
    if (c == '(' || c == ')') {
      lexeme->type = c == '(' ? Lexeme::Type::kOpen : Lexeme::Type::kClose;
      ++pos_;
      return Status();
    }
    if (QuoteLength(query_, pos_) > 0) {
      lexeme->type = Lexeme::Type::kQuoted;
      return ReadQuoted(&lexeme->text);
    }
    size_t start = pos_;
    while (pos_ < query_.size() && !IsSpace(query_[pos_]) && query_[pos_] != '(' && query_[pos_] != ')' &&
           QuoteLength(query_, pos_) == 0) {
      ++pos_;
    }
    std::string word(query_.substr(start, pos_ - start));
    lexeme->type = Lexeme::Type::kWord;
    if (lexeme->sign == 0 && word == "AND") lexeme->type = Lexeme::Type::kAnd;
    if (lexeme->sign == 0 && word == "OR") lexeme->type = Lexeme::Type::kOr;
    if (lexeme->sign == 0 && word == "NOT") lexeme->type = Lexeme::Type::kNot;
    if (lexeme->type != Lexeme::Type::kWord) return Status();
    size_t colon = word.find(':');
    bool named = colon != std::string::npos && colon > 0 &&
                 std::all_of(word.begin(), word.begin() + static_cast<long>(colon),
                             [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
                 word.compare(colon, 3, "://") != 0;
    if (!named) {
      lexeme->text = word;
      return Status();
    }
    lexeme->field = word.substr(0, colon);
    const auto& fields = QueryFields();
    if (std::find(fields.begin(), fields.end(), lexeme->field) == fields.end()) {
      std::string known;
      for (const std::string& f : fields) known += (known.empty() ? "" : ", ") + f + ":";
      return Error(start, "unknown field '" + lexeme->field + ":' (fields: " + known + ")");
    }
    lexeme->text = word.substr(colon + 1);
    if (lexeme->text.empty() && QuoteLength(query_, pos_) > 0) {
      lexeme->type = Lexeme::Type::kQuoted;
      return ReadQuoted(&lexeme->text);
    }
    if (lexeme->text.empty()) return Error(start, "field '" + lexeme->field + ":' has no value");
    return Status();
  }

  Status ReadQuoted(std::string* text) {
    size_t open = pos_;
    pos_ += QuoteLength(query_, pos_);
    size_t start = pos_;
    while (pos_ < query_.size() && QuoteLength(query_, pos_) == 0) ++pos_;
    if (pos_ >= query_.size()) return Error(open, "unclosed quote");
    *text = std::string(query_.substr(start, pos_ - start));
    pos_ += QuoteLength(query_, pos_);
    return Status();
  }

  std::string_view query_;
  size_t pos_ = 0;
};

class Parser {
 public:
  Parser(std::string_view query, std::vector<Lexeme> lexemes) : query_(query), lexemes_(std::move(lexemes)) {}

  Result<QueryNode> ParseAll() {
    Result<QueryNode> node = ParseOr();
    if (!node.ok()) return node;
    if (Peek().type == Lexeme::Type::kClose) return Error(Peek().offset, "')' without a matching '('");
    return node;
  }

 private:
  const Lexeme& Peek() const { return lexemes_[next_]; }
  Status Error(size_t offset, const std::string& what) const {
    return Status::InvalidInput("column " + std::to_string(Column(query_, offset)) + ": " + what);
  }

  Result<QueryNode> ParseOr() {
    size_t start = Peek().offset;
    Result<QueryNode> first = ParseAnd();
    if (!first.ok()) return first;
    if (Peek().type != Lexeme::Type::kOr) return first;
    QueryNode node;
    node.kind = QueryNode::Kind::kOr;
    node.column = Column(query_, start);
    node.children.push_back(std::move(first).value());
    while (Peek().type == Lexeme::Type::kOr) {
      size_t at = Peek().offset;
      ++next_;
      if (EndsGroup(Peek().type)) return Error(at, "OR needs a query on both sides");
      Result<QueryNode> next = ParseAnd();
      if (!next.ok()) return next;
      node.children.push_back(std::move(next).value());
    }
    return node;
  }

  static bool EndsGroup(Lexeme::Type type) {
    return type == Lexeme::Type::kEnd || type == Lexeme::Type::kClose || type == Lexeme::Type::kOr;
  }

  Result<QueryNode> ParseAnd() {
    size_t start = Peek().offset;
    if (EndsGroup(Peek().type)) {
      if (Peek().type == Lexeme::Type::kOr) return Error(Peek().offset, "OR needs a query on both sides");
      if (Peek().type == Lexeme::Type::kClose) return Error(Peek().offset, "empty parentheses or a stray ')'");
      return Error(start, "empty query");
    }
    QueryNode node;
    node.kind = QueryNode::Kind::kAnd;
    node.column = Column(query_, start);
    bool previous_mergeable = false;
    while (!EndsGroup(Peek().type)) {
      bool negated = false;
      size_t at = Peek().offset;
      if (Peek().type == Lexeme::Type::kAnd || Peek().type == Lexeme::Type::kNot) {
        negated = Peek().type == Lexeme::Type::kNot;
        const char* name = negated ? "NOT" : "AND";
        ++next_;
        if (EndsGroup(Peek().type) || Peek().type == Lexeme::Type::kAnd) {
          return Error(at, std::string(name) + " needs a query after it");
        }
        if (!negated && node.children.empty()) return Error(at, "AND needs a query on both sides");
        if (Peek().type == Lexeme::Type::kNot) continue;  // "a AND NOT b"
      }
      Result<QueryNode> item = ParseUnary();
      if (!item.ok()) return item;
      QueryNode value = std::move(item).value();
      value.negated = value.negated || negated;
      // Consecutive plain words form one text, so that "chuyển đổi số" is segmented as a word.
      bool mergeable = plain_word_ && !value.negated;
      if (mergeable && previous_mergeable) {
        node.children.back().text += " " + value.text;
      } else {
        node.children.push_back(std::move(value));
      }
      previous_mergeable = mergeable;
    }
    bool positive = std::any_of(node.children.begin(), node.children.end(), [](const QueryNode& n) { return !n.negated; });
    if (!positive) return Error(start, "nothing to match: a query needs at least one word that is not negated");
    if (node.children.size() == 1) return std::move(node.children.front());
    return node;
  }

  Result<QueryNode> ParseUnary() {
    const Lexeme& lexeme = lexemes_[next_++];
    QueryNode node;
    node.column = Column(query_, lexeme.offset);
    node.negated = lexeme.sign == '-';
    plain_word_ = lexeme.type == Lexeme::Type::kWord && lexeme.field.empty();
    switch (lexeme.type) {
      case Lexeme::Type::kOpen: {
        Result<QueryNode> inner = ParseOr();
        if (!inner.ok()) return inner;
        if (Peek().type != Lexeme::Type::kClose) return Error(lexeme.offset, "'(' is never closed");
        ++next_;
        QueryNode group = std::move(inner).value();
        group.negated = group.negated || node.negated;
        plain_word_ = false;  // a group never merges with the words around it
        return group;
      }
      case Lexeme::Type::kQuoted:
      case Lexeme::Type::kWord:
        return Leaf(lexeme, std::move(node));
      default:
        return Error(lexeme.offset, "unexpected ')'");
    }
  }

  Result<QueryNode> Leaf(const Lexeme& lexeme, QueryNode node) {
    node.text = lexeme.text;
    bool quoted = lexeme.type == Lexeme::Type::kQuoted;
    if (lexeme.field.empty()) {
      node.kind = quoted ? QueryNode::Kind::kPhrase : QueryNode::Kind::kText;
      if (quoted && node.text.find_first_not_of(" \t") == std::string::npos) {
        return Error(lexeme.offset, "empty phrase");
      }
      return node;
    }
    if (lexeme.field == "date") return DateNode(lexeme, std::move(node));
    node.kind = QueryNode::Kind::kField;
    node.field = lexeme.field;
    node.phrase = quoted;
    if (node.text.find_first_not_of(" \t") == std::string::npos) {
      return Error(lexeme.offset, "field '" + lexeme.field + ":' has no value");
    }
    return node;
  }

  Result<QueryNode> DateNode(const Lexeme& lexeme, QueryNode node) {
    node.kind = QueryNode::Kind::kDate;
    const std::string& value = lexeme.text;
    size_t dots = value.find("..");
    std::string first = dots == std::string::npos ? value : value.substr(0, dots);
    std::string last = dots == std::string::npos ? value : value.substr(dots + 2);
    const std::string hint = " (dates are YYYY-MM-DD, DD/MM/YYYY or YYYY-MM; a range is FROM..TO)";
    if (!first.empty()) {
      auto bound = ParseDateBound(first);
      if (!bound) return Error(lexeme.offset, "bad date '" + first + "'" + hint);
      node.from = bound->first;
    }
    if (!last.empty()) {
      auto bound = ParseDateBound(last);
      if (!bound) return Error(lexeme.offset, "bad date '" + last + "'" + hint);
      node.to = bound->second;
    }
    if (!node.from && !node.to) return Error(lexeme.offset, "date range without dates" + hint);
    if (node.from && node.to && *node.from > *node.to) {
      return Error(lexeme.offset, "date range ends before it starts ('" + value + "')");
    }
    return node;
  }

  std::string_view query_;
  std::vector<Lexeme> lexemes_;
  size_t next_ = 0;
  bool plain_word_ = false;  // the last ParseUnary() read an unquoted word without a field
};

}  // namespace

const std::vector<std::string>& QueryFields() {
  static const std::vector<std::string> kFields = {"title", "source", "province", "theme", "official",
                                                   "doc",   "author", "event",    "date"};
  return kFields;
}

std::optional<std::pair<std::int64_t, std::int64_t>> ParseDateBound(std::string_view text) {
  analyzer::CivilDate first, last;
  if (text.size() == 7 && text[4] == '-') {
    std::optional<analyzer::CivilDate> day = analyzer::ParseCivilDate(std::string(text) + "-01");
    if (!day) return std::nullopt;
    first = *day;
    last = {day->year, day->month, analyzer::DaysInMonth(day->year, day->month)};
  } else {
    std::optional<analyzer::CivilDate> day = analyzer::ParseCivilDate(text);
    if (!day) return std::nullopt;
    first = last = *day;
  }
  std::int64_t begin = static_cast<std::int64_t>(analyzer::DaysSinceEpoch(first)) * 86400 - kVietnamOffsetSeconds;
  std::int64_t end = static_cast<std::int64_t>(analyzer::DaysSinceEpoch(last)) * 86400 - kVietnamOffsetSeconds + 86399;
  return std::make_pair(begin, end);
}

Result<QueryNode> ParseQuery(std::string_view query) {
  std::vector<Lexeme> lexemes;
  Status status = Lexer(query).Run(&lexemes);
  if (!status.ok()) return status;
  return Parser(query, std::move(lexemes)).ParseAll();
}

}  // namespace dxnews::index
