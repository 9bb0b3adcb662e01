// `dxnews crawl [--source ID]... [--url HOME]... [--max-pages N] [--since DATE] [--delay S]
// [--allow-private]`: crawls registry sources and/or sites given by their home page into the
// article store (<data dir>/dxnews.sqlite), under an exclusive lock on the data directory.
// Safe to run from cron: a second instance refuses to start, feeds and sitemaps are re-polled with
// conditional GETs, and article pages already fetched are not fetched again.
#include <CLI/CLI.hpp>

#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "crawl_progress.h"
#include "data_dir_lock.h"
#include "data_files.h"
#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/province_registry.h"
#include "dxnews/core/clock.h"
#include "dxnews/crawler/crawl_session.h"
#include "dxnews/crawler/source_registry.h"
#include "dxnews/crawler/url.h"
#include "progress_meter.h"
#include "store_analysis.h"
#include "source_catalog.h"
#include "store_crawl_ledger.h"

namespace dxnews::cli {
namespace {

// Set by the first SIGINT/SIGTERM: the crawl stops starting requests, records what is in flight,
// commits and exits 130. SA_RESETHAND makes a second signal kill the process at once.
std::atomic<bool> stop_requested{false};

void RequestStop(int) { stop_requested.store(true); }

void InstallStopHandlers() {
  struct sigaction action {};
  action.sa_handler = RequestStop;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}
constexpr std::int64_t kVietnamOffsetSeconds = 7 * 3600;

Result<crawler::SourceRegistry> LoadBuiltinSources() {
  Result<analyzer::ProvinceRegistry> provinces = analyzer::ProvinceRegistry::LoadBuiltin();
  if (!provinces.ok()) return provinces.status();
  return LoadSourceRegistry("", provinces.value());
}

class CrawlCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("--source", sources_, "Crawl this registry source (repeatable; default: all sources)");
    app.add_option("--url", urls_, "Crawl the site with this home page, discovering its feeds, sitemaps and articles "
                                   "(repeatable)");
    app.add_option("--max-pages", max_pages_, "Article and listing pages fetched per site in this run")
        ->check(CLI::PositiveNumber);
    app.add_option("--since", since_, "Skip articles published before DATE (YYYY-MM-DD, Vietnam time)");
    app.add_option("--delay", delay_, "Seconds between requests to one host (never below robots.txt Crawl-delay)")
        ->check(CLI::NonNegativeNumber);
    app.add_flag("--no-analyze", no_analyze_,
                 "Only store the articles; 'dxnews reanalyze' analyses them later (reprints are still clustered)");
    app.add_flag("--allow-private", allow_private_,
                 "Allow loopback and private addresses (local test servers); refused by default");
  }

  int Run(const GlobalOptions& global) override {
    InstallStopHandlers();  // first thing, so that an early Ctrl-C still ends in a clean exit 130
    crawler::CrawlOptions options;
    options.http.allow_private = allow_private_;
    options.pacing.delay = std::chrono::milliseconds(static_cast<std::int64_t>(delay_ * 1000.0 + 0.5));
    options.max_pages = max_pages_;
    options.stop = &stop_requested;
    if (!since_.empty()) {
      std::optional<analyzer::CivilDate> day = analyzer::ParseCivilDate(since_);
      if (!day) return ReportFailure(Status::InvalidInput("--since: '" + since_ + "' is not a date (use YYYY-MM-DD)"));
      options.since = static_cast<std::int64_t>(analyzer::DaysSinceEpoch(*day)) * 86400 - kVietnamOffsetSeconds;
    }
    Result<std::vector<crawler::CrawlTarget>> targets = Targets();
    if (!targets.ok()) return ReportFailure(targets.status());

    std::error_code error;
    std::filesystem::create_directories(global.data_dir, error);
    if (error) return ReportFailure(Status::IoError(global.data_dir + ": cannot create directory: " + error.message()));
    Result<DataDirLock> lock = DataDirLock::Acquire(CrawlLockPath(global.data_dir));
    if (!lock.ok()) return ReportFailure(lock.status());
    Result<std::unique_ptr<store::ArticleStore>> store = OpenStore(global.data_dir, /*create=*/true);
    if (!store.ok()) return ReportFailure(store.status());

    SystemClock clock;
    StoreCrawlLedger ledger(*store.value(), clock, options.since);
    CrawlConsoleProgress progress(global.quiet);
    crawler::CrawlSession session(options, ledger, clock, &progress);
    Result<crawler::CrawlStats> stats = session.Run(targets.value());
    progress.Finish();
    if (!stats.ok()) return ReportFailure(stats.status());
    std::cout << FormatCrawlSummary(stats.value(), targets.value().size(), progress.Seconds()) << '\n';
    const crawler::CrawlStats& s = stats.value();
    if (!s.interrupted) {
      Status processed = ProcessNewArticles(*store.value(), global.quiet, !no_analyze_);
      if (!processed.ok()) return ReportFailure(processed);
    }
    if (s.interrupted) {
      PrintError("crawl interrupted; unfetched articles stay pending for the next run");
      return kExitInterrupted;
    }
    const bool nothing_worked = s.fetched + s.robots_refused > 0 && s.errors == s.fetched + s.robots_refused;
    return nothing_worked ? kExitFailure : kExitOk;
  }

 private:
  Result<std::vector<crawler::CrawlTarget>> Targets() const {
    std::optional<crawler::SourceRegistry> registry;
    Result<crawler::SourceRegistry> loaded = LoadBuiltinSources();
    if (!loaded.ok()) return loaded.status().WithContext("source registry");
    registry.emplace(std::move(loaded).value());
    std::vector<crawler::CrawlTarget> targets;
    for (const std::string& id : sources_) {
      const crawler::SourceConfig* source = registry->FindById(id);
      if (source == nullptr) return Status::InvalidInput("--source: unknown source '" + id + "' (see corpus/sources.toml)");
      targets.push_back(crawler::TargetFromSource(*source));
    }
    for (const std::string& url : urls_) {
      Result<crawler::CrawlTarget> target = crawler::TargetFromHomeUrl(url);
      if (!target.ok()) return Status::InvalidInput("--url: " + target.status().message());
      // A registry site given by URL keeps its source id, province, hosts and patterns.
      if (const crawler::SourceConfig* source = registry->FindByHost(target.value().hosts.front())) {
        std::string home = target.value().home;
        target.value() = crawler::TargetFromSource(*source);
        target.value().home = home;
      }
      targets.push_back(std::move(target).value());
    }
    if (sources_.empty() && urls_.empty()) {
      for (const crawler::SourceConfig& source : registry->sources()) targets.push_back(crawler::TargetFromSource(source));
    }
    return targets;
  }

  std::vector<std::string> sources_;
  std::vector<std::string> urls_;
  std::size_t max_pages_ = 1000;
  std::string since_;
  double delay_ = 1.0;
  bool allow_private_ = false;
  bool no_analyze_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeCrawlCommand() { return std::make_unique<CrawlCommand>(); }

}  // namespace dxnews::cli
