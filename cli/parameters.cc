// --set name=value: expert overrides of the default method's parameters;
// the method names for help and checks.
#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "cli/commands.h"
#include "concord/summarize.h"

namespace concord::cli {

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
    if (value.empty() || end == nullptr || *end != '\0') {
      return Status::InvalidArgument("'" + item + "': the value is not a number");
    }
    out.emplace_back(item.substr(0, equals), number);
  }
  return Status::Ok();
}

std::string ParametersHelp() {
  std::ostringstream help;
  help << "Expert: override a parameter of the default method, name=value "
          "(repeatable). Parameters and defaults:";
  for (const auto& [name, value] : DefaultParameterNames()) help << " " << name << "=" << value;
  return help.str();
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
