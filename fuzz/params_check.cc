// Target params: the --params file parser (cli/parameters.cc) and --set
// items, then the library's CheckOptions over what they give. A failure
// names the file (or the option); a success gives non-empty names without
// '=' (from a file also trimmed, without '#') and finite values, at most one
// per line.
#include <algorithm>
#include <cmath>

#include "cli/commands.h"
#include "concord/summarize.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

// `trimmed`: names come from a file line (--set takes a name as written).
std::string CheckPairs(const std::vector<std::pair<std::string, double>>& pairs, bool trimmed) {
  for (const auto& [name, value] : pairs) {
    if (name.empty() || name.find('=') != std::string::npos ||
        (trimmed && (name.find('#') != std::string::npos || name.front() == ' ' ||
                     name.back() == ' ' || name.back() == '\t'))) {
      return "bad name '" + Shown(name) + "'";
    }
    if (!std::isfinite(value)) return "value of '" + Shown(name) + "' is not finite";
  }
  SummarizeOptions options;
  options.parameters = pairs;
  const Status status = CheckOptions(options);  // any status, never a crash
  if (!status.ok() && status.message().empty()) return "a failure without a message";
  return "";
}

}  // namespace

std::string CheckParams(std::string_view data) {
  std::vector<std::pair<std::string, double>> pairs;
  const Status file = cli::ParseParameterFile(data, "fuzz.params", pairs);
  if (!file.ok()) {
    if (file.message().rfind("fuzz.params:", 0) != 0) return "message: " + file.message();
  } else {
    const size_t lines = static_cast<size_t>(std::count(data.begin(), data.end(), '\n')) + 1;
    if (pairs.size() > lines) return "more parameters than lines";
    if (std::string e = CheckPairs(pairs, true); !e.empty()) return Where("--params", e);
  }
  cli::ParameterFlags flags;
  for (size_t start = 0; start <= data.size();) {
    size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    flags.set.emplace_back(data.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::pair<std::string, double>> set;
  const Status collected = cli::CollectParameters(flags, set);
  if (!collected.ok()) {
    if (collected.message().rfind("--set: ", 0) != 0) return "message: " + collected.message();
    return "";
  }
  return Where("--set", CheckPairs(set, false));
}

}  // namespace concord::fuzz
