// Given names that say a person's gender, for pronoun resolution: "she
// said" is not Barack Obama, "he said" is not Stephanie Cutter.
#pragma once

#include <string_view>

namespace concord::compare::internal {

// 'f' or 'm' when `lower` (a lower-case first word of a person's name) is a
// given name used almost only for one gender in English-language news,
// else 0. Names given to both (Jordan, Taylor, Kim, Jean, Chris, Dana...)
// say nothing.
char GivenNameGender(std::string_view lower);

}  // namespace concord::compare::internal
