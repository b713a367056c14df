// Clustering quality: BCubed and pairwise precision, recall and F1 of a
// predicted partition against a gold one (Amigó et al. 2009 for BCubed).
//
//   std::vector<std::string> gold = {"a", "a", "b"};
//   std::vector<std::string> predicted = {"s1", "s1", "s1"};
//   concord::eval::ClusterScores s = concord::eval::ScoreClusters(gold, predicted);
//   // s.bcubed.precision == 5/9, s.bcubed.recall == 1
//
// Thread safety: thread-safe (no shared state).
#ifndef CONCORD_CLUSTER_METRICS_H_
#define CONCORD_CLUSTER_METRICS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "concord/status.h"

namespace concord::eval {

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct ClusterScores {
  // BCubed: per item, the share of its predicted cluster that shares its
  // gold label (precision) and the share of its gold cluster that shares
  // its predicted cluster (recall), averaged over items.
  PrecisionRecall bcubed;
  // Pairwise: over unordered pairs of items, "in one predicted cluster"
  // against "in one gold cluster". With no predicted (or gold) pair the
  // precision (recall) is 1.
  PrecisionRecall pairwise;
  size_t items = 0;
  size_t gold_clusters = 0;
  size_t predicted_clusters = 0;
};

// Scores item i's predicted label against its gold label, for every i.
// Fails when the two lists differ in length or are empty.
Result<ClusterScores> ScoreClusters(const std::vector<std::string>& gold,
                                    const std::vector<std::string>& predicted);

}  // namespace concord::eval

#endif  // CONCORD_CLUSTER_METRICS_H_
