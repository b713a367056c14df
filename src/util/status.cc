#include "concord/status.h"

namespace concord {

std::string Status::ToString() const {
  switch (code_) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "invalid argument: " + message_;
    case StatusCode::kNotFound: return "not found: " + message_;
    case StatusCode::kIoError: return "I/O error: " + message_;
    case StatusCode::kParseError: return "parse error: " + message_;
    case StatusCode::kEmpty: return "empty input: " + message_;
    case StatusCode::kDeadlineExceeded: return "deadline exceeded: " + message_;
  }
  return message_;
}

bool DeadlinePassed(const std::optional<std::chrono::steady_clock::time_point>& deadline) {
  return deadline && std::chrono::steady_clock::now() >= *deadline;
}

Status CheckDeadline(const std::optional<std::chrono::steady_clock::time_point>& deadline,
                     std::string_view stage) {
  if (!DeadlinePassed(deadline)) return Status::Ok();
  return Status::DeadlineExceeded("the request ran past its time limit (before " +
                                  std::string(stage) + ")");
}

}  // namespace concord
