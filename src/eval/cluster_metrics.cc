// BCubed and pairwise clustering scores (cluster_metrics.h). Cost: linear
// in the items plus the number of distinct (gold, predicted) label pairs.
#include "concord/cluster_metrics.h"

#include <map>
#include <unordered_map>
#include <utility>

namespace concord::eval {
namespace {

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

double Pairs(double n) { return n * (n - 1) / 2; }

}  // namespace

Result<ClusterScores> ScoreClusters(const std::vector<std::string>& gold,
                                    const std::vector<std::string>& predicted) {
  if (gold.size() != predicted.size()) {
    return Status::InvalidArgument("gold and predicted labels differ in number (" +
                                   std::to_string(gold.size()) + " vs " +
                                   std::to_string(predicted.size()) + ")");
  }
  if (gold.empty()) return Status::Empty("no items to score");
  std::unordered_map<std::string, double> gold_size;
  std::unordered_map<std::string, double> predicted_size;
  std::map<std::pair<std::string, std::string>, double> both;
  for (size_t i = 0; i < gold.size(); ++i) {
    ++gold_size[gold[i]];
    ++predicted_size[predicted[i]];
    ++both[{gold[i], predicted[i]}];
  }
  // Each item of a (gold, predicted) cell of size c has c items that share
  // both labels: BCubed sums c * c / size over cells.
  double precision = 0;
  double recall = 0;
  double true_pairs = 0;
  for (const auto& [labels, count] : both) {
    precision += count * count / predicted_size[labels.second];
    recall += count * count / gold_size[labels.first];
    true_pairs += Pairs(count);
  }
  ClusterScores scores;
  const double n = static_cast<double>(gold.size());
  scores.items = gold.size();
  scores.gold_clusters = gold_size.size();
  scores.predicted_clusters = predicted_size.size();
  scores.bcubed = {precision / n, recall / n, F1(precision / n, recall / n)};
  double predicted_pairs = 0;
  for (const auto& [label, size] : predicted_size) predicted_pairs += Pairs(size);
  double gold_pairs = 0;
  for (const auto& [label, size] : gold_size) gold_pairs += Pairs(size);
  const double p = predicted_pairs > 0 ? true_pairs / predicted_pairs : 1;
  const double r = gold_pairs > 0 ? true_pairs / gold_pairs : 1;
  scores.pairwise = {p, r, F1(p, r)};
  return scores;
}

}  // namespace concord::eval
