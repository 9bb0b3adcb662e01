// Status: the single error type of dxnews. Expected failures (bad input, missing files, network
// errors, locked databases) are returned as values, never thrown across component boundaries.
#ifndef DXNEWS_CORE_STATUS_H_
#define DXNEWS_CORE_STATUS_H_

#include <string>
#include <utility>

namespace dxnews {

/// The outcome of an operation: OK, or a code plus a message that says what failed and where.
class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kIoError, kNetworkError, kUnavailable };

  /// An OK status; costs nothing.
  Status() = default;

  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status NetworkError(std::string msg) { return Status(Code::kNetworkError, std::move(msg)); }
  /// A retryable failure (a locked database, HTTP 503).
  static Status Unavailable(std::string msg) { return Status(Code::kUnavailable, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  /// Returns a copy whose message is "<context>: <message>"; OK stays OK.
  Status WithContext(const std::string& context) const;

  /// "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace dxnews

#endif  // DXNEWS_CORE_STATUS_H_
