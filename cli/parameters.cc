// --params FILE and --set name=value: expert overrides of the default
// method's parameters; the method names for help and checks.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "cli/commands.h"
#include "concord/io.h"
#include "concord/summarize.h"

namespace concord::cli {
namespace {

// Parses repeated "--set name=value" into (name, value) pairs; fails
// naming a malformed item.
Status ParseParameters(const std::vector<std::string>& items,
                       std::vector<std::pair<std::string, double>>& out) {
  for (const std::string& item : items) {
    const size_t equals = item.find('=');
    if (equals == std::string::npos || equals == 0) {
      return Status::InvalidArgument("'" + item + "' is not name=value");
    }
    const std::string value = item.substr(equals + 1);
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(number)) {
      return Status::InvalidArgument("'" + item + "': the value is not a finite number");
    }
    out.emplace_back(item.substr(0, equals), number);
  }
  return Status::Ok();
}

std::string Trim(const std::string& text) {
  const size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

// Text of a bad line as shown in an error: at most 40 bytes, anything but
// printable ASCII as '?', so a binary file cannot garble the terminal.
std::string Shown(const std::string& text) {
  std::string out;
  for (char c : text.substr(0, 40)) out += c >= 0x20 && c < 0x7F ? c : '?';
  return text.size() > 40 ? out + "..." : out;
}

// A params file is small; anything bigger is not one.
constexpr size_t kMaxParamsBytes = size_t{1} << 20;

// Through the one file reader: a regular file of at most 1 MiB.
Status ReadParameterFile(const std::string& path,
                         std::vector<std::pair<std::string, double>>& out) {
  Result<std::string> bytes = io::ReadFile(path, kMaxParamsBytes);
  if (!bytes.ok()) return bytes.status();
  return ParseParameterFile(bytes.value(), path, out);
}

std::string ParametersHelp() {
  std::ostringstream help;
  help << "Expert: override a parameter of the default method, name=value "
          "(repeatable). Parameters and defaults:";
  for (const auto& [name, value] : DefaultParameterNames()) help << " " << name << "=" << value;
  return help.str();
}

}  // namespace

// Reads "name = value" lines. An empty file, one without any parameter, one
// whose last line has no newline, or one that `concord train` wrote (its
// first line) without the end line train writes last, is cut off or not a
// params file: an error rather than a silent fall-back to the defaults.
Status ParseParameterFile(std::string_view contents, const std::string& path,
                          std::vector<std::pair<std::string, double>>& out) {
  const std::string text(contents);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::ParseError(path + ": empty file, no parameters");
  }
  const size_t before = out.size();
  size_t number = 0;
  std::string last_comment;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (const std::string trimmed = Trim(line); !trimmed.empty() && trimmed[0] == '#') {
      last_comment = trimmed;
    }
    const std::string item = Trim(line.substr(0, line.find('#')));
    if (item.empty()) continue;
    const size_t equals = item.find('=');
    const std::string name = equals == std::string::npos ? "" : Trim(item.substr(0, equals));
    const std::string value = equals == std::string::npos ? "" : Trim(item.substr(equals + 1));
    if (name.empty() || value.empty()) {
      return Status::ParseError(where + "'" + Shown(item) + "' is not name = value");
    }
    char* end_of_number = nullptr;
    const double parsed = std::strtod(value.c_str(), &end_of_number);
    if (end_of_number != value.c_str() + value.size() || !std::isfinite(parsed)) {
      return Status::ParseError(where + "'" + Shown(value) + "' is not a finite number");
    }
    out.emplace_back(name, parsed);
  }
  if (text.back() != '\n') {
    return Status::ParseError(path + ": the last line has no newline (truncated file?)");
  }
  if (out.size() == before) {
    return Status::ParseError(path + ": no 'name = value' line (empty or truncated file?)");
  }
  if (text.rfind(kTrainHeader, 0) == 0 && last_comment != kTrainEnd) {
    return Status::ParseError(path + ": written by concord train but its last line '" +
                              std::string(kTrainEnd) + "' is missing (truncated file?)");
  }
  return Status::Ok();
}

void AddParameterOptions(CLI::App* cmd, ParameterFlags* flags) {
  cmd->add_option("--params", flags->file,
                  "Expert: a file of name = value lines (what `concord train` writes); "
                  "--set overrides it");
  cmd->add_option("--set", flags->set, ParametersHelp());
}

Status CollectParameters(const ParameterFlags& flags,
                         std::vector<std::pair<std::string, double>>& out) {
  if (!flags.file.empty()) {
    if (Status s = ReadParameterFile(flags.file, out); !s.ok()) {
      return Status::InvalidArgument("--params: " + s.message());
    }
  }
  if (Status s = ParseParameters(flags.set, out); !s.ok()) {
    return Status::InvalidArgument("--set: " + s.message());
  }
  return Status::Ok();
}

void AddThreadsOption(CLI::App* cmd, int* threads) {
  cmd->add_option("--threads,-j", *threads, "Threads to run on (default: every core)")
      ->capture_default_str()
      ->check([](const std::string& value) {
        char* end = nullptr;
        const long n = std::strtol(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || n <= 0 || n > 4096) {
          return "must be a number of threads from 1 to 4096 (got '" + value + "')";
        }
        return std::string();
      });
}

std::string MethodList() {
  std::string names;
  for (const std::string& name : MethodNames()) names += (names.empty() ? "" : ", ") + name;
  return names;
}

bool IsMethod(const std::string& name) {
  const std::vector<std::string>& known = MethodNames();
  return std::find(known.begin(), known.end(), name) != known.end();
}

}  // namespace concord::cli
