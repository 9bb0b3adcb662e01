// Progress of a long batch job over a known number of items (`dxnews reanalyze`, the analysis
// after `dxnews import`): a pure formatter of count, rate and time left, and a printer that
// overprints one status line on a terminal and writes a plain line per 1,000 items otherwise.
#ifndef DXNEWS_CLI_BATCH_PROGRESS_H_
#define DXNEWS_CLI_BATCH_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace dxnews::cli {

/// "1200/35000 articles, 850.0/s, 39 s left": `done` of `total` `unit`s after `elapsed_seconds`.
/// The rate and the time left are left out until something is done and time has passed.
std::string FormatBatchProgress(std::int64_t done, std::int64_t total, const std::string& unit,
                                double elapsed_seconds);

/// "42 s", "3 min 05 s", "1 h 02 min" (rounded down to the second).
std::string FormatDuration(double seconds);

/// Prints FormatBatchProgress lines prefixed "dxnews: <job>: " to `out`. On a terminal each
/// Update overprints the line ("\r" + clear to end of line); otherwise a line is written each
/// time `done` passes a multiple of 1,000, and at the end. Quiet: prints nothing.
class BatchProgressPrinter {
 public:
  BatchProgressPrinter(std::ostream& out, std::string job, std::string unit, bool terminal, bool quiet);
  /// For stderr: terminal when stderr is one.
  static BatchProgressPrinter ForStderr(std::string job, std::string unit, bool quiet);

  void Update(std::int64_t done, std::int64_t total);
  /// Ends the overprinted line (terminal), or prints the last count if it was not printed.
  void Finish();

 private:
  void Print(std::int64_t done, std::int64_t total);

  std::ostream& out_;
  std::string job_;
  std::string unit_;
  bool terminal_;
  bool quiet_;
  std::chrono::steady_clock::time_point start_;
  std::int64_t last_done_ = 0;
  std::int64_t last_total_ = 0;
  std::int64_t printed_done_ = -1;
};

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_BATCH_PROGRESS_H_
