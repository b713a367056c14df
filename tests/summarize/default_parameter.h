// The default value of one parameter of the default method, as
// DefaultParameterNames() lists it, for the tests of switches.
#ifndef CONCORD_TESTS_SUMMARIZE_DEFAULT_PARAMETER_H_
#define CONCORD_TESTS_SUMMARIZE_DEFAULT_PARAMETER_H_

#include <optional>
#include <string_view>

#include "concord/summarize.h"

namespace concord::testing {

// The default of parameter `name`, or nothing when it is not listed.
inline std::optional<double> DefaultParameter(std::string_view name) {
  for (const auto& [listed, value] : DefaultParameterNames()) {
    if (listed == name) return value;
  }
  return std::nullopt;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_SUMMARIZE_DEFAULT_PARAMETER_H_
