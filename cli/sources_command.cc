// `dxnews sources list|show|check`: the news sources dxnews crawls (corpus/sources.toml, built in,
// or --registry FILE): list them, show every field of one, or check that their robots.txt, feeds
// and sitemaps answer.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/province_registry.h"
#include "dxnews/crawler/source_check.h"
#include "source_catalog.h"
#include "source_report.h"

namespace dxnews::cli {
namespace {

class SourcesCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.require_subcommand(1, 1);
    list_ = app.add_subcommand("list", "One line per source: id, name, province (old -> new), kind");
    list_->add_option("--province", province_, "Only sources of this province (old or new; id or name, any accents)");
    show_ = app.add_subcommand("show", "Every field of one source");
    show_->add_option("id", show_id_, "Source id, e.g. bao-ha-tinh")->required();
    check_ = app.add_subcommand("check", "Fetch robots.txt, feeds and sitemaps of sources and report what answers");
    check_->add_option("ids", check_ids_, "Source ids (default: every source)");
    check_->add_option("--province", province_, "Only sources of this province");
    check_->add_option("--timeout", timeout_seconds_, "Seconds allowed per URL (connecting: at most 5)")
        ->check(CLI::Range(1, 300))
        ->capture_default_str();
    check_->add_flag("--allow-private", allow_private_,
                     "Allow loopback and private addresses (testing against a local server)");
    for (CLI::App* sub : {list_, show_, check_}) {
      sub->add_option("--registry", registry_path_, "Read sources from this TOML file instead of the built-in list");
      sub->add_flag("--json", json_, "JSON output (format in doc/manual.md)");
    }
  }

  int Run(const GlobalOptions&) override {
    Result<analyzer::ProvinceRegistry> provinces = analyzer::ProvinceRegistry::LoadBuiltin();
    if (!provinces.ok()) return ReportFailure(provinces.status());
    Result<crawler::SourceRegistry> registry = LoadSourceRegistry(registry_path_, provinces.value());
    if (!registry.ok()) return ReportFailure(registry.status());
    provinces_ = &provinces.value();
    registry_ = &registry.value();
    if (list_->parsed()) return List();
    if (show_->parsed()) return Show();
    return Check();
  }

 private:
  std::vector<const crawler::SourceConfig*> Filtered() const {
    std::vector<const crawler::SourceConfig*> out;
    for (const crawler::SourceConfig& source : registry_->sources()) {
      if (province_.empty() || InProvince(source, province_, *provinces_)) out.push_back(&source);
    }
    return out;
  }

  int List() const {
    std::vector<const crawler::SourceConfig*> sources = Filtered();
    if (json_) {
      std::cout << SourcesJson(sources, *provinces_) << '\n';
    } else {
      for (const crawler::SourceConfig* source : sources) std::cout << SourceListLine(*source, *provinces_) << '\n';
    }
    return kExitOk;
  }

  int UnknownId(const std::string& id) const {
    std::string message = "unknown source id '" + id + "'";
    std::vector<std::string> close = SuggestSourceIds(*registry_, id);
    for (std::size_t i = 0; i < close.size(); ++i) message += (i == 0 ? "; did you mean " : " or ") + close[i];
    if (close.empty()) message += " (dxnews sources list shows them all)";
    PrintError(message);
    return kExitUsage;
  }

  int Show() const {
    const crawler::SourceConfig* source = registry_->FindById(show_id_);
    if (source == nullptr) return UnknownId(show_id_);
    std::cout << (json_ ? SourceJson(*source, *provinces_, 2) + '\n' : SourceDetails(*source, *provinces_));
    return kExitOk;
  }

  int Check() const {
    std::vector<const crawler::SourceConfig*> sources;
    for (const std::string& id : check_ids_) {
      const crawler::SourceConfig* source = registry_->FindById(id);
      if (source == nullptr) return UnknownId(id);
      sources.push_back(source);
    }
    if (check_ids_.empty()) sources = Filtered();
    crawler::SourceCheckOptions options;
    options.http.allow_private = allow_private_;
    options.http.total_timeout = std::chrono::seconds(timeout_seconds_);
    if (options.http.connect_timeout > options.http.total_timeout) options.http.connect_timeout = options.http.total_timeout;
    auto start = std::chrono::steady_clock::now();
    Result<std::vector<crawler::SourceCheck>> checks = crawler::CheckSources(sources, options);
    if (!checks.ok()) return ReportFailure(checks.status());
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (json_) {
      std::cout << ChecksJson(checks.value()) << '\n';
    } else {
      for (const crawler::SourceCheck& check : checks.value()) std::cout << CheckReport(check);
      char seconds[32];
      std::snprintf(seconds, sizeof seconds, " (%.1f s)", elapsed.count());
      std::cout << CheckSummary(checks.value()) << seconds << '\n';
    }
    for (const crawler::SourceCheck& check : checks.value()) {
      if (check.AnyAnswered()) return kExitOk;
    }
    if (!sources.empty()) PrintError("sources check: no source answered (offline?)");
    return sources.empty() ? kExitOk : kExitFailure;
  }

  CLI::App* list_ = nullptr;
  CLI::App* show_ = nullptr;
  CLI::App* check_ = nullptr;
  std::string registry_path_;
  std::string province_;
  std::string show_id_;
  std::vector<std::string> check_ids_;
  int timeout_seconds_ = 15;
  bool allow_private_ = false;
  bool json_ = false;
  const analyzer::ProvinceRegistry* provinces_ = nullptr;
  const crawler::SourceRegistry* registry_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> MakeSourcesCommand() { return std::make_unique<SourcesCommand>(); }

}  // namespace dxnews::cli
