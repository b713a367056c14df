// Seeing what FindNoise's removals leave of a text, for the tests of
// src/clean: the removals applied, and whitespace collapsed so that an
// expected string does not depend on line breaks.
//
// Usage:
//   const std::string text = "...";
//   EXPECT_EQ(CollapseSpaces(ApplyRemovals(text, clean::FindNoise(text))), "...");
//
// Thread-safety: pure functions of their arguments.
#ifndef CONCORD_TESTS_TESTING_REMOVALS_H_
#define CONCORD_TESTS_TESTING_REMOVALS_H_

#include <string>
#include <string_view>
#include <vector>

#include "concord/clean.h"

namespace concord::testing {

// `text` with each removal cut out: an inline one (a hovercard) becomes one
// space, any other a paragraph break ("\n\n").
// REQUIRES: `removals` sorted, non-overlapping and within `text` (what
// FindNoise returns).
std::string ApplyRemovals(std::string_view text, const std::vector<clean::Removal>& removals);

// `text` with every run of spaces, tabs, '\r' and '\n' made one space and
// leading whitespace dropped (trailing whitespace stays as one space).
std::string CollapseSpaces(std::string_view text);

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_REMOVALS_H_
