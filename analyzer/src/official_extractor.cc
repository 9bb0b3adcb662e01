#include "dxnews/analyzer/official_extractor.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <utility>

#include "builtin_titles.h"
#include "dxnews/analyzer/normalizer.h"
#include "official_grammar.h"
#include "title_lexicon.h"
#include "token_words.h"

namespace dxnews::analyzer {
namespace {

/// One name written next to its titles.
struct RawMention {
  NameSpan name;
  std::vector<TitleSpan> titles;
};

/// Scans one sentence, tokens [begin, end), for the shapes listed in the header.
class SentenceScanner {
 public:
  SentenceScanner(const OfficialGrammar& grammar, size_t begin, size_t end)
      : g_(grammar), begin_(begin), i_(begin), end_(end) {}

  void Run(std::vector<RawMention>* out) {
    while (i_ < end_) {
      if (!TitleFirst(out) && !NameFirst(out)) ++i_;
    }
  }

 private:
  /// "<Title>[, <Title>] <Name>[, <Title>...]", "<Title>: <list>", "<Title> <Given>".
  bool TitleFirst(std::vector<RawMention>* out) {
    std::vector<TitleSpan> titles;
    size_t k = g_.SkipHonorifics(i_, end_);
    TitleSpan title;
    while (g_.ParseTitle(k, end_, &title)) {
      titles.push_back(title);
      k = title.end;
      if (!g_.IsPunct(k, ",")) break;
      TitleSpan next;
      if (!g_.ParseTitle(g_.SkipHonorifics(k + 1, end_), end_, &next)) break;
      k = g_.SkipHonorifics(k + 1, end_);
    }
    if (titles.empty()) return false;
    DropOtherHoldersTitles(&titles);
    if (g_.IsPunct(k, ":")) {  // a shared role introducing a list
      shared_ = titles;
      i_ = k + 1;
      return true;
    }
    k = g_.SkipHonorifics(k, end_);
    RawMention mention;
    if (!g_.ParseName(k, end_, &mention.name) && !g_.ParseShortName(k, end_, &mention.name) &&
        !g_.SplitShortName(&titles.back(), &mention.name) &&
        !NameAfterSeparator(titles.back(), k, &mention.name)) {
      i_ = k;
      return true;
    }
    mention.titles = shared_;
    mention.titles.insert(mention.titles.end(), titles.begin(), titles.end());
    i_ = g_.ParseChain(mention.name.end, end_, &mention.titles);
    out->push_back(std::move(mention));
    return true;
  }

  /// "Chủ tịch UBND tỉnh Hưng Yên - ông Đỗ Quốc Văn ..." and the apposition "Chủ tịch UBND
  /// tỉnh Hà Nam, Trương Quốc Huy, đã ...": the title must name its organisation, and after a
  /// comma the name must be closed by another comma.
  bool NameAfterSeparator(const TitleSpan& title, size_t k, NameSpan* name) const {
    bool dash = g_.IsPunct(k, "-") || g_.IsPunct(k, "–") || g_.IsPunct(k, "—");
    if (title.end == title.org_begin || (!dash && !g_.IsPunct(k, ","))) return false;
    NameSpan found;
    if (!g_.ParseName(g_.SkipHonorifics(k + 1, end_), end_, &found)) return false;
    if (!dash && !g_.IsPunct(found.end, ",")) return false;
    *name = found;
    return true;
  }

  /// Stacked titles before a name ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy X") can belong to
  /// someone else: after "với"/"của" ("báo cáo với Thủ tướng, Bộ trưởng X"), when a later title
  /// has the same head, or when the title ends in an unknown name ("Thủ tướng Hun Sen, Thủ
  /// tướng X"). Keeps only the titles after the last such one.
  void DropOtherHoldersTitles(std::vector<TitleSpan>* titles) const {
    size_t keep_from = 0;
    if (begin_ < i_ && g_.IsObjectMarker(i_ - 1)) keep_from = titles->size() - 1;
    for (size_t t = 0; t + 1 < titles->size(); ++t) {
      const TitleSpan& title = (*titles)[t];
      bool foreign = title.end > title.org_begin && title.org == OrgClass::kNone && !title.has_place;
      bool repeated = false;
      for (size_t u = t + 1; u < titles->size(); ++u) {
        repeated = repeated || (*titles)[u].head_key == title.head_key;
      }
      if (foreign || repeated) keep_from = std::max(keep_from, t + 1);
    }
    titles->erase(titles->begin(), titles->begin() + static_cast<std::ptrdiff_t>(keep_from));
  }

  /// "<Name>, <Title>, <Title>" and "<Name> - <Title>"; a bare name inside a shared-role list.
  bool NameFirst(std::vector<RawMention>* out) {
    RawMention mention;
    if (!g_.ParseName(i_, end_, &mention.name)) return false;
    mention.titles = shared_;
    i_ = g_.ParseChain(mention.name.end, end_, &mention.titles);
    if (!mention.titles.empty()) out->push_back(std::move(mention));
    return true;
  }

  const OfficialGrammar& g_;
  size_t begin_;
  size_t i_;
  size_t end_;
  std::vector<TitleSpan> shared_;
};

/// "Tin, ảnh: ...", "Ảnh: ...", and short "Theo ..." / "Nguồn ..." lines.
bool IsCreditLine(const TitleLexicon& lexicon, const OfficialGrammar& grammar, const Sentence& s) {
  size_t n = lexicon.credits.Match(grammar.keys(), s.first_token, s.last_token);
  if (n == 0) return false;
  return grammar.IsPunct(s.first_token + n, ":") || s.last_token - s.first_token <= 6;
}

/// Merges raw mentions into people: full names by tone-insensitive key, then short references
/// by given name + title head.
class PersonMerger {
 public:
  explicit PersonMerger(const OfficialGrammar& grammar) : g_(grammar) {}

  void AddFull(const RawMention& m) {
    std::string key = NormalizeLower(g_.SpanText(m.name.begin, m.name.end));
    auto [it, inserted] = index_.emplace(key, people_.size());
    if (inserted) {
      people_.push_back(Person{});
      people_.back().out.name = g_.SpanText(m.name.begin, m.name.end);
      people_.back().given = g_.key(m.name.end - 1);
    }
    AddTitles(m, &people_[it->second]);
  }

  void AddShort(const RawMention& m) {
    const std::string& given = g_.key(m.name.begin);
    for (Person& person : people_) {
      if (person.given != given) continue;
      for (const TitleSpan& t : m.titles) {
        for (const std::string& head : person.heads) {
          if (head == t.head_key) return AddTitles(m, &person);
        }
      }
    }
  }

  OfficialsResult Finish() {
    OfficialsResult result;
    for (Person& person : people_) {
      // A university or association post beside a neutral title ("Trưởng ban ..., Giám đốc
      // Trung tâm ... - ĐH ...") makes the person an academic, not an official.
      if (person.other && !person.state_head) continue;
      if (person.official) {
        result.officials.push_back(std::move(person.out));
      } else if (person.executive) {
        person.out.executive = true;
        result.executives.push_back(std::move(person.out));
      }
    }
    return result;
  }

 private:
  struct Person {
    PersonMention out;
    std::string given;
    std::vector<std::string> heads;
    std::vector<std::string> title_keys;
    bool official = false;
    bool executive = false;
    bool other = false;       // a title in a school, institute or association
    bool state_head = false;  // a head that only public posts have
  };

  void AddTitles(const RawMention& m, Person* person) {
    ++person->out.mentions;
    for (const TitleSpan& t : m.titles) {
      TitleKind kind = OfficialGrammar::Classify(t);
      person->official = person->official || kind == TitleKind::kOfficial;
      person->other = person->other || kind == TitleKind::kOther;
      person->state_head =
          person->state_head ||
          (kind == TitleKind::kOfficial && (t.head == HeadClass::kState || t.head == HeadClass::kRank));
      person->executive = person->executive || kind == TitleKind::kExecutive;
      person->heads.push_back(t.head_key);
      if (person->out.organization.empty()) person->out.organization = g_.SpanText(t.org_begin, t.end);
      if (person->out.province.empty()) person->out.province = t.province;
      std::string text = g_.SpanText(t.begin, t.end);
      std::string key = NormalizeLower(text);
      bool seen = false;
      for (const std::string& k : person->title_keys) seen = seen || k == key;
      if (seen) continue;
      person->title_keys.push_back(std::move(key));
      person->out.titles.push_back(std::move(text));
    }
  }

  const OfficialGrammar& g_;
  std::vector<Person> people_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace

OfficialExtractor::OfficialExtractor(std::shared_ptr<const TitleLexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}

Result<OfficialExtractor> OfficialExtractor::LoadBuiltin() {
  return LoadFromString(BuiltinTitlesToml(), "corpus/lexicon/titles.toml");
}

Result<OfficialExtractor> OfficialExtractor::LoadFromString(std::string_view toml,
                                                            const std::string& source_name) {
  Result<TitleLexicon> lexicon = TitleLexicon::Load(toml, source_name);
  if (!lexicon.ok()) return lexicon.status();
  return OfficialExtractor(std::make_shared<const TitleLexicon>(std::move(lexicon).value()));
}

OfficialsResult OfficialExtractor::Extract(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<Sentence>& sentences) const {
  return Extract(sentences, internal::TokenWords(text, tokens));
}

OfficialsResult OfficialExtractor::Extract(const std::vector<Sentence>& sentences,
                                           const internal::TokenWords& words) const {
  OfficialGrammar grammar(*lexicon_, words.text(), words.tokens(), words.lower_keys());
  std::vector<RawMention> raw;
  for (const Sentence& s : sentences) {
    if (IsCreditLine(*lexicon_, grammar, s)) continue;
    SentenceScanner(grammar, s.first_token, s.last_token).Run(&raw);
  }
  PersonMerger merger(grammar);
  for (const RawMention& m : raw) {
    if (!m.name.short_ref) merger.AddFull(m);
  }
  for (const RawMention& m : raw) {
    if (m.name.short_ref) merger.AddShort(m);
  }
  return merger.Finish();
}

}  // namespace dxnews::analyzer
