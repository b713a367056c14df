// BCubed and pairwise scores on partitions small enough to count by hand.
#include "concord/cluster_metrics.h"

#include <gtest/gtest.h>

namespace concord::eval {
namespace {

ClusterScores Score(const std::vector<std::string>& gold, const std::vector<std::string>& got) {
  Result<ClusterScores> scores = ScoreClusters(gold, got);
  EXPECT_TRUE(scores.ok()) << scores.status().message();
  return scores.ok() ? scores.value() : ClusterScores{};
}

TEST(ScoreClusters, PerfectPartitionScoresOne) {
  const ClusterScores s = Score({"a", "a", "b", "c"}, {"x", "x", "y", "z"});
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 1);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 1);
  EXPECT_EQ(s.gold_clusters, 3u);
  EXPECT_EQ(s.predicted_clusters, 3u);
}

TEST(ScoreClusters, OneBigClusterHasFullRecall) {
  // Gold {a,a,b}: BCubed precision = (2/3 + 2/3 + 1/3) / 3 = 5/9.
  const ClusterScores s = Score({"a", "a", "b"}, {"s", "s", "s"});
  EXPECT_NEAR(s.bcubed.precision, 5.0 / 9, 1e-12);
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 1);
  // Pairs: 3 predicted, 1 true.
  EXPECT_NEAR(s.pairwise.precision, 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 1);
  EXPECT_NEAR(s.pairwise.f1, 0.5, 1e-12);
}

TEST(ScoreClusters, SingletonsHaveFullPrecision) {
  // Gold {a,a,a,b}: BCubed recall = (1/3 * 3 + 1) / 4 = 1/2.
  const ClusterScores s = Score({"a", "a", "a", "b"}, {"1", "2", "3", "4"});
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 1);
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 1);  // no predicted pair
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 0);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 0);
}

TEST(ScoreClusters, LabelNamesDoNotMatterOnlyThePartition) {
  const ClusterScores a = Score({"a", "a", "b", "b", "b"}, {"1", "2", "2", "2", "3"});
  const ClusterScores b = Score({"q", "q", "r", "r", "r"}, {"z", "y", "y", "y", "x"});
  EXPECT_DOUBLE_EQ(a.bcubed.f1, b.bcubed.f1);
  EXPECT_DOUBLE_EQ(a.pairwise.f1, b.pairwise.f1);
  EXPECT_LT(a.bcubed.f1, 1);
}

TEST(ScoreClusters, RejectsMismatchedOrEmptyInput) {
  EXPECT_FALSE(ScoreClusters({"a"}, {"a", "b"}).ok());
  EXPECT_FALSE(ScoreClusters({}, {}).ok());
}

}  // namespace
}  // namespace concord::eval
