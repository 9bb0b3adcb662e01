#include "title_lexicon.h"

#include <toml++/toml.h>

#include <cassert>
#include <cstdint>
#include <utility>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/province_registry.h"
#include "dxnews/analyzer/tokenizer.h"
#include "toml_text.h"

namespace dxnews::analyzer {
namespace {

constexpr char kSeparator = '\x1f';

/// Adds every string of table[section][key] to *out with `value`; a missing array is an error.
Status AddList(const toml::table& root, std::string_view section, std::string_view key, int value,
               const std::string& source, PhraseTable* out) {
  const toml::array* array = root[section][key].as_array();
  if (array == nullptr) {
    return Status::InvalidInput(source + ": [" + std::string(section) + "] '" + std::string(key) +
                                "': expected an array of strings");
  }
  for (const toml::node& element : *array) {
    std::optional<std::string> phrase = element.value_exact<std::string>();
    if (!phrase || phrase->empty()) {
      return Status::InvalidInput(source + ":" + std::to_string(element.source().begin.line) + ": [" +
                                  std::string(section) + "] '" + std::string(key) +
                                  "': expected a non-empty string");
    }
    out->Add(*phrase, value);
  }
  return Status();
}

struct ListSpec {
  std::string_view section;
  std::string_view key;
  int value;
  PhraseTable TitleLexicon::*table;
};

Status AddProvinces(TitleLexicon* lexicon) {
  Result<ProvinceRegistry> registry = ProvinceRegistry::LoadBuiltin();
  if (!registry.ok()) return registry.status();
  for (const PlaceNameVariant& variant : registry.value().NameVariants()) {
    if (variant.ambiguous) continue;
    lexicon->provinces.Add(variant.text, static_cast<int>(lexicon->province_ids.size()));
    lexicon->province_ids.push_back(variant.old_id);
  }
  return Status();
}

/// [abbreviations]: abbreviation = "expansion" (optional table); see TitleLexicon.
Status ReadAbbreviations(const toml::table& root, const std::string& source, TitleLexicon* lexicon) {
  const toml::table* abbreviations = root["abbreviations"].as_table();
  if (abbreviations == nullptr) return Status();
  for (const auto& [key, node] : *abbreviations) {
    std::optional<std::string> expansion = node.value_exact<std::string>();
    if (!expansion) {
      return Status::InvalidInput(source + ": [abbreviations] '" + std::string(key.str()) +
                                  "': expected a string");
    }
    int value = 0;
    if (lexicon->heads.Find(*expansion, &value)) lexicon->heads.Add(key.str(), value);
    if (lexicon->organizations.Find(*expansion, &value)) {
      lexicon->organizations.Add(key.str(), value);
    }
  }
  return Status();
}

}  // namespace

size_t PhraseTable::FilterBit(std::string_view key) {
  // The length and the first, middle and last bytes: cheaper than hashing every byte, and enough
  // to tell most words from a table's first keys.
  if (key.empty()) return 0;
  const auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(key[i])); };
  const uint32_t hash = (static_cast<uint32_t>(key.size()) * 0x9E3779B1u) ^ (byte(0) * 0x85EBCA77u) ^
                        (byte(key.size() / 2) * 0xC2B2AE3Du) ^ (byte(key.size() - 1) * 0x27D4EB2Fu);
  return (hash ^ (hash >> 16)) & (kFilterBits - 1);
}

void PhraseTable::Add(std::string_view phrase, int value) {
  std::string key;
  size_t count = 0;
  size_t first_end = 0;
  for (const Token& token : Tokenize(phrase)) {
    if (count++ > 0) key += kSeparator;
    AppendLowerKey(phrase.substr(token.begin, token.end - token.begin), &key);
    if (count == 1) first_end = key.size();
  }
  if (count == 0) return;
  phrases_[key] = value;
  first_keys_.insert(key.substr(0, first_end));
  first_filter_.set(FilterBit(std::string_view(key).substr(0, first_end)));
  if (count > max_tokens_) max_tokens_ = count;
}

bool PhraseTable::Find(std::string_view phrase, int* value) const {
  std::vector<std::string> keys;
  for (const Token& token : Tokenize(phrase)) {
    keys.emplace_back();
    AppendLowerKey(phrase.substr(token.begin, token.end - token.begin), &keys.back());
  }
  return !keys.empty() && Match(keys, 0, keys.size(), value) == keys.size();
}

size_t PhraseTable::Match(const std::vector<std::string>& keys, size_t i, size_t end, int* value) const {
  if (i >= end) return 0;
  assert(keys[i].find(kSeparator) == std::string::npos);
  // Most words start no phrase: answer those without building the candidate keys.
  if (!first_filter_.test(FilterBit(keys[i])) || first_keys_.count(keys[i]) == 0) return 0;
  size_t longest = std::min(max_tokens_, end - i);
  std::string key;
  std::vector<size_t> lengths;  // key length after 1, 2, ... tokens
  for (size_t n = 0; n < longest; ++n) {
    if (n > 0) key += kSeparator;
    key += keys[i + n];
    lengths.push_back(key.size());
  }
  for (size_t n = longest; n > 0; --n) {
    auto it = phrases_.find(key.substr(0, lengths[n - 1]));
    if (it != phrases_.end()) {
      if (value != nullptr) *value = it->second;
      return n;
    }
  }
  return 0;
}

Result<TitleLexicon> TitleLexicon::Load(std::string_view toml, const std::string& source_name) {
  Result<toml::table> parsed = internal::ParseTomlText(toml, source_name);
  if (!parsed.ok()) return parsed.status();
  const toml::table& root = parsed.value();
  static const ListSpec kLists[] = {
      {"heads", "state", static_cast<int>(HeadClass::kState), &TitleLexicon::heads},
      {"heads", "neutral", static_cast<int>(HeadClass::kNeutral), &TitleLexicon::heads},
      {"heads", "executive", static_cast<int>(HeadClass::kExecutive), &TitleLexicon::heads},
      {"heads", "ranks", static_cast<int>(HeadClass::kRank), &TitleLexicon::heads},
      {"heads", "prefixes", 0, &TitleLexicon::prefixes},
      {"heads", "posthumous", 0, &TitleLexicon::posthumous},
      {"heads", "qualifiers", 0, &TitleLexicon::qualifiers},
      {"heads", "joiners", 0, &TitleLexicon::joiners},
      {"organizations", "state", static_cast<int>(OrgClass::kState), &TitleLexicon::organizations},
      {"organizations", "business", static_cast<int>(OrgClass::kBusiness), &TitleLexicon::organizations},
      {"organizations", "other", static_cast<int>(OrgClass::kOther), &TitleLexicon::organizations},
      {"organizations", "never_inside", 0, &TitleLexicon::never_inside},
      {"organizations", "tails", 0, &TitleLexicon::org_tails},
      {"places", "levels", 0, &TitleLexicon::levels},
      {"people", "honorifics", 0, &TitleLexicon::honorifics},
      {"people", "academic", 0, &TitleLexicon::academic},
      {"people", "surnames", 0, &TitleLexicon::surnames},
      {"people", "not_names", 0, &TitleLexicon::not_names},
      {"people", "object_markers", 0, &TitleLexicon::object_markers},
      {"people", "credits", 0, &TitleLexicon::credits},
  };
  TitleLexicon lexicon;
  for (const ListSpec& spec : kLists) {
    Status s = AddList(root, spec.section, spec.key, spec.value, source_name, &(lexicon.*spec.table));
    if (!s.ok()) return s;
  }
  if (Status s = ReadAbbreviations(root, source_name, &lexicon); !s.ok()) return s;
  if (Status s = AddProvinces(&lexicon); !s.ok()) return s;
  return lexicon;
}

}  // namespace dxnews::analyzer
