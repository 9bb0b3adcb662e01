#include "dxnews/index/index_document.h"

#include <algorithm>

#include "dxnews/analyzer/article_analyzer.h"

namespace dxnews::index {
namespace {

void AddUnique(const std::string& value, std::vector<std::string>* values) {
  if (value.empty() || std::find(values->begin(), values->end(), value) != values->end()) return;
  values->push_back(value);
}

}  // namespace

void FillFromAnalysis(const analyzer::ArticleAnalysis& analysis, IndexDocument* doc) {
  if (analysis.province) {
    AddUnique(analysis.province->id, &doc->provinces);
    AddUnique(analysis.province->new_id, &doc->provinces);
    if (doc->province_name.empty()) doc->province_name = analysis.province->name;
  }
  for (const analyzer::ThemeScore& theme : analysis.themes) {
    if (theme.primary) AddUnique(theme.id, &doc->themes);
  }
  for (const analyzer::PersonMention& person : analysis.officials) AddUnique(person.name, &doc->officials);
  for (const analyzer::DocumentMention& document : analysis.documents) AddUnique(document.number, &doc->documents);
  for (const analyzer::EventMention& event : analysis.events) AddUnique(event.type, &doc->events);
}

}  // namespace dxnews::index
