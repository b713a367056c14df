// Options every command shares, end to end: whole numbers are checked
// strictly (issue 14.5), usage errors name the command (14.9), and option
// combinations that would be silently ignored are refused (14.9).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// Runs `concord <args>` and expects exit code 2, a message that names
// `option`, and nothing on standard output.
void ExpectRejected(const std::string& args, const std::string& option) {
  const CliResult r = RunConcord(args);
  EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.out << r.err;
  EXPECT_NE(r.err.find(option), std::string::npos) << args << ": " << r.err;
  EXPECT_TRUE(r.out.empty()) << args << ": " << r.out;
}

TEST(CliOptions, BudgetsMustBePlainPositiveWholeNumbers) {
  for (const std::string value :
       {"-1", "0", "99999999999999999999", "0x10", "''", "1e3", "+5", "' 5'", "5.0", "ten"}) {
    ExpectRejected("summarize " + kExample + " --words " + value, "--words");
  }
  ExpectRejected("summarize " + kExample + " --sentences -1", "--sentences");
  ExpectRejected("summarize " + kExample + " --bytes -1", "--bytes");
  ExpectRejected("summarize " + kExample + " -w -1", "--words");
}

TEST(CliOptions, TheMessageSaysWhatIsAllowed) {
  const CliResult r = RunConcord("summarize " + kExample + " --words 0x10");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("concord summarize: --words: must be a whole number from 1 to"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("'0x10'"), std::string::npos) << r.err;
}

TEST(CliOptions, ValidBudgetsStillWork) {
  const CliResult r = RunConcord("summarize " + kExample + " --words 40");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(r.out.empty());
}

TEST(CliOptions, EvalTrainAndRougeCheckTheirNumbersTheSameWay) {
  // The checks run while parsing, before any file is read.
  ExpectRejected("eval --data missing.jsonl --words -1", "--words");
  ExpectRejected("eval --data missing.jsonl -j -1", "--threads");
  ExpectRejected("eval --data missing.jsonl --limit -2", "--limit");
  ExpectRejected("train --data missing.jsonl --threads 99999999999", "--threads");
  ExpectRejected("rouge a b --threads -3", "--threads");
  ExpectRejected("rouge a b -n -1", "-n");
  ExpectRejected("rouge a b -l 0x10", "-l");
  ExpectRejected("extract page.html -j 1.5", "--threads");
}

TEST(CliOptions, EvalRefusesAnEmptyMethod) {
  TempDir dir;
  const std::string data =
      dir.Write("d.jsonl",
                "{\"id\":\"c\",\"documents\":[\"The bridge closed on Monday after a crack.\"],"
                "\"summaries\":[\"The bridge closed.\"]}\n");
  ExpectRejected("eval --data " + data + " --method ''", "--method");
  ExpectRejected("eval --data " + data + " --method lead,", "--method");
}

TEST(CliOptions, RougeRefusesSkipUnigramsWithoutSkipBigrams) {
  TempDir dir;
  dir.Write("sys/a.txt", "the bridge closed\n");
  dir.Write("ref/a.A.txt", "the bridge closed today\n");
  ExpectRejected("rouge " + dir.Path("sys") + " " + dir.Path("ref") + " -u", "-u");
  const CliResult with_distance =
      RunConcord("rouge " + dir.Path("sys") + " " + dir.Path("ref") + " -u -2 4");
  EXPECT_EQ(with_distance.exit_code, 0) << with_distance.err;
  EXPECT_NE(with_distance.out.find("ROUGE-SU4"), std::string::npos) << with_distance.out;
}

TEST(CliOptions, QuotesRefusesPathsTogetherWithPolnear) {
  TempDir dir;
  ExpectRejected("quotes " + kExample + " --polnear " + dir.path(), "--polnear");
}

TEST(CliOptions, QuotesErrorsListsEachScoringErrorAndNeedsPolnear) {
  ExpectRejected("quotes " + kExample + " --errors /tmp/unused.tsv", "--errors");
  TempDir dir;
  // One article: a quote the gold has with its source, one it lacks, and a
  // gold quote the extractor cannot see (no marks around its content).
  dir.Write("dev/text/a.txt",
            "\"We will rebuild the bridge this year,\" Ann Roe said. Later, \"nothing will "
            "stop the work on the river crossing now,\" a sign read. Roe said the cost was "
            "high.\n");
  dir.Write("dev/attributions/a_x.ann",
            "T1\tContent 0 39\t\"We will rebuild the bridge this year,\"\n"
            "T2\tSource 40 47\tAnn Roe\n"
            "E1\tContent:T1 Source:T2\n");
  const std::string errors = dir.Path("errors.tsv");
  const CliResult r = RunConcord("quotes --polnear " + dir.path() + " --errors " + errors);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(errors);
  const std::string dump((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(dump.find("\tWe will rebuild"), std::string::npos) << dump;  // right: not listed
  EXPECT_EQ(dump.rfind("spurious\ta\tnothing will stop", 0), 0u) << dump;
  ExpectRejected("quotes --polnear " + dir.path() + " --errors " + dir.Path("no/such/e.tsv"),
                 "--errors");
}

TEST(CliOptions, QuotesTrainAAndTrainBSplitTrainsArticles) {
  TempDir dir;
  // Article "a" hashes into part a, "b" into part b (InPolnearSplit).
  for (const std::string name : {"a", "b"}) {
    dir.Write("train/text/" + name + ".txt", "\"We will rebuild the bridge,\" Roe said.\n");
    dir.Write("train/attributions/" + name + "_x.ann", "");
  }
  const CliResult r =
      RunConcord("quotes --polnear " + dir.path() + " --split train,train-a,train-b --format json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"files\":2,\"overlap\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"split\":\"train-a\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"split\":\"train-b\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"files\":0"), std::string::npos) << r.out;  // one file in each part
}

TEST(CliUsage, NoCommandPrintsUsageAndExitsTwo) {
  const CliResult r = RunConcord("");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("summarize"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Usage"), std::string::npos) << r.err;
}

TEST(CliUsage, AnUnknownCommandIsNamed) {
  const CliResult r = RunConcord("bogus " + kExample);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("concord: unknown command 'bogus'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("summarize"), std::string::npos) << r.err;
}

TEST(CliUsage, ParserMessagesCarryTheCommandPrefix) {
  for (const std::string& args : {std::string("summarize ") + kExample + " --no-such-flag",
                                  std::string("summarize"), std::string("compare --format")}) {
    const CliResult r = RunConcord(args);
    const std::string command = args.substr(0, args.find(' '));
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_EQ(r.err.rfind("concord " + command + ": ", 0), 0u) << args << ": " << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  }
}

TEST(CliUsage, HelpAndVersionStillExitZero) {
  EXPECT_EQ(RunConcord("--help").exit_code, 0);
  EXPECT_EQ(RunConcord("summarize --help").exit_code, 0);
  EXPECT_EQ(RunConcord("--version").exit_code, 0);
}

}  // namespace
}  // namespace concord::testing
