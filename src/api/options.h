// Inside the API (not installed): the options object of a request read
// option by option with the command line's names and messages, and the
// commands that Run dispatches to.
//
//   OptionReader reader("summarize", request);
//   reader.Count("words", 1, kMaxBudget, &settings.words);
//   reader.Text("method", &settings.method);
//   if (Status s = reader.Finish(); !s.ok()) return s;  // first error, or unknown option
//
// Thread safety: plain values.
#ifndef CONCORD_API_OPTIONS_H_
#define CONCORD_API_OPTIONS_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "concord/api.h"
#include "concord/status.h"

namespace concord::api::internal {

// The largest budget (--words, --bytes, --sentences), as on the command line.
inline constexpr long long kMaxBudget = 1'000'000'000;

class OptionReader {
 public:
  // `request["options"]`, when present, must be an object.
  OptionReader(std::string command, const nlohmann::json& request);

  // Each reads one option when given; a value of the wrong type or range
  // records the first error (named "--<name>: ...").
  void Count(const std::string& name, long long min, long long max, std::optional<size_t>* out);
  void Number(const std::string& name, double* out);
  void Flag(const std::string& name, bool* out);
  void Text(const std::string& name, std::string* out);
  // {"name": number, ...} (the --set overrides).
  void Parameters(const std::string& name, std::vector<std::pair<std::string, double>>* out);

  // The first error recorded, else InvalidArgument for the first option
  // that no call above read, else Ok.
  Status Finish() const;

 private:
  const nlohmann::json* Find(const std::string& name);
  void Fail(std::string message);

  std::string command_;
  const nlohmann::json* options_ = nullptr;
  std::vector<std::string> known_;
  std::string error_;
};

Result<std::string> RunSummarize(const nlohmann::json& request, const Deadline& deadline);
// "compare" or "quotes".
Result<std::string> RunCompare(const std::string& command, const nlohmann::json& request,
                               const Deadline& deadline);
Result<std::string> RunExtract(const nlohmann::json& request);
Result<std::string> RunSplit(const nlohmann::json& request);

}  // namespace concord::api::internal

#endif  // CONCORD_API_OPTIONS_H_
