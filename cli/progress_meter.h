// ProgressMeter: the one progress display of long commands (crawl, import, index, reindex,
// reanalyze). On a terminal it redraws one line on stderr with a bar (when the total is known),
// the count, the rate and the ETA; when stderr is not a terminal it prints a plain line every
// `plain_every` items; with --quiet it prints nothing. NO_COLOR (any value) or TERM=dumb turns
// off the ANSI styling of the terminal line.
#ifndef DXNEWS_CLI_PROGRESS_METER_H_
#define DXNEWS_CLI_PROGRESS_METER_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

namespace dxnews::cli {

/// How the meter writes; Detect() reads the environment and whether stderr is a terminal.
struct ProgressStyle {
  enum class Mode { kQuiet, kTerminal, kPlain };
  Mode mode = Mode::kPlain;
  bool color = false;
  std::int64_t plain_every = 1000;  ///< kPlain: one line per this many items

  static ProgressStyle Detect(bool quiet);
};

class ProgressMeter {
 public:
  using Clock = std::chrono::steady_clock;

  /// `label` names the work ("import", "index"); `unit` the items ("articles", "pages").
  /// `total` is known for bounded work (a bar and an ETA are shown), nullopt otherwise.
  ProgressMeter(std::string label, std::string unit, std::optional<std::int64_t> total, ProgressStyle style,
                std::FILE* out = stderr);
  ~ProgressMeter();
  ProgressMeter(const ProgressMeter&) = delete;
  ProgressMeter& operator=(const ProgressMeter&) = delete;

  /// Sets a short free text shown after the counters ("queued 120, errors 3").
  void SetDetail(std::string detail);
  /// Sets the total once it becomes known (or changes, as a crawl frontier grows).
  void SetTotal(std::optional<std::int64_t> total);
  /// Counts `n` more items done and redraws at most ~10 times a second.
  void Advance(std::int64_t n = 1);
  /// Clears the terminal line (so that a summary can be printed); idempotent.
  void Finish();

  std::int64_t done() const { return done_; }
  /// Items per second since the start; 0 before any time has passed.
  double Rate() const;

 private:
  void Draw(bool force);
  std::string Line() const;

  std::string label_, unit_, detail_;
  std::optional<std::int64_t> total_;
  ProgressStyle style_;
  std::FILE* out_;
  std::int64_t done_ = 0;
  std::int64_t next_plain_ = 0;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  bool drawn_ = false;
  bool finished_ = false;
};

/// "1:02:03" or "4:05" for a duration in seconds.
std::string FormatDuration(double seconds);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_PROGRESS_METER_H_
