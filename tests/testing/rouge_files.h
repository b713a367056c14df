// Reading the plain-text files that the ROUGE tests score: one summary
// sentence per line, and the ref.* files of a ../shared/data/rouge-vectors
// case folder.
//
// Usage:
//   std::vector<std::string> system = ReadLines(dir + "/system.txt");
//   Result<RougeScores> s = scorer.Score(system, ReadReferences(dir));
//
// Thread-safety: plain functions; a failed read is a gtest EXPECT failure of
// the calling test (and gives no lines).
#ifndef CONCORD_TESTS_TESTING_ROUGE_FILES_H_
#define CONCORD_TESTS_TESTING_ROUGE_FILES_H_

#include <string>
#include <vector>

namespace concord::testing {

// The lines of the file at `path`, split on '\n' only (the ROUGE script's
// chomp: a '\r' stays); no trailing empty line. Fails the current test when
// the file cannot be read.
std::vector<std::string> ReadLines(const std::string& path);

// The lines of every file named ref.* in `case_dir`, in file-name order.
std::vector<std::vector<std::string>> ReadReferences(const std::string& case_dir);

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_ROUGE_FILES_H_
