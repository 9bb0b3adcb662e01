// Loads the theme taxonomy TOML (format: the comment atop corpus/lexicon/themes.toml) into a
// internal::ThemeLexicon.
#include "theme_lexicon.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>
#include <utility>

#include "builtin_themes.h"
#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/tokenizer.h"
#include "toml_text.h"

namespace dxnews::analyzer {
namespace internal {

bool MakePhrase(std::string_view text, bool case_sensitive, LexPhrase* out) {
  const std::string normal = Normalize(text);
  const std::vector<Token> tokens = Tokenize(normal);
  if (tokens.empty()) return false;
  out->text = std::string(text);
  out->case_sensitive = case_sensitive;
  for (const Token& t : tokens) {
    const std::string_view piece = std::string_view(normal).substr(t.begin, t.end - t.begin);
    out->keys.push_back(case_sensitive ? std::string(piece) : NormalizeLower(piece));
    out->folded.push_back(Fold(piece));
  }
  return true;
}

}  // namespace internal

namespace {

using internal::LexPhrase;
using internal::LexTheme;
using internal::LexTrigger;

Status Error(const std::string& file, const toml::node& at, std::string_view section, std::string_view field,
             const std::string& what) {
  return Status::InvalidInput(file + ":" + std::to_string(at.source().begin.line) + ": [" +
                              std::string(section) + "] '" + std::string(field) + "': " + what);
}

/// Reads `key` = [{ t = "...", w = N, dx = M? }, ...] into triggers of theme `theme`.
Status ReadTriggers(const std::string& file, const toml::table& table, std::string_view section,
                    std::string_view key, size_t theme, internal::ThemeLexicon* lex) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status();
  const toml::array* array = node->as_array();
  if (array == nullptr) return Error(file, *node, section, key, "expected an array");
  for (const toml::node& element : *array) {
    const toml::table* entry = element.as_table();
    std::optional<std::string> text = entry ? (*entry)["t"].value_exact<std::string>() : std::nullopt;
    std::optional<double> weight = entry ? (*entry)["w"].value<double>() : std::nullopt;
    const double dx_weight = entry ? (*entry)["dx"].value_or(0.0) : 0.0;
    LexTrigger trigger;
    if (!text || !weight || *weight <= 0 || dx_weight < 0 ||
        !internal::MakePhrase(*text, key == "abbreviations", &trigger.phrase)) {
      return Error(file, element, section, key,
                   "expected { t = \"phrase\", w = weight > 0, dx = optional weight >= 0 }");
    }
    trigger.weight = *weight;
    trigger.dx_weight = dx_weight;
    trigger.theme = theme;
    lex->triggers.push_back(std::move(trigger));
  }
  return Status();
}

Status ReadNegatives(const std::string& file, const toml::table& table, std::string_view section,
                     LexTheme* theme) {
  const toml::node* node = table.get("not");
  if (node == nullptr) return Status();
  const toml::array* array = node->as_array();
  if (array == nullptr) return Error(file, *node, section, "not", "expected an array");
  for (const toml::node& element : *array) {
    std::optional<std::string> text = element.value_exact<std::string>();
    LexPhrase phrase;
    if (!text || !internal::MakePhrase(*text, false, &phrase)) {
      return Error(file, element, section, "not", "expected a non-empty string");
    }
    theme->negatives.push_back(std::move(phrase));
  }
  return Status();
}

Status ReadString(const std::string& file, const toml::table& table, std::string_view key, std::string* out) {
  std::optional<std::string> value = table[key].value_exact<std::string>();
  if (!value || value->empty()) return Error(file, table, "[theme]", key, "missing or empty");
  *out = std::move(*value);
  return Status();
}

/// Reads the gate (`theme` == nullptr) or one [[theme]] table.
Status ReadTheme(const std::string& file, const toml::table& table, bool is_gate,
                 internal::ThemeLexicon* lex) {
  static const std::set<std::string_view> kKnown = {"id",    "label",         "description",
                                                    "terms", "abbreviations", "not"};
  const std::string_view section = is_gate ? "gate" : "[theme]";
  for (const auto& [key, value] : table) {
    if (!kKnown.count(key.str())) return Error(file, value, section, key.str(), "unknown key");
  }
  LexTheme theme;
  theme.info.id = "dx";
  if (!is_gate) {
    for (auto [key, out] : {std::pair{"id", &theme.info.id},
                            {"label", &theme.info.label},
                            {"description", &theme.info.description}}) {
      if (Status s = ReadString(file, table, key, out); !s.ok()) return s;
    }
    for (const LexTheme& other : lex->themes) {
      if (other.info.id == theme.info.id) {
        return Error(file, table, section, "id", "duplicate id '" + theme.info.id + "'");
      }
    }
  }
  const size_t index = lex->themes.size();
  for (std::string_view key : {"terms", "abbreviations"}) {
    if (Status s = ReadTriggers(file, table, section, key, index, lex); !s.ok()) return s;
  }
  if (Status s = ReadNegatives(file, table, section, &theme); !s.ok()) return s;
  lex->themes.push_back(std::move(theme));
  return Status();
}

Status ReadLexicon(const std::string& file, const toml::table& root, internal::ThemeLexicon* lex) {
  const toml::table* gate = root.get_as<toml::table>("gate");
  if (gate == nullptr) return Status::InvalidInput(file + ": missing [gate] table");
  if (Status s = ReadTheme(file, *gate, true, lex); !s.ok()) return s;
  const toml::array* themes = root.get_as<toml::array>("theme");
  if (themes == nullptr) return Status::InvalidInput(file + ": no [[theme]] tables");
  for (const toml::node& element : *themes) {
    const toml::table* table = element.as_table();
    if (table == nullptr) return Error(file, element, "[theme]", "theme", "expected a table");
    if (Status s = ReadTheme(file, *table, false, lex); !s.ok()) return s;
  }
  return Status();
}

/// Sorts the triggers longest first and indexes them by their first key.
void BuildIndex(internal::ThemeLexicon* lex) {
  std::stable_sort(lex->triggers.begin(), lex->triggers.end(), [](const LexTrigger& a, const LexTrigger& b) {
    return a.phrase.keys.size() > b.phrase.keys.size();
  });
  for (size_t i = 0; i < lex->triggers.size(); ++i) {
    const LexPhrase& p = lex->triggers[i].phrase;
    lex->by_first_key[p.keys[0]].push_back(i);
    if (!p.case_sensitive && p.folded.size() > 1) lex->by_first_folded[p.folded[0]].push_back(i);
  }
  for (size_t t = 0; t < lex->themes.size(); ++t) {
    const std::vector<LexPhrase>& negatives = lex->themes[t].negatives;
    for (size_t j = 0; j < negatives.size(); ++j) {
      lex->negatives_by_first_key[negatives[j].keys[0]].emplace_back(t, j);
      lex->negatives_by_first_folded[negatives[j].folded[0]].emplace_back(t, j);
    }
  }
  for (size_t i = 1; i < lex->themes.size(); ++i) lex->infos.push_back(lex->themes[i].info);
}

}  // namespace

ThemeClassifier::ThemeClassifier(std::unique_ptr<internal::ThemeLexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}
ThemeClassifier::~ThemeClassifier() = default;
ThemeClassifier::ThemeClassifier(ThemeClassifier&&) noexcept = default;
ThemeClassifier& ThemeClassifier::operator=(ThemeClassifier&&) noexcept = default;

const std::vector<ThemeInfo>& ThemeClassifier::themes() const { return lexicon_->infos; }

Result<ThemeClassifier> ThemeClassifier::LoadBuiltin() {
  return LoadFromString(BuiltinThemesToml(), "themes.toml");
}

Result<ThemeClassifier> ThemeClassifier::LoadFromString(std::string_view toml,
                                                        const std::string& source_name) {
  Result<toml::table> parsed = internal::ParseTomlText(toml, source_name);
  if (!parsed.ok()) return parsed.status();
  const toml::table& root = parsed.value();
  auto lexicon = std::make_unique<internal::ThemeLexicon>();
  if (Status s = ReadLexicon(source_name, root, lexicon.get()); !s.ok()) return s;
  BuildIndex(lexicon.get());
  return ThemeClassifier(std::move(lexicon));
}

}  // namespace dxnews::analyzer
