// A slow, plainly correct ROUGE-1.5.5: the script's subroutines transcribed
// one for one over strings (readText, readText_LCS, createNGram,
// createSkipBigram, ngramScore, lcs, lcs_inner, markLCS, the -f A/B
// bookkeeping), with full LCS tables and std::map counts. Tests compare
// concord::eval::RougeScorer with it on generated inputs. Never linked into
// the library.
#ifndef CONCORD_TESTS_TESTING_NAIVE_ROUGE_H_
#define CONCORD_TESTS_TESTING_NAIVE_ROUGE_H_

#include <map>
#include <string>
#include <vector>

#include "concord/rouge.h"

namespace concord::testing {

// Measure name -> score, for the measures RougeMeasureNames(options) lists.
// REQUIRES: options valid for RougeScorer::Create; references not empty.
std::map<std::string, eval::RougeScore> NaiveRouge(
    const eval::RougeOptions& options, const eval::RougeData& data,
    const std::vector<std::string>& system_lines,
    const std::vector<std::vector<std::string>>& references);

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_NAIVE_ROUGE_H_
