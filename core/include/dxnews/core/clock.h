// Clock: where code that paces or timestamps gets the time, so tests can substitute a clock they
// advance by hand instead of sleeping (ninja passes time_millis in for the same reason).
#ifndef DXNEWS_CORE_CLOCK_H_
#define DXNEWS_CORE_CLOCK_H_

#include <chrono>
#include <cstdint>

namespace dxnews {

/// The two times a component may need: a monotonic one for intervals and the calendar time for
/// records. Implementations must be safe to call from the thread that owns the user.
class Clock {
 public:
  virtual ~Clock() = default;
  /// Monotonic time, for delays and deadlines.
  virtual std::chrono::steady_clock::time_point Now() const = 0;
  /// UTC seconds since the Unix epoch, for timestamps that are stored.
  virtual std::int64_t UnixSeconds() const = 0;
};

/// The real clocks: std::chrono::steady_clock and std::chrono::system_clock.
class SystemClock : public Clock {
 public:
  std::chrono::steady_clock::time_point Now() const override { return std::chrono::steady_clock::now(); }
  std::int64_t UnixSeconds() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace dxnews

#endif  // DXNEWS_CORE_CLOCK_H_
