#include "report_articles.h"

#include <algorithm>

#include "dxnews/analyzer/analysis_json.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

constexpr std::int64_t kVietnamOffset = 7 * 3600;

bool HasPrimaryTheme(const analyzer::ArticleAnalysis& analysis, const std::string& theme) {
  return std::any_of(analysis.themes.begin(), analysis.themes.end(),
                     [&](const analyzer::ThemeScore& t) { return t.primary && t.id == theme; });
}

}  // namespace

std::int64_t VietnamMidnight(const analyzer::CivilDate& day) {
  return static_cast<std::int64_t>(analyzer::DaysSinceEpoch(day)) * 86400 - kVietnamOffset;
}

Result<LoadedArticles> LoadReportArticles(const store::ArticleStore& store, const report::Period& period,
                                          const ReportFilter& filter, const ReportContext& context) {
  LoadedArticles loaded;
  std::int64_t from = VietnamMidnight(period.first);
  std::int64_t to = VietnamMidnight(analyzer::AddDays(period.last, 1)) - 1;
  Status status = store.ForEachPublishedBetween(
      from, to,
      [&](const store::StoredArticle& article, const std::optional<store::StoredAnalysis>& stored) -> Status {
        if (filter.ids && filter.ids->count(article.id) == 0) return Status();
        report::ReportArticle a;
        a.id = article.id;
        a.url = article.url;
        a.title = article.title;
        a.source_name = context.outlets->Of(article);
        // An outlet without a source id is known by its name (the URL's host): distinct outlets
        // count distinct names then.
        a.source_id = article.source_id.empty() ? a.source_name : article.source_id;
        a.published = article.published.value_or(article.fetched_at);
        a.day = VietnamDate(a.published);
        a.cluster = article.cluster;
        bool current = stored && stored->analyzer_version == context.analyzer_version &&
                       stored->content_hash == article.content_hash;
        if (current && filter.about_dx_only && analyzer::AboutDxInJson(stored->json) == false) {
          return Status();  // most articles of a period: skipped before parsing their analysis
        }
        if (current) {
          Result<analyzer::ArticleAnalysis> analysis = analyzer::AnalysisFromJson(stored->json);
          if (!analysis.ok()) {
            return analysis.status().WithContext("article " + std::to_string(article.id));
          }
          a.analysis = std::move(analysis).value();
        } else {
          // Body text was not loaded: ask the store for the whole article.
          Result<store::StoredArticle> full = store.Get(article.id);
          if (!full.ok()) return full.status();
          std::string body = full.value().lead.empty() ? full.value().text
                                                       : full.value().lead + "\n" + full.value().text;
          a.analysis = context.analyzer->Analyze({full.value().title, body, a.day});
          ++loaded.analysed_now;
        }
        if (filter.province && !(a.analysis.province && filter.province->Matches(a.analysis.province->id))) {
          return Status();
        }
        if (!filter.theme.empty() && !HasPrimaryTheme(a.analysis, filter.theme)) return Status();
        if (filter.about_dx_only && !a.analysis.about_dx) return Status();
        if (filter.with_text) loaded.records.push_back(article);
        loaded.articles.push_back(std::move(a));
        return Status();
      },
      filter.with_text);
  if (!status.ok()) return status;
  return loaded;
}

}  // namespace dxnews::cli
