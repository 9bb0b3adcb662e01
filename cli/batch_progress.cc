#include "batch_progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <utility>

namespace dxnews::cli {
namespace {

constexpr std::int64_t kItemsPerPlainLine = 1000;

}  // namespace

std::string FormatDuration(double seconds) {
  auto s = static_cast<std::int64_t>(seconds < 0 ? 0 : seconds);
  char text[48];
  if (s < 60) {
    std::snprintf(text, sizeof text, "%lld s", static_cast<long long>(s));
  } else if (s < 3600) {
    std::snprintf(text, sizeof text, "%lld min %02lld s", static_cast<long long>(s / 60),
                  static_cast<long long>(s % 60));
  } else {
    std::snprintf(text, sizeof text, "%lld h %02lld min", static_cast<long long>(s / 3600),
                  static_cast<long long>(s % 3600 / 60));
  }
  return text;
}

std::string FormatBatchProgress(std::int64_t done, std::int64_t total, const std::string& unit,
                                double elapsed_seconds) {
  std::string line = std::to_string(done) + "/" + std::to_string(total) + " " + unit;
  if (done <= 0 || elapsed_seconds <= 0) return line;
  double rate = static_cast<double>(done) / elapsed_seconds;
  char text[32];
  std::snprintf(text, sizeof text, ", %.1f/s", rate);
  line += text;
  if (done < total) line += ", " + FormatDuration(static_cast<double>(total - done) / rate) + " left";
  return line;
}

BatchProgressPrinter::BatchProgressPrinter(std::ostream& out, std::string job, std::string unit,
                                           bool terminal, bool quiet)
    : out_(out),
      job_(std::move(job)),
      unit_(std::move(unit)),
      terminal_(terminal),
      quiet_(quiet),
      start_(std::chrono::steady_clock::now()) {}

BatchProgressPrinter BatchProgressPrinter::ForStderr(std::string job, std::string unit, bool quiet) {
  return BatchProgressPrinter(std::cerr, std::move(job), std::move(unit), isatty(STDERR_FILENO) == 1, quiet);
}

void BatchProgressPrinter::Update(std::int64_t done, std::int64_t total) {
  bool crossed = done / kItemsPerPlainLine > last_done_ / kItemsPerPlainLine;
  last_done_ = done;
  last_total_ = total;
  if (quiet_ || (!terminal_ && !crossed)) return;
  Print(done, total);
}

void BatchProgressPrinter::Finish() {
  if (quiet_ || printed_done_ < 0) return;  // nothing shown, nothing to end
  if (terminal_) {
    out_ << '\n';
  } else if (printed_done_ != last_done_) {
    Print(last_done_, last_total_);
  }
  out_.flush();
}

void BatchProgressPrinter::Print(std::int64_t done, std::int64_t total) {
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  std::string line = "dxnews: " + job_ + ": " + FormatBatchProgress(done, total, unit_, elapsed.count());
  if (terminal_) {
    out_ << '\r' << line << "\x1b[K" << std::flush;
  } else {
    out_ << line << '\n';
  }
  printed_done_ = done;
}

}  // namespace dxnews::cli
