// Grouping quality on real articles: the first 1,200 clusters of
// ../shared/data/multinews/validation-trunc5622.jsonl, odd clusters only
// (the thresholds were chosen on even ones), every document labelled with
// its cluster and shuffled with a fixed seed. The full figures are in
// docs/group.md (`concord eval --task group`); this guards against a
// regression with a floor a little under the measured value.
#include <gtest/gtest.h>

#include <iostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "concord/cluster_metrics.h"
#include "concord/group.h"
#include "concord/group_stream.h"
#include "testing/shared_data.h"

namespace concord::group {
namespace {

TEST(GroupQualityShared, MultiNewsOddClustersAsAShuffledStream) {
  const std::string path = "data/multinews/validation-trunc5622.jsonl";
  CONCORD_SHARED_OR_SKIP(path);
  std::string contents;
  ASSERT_TRUE(concord::testing::ReadFile(concord::testing::SharedPath(path), &contents));
  size_t cut = 0;
  for (int lines = 0; lines < 1200 && cut != std::string::npos; ++lines) {
    cut = contents.find('\n', cut + 1);
  }
  StreamInput input;
  ASSERT_TRUE(ParseStreamLines(std::string_view(contents).substr(0, cut), "mn", input).ok());
  std::unordered_map<std::string, size_t> rank;
  std::vector<StreamArticle> stream;
  std::vector<std::string> gold;
  for (size_t i = 0; i < input.articles.size(); ++i) {
    const size_t r = rank.try_emplace(input.labels[i], rank.size()).first->second;
    if (r % 2 == 0) continue;
    stream.push_back(input.articles[i]);
    gold.push_back(input.labels[i]);
  }
  std::mt19937_64 random(1);
  for (size_t i = stream.size(); i > 1; --i) {
    const size_t j = static_cast<size_t>(random() % i);
    std::swap(stream[i - 1], stream[j]);
    std::swap(gold[i - 1], gold[j]);
  }
  const Grouping grouping = GroupStream(stream);
  std::vector<std::string> predicted;
  for (const size_t story : grouping.story_of) predicted.push_back(std::to_string(story));
  Result<eval::ClusterScores> scores = eval::ScoreClusters(gold, predicted);
  ASSERT_TRUE(scores.ok()) << scores.status().message();
  const eval::ClusterScores& s = scores.value();
  std::cout << s.items << " articles, " << s.gold_clusters << " gold stories, "
            << s.predicted_clusters << " stories: BCubed P " << s.bcubed.precision << " R "
            << s.bcubed.recall << " F1 " << s.bcubed.f1 << "; pairwise F1 " << s.pairwise.f1
            << "\n";
  EXPECT_GE(s.bcubed.f1, 0.78);  // measured 0.806
}

}  // namespace
}  // namespace concord::group
