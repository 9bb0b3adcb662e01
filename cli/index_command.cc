// `dxnews index` (incremental: only articles new or changed since the last run) and
// `dxnews reindex` (a new index built from the whole store beside the old one, then swapped in).
// The store is the record; the index can always be rebuilt from it.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "index_pipeline.h"
#include "progress_meter.h"

namespace dxnews::cli {
namespace {

std::string Rate(std::int64_t count, double seconds) {
  char text[64];
  std::snprintf(text, sizeof text, "%.1f s, %.0f articles/s", seconds, seconds > 0 ? count / seconds : 0.0);
  return text;
}

class IndexCommand : public Command {
 public:
  explicit IndexCommand(bool rebuild) : rebuild_(rebuild) {}

  void AddOptions(CLI::App& app) override {
    app.add_option("--batch-size", options_.batch_size, "Articles per commit")->capture_default_str()->check(CLI::PositiveNumber);
    app.add_option("--threads", options_.threads, "Analysis threads")->capture_default_str()->check(CLI::Range(1, 64));
  }

  int Run(const GlobalOptions& global) override {
    auto start = std::chrono::steady_clock::now();
    const std::string store_path = StorePath(global.data_dir);
    if (!std::filesystem::exists(store_path)) {
      PrintError(store_path + ": no article store (run 'dxnews import' or 'dxnews crawl' first)");
      return kExitFailure;
    }
    Result<std::unique_ptr<store::ArticleStore>> store = store::ArticleStore::Open(store_path);
    if (!store.ok()) return ReportFailure(store.status());
    Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
    if (!mapper.ok()) return ReportFailure(mapper.status());
    Result<analyzer::ArticleAnalyzer> analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
    if (!analyzer.ok()) return ReportFailure(analyzer.status());
    Result<OutletNames> outlets = OutletNames::Load(global.data_dir);
    if (!outlets.ok()) return ReportFailure(outlets.status());
    options_.outlets = &outlets.value();

    const std::string index_path = IndexPath(global.data_dir);
    const std::string target = rebuild_ ? index_path + ".new" : index_path;
    std::error_code error;
    if (rebuild_) std::filesystem::remove_all(target, error);  // left by an interrupted reindex
    IndexProgress progress;
    Status status;
    {
      Result<std::unique_ptr<index::IndexWriter>> writer = index::IndexWriter::Open(target);
      if (!writer.ok()) return ReportFailure(writer.status());
      // A rebuild knows how many articles it will write; an incremental run does not.
      std::optional<std::int64_t> total;
      if (rebuild_) {
        Result<std::int64_t> count = store.value()->Count();
        if (count.ok()) total = count.value();
      }
      ProgressMeter meter(rebuild_ ? "reindex" : "index", "articles", total, ProgressStyle::Detect(global.quiet));
      auto report = [&](const IndexProgress& p) { meter.Advance(p.indexed - meter.done()); };
      status = RunIndexPipeline(*store.value(), *writer.value(), mapper.value(), analyzer.value(), options_, report,
                                &progress);
      meter.Finish();
    }
    if (!status.ok()) return ReportFailure(status);
    if (rebuild_) {
      // One compacted copy instead of the many commits of the build: smaller and faster to read.
      const std::string compacted = index_path + ".compact";
      std::filesystem::remove_all(compacted, error);
      status = index::CompactIndex(target, compacted);
      if (status.ok()) status = SwapIn(compacted, index_path);
      std::filesystem::remove_all(target, error);
      if (!status.ok()) return ReportFailure(status);
    }
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::cout << (rebuild_ ? "reindexed " : "indexed ") << progress.indexed << " articles in " << progress.batches
              << " batches (" << Rate(progress.indexed, elapsed.count()) << "); store seq " << progress.store_seq
              << '\n';
    return kExitOk;
  }

 private:
  // Replaces `live` with `built`: the old index is moved aside first, so a crash in between
  // leaves either index in place ('dxnews index' then recreates or continues it).
  static Status SwapIn(const std::string& built, const std::string& live) {
    std::error_code error;
    const std::string old = live + ".old";
    std::filesystem::remove_all(old, error);
    if (std::filesystem::exists(live)) std::filesystem::rename(live, old, error);
    if (!error) std::filesystem::rename(built, live, error);
    if (error) return Status::IoError(live + ": cannot replace the index: " + error.message());
    std::filesystem::remove_all(old, error);
    return Status();
  }

  bool rebuild_;
  IndexPipelineOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeIndexCommand() { return std::make_unique<IndexCommand>(false); }
std::unique_ptr<Command> MakeReindexCommand() { return std::make_unique<IndexCommand>(true); }

}  // namespace dxnews::cli
