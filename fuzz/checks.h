// Fuzz checks: one function per libFuzzer target, each in its own file
// (fuzz/<name>_check.cc). A check takes arbitrary bytes, drives one entry
// point of concord and checks its documented invariants, not only that
// nothing crashes. It returns "" when they hold, otherwise what broke.
//
// The same functions run in three places: the libFuzzer binaries
// (fuzz/fuzz_main.cc, built by clang with -DCONCORD_FUZZ=ON, see
// docs/fuzzing.md) and, in the normal build, tests/fuzz/fuzz_seeds_test.cc
// (every seed scripts/fuzz-corpus writes) and
// tests/fuzz/fuzz_regressions_test.cc (every saved input of
// tests/fuzz/regressions/<name>/).
#ifndef CONCORD_FUZZ_CHECKS_H_
#define CONCORD_FUZZ_CHECKS_H_

#include <string>
#include <string_view>
#include <vector>

namespace concord::fuzz {

using Check = std::string (*)(std::string_view data);

struct Target {
  const char* name;  // the binary is fuzz_<name>; regressions/<name>/
  Check check;
};

// Every target, in the order scripts/fuzz runs them.
const std::vector<Target>& Targets();

std::string CheckUtf8(std::string_view data);        // repair + Normalize
std::string CheckSentences(std::string_view data);   // SplitSentences
std::string CheckTokenizer(std::string_view data);   // Tokenizer
std::string CheckTextReader(std::string_view data);  // ParseTextArticle
std::string CheckJsonLines(std::string_view data);   // ParseJsonLines
std::string CheckRougeText(std::string_view data);   // ROUGE's text pipeline
std::string CheckParams(std::string_view data);      // --params files
std::string CheckClean(std::string_view data);       // FindNoise
std::string CheckSummarize(std::string_view data);   // Summarize a story
std::string CheckCli(std::string_view data);         // argv of `concord`
std::string CheckExtract(std::string_view data);     // ExtractPage, Gunzip
std::string CheckRequest(std::string_view data);     // a body of concord serve

}  // namespace concord::fuzz

#endif  // CONCORD_FUZZ_CHECKS_H_
