#include "summarize/ilp.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "concord/io.h"
#include "concord/summarize.h"
#include "coverage_problems.h"
#include "testing/shared_data.h"

namespace concord::summarize::internal {
namespace {

using testing::BestByEnumeration;
using testing::KnapsackTrap;
using testing::RandomProblem;
using testing::TrapStory;

TEST(Ilp, BeatsTheGreedyWhereTheGreedyIsSuboptimal) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  const IlpResult result = SolveCoverage(KnapsackTrap(), IlpLimits{});
  ASSERT_EQ(result.outcome, IlpResult::Outcome::kOptimal) << result.note;
  EXPECT_EQ(result.chosen, (std::vector<uint32_t>{1, 2}));
  EXPECT_NEAR(result.objective, 13.6, 1e-9);
  // The greedy by value per unit takes A and then nothing fits: 9.4.
  EXPECT_LT(CoverageObjective(KnapsackTrap(), {0}), result.objective);
}

TEST(Ilp, ANodeLimitStopsTheSearchAndSaysSo) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  IlpLimits limits;
  limits.max_nodes = 0;  // the relaxation is fractional: branching is needed
  const IlpResult result = SolveCoverage(KnapsackTrap(), limits);
  EXPECT_EQ(result.outcome, IlpResult::Outcome::kStopped) << result.note;
  EXPECT_TRUE(result.chosen.empty());
  EXPECT_NE(result.note.find("branch-and-bound nodes"), std::string::npos) << result.note;
}

TEST(Ilp, MatchesEnumerationAndKeepsEveryConstraint) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  std::mt19937 rng(15);
  for (int round = 0; round < 40; ++round) {
    CoverageProblem problem = RandomProblem(rng, 4, round % 2 == 0);
    problem.needs = {{1, 0}, {3, 2}};
    problem.excludes = {{0, 2}};
    problem.budget = 10 + rng() % 30;
    problem.implication_rows = round % 3 == 0;
    const IlpResult result = SolveCoverage(problem, IlpLimits{});
    ASSERT_EQ(result.outcome, IlpResult::Outcome::kOptimal) << result.note;
    size_t cost = 0;
    for (uint32_t j : result.chosen) cost += problem.cost[j];
    EXPECT_LE(cost, problem.budget) << "round " << round;
    const auto taken = [&](uint32_t j) {
      return std::find(result.chosen.begin(), result.chosen.end(), j) != result.chosen.end();
    };
    EXPECT_TRUE(!taken(1) || taken(0)) << "round " << round;
    EXPECT_TRUE(!taken(3) || taken(2)) << "round " << round;
    EXPECT_FALSE(taken(0) && taken(2)) << "round " << round;
    EXPECT_NEAR(CoverageObjective(problem, result.chosen), BestByEnumeration(problem), 1e-6)
        << "round " << round;
    EXPECT_NEAR(result.objective, CoverageObjective(problem, result.chosen), 1e-6);
  }
}

// TrapStory (coverage_problems.h) summarized with the prior, the salience
// and the length scaling off.
SummarizeOptions TrapOptions(const std::string& method) {
  SummarizeOptions options;
  options.method = method;
  options.budget = 12;
  options.parameters = {{"position_weight", 0},    {"quote_weight", 0},
                        {"salience_exponent", 0},  {"length_exponent", 1},
                        {"ilp_prior_exponent", 0}, {"ilp_sentence_weight", 0}};
  return options;
}

std::vector<std::string> PickedTexts(const Summary& summary) {
  std::vector<std::string> texts;
  for (const SummarySentence& s : summary.sentences) texts.push_back(s.text);
  return texts;
}

TEST(Ilp, OnAStoryTheExactSolverCoversMoreThanTheGreedy) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  const Result<Summary> greedy = Summarize(TrapStory(), TrapOptions("default"));
  const Result<Summary> exact = Summarize(TrapStory(), TrapOptions("ilp"));
  ASSERT_TRUE(greedy.ok()) << greedy.status().ToString();
  ASSERT_TRUE(exact.ok()) << exact.status().ToString();
  EXPECT_EQ(PickedTexts(greedy.value()),
            (std::vector<std::string>{
                "Veteran harbor engineers found deep cracks beneath rusted girders."}));
  EXPECT_EQ(PickedTexts(exact.value()),
            (std::vector<std::string>{"Ferry crews rerouted morning commuters northward.",
                                      "Island bakeries reported severe flour shortages."}));
  EXPECT_EQ(exact.value().stats.output_words, 12u);
  EXPECT_NE(exact.value().stats.method_note.find("solved exactly"), std::string::npos)
      << exact.value().stats.method_note;
  EXPECT_TRUE(greedy.value().stats.method_note.empty());
}

TEST(Ilp, WhenTheSolverStopsTheGreedySelectionStandsIn) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  SummarizeOptions options = TrapOptions("ilp");
  options.parameters.emplace_back("ilp_nodes", 0);
  const Result<Summary> fallback = Summarize(TrapStory(), options);
  const Result<Summary> greedy = Summarize(TrapStory(), TrapOptions("default"));
  ASSERT_TRUE(fallback.ok()) << fallback.status().ToString();
  ASSERT_TRUE(greedy.ok()) << greedy.status().ToString();
  EXPECT_EQ(PickedTexts(fallback.value()), PickedTexts(greedy.value()));
  EXPECT_NE(fallback.value().stats.method_note.find("the greedy selection is used"),
            std::string::npos)
      << fallback.value().stats.method_note;
}

// A rule that names a candidate the problem does not hold is refused with
// a note (the caller then uses the greedy selection); GLPK itself would
// abort the process.
TEST(Ilp, ARuleNamingNoCandidateFailsInsteadOfAborting) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  CoverageProblem needs = KnapsackTrap();
  needs.needs.emplace_back(0, UINT32_MAX);
  const IlpResult result = SolveCoverage(needs, IlpLimits{});
  EXPECT_EQ(result.outcome, IlpResult::Outcome::kFailed);
  EXPECT_NE(result.note.find("outside the problem"), std::string::npos) << result.note;
  CoverageProblem excludes = KnapsackTrap();
  excludes.excludes.emplace_back(1, 3);
  EXPECT_EQ(SolveCoverage(excludes, IlpLimits{}).outcome, IlpResult::Outcome::kFailed);
}

// In this validation cluster a sentence is taken in as the one a leaning
// quotation needs and itself opens a quotation whose pieces the problem
// left out (stop 23): the exact solver aborted the process at 50 words. It
// now solves it exactly.
TEST(Ilp, ASentenceTakenInForALeaningOneBringsItsQuotationsPieces) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-trunc5622.jsonl");
  std::string contents;
  ASSERT_TRUE(testing::ReadFile(testing::SharedPath("data/multinews/validation-trunc5622.jsonl"),
                                &contents));
  const size_t at = contents.find("{\"id\": \"multinews-validation-3814\"");
  ASSERT_NE(at, std::string::npos);
  const std::string_view line = std::string_view(contents).substr(at, contents.find('\n', at) - at);
  io::Inputs inputs;
  std::vector<Article> loose;
  io::ParseJsonLines(line, "validation-3814", inputs, loose);
  ASSERT_EQ(inputs.clusters.size(), 1u);
  SummarizeOptions options;
  options.method = "ilp";
  options.budget = 50;
  const Result<Summary> summary = Summarize(inputs.clusters[0], options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_NE(summary.value().stats.method_note.find("solved exactly"), std::string::npos)
      << summary.value().stats.method_note;
}

// A quotation over three sentences whose middle one has no mark: the
// unit of its opening ends there (the middle sentence does not end inside
// a quotation by its own marks), but the third goes on with it, and the
// greedy takes it after the others (split_quotes) when it fits. With 21
// words the opening, the middle and the sentence before fit and the
// closing piece does not: the exact solver took the three and cut the
// quotation (the piers sentence covers less); now a sentence comes only
// with the pieces that go on with its quotation, and it takes the piers.
TEST(Ilp, ASentenceComesWithThePiecesThatGoOnWithItsQuotation) {
  if (!IlpAvailable()) GTEST_SKIP() << "built without GLPK";
  Cluster cluster;
  cluster.id = "run";
  Article article;
  article.text =
      "Veteran harbor engineers found deep cracks beneath rusted girders. "
      "\"Ferry crews rerouted morning commuters northward. "
      "Island bakeries reported severe flour shortages. "
      "Nobody expected such chaos.\" "
      "All of the piers were closed after the storm on the shore.";
  cluster.articles.push_back(article);
  SummarizeOptions options = TrapOptions("ilp");
  options.budget = 21;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  const std::vector<std::string> picked = PickedTexts(summary.value());
  ASSERT_FALSE(picked.empty());
  const auto has = [&](const std::string& text) {
    return std::find(picked.begin(), picked.end(), text) != picked.end();
  };
  EXPECT_EQ(has("\"Ferry crews rerouted morning commuters northward."),
            has("Nobody expected such chaos.\""));
  EXPECT_EQ(has("Island bakeries reported severe flour shortages."),
            has("Nobody expected such chaos.\""));
  EXPECT_TRUE(has("All of the piers were closed after the storm on the shore."));
  EXPECT_NE(summary.value().stats.method_note.find("solved exactly"), std::string::npos)
      << summary.value().stats.method_note;
}

TEST(Ilp, NegativeNodeLimitIsRejected) {
  SummarizeOptions options = TrapOptions("ilp");
  options.parameters.emplace_back("ilp_nodes", -1);
  EXPECT_EQ(CheckOptions(options).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace concord::summarize::internal
