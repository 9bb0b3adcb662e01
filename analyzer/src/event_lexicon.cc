// Loads the event trigger lexicon (format: the comment atop corpus/lexicon/events.toml).
#include "event_lexicon.h"

#include <toml++/toml.h>

#include <algorithm>
#include <utility>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/tokenizer.h"
#include "toml_text.h"

namespace dxnews::analyzer::internal {
namespace {

Status Error(const std::string& file, const toml::node& at, const std::string& what) {
  return Status::InvalidInput(file + ":" + std::to_string(at.source().begin.line) + ": [[event]] " + what);
}

/// Reads the string array `key` of one [[event]] into triggers of `type`.
Status ReadPhrases(const std::string& file, const toml::table& table, std::string_view key,
                   const std::string& type, EventLexicon* lexicon) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status();
  const toml::array* array = node->as_array();
  if (array == nullptr) return Error(file, *node, "'" + std::string(key) + "': expected an array");
  for (const toml::node& element : *array) {
    std::optional<std::string> text = element.value_exact<std::string>();
    EventTrigger trigger{{}, type, key == "names"};
    const std::string normal = text ? Normalize(*text) : std::string();
    for (const Token& t : Tokenize(normal)) {
      trigger.keys.push_back(NormalizeLower(std::string_view(normal).substr(t.begin, t.end - t.begin)));
    }
    if (trigger.keys.empty()) {
      return Error(file, element, "'" + std::string(key) + "': expected a non-empty string");
    }
    lexicon->triggers.push_back(std::move(trigger));
  }
  return Status();
}

}  // namespace

Result<EventLexicon> ParseEventLexicon(std::string_view toml_text, const std::string& source_name) {
  Result<toml::table> parsed = internal::ParseTomlText(toml_text, source_name);
  if (!parsed.ok()) return parsed.status();
  const toml::table& root = parsed.value();
  const toml::array* events = root.get_as<toml::array>("event");
  if (events == nullptr) return Status::InvalidInput(source_name + ": no [[event]] tables");
  EventLexicon lexicon;
  for (const toml::node& element : *events) {
    const toml::table* table = element.as_table();
    std::optional<std::string> type = table ? (*table)["type"].value_exact<std::string>() : std::nullopt;
    if (!type || type->empty()) return Error(source_name, element, "'type': expected a non-empty string");
    for (std::string_view key : {"names", "verbs"}) {
      if (Status s = ReadPhrases(source_name, *table, key, *type, &lexicon); !s.ok()) return s;
    }
  }
  std::stable_sort(lexicon.triggers.begin(), lexicon.triggers.end(),
                   [](const EventTrigger& a, const EventTrigger& b) { return a.keys.size() > b.keys.size(); });
  for (size_t i = 0; i < lexicon.triggers.size(); ++i)
    lexicon.by_first_key[lexicon.triggers[i].keys[0]].push_back(i);
  return lexicon;
}

const EventTrigger* MatchTrigger(const EventLexicon& lexicon, const TokenWords& words, size_t at) {
  // Only triggers starting with this word can match; trying every trigger at every token was
  // a tenth of the analysis time.
  auto candidates = lexicon.by_first_key.find(words.Key(at));
  if (candidates == lexicon.by_first_key.end()) return nullptr;
  for (size_t index : candidates->second) {
    const EventTrigger& trigger = lexicon.triggers[index];
    size_t i = 0;
    while (i < trigger.keys.size() && words.Is(at + i, trigger.keys[i])) ++i;
    if (i == trigger.keys.size()) return &trigger;
  }
  return nullptr;
}

}  // namespace dxnews::analyzer::internal
