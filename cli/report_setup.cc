#include "report_setup.h"

#include <CLI/CLI.hpp>

#include <ctime>

#include "dxnews/analyzer/analyzer_version.h"
#include "data_files.h"
#include "query_ids.h"
#include "vietnam_time.h"

namespace dxnews::cli {

Result<ReportModels> ReportModels::Load(const std::string& data_dir) {
  Result<analyzer::ArticleAnalyzer> analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
  if (!analyzer.ok()) return analyzer.status();
  Result<analyzer::ProvinceRegistry> provinces = analyzer::ProvinceRegistry::LoadBuiltin();
  if (!provinces.ok()) return provinces.status();
  Result<analyzer::ThemeClassifier> themes = analyzer::ThemeClassifier::LoadBuiltin();
  if (!themes.ok()) return themes.status();
  Result<OutletNames> outlets = OutletNames::Load(data_dir, provinces.value());
  if (!outlets.ok()) return outlets.status();
  return ReportModels{std::move(analyzer).value(), std::move(provinces).value(), std::move(themes).value(),
                      std::move(outlets).value(), analyzer::AnalyzerVersion()};
}

void ReportFlags::AddTo(CLI::App& app) {
  app.add_option("--from", from, "First day, YYYY-MM-DD or DD/MM/YYYY (Vietnam time)");
  app.add_option("--to", to, "Last day, included");
  app.add_option("--province", province,
                 "Only articles about this province: a name of the 34 units since 1/7/2025 (all its former "
                 "provinces) or of the 63 before; diacritics optional");
  app.add_option("--theme", theme, "Only articles with this main theme (an id from doc/themes.md)");
}

Result<ReportFilter> ReportFlags::Filter(const ReportModels& models) const {
  ReportFilter filter;
  if (!province.empty()) {
    Result<ProvinceFilter> resolved = ResolveProvince(province, models.provinces);
    if (!resolved.ok()) return resolved.status();
    filter.province = std::move(resolved).value();
  }
  if (!theme.empty()) {
    bool known = false;
    std::string ids;
    for (const analyzer::ThemeInfo& info : models.themes.themes()) {
      known = known || info.id == theme;
      ids += (ids.empty() ? "" : ", ") + info.id;
    }
    if (!known) return Status::InvalidInput("--theme: unknown theme '" + theme + "' (one of: " + ids + ")");
    filter.theme = theme;
  }
  return filter;
}

Result<report::Period> ReportFlags::Period(const report::Period& fallback) const {
  report::Period period = fallback;
  for (auto [text, flag, day] : {std::tuple{&from, "--from", &period.first}, std::tuple{&to, "--to", &period.last}}) {
    if (text->empty()) continue;
    std::optional<analyzer::CivilDate> parsed = analyzer::ParseCivilDate(*text);
    if (!parsed) return Status::InvalidInput(std::string(flag) + ": '" + *text + "' is not a date (YYYY-MM-DD)");
    *day = *parsed;
  }
  if (period.last < period.first) {
    return Status::InvalidInput("--from " + analyzer::ToIso(period.first) + " is after --to " +
                                analyzer::ToIso(period.last));
  }
  return period;
}

std::string ReportFlags::Describe(const ReportModels& models) const {
  std::string out;
  if (!province.empty()) {
    Result<ProvinceFilter> resolved = ResolveProvince(province, models.provinces);
    out += "Tỉnh, thành: " + (resolved.ok() ? resolved.value().label : province);
  }
  if (!theme.empty()) {
    std::string label = theme;
    for (const analyzer::ThemeInfo& info : models.themes.themes()) {
      if (info.id == theme) label = info.label;
    }
    out += (out.empty() ? "" : " · ") + std::string("Chủ đề: ") + label;
  }
  return out;
}

Result<LoadedArticles> LoadFlaggedArticles(const std::string& data_dir, const ReportModels& models,
                                           const ReportFlags& flags, const std::string& query, bool with_text) {
  Result<report::Period> period = flags.Period({{1970, 1, 2}, analyzer::AddDays(VietnamToday(), 1)});
  if (!period.ok()) return period.status();
  Result<ReportFilter> filter = flags.Filter(models);
  if (!filter.ok()) return filter.status();
  filter.value().with_text = with_text;
  if (!query.empty()) {
    Result<std::set<std::int64_t>> ids = SearchIds(data_dir, query);
    if (!ids.ok()) return ids.status();
    filter.value().ids = std::move(ids).value();
  }
  Result<std::unique_ptr<store::ArticleStore>> store = OpenStore(data_dir, /*create=*/false);
  if (!store.ok()) return store.status();
  return LoadReportArticles(*store.value(), period.value(), filter.value(), models.Context());
}

analyzer::CivilDate VietnamToday() { return VietnamDate(static_cast<std::int64_t>(std::time(nullptr))); }

}  // namespace dxnews::cli
