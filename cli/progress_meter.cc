#include "progress_meter.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace dxnews::cli {
namespace {

constexpr int kBarWidth = 24;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

std::string FormatRate(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, rate >= 100 ? "%.0f" : "%.1f", rate);
  return buffer;
}

}  // namespace

ProgressStyle ProgressStyle::Detect(bool quiet) {
  ProgressStyle style;
  if (quiet) {
    style.mode = Mode::kQuiet;
    return style;
  }
  const char* term = std::getenv("TERM");
  bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
  style.mode = isatty(STDERR_FILENO) && !dumb ? Mode::kTerminal : Mode::kPlain;
  style.color = style.mode == Mode::kTerminal && std::getenv("NO_COLOR") == nullptr;
  return style;
}

std::string FormatDuration(double seconds) {
  long total = seconds > 0 ? std::lround(seconds) : 0;
  long hours = total / 3600, minutes = total / 60 % 60, secs = total % 60;
  char buffer[32];
  if (hours > 0) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", hours, minutes, secs);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", minutes, secs);
  }
  return buffer;
}

ProgressMeter::ProgressMeter(std::string label, std::string unit, std::optional<std::int64_t> total,
                             ProgressStyle style, std::FILE* out)
    : label_(std::move(label)),
      unit_(std::move(unit)),
      total_(total),
      style_(style),
      out_(out),
      next_plain_(style.plain_every > 0 ? style.plain_every : 1000),
      start_(Clock::now()),
      last_draw_(start_) {}

ProgressMeter::~ProgressMeter() { Finish(); }

void ProgressMeter::SetDetail(std::string detail) { detail_ = std::move(detail); }

void ProgressMeter::SetTotal(std::optional<std::int64_t> total) { total_ = total; }

double ProgressMeter::Rate() const {
  double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  return elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
}

void ProgressMeter::Advance(std::int64_t n) {
  done_ += n;
  if (style_.mode == ProgressStyle::Mode::kPlain) {
    if (done_ >= next_plain_) {
      std::fprintf(out_, "%s\n", Line().c_str());
      std::fflush(out_);
      while (next_plain_ <= done_) next_plain_ += style_.plain_every > 0 ? style_.plain_every : 1000;
    }
    return;
  }
  Draw(false);
}

std::string ProgressMeter::Line() const {
  std::string line = label_ + ": ";
  double rate = Rate();
  if (total_ && *total_ > 0) {
    double fraction = std::min(1.0, static_cast<double>(done_) / static_cast<double>(*total_));
    if (style_.mode == ProgressStyle::Mode::kTerminal) {
      int filled = static_cast<int>(fraction * kBarWidth);
      line += "[" + std::string(filled, '#') + std::string(kBarWidth - filled, ' ') + "] ";
    }
    char percent[16];
    std::snprintf(percent, sizeof percent, " (%d%%)", static_cast<int>(fraction * 100));
    line += std::to_string(done_) + "/" + std::to_string(*total_) + " " + unit_ + percent;
    line += ", " + FormatRate(rate) + "/s";
    if (rate > 0 && done_ < *total_) {
      line += ", ETA " + FormatDuration(static_cast<double>(*total_ - done_) / rate);
    }
  } else {
    line += std::to_string(done_) + " " + unit_ + ", " + FormatRate(rate) + "/s";
  }
  if (!detail_.empty()) line += ", " + detail_;
  return line;
}

void ProgressMeter::Draw(bool force) {
  if (style_.mode != ProgressStyle::Mode::kTerminal || finished_) return;
  Clock::time_point now = Clock::now();
  if (!force && drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  drawn_ = true;
  std::string line = Line();
  if (style_.color) {
    std::fprintf(out_, "\r\033[K\033[1m%s\033[0m", line.c_str());
  } else {
    std::fprintf(out_, "\r%s   ", line.c_str());
  }
  std::fflush(out_);
}

void ProgressMeter::Finish() {
  if (finished_) return;
  finished_ = true;
  if (style_.mode == ProgressStyle::Mode::kTerminal && drawn_) {
    if (style_.color) {
      std::fprintf(out_, "\r\033[K");
    } else {
      std::string blank(Line().size() + 3, ' ');
      std::fprintf(out_, "\r%s\r", blank.c_str());
    }
    std::fflush(out_);
  }
}

}  // namespace dxnews::cli
