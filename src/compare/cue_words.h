// Internal to concord_names and concord_compare.
//
// The speech and attribution verbs: quote extraction reads them as cues,
// and the name finder does not open a name with one ("Added Gibbs: ...").
#ifndef CONCORD_SRC_COMPARE_CUE_WORDS_H_
#define CONCORD_SRC_COMPARE_CUE_WORDS_H_

#include <string_view>

namespace concord::compare::internal {

// True when `lower` is a speech or attribution verb ("said", "told",
// "tweeted", "according").
bool IsCueWord(std::string_view lower);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_CUE_WORDS_H_
