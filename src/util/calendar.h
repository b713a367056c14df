// Month words, for the places that read dates in text: the grouper's date
// features (group/features.cc) and the cleaner's datelines
// (clean/dateline.cc).
#ifndef CONCORD_UTIL_CALENDAR_H_
#define CONCORD_UTIL_CALENDAR_H_

#include <array>
#include <cstddef>
#include <string_view>

namespace concord::util {

inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// The month (0 to 11) a lower-case word names, its full name or its wire
// abbreviation with or without a period ("jan", "jan.", "sept."), or -1.
inline int MonthOf(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  if (lower.size() < 3) return -1;
  for (size_t m = 0; m < kMonthNames.size(); ++m) {
    const std::string_view name = kMonthNames[m];
    if (lower == name || (lower.size() <= 4 && name.substr(0, lower.size()) == lower &&
                          (lower.size() == 3 || lower == "sept"))) {
      return static_cast<int>(m);
    }
  }
  return -1;
}

}  // namespace concord::util

#endif  // CONCORD_UTIL_CALENDAR_H_
