// Part of target summarize (fuzz/passages_check.cc): the passages of a
// fuzzed summary as the writers print them, and compare's report of the
// same story.
#ifndef CONCORD_FUZZ_PASSAGES_H_
#define CONCORD_FUZZ_PASSAGES_H_

#include <string>

#include "concord/article.h"
#include "concord/summarize.h"

namespace concord::fuzz {

// "" when the invariants hold for `summary` of `cluster`, else what broke.
std::string CheckPassages(const Cluster& cluster, const Summary& summary);

}  // namespace concord::fuzz

#endif  // CONCORD_FUZZ_PASSAGES_H_
