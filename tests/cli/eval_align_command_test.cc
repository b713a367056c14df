// `concord eval --task align`: compare's alignment scored against ECB+
// pairs, end to end on a folder written here (two documents of one
// sub-topic), and its bad inputs.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.h"

namespace concord::testing {
namespace {

// An ECB+ document of one sentence whose word `event` (a token index) is a
// mention of the cross-document event `chain`.
std::string OneSentenceEcb(const std::string& sentence, size_t event, const std::string& chain) {
  std::string xml = "<Document doc_name=\"d\" doc_id=\"1\">\n";
  size_t t_id = 0;
  for (size_t from = 0; from <= sentence.size();) {
    size_t to = sentence.find(' ', from);
    if (to == std::string::npos) to = sentence.size();
    ++t_id;
    xml += "<token t_id=\"" + std::to_string(t_id) + "\" sentence=\"0\" number=\"" +
           std::to_string(t_id - 1) + "\">" + sentence.substr(from, to - from) + "</token>\n";
    from = to + 1;
  }
  return xml + "<Markables>\n<ACTION_OCCURRENCE m_id=\"1\">\n<token_anchor t_id=\"" +
         std::to_string(event + 1) +
         "\"/>\n</ACTION_OCCURRENCE>\n</Markables>\n<Relations>\n<CROSS_DOC_COREF r_id=\"1\" "
         "note=\"" +
         chain +
         "\">\n<source m_id=\"1\" />\n</CROSS_DOC_COREF>\n</Relations>\n"
         "</Document>\n";
}

TEST(EvalAlignCommand, ScoresTheSameEventInTwoDocuments) {
  TempDir dir;
  dir.Write("4/4_1ecb.xml",
            OneSentenceEcb("Rescuers pulled three miners from the flooded Harbor mine on Tuesday .",
                           1, "ACT4"));
  dir.Write("4/4_2ecb.xml",
            OneSentenceEcb("Three miners were pulled from the flooded Harbor mine on Tuesday .", 3,
                           "ACT4"));
  CliResult result = RunConcord("eval --task align --data " + dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("| all | 0.23 | 1 | 2 | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |"),
            std::string::npos)
      << result.out;
  result = RunConcord("eval --task align --topics odd --data " + dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("| odd | 0.23 | 0 | 0 | 0 |"), std::string::npos) << result.out;
}

TEST(EvalAlignCommand, BadInputIsOneLineAndExitTwo) {
  TempDir dir;
  dir.Write("4/4_1ecb.xml", "<Document>\n<token sentence=\"0\">a</token>\n</Document>\n");
  CliResult result = RunConcord("eval --task align --data " + dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("4_1ecb.xml:2: a token without"), std::string::npos) << result.err;
  // XML that is not well formed: libxml2's message, on the one line.
  dir.Write("4/4_1ecb.xml", "<Document>\n<token t_id=\"1\" sentence=\"0\">a</b>\n</Document>\n");
  result = RunConcord("eval --task align --data " + dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("4_1ecb.xml:2: "), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
  result = RunConcord("eval --task align --data " + dir.Path("missing"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("missing"), std::string::npos) << result.err;
  result = RunConcord("eval --task align --match-threshold 0 --data " + dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--match-threshold"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace concord::testing
