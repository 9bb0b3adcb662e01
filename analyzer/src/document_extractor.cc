#include "dxnews/analyzer/document_extractor.h"

#include <algorithm>

#include "date_grammar.h"
#include "document_codes.h"
#include "dxnews/analyzer/normalizer.h"
#include "token_words.h"
#include "word_extractors.h"

namespace dxnews::analyzer {
namespace {

using internal::DocumentType;
using internal::TokenWords;

constexpr size_t kTypeLookBack = 8;  // "Luật Giao dịch điện tử số 20/2023/QH15"

std::vector<std::string_view> SplitCodes(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t p = 0; p <= s.size();) {
    const size_t q = std::min(s.find(sep, p), s.size());
    out.push_back(s.substr(p, q - p));
    p = q + 1;
  }
  return out;
}

// Fills type, type_code and issuer from the symbol: "505/QĐ-TTg", "30/2020/NĐ-CP",
// "09-NQ/TU", "20/2023/QH15", "793/BTTTT-THH".
void ReadSymbol(std::string_view symbol, DocumentMention* m) {
  const size_t slash = symbol.find('/');
  const size_t dash = symbol.find('-');
  std::string_view type_code;
  std::string_view issuer;
  if (dash < slash) {  // party: <n>-<TYPE>/<ISSUER>
    type_code = symbol.substr(dash + 1, slash - dash - 1);
    issuer = SplitCodes(symbol.substr(slash + 1), '-').front();
  } else {
    std::string_view rest = symbol.substr(slash + 1);
    const size_t year_end = rest.find('/');
    if (year_end != std::string_view::npos) rest = rest.substr(year_end + 1);
    const std::vector<std::string_view> codes = SplitCodes(rest, '-');
    const bool with_year = year_end != std::string_view::npos;
    if (codes.size() > 1 && internal::TypeForCode(codes[0]) != nullptr) {
      type_code = codes[0];
      issuer = codes[1];
    } else if (codes.size() > 1 && with_year) {
      issuer = codes.back();  // a normative document with a mistyped code: "99/2013/Đ-CP"
    } else {
      issuer = codes[0];
      if (codes.size() > 1) m->type = "Công văn";  // an agency-unit suffix, no type code
    }
  }
  if (const DocumentType* type = internal::TypeForCode(type_code)) {
    m->type = std::string(type->name);
    m->type_code = std::string(type->code);
  }
  m->issuer = internal::IssuerForCode(issuer);
}

// The nearest type name before token k in the same clause: "Quyết định số 749/QĐ-TTg",
// "Luật Giao dịch điện tử số 20/2023/QH15".
const DocumentType* TypeBefore(const TokenWords& w, size_t k) {
  for (size_t back = 1; back <= kTypeLookBack && back <= k; ++back) {
    const size_t i = k - back;
    if (w.kind(i) == TokenKind::kPunctuation) return nullptr;
    size_t length = 0;
    if (const DocumentType* type = internal::TypeNamedAt(w, i, &length)) return type;
  }
  return nullptr;
}

// "ngày 22/4/2022" or "ngày 22 tháng 4 năm 2022" after token k, optionally after ",", "(" or
// "ban hành". Only a date with its year counts.
std::optional<CivilDate> DateAfter(const TokenWords& w, size_t k, size_t* last) {
  size_t j = k + 1;
  if (w.Is(j, ",") || w.Is(j, "(")) ++j;
  if (w.Is2(j, "ban", "hành")) j += 2;
  if (!w.Is(j, "ngày")) return std::nullopt;
  std::optional<internal::ExplicitDate> d = internal::MatchExplicitDate(w, j);
  if (!d) d = internal::MatchExplicitDate(w, j + 1);
  if (!d || d->grain != internal::DateGrain::kDay || d->year == 0) return std::nullopt;
  const CivilDate date{d->year, d->month, d->day};
  if (!IsValid(date)) return std::nullopt;
  *last = d->last;
  return date;
}

// "Nghị quyết 57 của Bộ Chính trị": the issuer named after a shorthand reference.
std::string IssuerAfter(const TokenWords& w, size_t k) {
  size_t length = 0;
  return w.Is(k + 1, "của") ? internal::IssuerNamedAt(w, k + 2, &length) : "";
}

// Words after which a number is a quantity, not a document: "Kế hoạch 5 năm".
bool IsQuantityWord(const std::string& key) {
  static constexpr std::string_view kUnits[] = {
      "năm",  "tháng", "ngày",   "tuần",  "giờ",  "tỷ",   "tỉ",   "triệu", "nghìn", "ngàn", "người", "lần",
      "điểm", "%",     "đồng",   "km",    "ha",   "tuổi", "xã",   "huyện", "tỉnh",  "dự",   "nội",   "nhóm",
      "mục",  "điều",  "chương", "khoản", "giai", "bước", "lĩnh", "nhiệm", "chỉ",   "mục",  "trường"};
  return std::find(std::begin(kUnits), std::end(kUnits), key) != std::end(kUnits);
}

struct Shorthand {
  const DocumentType* type = nullptr;
  size_t first = 0;
  size_t last = 0;
  size_t number = 0;  // the token of the number ("57" in "Nghị quyết số 57/2017")
  std::string key;    // type name + number without leading zeros ("Nghị quyết|57")
};

std::string StripZeros(std::string_view digits) {
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  return std::string(digits);
}

// "Nghị quyết 57", "Đề án 06", "Nghị định 47/2020", "Luật số 20", "QĐ 505" at token i.
std::optional<Shorthand> MatchShorthand(const TokenWords& w, size_t i) {
  Shorthand s;
  size_t length = 0;
  s.type = internal::TypeNamedAt(w, i, &length);
  if (s.type == nullptr) return std::nullopt;
  size_t k = i + length;
  const bool with_so = w.Is(k, "số");
  if (with_so) ++k;
  if (w.IntAt(k) < 0 || w.Text(k).size() > 5) return std::nullopt;
  if (!with_so && (!w.IsCapitalized(i) || !internal::IsCitedByBareNumber(*s.type))) {
    return std::nullopt;
  }
  s.first = i;
  s.number = k;
  s.last = k;
  s.key = std::string(s.type->name) + "|" + StripZeros(w.Text(k));
  if (w.Is(k + 1, "/") && w.IsDigits(k + 2, 4)) {
    s.last = k + 2;
    s.key += "/" + std::string(w.Text(k + 2));
  } else if (IsQuantityWord(w.Key(k + 1)) || w.Is(k + 1, "/") || w.Is(k + 1, "-") || w.Is(k + 1, "+")) {
    return std::nullopt;
  }
  return s;
}

class DocumentCollector {
 public:
  explicit DocumentCollector(const TokenWords& w) : w_(w) {}

  std::vector<DocumentMention> Run();

 private:
  void AddFull(size_t k);
  void AddShorthand(const Shorthand& s);
  DocumentMention* Find(const std::string& key);

  const TokenWords& w_;
  std::vector<DocumentMention> docs_;
  std::vector<std::string> keys_;  // parallel to docs_
};

std::vector<DocumentMention> DocumentCollector::Run() {
  for (size_t k = 0; k < w_.size(); ++k) {
    if (w_.kind(k) == TokenKind::kDocumentNumber) AddFull(k);
  }
  for (size_t i = 0; i < w_.size(); ++i) {
    if (std::optional<Shorthand> s = MatchShorthand(w_, i)) {
      AddShorthand(*s);
      i = s->last;
    }
  }
  std::stable_sort(docs_.begin(), docs_.end(),
                   [](const DocumentMention& a, const DocumentMention& b) { return a.begin < b.begin; });
  return std::move(docs_);
}

DocumentMention* DocumentCollector::Find(const std::string& key) {
  const auto it = std::find(keys_.begin(), keys_.end(), key);
  return it == keys_.end() ? nullptr : &docs_[static_cast<size_t>(it - keys_.begin())];
}

void DocumentCollector::AddFull(size_t k) {
  DocumentMention m;
  m.number = std::string(w_.Text(k));
  ReadSymbol(m.number, &m);
  if (const DocumentType* type = TypeBefore(w_, k); type != nullptr && m.type_code.empty()) {
    m.type = std::string(type->name);
  }
  size_t last = k;
  m.date = DateAfter(w_, k, &last);
  const std::string key = NormalizeLower(m.number);
  if (DocumentMention* seen = Find(key)) {
    ++seen->mentions;
    if (!seen->date) seen->date = m.date;
    return;
  }
  m.begin = w_.token(k).begin;
  m.end = w_.token(k).end;
  m.mentions = 1;
  docs_.push_back(std::move(m));
  keys_.push_back(key);
}

void DocumentCollector::AddShorthand(const Shorthand& s) {
  // "Quyết định 749" after "749/QĐ-TTg": the same document.
  const std::string number = StripZeros(w_.Text(s.number));
  const std::string year = s.last > s.number ? std::string(w_.Text(s.last)) : "";
  for (DocumentMention& d : docs_) {
    const std::string_view symbol = d.number;
    if (!d.shorthand && d.type == s.type->name &&
        StripZeros(symbol.substr(0, symbol.find_first_of("/-"))) == number &&
        (year.empty() || symbol.find("/" + year + "/") != std::string_view::npos)) {
      ++d.mentions;
      return;
    }
  }
  if (DocumentMention* seen = Find(s.key)) {
    ++seen->mentions;
    return;
  }
  DocumentMention m;
  m.number = w_.Span(s.first, s.last);
  m.type = std::string(s.type->name);
  m.type_code = std::string(s.type->code);
  size_t last = s.last;
  m.date = DateAfter(w_, s.last, &last);
  m.issuer = IssuerAfter(w_, last);
  m.shorthand = true;
  m.begin = w_.token(s.first).begin;
  m.end = w_.token(s.last).end;
  m.mentions = 1;
  docs_.push_back(std::move(m));
  keys_.push_back(s.key);
}

}  // namespace

std::vector<DocumentMention> ExtractDocuments(std::string_view text, const std::vector<Token>& tokens) {
  return internal::ExtractDocuments(TokenWords(text, tokens));
}

std::vector<DocumentMention> internal::ExtractDocuments(const TokenWords& words) {
  return DocumentCollector(words).Run();
}

}  // namespace dxnews::analyzer
