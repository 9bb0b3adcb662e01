// What the report commands (digest, trends, officials, events, documents, export) load once:
// the analyzer (for articles not analysed yet), the province registry, the theme taxonomy and
// the source registry (outlet names), and the options they share (--from/--to, --province,
// --theme).
#ifndef DXNEWS_CLI_REPORT_SETUP_H_
#define DXNEWS_CLI_REPORT_SETUP_H_

#include <optional>
#include <string>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/province_registry.h"
#include "dxnews/analyzer/theme_classifier.h"
#include "dxnews/report/period.h"
#include "outlet_names.h"
#include "report_articles.h"

namespace CLI {
class App;
}

namespace dxnews::cli {

struct ReportModels {
  analyzer::ArticleAnalyzer analyzer;
  analyzer::ProvinceRegistry provinces;
  analyzer::ThemeClassifier themes;
  OutletNames outlets;
  std::string analyzer_version;

  /// Loads the built-in models and registries, and the outlet names of `data_dir` (OutletNamesPath).
  static Result<ReportModels> Load(const std::string& data_dir);
  ReportContext Context() const { return {&analyzer, &outlets, analyzer_version}; }
};

/// --from, --to, --province and --theme as typed.
struct ReportFlags {
  std::string from, to, province, theme;

  /// Adds the four flags to `app`.
  void AddTo(CLI::App& app);
  /// The filter they describe; kInvalidInput for an unknown province or theme.
  Result<ReportFilter> Filter(const ReportModels& models) const;
  /// The period from --from/--to, or `fallback` for the missing ends; kInvalidInput for a
  /// malformed date or an empty range.
  Result<report::Period> Period(const report::Period& fallback) const;
  /// "Tỉnh: Hà Tĩnh · Chủ đề: Chính quyền số" for report headers; "" without filters.
  std::string Describe(const ReportModels& models) const;
};

/// The articles the listing and export commands work on: those of the period of `flags` (default:
/// everything up to tomorrow), passing its filters and, when `query` is not empty, matching it in
/// the index of `data_dir`. Errors name the flag, the store or the index.
Result<LoadedArticles> LoadFlaggedArticles(const std::string& data_dir, const ReportModels& models,
                                           const ReportFlags& flags, const std::string& query, bool with_text);

/// Today in Vietnam.
analyzer::CivilDate VietnamToday();

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_REPORT_SETUP_H_
