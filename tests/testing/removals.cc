// Applying FindNoise's removals in tests (see removals.h).
#include "testing/removals.h"

namespace concord::testing {

std::string ApplyRemovals(std::string_view text, const std::vector<clean::Removal>& removals) {
  std::string joined;
  size_t pos = 0;
  for (const clean::Removal& r : removals) {
    joined.append(text.substr(pos, r.start - pos));
    joined.append(r.inline_span ? " " : "\n\n");
    pos = r.end;
  }
  joined.append(text.substr(pos));
  return joined;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  return out;
}

}  // namespace concord::testing
