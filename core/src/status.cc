#include "dxnews/core/status.h"

namespace dxnews {
namespace {

const char* CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk:
      return "OK";
    case Status::Code::kNotFound:
      return "not found";
    case Status::Code::kInvalidInput:
      return "invalid input";
    case Status::Code::kIoError:
      return "I/O error";
    case Status::Code::kNetworkError:
      return "network error";
    case Status::Code::kUnavailable:
      return "unavailable";
  }
  return "unknown";
}

}  // namespace

Status Status::WithContext(const std::string& context) const {
  if (ok()) return *this;
  return Status(code_, context + ": " + message_);
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(CodeName(code_)) + ": " + message_;
}

}  // namespace dxnews
