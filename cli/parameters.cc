// --params FILE and --set name=value: expert overrides of the default
// method's parameters; the method names for help and checks.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
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

Status ReadParameterFile(const std::string& path,
                         std::vector<std::pair<std::string, double>>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ParseParameterFile(contents.str(), path, out);
}

std::string ParametersHelp() {
  std::ostringstream help;
  help << "Expert: override a parameter of the default method, name=value "
          "(repeatable). Parameters and defaults:";
  for (const auto& [name, value] : DefaultParameterNames()) help << " " << name << "=" << value;
  return help.str();
}

}  // namespace

Status ParseParameterFile(std::string_view contents, const std::string& path,
                          std::vector<std::pair<std::string, double>>& out) {
  std::istringstream in{std::string(contents)};
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    const std::string text = Trim(line.substr(0, line.find('#')));
    if (text.empty()) continue;
    const size_t equals = text.find('=');
    const std::string name = equals == std::string::npos ? "" : Trim(text.substr(0, equals));
    const std::string value = equals == std::string::npos ? "" : Trim(text.substr(equals + 1));
    if (name.empty() || value.empty()) {
      return Status::ParseError(where + "'" + Shown(text) + "' is not name = value");
    }
    char* end = nullptr;
    const double parsed = std::strtod(value.c_str(), &end);
    if (end != value.c_str() + value.size() || !std::isfinite(parsed)) {
      return Status::ParseError(where + "'" + Shown(value) + "' is not a finite number");
    }
    out.emplace_back(name, parsed);
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
