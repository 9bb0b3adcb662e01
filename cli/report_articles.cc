#include "report_articles.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "dxnews/analyzer/analysis_json.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

constexpr std::int64_t kVietnamOffset = 7 * 3600;
// Stored analyses parsed at a time: enough to share among the cores, few enough to bound memory.
constexpr size_t kParseBlock = 2000;

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
  // Articles in visit order; those with a current stored analysis are parsed a block at a time on
  // all cores (parsing the JSON is most of a report's time on a large store).
  struct Pending {
    report::ReportArticle article;
    std::string json;  // the stored analysis to parse; empty when `article.analysis` is made
    store::StoredArticle record;  // with_text only
  };
  std::vector<Pending> pending;
  auto flush = [&]() -> Status {
    std::vector<Status> failures(pending.size());
    std::atomic<size_t> next{0};
    auto parse = [&] {
      for (size_t i = next++; i < pending.size(); i = next++) {
        if (pending[i].json.empty()) continue;
        Result<analyzer::ArticleAnalysis> analysis = analyzer::AnalysisFromJson(pending[i].json);
        if (analysis.ok()) {
          pending[i].article.analysis = std::move(analysis).value();
        } else {
          failures[i] = analysis.status().WithContext("article " + std::to_string(pending[i].article.id));
        }
      }
    };
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < std::clamp(std::thread::hardware_concurrency(), 1u, 4u); ++t) workers.emplace_back(parse);
    parse();
    for (std::thread& worker : workers) worker.join();
    for (size_t i = 0; i < pending.size(); ++i) {
      if (!failures[i].ok()) return failures[i];
      const analyzer::ArticleAnalysis& analysis = pending[i].article.analysis;
      if (filter.province && !(analysis.province && filter.province->Matches(analysis.province->id))) continue;
      if (!filter.theme.empty() && !HasPrimaryTheme(analysis, filter.theme)) continue;
      if (filter.about_dx_only && !analysis.about_dx) continue;
      if (filter.with_text) loaded.records.push_back(std::move(pending[i].record));
      loaded.articles.push_back(std::move(pending[i].article));
    }
    pending.clear();
    return Status();
  };
  std::int64_t from = VietnamMidnight(period.first);
  std::int64_t to = VietnamMidnight(analyzer::AddDays(period.last, 1)) - 1;
  Status status = store.ForEachPublishedBetween(
      from, to,
      [&](const store::StoredArticle& article, const std::optional<store::StoredAnalysis>& stored) -> Status {
        if (filter.ids && filter.ids->count(article.id) == 0) return Status();
        bool current = stored && stored->analyzer_version == context.analyzer_version &&
                       stored->content_hash == article.content_hash;
        if (current && filter.about_dx_only && analyzer::AboutDxInJson(stored->json) == false) {
          return Status();  // most articles of a period: skipped before parsing their analysis
        }
        Pending p;
        report::ReportArticle& a = p.article;
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
        if (current) {
          p.json = stored->json;
        } else {
          // Body text was not loaded: ask the store for the whole article.
          Result<store::StoredArticle> full = store.Get(article.id);
          if (!full.ok()) return full.status();
          std::string body = full.value().lead.empty() ? full.value().text
                                                       : full.value().lead + "\n" + full.value().text;
          a.analysis = context.analyzer->Analyze({full.value().title, body, a.day});
          ++loaded.analysed_now;
        }
        if (filter.with_text) p.record = article;
        pending.push_back(std::move(p));
        return pending.size() >= kParseBlock ? flush() : Status();
      },
      filter.with_text);
  if (status.ok()) status = flush();
  if (!status.ok()) return status;
  return loaded;
}

}  // namespace dxnews::cli
