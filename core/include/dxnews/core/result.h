// Result<T>: a value or a non-OK Status; the C++17 stand-in for std::expected.
#ifndef DXNEWS_CORE_RESULT_H_
#define DXNEWS_CORE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "dxnews/core/status.h"

namespace dxnews {

/// Holds either a T (ok() is true) or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  /// REQUIRES: !status.ok()
  Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  /// REQUIRES: ok()
  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dxnews

#endif  // DXNEWS_CORE_RESULT_H_
