#include "official_grammar.h"

#include "dxnews/analyzer/normalizer.h"

namespace dxnews::analyzer {
namespace {

/// OrganizationStep budget states besides 0 (no lower-case word allowed) and 1 (one allowed).
constexpr int kAfterHead = 2;
constexpr int kAfterCapital = 3;

/// Length of the UTF-8 sequence that starts with `lead` (1 for invalid bytes).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

/// True when the first letter of `word` is upper case ("Nguyễn", "Ủy", "ĐBQH").
bool StartsUpper(std::string_view word) {
  const auto lead = static_cast<unsigned char>(word[0]);
  if (lead < 0x80) return lead >= 'A' && lead <= 'Z';  // what AppendLowerKey() lowers in ASCII
  std::string_view first = word.substr(0, SequenceLength(static_cast<unsigned char>(word[0])));
  std::string lower;
  AppendLowerKey(first, &lower);
  return lower != first;
}

bool IsWordKind(TokenKind kind) { return kind == TokenKind::kSyllable || kind == TokenKind::kAbbreviation; }

}  // namespace

OfficialGrammar::OfficialGrammar(const TitleLexicon& lexicon, std::string_view text,
                                 const std::vector<Token>& tokens, const std::vector<std::string>& keys)
    : lexicon_(lexicon), text_(text), tokens_(tokens), keys_(keys) {
  capitalised_.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view word = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    capitalised_[i] = IsWordKind(tokens[i].kind) && StartsUpper(word);
  }
}

std::string OfficialGrammar::SpanText(size_t begin, size_t end) const {
  if (begin >= end) return std::string();
  return Normalize(text_.substr(tokens_[begin].begin, tokens_[end - 1].end - tokens_[begin].begin));
}

bool OfficialGrammar::IsPunct(size_t i, std::string_view p) const {
  return i < tokens_.size() && tokens_[i].kind != TokenKind::kSyllable &&
         text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin) == p;
}

size_t OfficialGrammar::SkipHonorifics(size_t i, size_t end) const {
  while (i < end) {
    size_t n = lexicon_.honorifics.Match(keys_, i, end);
    if (n == 0) n = lexicon_.academic.Match(keys_, i, end);
    if (n == 0) break;
    i += n;
  }
  return i;
}

bool OfficialGrammar::ParseName(size_t i, size_t end, NameSpan* out) const {
  if (i >= end || tokens_[i].kind != TokenKind::kSyllable || !IsCapitalised(i)) return false;
  if (lexicon_.surnames.Match(keys_, i, end) == 0 || lexicon_.not_names.Match(keys_, i, end) > 0) {
    return false;
  }
  size_t j = i + 1;
  while (j < end && j - i < 5 && tokens_[j].kind == TokenKind::kSyllable && IsCapitalised(j) &&
         lexicon_.heads.Match(keys_, j, end) == 0) {
    ++j;
  }
  size_t n = j - i;
  if (n < 2 || n > 4) return false;
  if (lexicon_.provinces.Match(keys_, i, end) >= n) return false;  // "Hà Nội", "Lâm Đồng"
  *out = NameSpan{i, j, false};
  return true;
}

bool OfficialGrammar::ParseShortName(size_t i, size_t end, NameSpan* out) const {
  if (i >= end || tokens_[i].kind != TokenKind::kSyllable || !IsCapitalised(i)) return false;
  if (i + 1 < end && IsCapitalised(i + 1)) return false;
  if (lexicon_.heads.Match(keys_, i, end) > 0) return false;
  *out = NameSpan{i, i + 1, true};
  return true;
}

bool OfficialGrammar::StartsTitleOrName(size_t i, size_t end) const {
  NameSpan name;
  NameSpan later;
  if (IsCapitalised(i) && lexicon_.heads.Match(keys_, i, end) > 0) return true;
  if (!ParseName(i, end, &name)) return false;
  // "Ngân hàng Á Châu Võ Minh Khoa": when a full name of three or more syllables also starts
  // at the next token and ends at the same place, this token still belongs to the organisation.
  return !(ParseName(i + 1, end, &later) && later.end == name.end && later.end - later.begin >= 3);
}

bool OfficialGrammar::SplitShortName(TitleSpan* title, NameSpan* name) const {
  size_t k = title->org_begin;
  if (title->end != k + 1 || title->org != OrgClass::kNone || title->has_place ||
      tokens_[k].kind != TokenKind::kSyllable || !IsCapitalised(k)) {
    return false;
  }
  *name = NameSpan{k, k + 1, true};
  title->end = k;
  return true;
}

bool OfficialGrammar::IsConnector(size_t i, size_t end) const {
  static const char* const kConnectors[] = {"và", "về", "&", "-", "–", "của"};
  bool known = false;
  for (const char* c : kConnectors) known = known || keys_[i] == c;
  return known && i + 1 < end && IsCapitalised(i + 1) && !StartsTitleOrName(i + 1, end);
}

size_t OfficialGrammar::OrganizationStep(size_t k, size_t end, bool first, int* budget,
                                         TitleSpan* out) const {
  int province = 0;
  int org = 0;
  size_t n_province = IsCapitalised(k) ? lexicon_.provinces.Match(keys_, k, end, &province) : 0;
  size_t n_org = first || IsCapitalised(k) ? lexicon_.organizations.Match(keys_, k, end, &org) : 0;
  size_t n_level = LevelLength(k, end);
  if (n_province > 0 && n_province >= n_org) {
    if (out->province.empty()) out->province = lexicon_.province_ids[static_cast<size_t>(province)];
    out->has_place = true;
    *budget = 0;
    return n_province;
  }
  if (StartsTitleOrName(k, end) || lexicon_.academic.Match(keys_, k, end) > 0) return 0;
  if (n_org > 0 && n_org >= n_level) {
    // The first organisation decides, except that a school, institute or association
    // anywhere in the title makes it theirs ("Phó Trưởng bộ môn ... Trường Đại học Y").
    if (out->org == OrgClass::kNone || org == static_cast<int>(OrgClass::kOther)) {
      out->org = static_cast<OrgClass>(org);
    }
    *budget = kAfterHead;
    return n_org;
  }
  if (n_level > 0) {
    out->has_place = true;
    *budget = 0;
    return n_level + PlaceLength(k + n_level, end);
  }
  if (IsCapitalised(k)) {
    // One lower-case syllable may complete a word that starts right after an organisation
    // head or a connector ("Sở Y tế", "và Truyền thông"); a proper-noun run ("Việt Nam",
    // "Nam A Bank") ends the organisation at its first lower-case word ("nhấn mạnh").
    bool word_start = (*budget == 0 || *budget == kAfterHead) && tokens_[k].kind == TokenKind::kSyllable;
    *budget = word_start ? 1 : kAfterCapital;
    return 1;
  }
  if (!first && IsConnector(k, end)) {
    *budget = kAfterHead;
    return 1;
  }
  if (*budget == 1 && tokens_[k].kind == TokenKind::kSyllable &&
      lexicon_.never_inside.Match(keys_, k, end) == 0) {
    *budget = 0;
    return 1;
  }
  if (!first) {
    if (size_t n = OrganizationTail(k, end); n > 0) {
      *budget = 0;
      return n;
    }
  }
  return 0;
}

size_t OfficialGrammar::OrganizationTail(size_t k, size_t end) const {
  // "Cục An toàn thông tin, Bộ Công an", "Cục Chuyển đổi số quốc gia Nguyễn Văn A"; not "Sở Y tế
  // thông tin thêm", where the words go on as a verb.
  size_t j = k;
  while (j < end && tokens_[j].kind == TokenKind::kSyllable && !IsCapitalised(j)) {
    size_t n = lexicon_.org_tails.Match(keys_, j, end);
    if (n == 0) break;
    j += n;
  }
  if (j == k || (j < end && tokens_[j].kind == TokenKind::kSyllable && !IsCapitalised(j))) return 0;
  return j - k;
}

size_t OfficialGrammar::LevelLength(size_t k, size_t end) const {
  size_t n = lexicon_.levels.Match(keys_, k, end);
  // "xã" is also the first syllable of "xã hội": a level only before a capitalised name.
  if (n == 1 && keys_[k] == "xã" && (k + 1 >= end || !IsCapitalised(k + 1))) return 0;
  return n;
}

size_t OfficialGrammar::PlaceLength(size_t p, size_t end) const {
  if (p >= end || tokens_[p].kind != TokenKind::kSyllable || !IsCapitalised(p)) return 0;
  if (lexicon_.provinces.Match(keys_, p, end) > 0) return 0;  // the province step reads it
  size_t run_end = p;
  while (run_end < end && tokens_[run_end].kind == TokenKind::kSyllable && IsCapitalised(run_end) &&
         lexicon_.heads.Match(keys_, run_end, end) == 0) {
    ++run_end;
  }
  NameSpan name;
  // "UBND tỉnh Nguyễn Văn An": a name of three or more syllables right after the level word;
  // a two-syllable run is far more often a district or commune ("huyện Lý Sơn").
  if (run_end - p >= 3 && ParseName(p, end, &name) && name.end == run_end) return 0;
  for (size_t length : {2, 1, 3}) {  // "huyện Can Lộc Phan Văn Kiên", not "quận Bắc | Từ Liêm"
    size_t shortest_name = length == 2 ? 2 : 3;  // place names are mostly two syllables
    if (p + length + shortest_name <= run_end && ParseName(p + length, end, &name) && name.end == run_end) {
      return length;
    }
  }
  return run_end - p;
}

size_t OfficialGrammar::ParseOrganization(size_t i, size_t end, TitleSpan* out) const {
  int budget = 0;
  size_t k = i;
  while (k < end) {
    if (size_t n = OrganizationStep(k, end, k == i, &budget, out); n > 0) {
      k += n;
      continue;
    }
    bool lower_case_stop = tokens_[k].kind == TokenKind::kSyllable && !IsCapitalised(k);
    // A company's own name often starts like a person's ("Công ty cổ phần Hoàng Anh ...").
    if (k == i || !lower_case_stop || out->org == OrgClass::kBusiness) break;
    size_t resume = ResumeOrganization(k, end);
    if (resume == k) break;
    for (size_t j = k; j < resume && out->org == OrgClass::kNone; ++j) {
      int org = 0;
      if (IsCapitalised(j) && lexicon_.organizations.Match(keys_, j, resume, &org) > 0) {
        out->org = static_cast<OrgClass>(org);
      }
    }
    budget = 0;
    k = resume;
  }
  return k;
}

size_t OfficialGrammar::ResumeOrganization(size_t k, size_t end) const {
  // "Trưởng ban Công tác đại biểu của UB Thường vụ Quốc hội Nguyễn Thị Thanh", "Giám đốc
  // Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An": words the step rules could not place still
  // belong to the organisation when a name or a place follows them with no punctuation, verb,
  // honorific or other title in between.
  constexpr size_t kMaxGap = 8;
  constexpr int kMaxLowerCase = 5;
  int lower_case = 0;
  for (size_t j = k; j < end && j - k <= kMaxGap; ++j) {
    NameSpan name;
    bool place = (LevelLength(j, end) > 0 && j + 1 < end && IsCapitalised(j + 1)) ||
                 (IsCapitalised(j) && lexicon_.provinces.Match(keys_, j, end) > 0);
    if (j > k && (place || ParseName(SkipHonorifics(j, end), end, &name))) {
      return j;
    }
    if (!IsWordKind(tokens_[j].kind) || lexicon_.never_inside.Match(keys_, j, end) > 0 ||
        lexicon_.honorifics.Match(keys_, j, end) > 0 || lexicon_.academic.Match(keys_, j, end) > 0 ||
        (IsCapitalised(j) && lexicon_.heads.Match(keys_, j, end) > 0)) {
      break;
    }
    if (!IsCapitalised(j) && ++lower_case > kMaxLowerCase) break;
  }
  return k;
}

bool OfficialGrammar::ParseTitle(size_t i, size_t end, TitleSpan* out) const {
  size_t posthumous = lexicon_.posthumous.Match(keys_, i, end);
  size_t j = i + posthumous + lexicon_.prefixes.Match(keys_, i + posthumous, end);
  int value = 0;
  size_t n = j < end && IsCapitalised(j) ? lexicon_.heads.Match(keys_, j, end, &value) : 0;
  if (n == 0) return false;
  TitleSpan title;
  title.begin = i;
  title.posthumous = posthumous > 0;
  title.head = static_cast<HeadClass>(value);
  for (size_t t = j; t < j + n; ++t) title.head_key += (t > j ? " " : "") + keys_[t];
  j += n;
  while (size_t joiner = lexicon_.joiners.Match(keys_, j, end)) {
    int next = 0;
    size_t m = lexicon_.heads.Match(keys_, j + joiner, end, &next);
    if (m == 0) break;
    if (title.head == HeadClass::kNeutral) title.head = static_cast<HeadClass>(next);
    j += joiner + m;
  }
  j += lexicon_.qualifiers.Match(keys_, j, end);
  title.org_begin = j;
  title.end = ParseOrganization(j, end, &title);
  *out = std::move(title);
  return true;
}

size_t OfficialGrammar::ParseChain(size_t i, size_t end, std::vector<TitleSpan>* out) const {
  while (i + 1 < end) {
    bool bracket = IsPunct(i, "(");
    if (!bracket && !IsPunct(i, ",") && !IsPunct(i, "-") && !IsPunct(i, "–") && !IsPunct(i, "—")) {
      break;
    }
    TitleSpan title;
    NameSpan next_name;
    if (!ParseTitle(i + 1, end, &title) || ParseName(title.end, end, &next_name)) break;
    if (bracket && !IsPunct(title.end, ")")) break;
    out->push_back(title);
    i = bracket ? title.end + 1 : title.end;
  }
  return i;
}

TitleKind OfficialGrammar::Classify(const TitleSpan& title) {
  if (title.posthumous) return TitleKind::kOther;
  switch (title.head) {
    case HeadClass::kState:
    case HeadClass::kRank:
      return TitleKind::kOfficial;
    case HeadClass::kExecutive:
      return TitleKind::kExecutive;
    case HeadClass::kNeutral:
      break;
  }
  switch (title.org) {
    case OrgClass::kState:
      return TitleKind::kOfficial;
    case OrgClass::kBusiness:
      return TitleKind::kExecutive;
    case OrgClass::kOther:
      return TitleKind::kOther;
    case OrgClass::kNone:
      break;
  }
  return title.has_place ? TitleKind::kOfficial : TitleKind::kUnknown;
}

}  // namespace dxnews::analyzer
