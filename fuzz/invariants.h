// Invariants shared by the fuzz checks (fuzz/checks.h). Each returns "" when
// it holds, otherwise a short description of the first violation.
#ifndef CONCORD_FUZZ_INVARIANTS_H_
#define CONCORD_FUZZ_INVARIANTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord::fuzz {

// Spans non-empty, inside [0, size), in order and not overlapping.
std::string SpansOrdered(const std::vector<text::ByteSpan>& spans, size_t size);

// The normalised text has no leading or trailing whitespace, no control
// byte but '\n', no two spaces in a row and no three line breaks.
std::string NormalizedShape(std::string_view text);

// The offset map: text.size() + 1 entries, never decreasing, inside the
// original.
std::string OffsetMapValid(const text::Normalized& normalized, size_t original_size);

// True for the whitespace bytes Normalize may write (' ', '\n').
inline bool IsNormalizedSpace(char c) { return c == ' ' || c == '\n'; }

// "" when `a` is empty, else `what` + ": " + a: names the failing step.
std::string Where(std::string_view what, const std::string& a);

// The bytes of `data` shown for a message (at most 60, escaped).
std::string Shown(std::string_view data);

}  // namespace concord::fuzz

#endif  // CONCORD_FUZZ_INVARIANTS_H_
