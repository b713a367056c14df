// Status and Result<T>: how every concord function reports failure.
//
// The library never prints, exits, aborts or throws on user input (the rule
// of simdjson and leveldb). A function that can fail returns a Status, or a
// Result<T> that holds either a value or a non-OK Status. The message names
// what the user can fix: the file, the line, the field or the option.
//
//   concord::Result<std::vector<concord::Cluster>> r = concord::io::ReadPath(p);
//   if (!r.ok()) { std::cerr << r.status().ToString() << "\n"; return 2; }
//   for (const auto& cluster : r.value()) { ... }
//
// Thread safety: values; copies may be used from any thread.
#ifndef CONCORD_STATUS_H_
#define CONCORD_STATUS_H_

#include <cassert>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace concord {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a bad option or value given by the caller
  kNotFound,         // a path that does not exist
  kIoError,          // a file that exists but cannot be read or written
  kParseError,       // malformed input: JSON, binary data, bad fields
  kEmpty,            // input that holds nothing to work on
  // Work stopped because it ran past its time limit (api::Deadline).
  kDeadlineExceeded,
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status ParseError(std::string message) {
    return Status(StatusCode::kParseError, std::move(message));
  }
  static Status Empty(std::string message) {
    return Status(StatusCode::kEmpty, std::move(message));
  }
  static Status DeadlineExceeded(std::string message) {
    return Status(StatusCode::kDeadlineExceeded, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid argument: --words must be positive" or "OK".
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A time limit of some work (api::Deadline, SummarizeOptions::deadline):
// DeadlineExceeded "the request ran past its time limit (before <stage>)"
// when `deadline` has passed, else Ok (also without a limit).
Status CheckDeadline(const std::optional<std::chrono::steady_clock::time_point>& deadline,
                     std::string_view stage);
// Whether `deadline` is set and has passed (CheckDeadline's test, for a
// loop that stops without a Status of its own).
bool DeadlinePassed(const std::optional<std::chrono::steady_clock::time_point>& deadline);

// Either a T or a non-OK Status.
// REQUIRES: value() only when ok(); a Result is never built from an OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
    if (status_.ok()) status_ = Status::InvalidArgument("Result built from OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace concord

#endif  // CONCORD_STATUS_H_
