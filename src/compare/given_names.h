// Given names that say a person's gender, for pronoun resolution: "she
// said" is not Barack Obama, "he said" is not Stephanie Cutter.
#ifndef CONCORD_SRC_COMPARE_GIVEN_NAMES_H_
#define CONCORD_SRC_COMPARE_GIVEN_NAMES_H_

#include <string_view>

namespace concord::compare::internal {

// 'f' or 'm' when `lower` (a lower-case first word of a person's name) is a
// given name used almost only for one gender in English-language news,
// else 0. Names given to both (Jordan, Taylor, Kim, Jean, Chris, Dana...)
// say nothing; so do Joan (a man's name in Catalan) and Jerry (Jerry Hall).
// A listed name can still be the other gender's (Nikki Sixx, Karen
// Karapetyan): the pronoun then cannot go to that person.
char GivenNameGender(std::string_view lower);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_GIVEN_NAMES_H_
