// `dxnews demo [--site DIR] [--keep-serving SECONDS]`: the main job end to end on the invented
// news network of corpus/demo: serves it on 127.0.0.1 with the built-in server, crawls it with
// the real crawler (robots.txt, feeds, sitemaps, pacing), analyses, clusters reprints, indexes,
// prints a few searches, writes the weekly digest (HTML and Markdown) and a trends chart (SVG),
// and says where they are and how to crawl the real sources instead. Its data live in
// <data dir>/demo, emptied at the start of every run.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "commands.h"
#include "console.h"
#include "crawl_progress.h"
#include "data_files.h"
#include "demo_server.h"
#include "dxnews/core/clock.h"
#include "dxnews/crawler/crawl_session.h"
#include "dxnews/index/index_writer.h"
#include "dxnews/index/searcher.h"
#include "dxnews/index/term_mapper.h"
#include "dxnews/report/digest_format.h"
#include "dxnews/report/trend_table.h"
#include "hit_format.h"
#include "index_pipeline.h"
#include "index_trends.h"
#include "store_analysis.h"
#include "store_crawl_ledger.h"
#include "store_digest.h"
#include "report_setup.h"

#ifndef DXNEWS_DEMO_SITE
#define DXNEWS_DEMO_SITE "corpus/demo"
#endif

namespace dxnews::cli {
namespace {

using json = nlohmann::json;

constexpr const char* kQueries[] = {"chuyen doi so", "\"trí tuệ nhân tạo\"", "trung tâm điều hành thông minh"};
const std::vector<std::string> kTrendSeries = {"chuyển đổi số", "trí tuệ nhân tạo", "dữ liệu", "dịch vụ công trực tuyến"};

// The string at `key`, or "" when it is missing or null.
std::string Str(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<json> ReadFacts(const std::string& site) {
  std::ifstream in(site + "/facts.json");
  if (!in) return Status::NotFound(site + "/facts.json: not found (is --site a demo network made by scripts/gen-demo-site.py?)");
  json facts = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!facts.is_object() || !facts.contains("outlets")) {
    return Status::InvalidInput(site + "/facts.json: not a demo facts file");
  }
  return facts;
}

// One crawl target per outlet of the network: its own path of the shared 127.0.0.1 host.
std::vector<crawler::CrawlTarget> Targets(const json& facts, const std::string& base) {
  std::vector<crawler::CrawlTarget> targets;
  for (const json& outlet : facts["outlets"]) {
    crawler::CrawlTarget target;
    target.source_id = Str(outlet, "id");
    std::string province = Str(outlet, "province");
    target.province = province == "national" ? "" : province;
    target.path_prefix = Str(outlet, "home");
    if (target.path_prefix.empty()) target.path_prefix = "/";
    target.home = base + target.path_prefix;
    target.hosts = {"127.0.0.1"};
    if (!Str(outlet, "feed").empty()) target.feeds.push_back(base + Str(outlet, "feed"));
    if (!Str(outlet, "sitemap").empty()) target.sitemaps.push_back(base + Str(outlet, "sitemap"));
    targets.push_back(std::move(target));
  }
  return targets;
}

Status WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return out.flush() ? Status() : Status::IoError(path + ": cannot write");
}

void Step(const std::string& what) { std::cout << "\n== " << what << '\n' << std::flush; }

class DemoCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("--site", site_, "The demo network to serve (default: the corpus/demo of this build)")
        ->capture_default_str();
    app.add_option("--keep-serving", keep_serving_,
                   "Keep serving the network for this many seconds at the end (to browse or crawl it by hand)");
  }

  int Run(const GlobalOptions& global) override {
    auto started = std::chrono::steady_clock::now();
    Result<json> facts = ReadFacts(site_);
    if (!facts.ok()) return ReportFailure(facts.status());
    const std::string data = global.data_dir + "/demo";
    std::error_code error;
    std::filesystem::remove_all(data, error);
    std::filesystem::create_directories(ReportsDir(data), error);
    if (error) return ReportFailure(Status::IoError(data + ": cannot create: " + error.message()));

    DemoServer server(DemoServerOptions{site_, 0, true});
    Result<int> port = server.Start();
    if (!port.ok()) return ReportFailure(port.status());
    const std::string base = "http://127.0.0.1:" + std::to_string(port.value());
    std::cout << "dxnews demo: serving the invented news network of " << site_ << " on " << base << '\n'
              << "data directory: " << data << " (emptied first)\n";

    // Outlet names for the reports: these sites are not in the source registry.
    std::string names;
    for (const json& outlet : facts.value()["outlets"]) {
      names += Str(outlet, "id") + "\t" + Str(outlet, "name") + "\n";
    }
    Status status = WriteFile(OutletNamesPath(data), names);
    if (!status.ok()) return ReportFailure(status);

    Result<std::unique_ptr<store::ArticleStore>> store = OpenStore(data, /*create=*/true);
    if (!store.ok()) return ReportFailure(store.status());
    Step("crawl: robots.txt, feeds, sitemaps and listings of " + std::to_string(facts.value()["outlets"].size()) +
         " outlets, paced by the site's Crawl-delay");
    status = Crawl(*store.value(), Targets(facts.value(), base), global.quiet);
    if (!status.ok()) return ReportFailure(status);
    Step("analyse and cluster reprints");
    status = ProcessNewArticles(*store.value(), global.quiet, /*analyze=*/true);
    if (!status.ok()) return ReportFailure(status);
    Step("index");
    status = Index(*store.value(), data);
    if (!status.ok()) return ReportFailure(status);

    Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
    if (!mapper.ok()) return ReportFailure(mapper.status());
    Result<std::unique_ptr<index::Searcher>> searcher = index::Searcher::Open(IndexPath(data), mapper.value());
    if (!searcher.ok()) return ReportFailure(searcher.status());
    for (const char* query : kQueries) {
      Step(std::string("dxnews search '") + query + "' (top 3)");
      index::SearchOptions options;
      options.limit = 3;
      Result<index::SearchResults> results = searcher.value()->Search(query, options);
      if (!results.ok()) return ReportFailure(results.status());
      std::cout << FormatResultsText(results.value(), 0, isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
    }

    Result<ReportModels> models = ReportModels::Load(data);
    if (!models.ok()) return ReportFailure(models.status());
    std::string week = facts.value().contains("top_story") ? Str(facts.value()["top_story"], "week") : "";
    if (week.empty()) week = report::IsoWeekLabel(report::LastCompleteWeek(VietnamToday()).first);
    Result<report::Period> period = report::ParseIsoWeek(week);
    if (!period.ok()) return ReportFailure(period.status());
    Result<report::Digest> digest = DigestFromStore(*store.value(), models.value(), period.value(), {}, "", nullptr);
    if (!digest.ok()) return ReportFailure(digest.status());
    const std::string html = ReportsDir(data) + "/digest-" + week + ".html";
    const std::string md = ReportsDir(data) + "/digest-" + week + ".md";
    status = WriteFile(html, report::DigestToHtml(digest.value()));
    if (status.ok()) status = WriteFile(md, report::DigestToMarkdown(digest.value()));
    if (!status.ok()) return ReportFailure(status);

    Result<std::optional<std::pair<analyzer::CivilDate, analyzer::CivilDate>>> span = searcher.value()->DateSpan();
    if (!span.ok() || !span.value()) return ReportFailure(Status::IoError("the demo index has no dated articles"));
    index::SearchOptions all;
    all.collapse_clusters = false;
    Result<report::TrendTable> trends = TrendsFromIndex(*searcher.value(), kTrendSeries,
                                                        {span.value()->first, span.value()->second},
                                                        report::Bucketing::kWeek, all, /*share=*/false);
    if (!trends.ok()) return ReportFailure(trends.status());
    const std::string svg = ReportsDir(data) + "/trends.svg";
    status = WriteFile(svg, report::TrendsToSvg(trends.value(), "Số bài theo tuần"));
    if (!status.ok()) return ReportFailure(status);

    Step("weekly digest " + report::PeriodLabel(period.value()));
    const report::Digest& d = digest.value();
    std::cout << d.articles.current << " articles from " << d.outlets.current << " outlets in " << d.provinces.current
              << " provinces";
    if (!d.top_stories.empty()) {
      std::cout << "; top story (" << d.top_stories[0].outlets << " outlets): " << d.top_stories[0].title;
    }
    std::cout << '\n' << report::TrendsToText(trends.value());
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.1f", seconds);
    std::cout << "\nDone in " << elapsed << " s. Open:\n"
              << "  " << html << "   (the weekly digest; also " << md << ")\n"
              << "  " << svg << "   (articles per week)\n"
              << "Explore the demo data: dxnews --data-dir " << data << " search 'tổ công nghệ số cộng đồng'\n"
              << "                       dxnews --data-dir " << data << " officials --limit 5\n"
              << "Crawl the real sources instead (needs the network):\n"
              << "  dxnews sources list && dxnews crawl --source bao-ha-tinh --max-pages 50 && dxnews index && "
                 "dxnews digest\n";
    if (keep_serving_ > 0) {
      std::cout << "serving " << base << "/ for " << keep_serving_ << " s\n" << std::flush;
      std::this_thread::sleep_for(std::chrono::seconds(keep_serving_));
    }
    return kExitOk;
  }

 private:
  Status Crawl(store::ArticleStore& store, const std::vector<crawler::CrawlTarget>& targets, bool quiet) const {
    crawler::CrawlOptions options;
    options.http.allow_private = true;  // our own server on 127.0.0.1
    options.pacing.delay = std::chrono::milliseconds(0);  // robots.txt's Crawl-delay still applies
    SystemClock clock;
    StoreCrawlLedger ledger(store, clock, std::nullopt);
    CrawlConsoleProgress progress(quiet);
    crawler::CrawlSession session(options, ledger, clock, &progress);
    Result<crawler::CrawlStats> stats = session.Run(targets);
    progress.Finish();
    if (!stats.ok()) return stats.status();
    std::cout << FormatCrawlSummary(stats.value(), targets.size(), progress.Seconds()) << '\n';
    return Status();
  }

  static Status Index(const store::ArticleStore& store, const std::string& data) {
    Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
    if (!mapper.ok()) return mapper.status();
    Result<analyzer::ArticleAnalyzer> analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
    if (!analyzer.ok()) return analyzer.status();
    Result<OutletNames> outlets = OutletNames::Load(data);
    if (!outlets.ok()) return outlets.status();
    Result<std::unique_ptr<index::IndexWriter>> writer = index::IndexWriter::Open(IndexPath(data));
    if (!writer.ok()) return writer.status();
    IndexPipelineOptions options;
    options.outlets = &outlets.value();
    IndexProgress progress;
    Status status = RunIndexPipeline(store, *writer.value(), mapper.value(), analyzer.value(), options, {}, &progress);
    if (status.ok()) std::cout << "indexed " << progress.indexed << " articles\n";
    return status;
  }

  std::string site_ = DXNEWS_DEMO_SITE;
  int keep_serving_ = 0;
};

}  // namespace

std::unique_ptr<Command> MakeDemoCommand() { return std::make_unique<DemoCommand>(); }

}  // namespace dxnews::cli
