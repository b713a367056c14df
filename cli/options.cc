// Strict whole-number options and UTF-8-safe text (see options.h).
#include "cli/options.h"

#include <charconv>
#include <iostream>

#include "concord/text.h"

namespace concord::cli {

CLI::Validator WholeNumber(long long min, long long max) {
  const std::string range = std::to_string(min) + " to " + std::to_string(max);
  auto check = [min, max, range](std::string& value) -> std::string {
    const std::string fail =
        "must be a whole number from " + range + " (got '" + ValidUtf8(value) + "')";
    const size_t digits = value.size() > 0 && value[0] == '-' && min < 0 ? 1 : 0;
    if (value.size() == digits ||
        value.find_first_not_of("0123456789", digits) != std::string::npos) {
      return fail;
    }
    long long number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size() || number < min ||
        number > max) {
      return fail;
    }
    return {};
  };
  return CLI::Validator(check, "INT in [" + range + "]");
}

int BadInput(std::string_view command, const std::string& message) {
  std::cerr << "concord " << command << ": " << message << "\n";
  return 2;
}

std::string ValidUtf8(std::string_view text) {
  if (text::IsValidUtf8(text)) return std::string(text);
  return text::RepairUtf8(text).text;
}

}  // namespace concord::cli
