#include "dxnews/analyzer/article_analyzer.h"

#include <algorithm>
#include <utility>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/summarizer.h"
#include "dxnews/analyzer/tokenizer.h"
#include "token_words.h"
#include "word_extractors.h"

namespace dxnews::analyzer {

namespace {

constexpr size_t kKeywords = 10;
constexpr size_t kSummarySentences = 3;

}  // namespace

struct ArticleAnalyzer::Models {
  PlaceMatcher places;
  OfficialExtractor officials;
  ThemeClassifier themes;
  EventExtractor events;
  Segmenter segmenter;
};

Result<ArticleAnalyzer> ArticleAnalyzer::LoadBuiltin() {
  Result<ProvinceRegistry> provinces = ProvinceRegistry::LoadBuiltin();
  if (!provinces.ok()) return provinces.status().WithContext("built-in provinces");
  Result<OfficialExtractor> officials = OfficialExtractor::LoadBuiltin();
  if (!officials.ok()) return officials.status().WithContext("built-in titles");
  Result<ThemeClassifier> themes = ThemeClassifier::LoadBuiltin();
  if (!themes.ok()) return themes.status().WithContext("built-in themes");
  Result<EventExtractor> events = EventExtractor::LoadBuiltin();
  if (!events.ok()) return events.status().WithContext("built-in events");
  Result<Segmenter> segmenter = Segmenter::LoadBuiltin();
  if (!segmenter.ok()) return segmenter.status().WithContext("built-in segmenter");
  auto models = std::make_unique<const Models>(Models{PlaceMatcher(provinces.value()), std::move(officials).value(),
                                                      std::move(themes).value(), std::move(events).value(),
                                                      std::move(segmenter).value()});
  return ArticleAnalyzer(std::move(models));
}

ArticleAnalyzer::ArticleAnalyzer(std::unique_ptr<const Models> models) : models_(std::move(models)) {}
ArticleAnalyzer::ArticleAnalyzer(ArticleAnalyzer&&) noexcept = default;
ArticleAnalyzer& ArticleAnalyzer::operator=(ArticleAnalyzer&&) noexcept = default;
ArticleAnalyzer::~ArticleAnalyzer() = default;

ArticleAnalysis ArticleAnalyzer::Analyze(const ArticleInput& article) const {
  ArticleAnalysis out;
  out.text = article.title + "\n" + article.body;
  const std::string_view text(out.text);
  const size_t title_end = article.title.size();
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);

  // The lower-case keys of the tokens, made once for every stage below (each used to make its
  // own).
  const internal::TokenWords words(text, tokens);
  OfficialsResult people = models_->officials.Extract(sentences, words);
  out.officials = std::move(people.officials);
  out.executives = std::move(people.executives);
  out.documents = internal::ExtractDocuments(words);
  if (article.published) out.dates = internal::ExtractDates(words, *article.published);

  const std::vector<PlaceMatch> place_matches = models_->places.FindAll(words);
  out.events = models_->events.Extract(
      EventInput{text, tokens, sentences, out.dates, place_matches, out.officials}, words);
  out.places = models_->places.Extract(place_matches);
  const std::string main = models_->places.MainProvince(words, place_matches, ArticleLayout{title_end, 0});
  for (const PlaceMention& place : out.places) {
    if (place.old_id == main) out.province = MainProvince{place.old_id, place.name, place.new_id, place.name_after_2025};
  }

  // No token crosses the newline after the title, so the title is a prefix of the tokens.
  const size_t title_tokens = static_cast<size_t>(std::count_if(
      tokens.begin(), tokens.end(), [&](const Token& t) { return t.end <= title_end; }));
  ThemeVerdict verdict = models_->themes.ClassifyWithGate(words, title_tokens, sentences);
  out.themes = std::move(verdict.themes);
  out.about_dx = verdict.gate.primary;

  const std::vector<bool> joins = SegmentText(models_->segmenter, text, tokens, sentences);
  out.keywords = internal::ExtractKeywords(words, joins, kKeywords);
  out.summary = internal::Summarize(words, sentences, out.keywords, kSummarySentences);
  return out;
}

}  // namespace dxnews::analyzer
