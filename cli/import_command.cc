// `dxnews import PATH... [--no-analyze]`: loads local HTML pages, plain-text articles,
// directories of them and WARC archives into the article store (<data dir>/dxnews.sqlite), then
// analyses the stored articles that lack a current analysis. Idempotent: importing the same files
// again reports them unchanged and analyses nothing.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "article_import.h"
#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/store/article_store.h"
#include "input_file.h"
#include "progress_meter.h"
#include "store_analysis.h"
#include "vietnam_time.h"
#include "warc_reader.h"

namespace dxnews::cli {
namespace {

constexpr int kItemsPerTransaction = 500;

struct ImportCounts {
  std::int64_t inserted = 0, updated = 0, unchanged = 0, errors = 0;
  std::int64_t items() const { return inserted + updated + unchanged + errors; }
};

std::int64_t ModificationTime(const std::string& path) {
  std::error_code error;
  auto written = std::filesystem::last_write_time(path, error);
  if (error) return 0;
  auto system = std::chrono::time_point_cast<std::chrono::seconds>(
      written - std::filesystem::file_time_type::clock::now() + std::chrono::system_clock::now());
  return system.time_since_epoch().count();
}

class Importer {
 public:
  Importer(store::ArticleStore* store, bool quiet)
      : store_(store), progress_("import", "items", std::nullopt, ProgressStyle::Detect(quiet)) {}

  /// Imports one file; file problems are reported and counted, store failures returned.
  Status ImportFile(const std::string& path) {
    if (ImportKindOf(path) == ImportKind::kWarc) return ImportWarc(path);
    Result<std::string> bytes = ReadInputBytes(path);
    if (!bytes.ok()) return CountError(bytes.status());
    Result<store::StoredArticle> article = ImportKindOf(path) == ImportKind::kHtml
                                               ? ArticleFromHtml(bytes.value(), "", "", path)
                                               : ArticleFromPlainText(bytes.value(), path);
    if (!article.ok()) return CountError(article.status());
    article.value().fetched_at = ModificationTime(path);
    return Store(article.value());
  }

  Status Finish() {
    progress_.Finish();
    return transaction_ ? Commit() : Status();
  }
  Status CountError(const Status& error) {
    PrintError(error.message());
    ++counts_.errors;
    return AfterItem();
  }
  const ImportCounts& counts() const { return counts_; }

 private:
  Status ImportWarc(const std::string& path) {
    Status status = ReadWarcFile(path, [&](const WarcRecord& record) -> Status {
      if (record.type != "response") return Status();
      HttpResponse response;
      std::string name = path + " (" + record.target_uri + ")";
      Status parsed = ParseHttpResponse(record.block, &response);
      if (!parsed.ok()) return CountError(parsed.WithContext(name));
      bool html = response.content_type.empty() || response.content_type.find("html") != std::string::npos;
      if (response.status != 200 || !html) return Status();  // redirects, errors, images: not articles
      Result<store::StoredArticle> article =
          ArticleFromHtml(response.body, record.target_uri, response.content_type, name);
      if (!article.ok()) return CountError(article.status());
      article.value().fetched_at = ParseTime(record.date).value_or(ModificationTime(path));
      return Store(article.value());
    });
    if (status.code() == Status::Code::kInvalidInput) return CountError(status);
    return status;
  }

  Status Store(const store::StoredArticle& article) {
    if (!transaction_) {
      Result<store::Transaction> begun = store::Transaction::Begin(*store_);
      if (!begun.ok()) return begun.status();
      transaction_.emplace(std::move(begun).value());
    }
    Result<store::UpsertOutcome> outcome = store_->Upsert(article);
    if (!outcome.ok()) return outcome.status();
    switch (outcome.value().kind) {
      case store::UpsertOutcome::Kind::kInserted: ++counts_.inserted; break;
      case store::UpsertOutcome::Kind::kUpdated: ++counts_.updated; break;
      case store::UpsertOutcome::Kind::kUnchanged: ++counts_.unchanged; break;
    }
    if (++in_transaction_ >= kItemsPerTransaction) {
      Status status = Commit();
      if (!status.ok()) return status;
    }
    return AfterItem();
  }

  Status Commit() {
    Status status = transaction_->Commit();
    transaction_.reset();
    in_transaction_ = 0;
    return status;
  }

  Status AfterItem() {
    progress_.SetDetail(std::to_string(counts_.inserted) + " new, " + std::to_string(counts_.errors) + " errors");
    progress_.Advance();
    return Status();
  }

  store::ArticleStore* store_;
  ProgressMeter progress_;
  std::optional<store::Transaction> transaction_;
  int in_transaction_ = 0;
  ImportCounts counts_;
};

std::string Summary(const ImportCounts& c, double seconds) {
  char elapsed[32];
  std::snprintf(elapsed, sizeof elapsed, "%.1f", seconds);
  return "imported " + std::to_string(c.inserted) + " new, " + std::to_string(c.updated) + " updated, " +
         std::to_string(c.unchanged) + " unchanged, " + std::to_string(c.errors) + " errors (" + elapsed + " s)";
}

class ImportCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("paths", paths_, "Files (.txt, .html, .htm, .warc, .warc.gz) and directories to import")
        ->required();
    app.add_flag("--no-analyze", no_analyze_,
                 "Only store the articles; 'dxnews reanalyze' analyses them later");
  }

  int Run(const GlobalOptions& global) override {
    auto start = std::chrono::steady_clock::now();
    Result<std::unique_ptr<store::ArticleStore>> store = OpenStore(global.data_dir, /*create=*/true);
    if (!store.ok()) return ReportFailure(store.status());

    Importer importer(store.value().get(), global.quiet);
    Status status;
    for (size_t p = 0; p < paths_.size() && status.ok(); ++p) {  // in command-line order
      std::vector<Status> path_errors;
      std::vector<std::string> files = CollectImportFiles({paths_[p]}, &path_errors);
      for (const Status& path_error : path_errors) (void)importer.CountError(path_error);
      for (size_t i = 0; i < files.size() && status.ok(); ++i) status = importer.ImportFile(files[i]);
    }
    if (status.ok()) status = importer.Finish();
    if (!status.ok()) return ReportFailure(status);

    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::cout << Summary(importer.counts(), elapsed.count()) << '\n';
    status = ProcessNewArticles(*store.value(), global.quiet, !no_analyze_);
    if (!status.ok()) return ReportFailure(status);
    return importer.counts().errors > 0 ? kExitFailure : kExitOk;
  }

 private:
  std::vector<std::string> paths_;
  bool no_analyze_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeImportCommand() { return std::make_unique<ImportCommand>(); }

}  // namespace dxnews::cli
