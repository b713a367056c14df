// Summaries that published summarizers wrote for Multi-News
// validation-full250 (../shared/data/peers), scored under the project
// protocol (-n 2 -2 4 -u -m -f A -p 0.5): the macro averages must match
// those of the official ROUGE-1.5.5 script (scores.json) to 0.00005.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "concord/rouge.h"
#include "testing/rouge_files.h"
#include "testing/shared_data.h"

namespace concord::eval {
namespace {

using testing::ReadLines;

TEST(RougePeers, MatchesTheOfficialAveragesOfEveryPeer) {
  CONCORD_SHARED_OR_SKIP("data/peers/scores.json");
  CONCORD_SHARED_OR_SKIP("data/rouge-vectors/rouge-data");
  const std::string root = testing::SharedPath("data/peers");
  Result<RougeData> data =
      LoadRougeData(testing::SharedPath("data/rouge-vectors/rouge-data"));
  ASSERT_TRUE(data.ok()) << data.status().message();
  Result<RougeOptions> options = ParseRougeFlags("-n 2 -2 4 -u -m -f A -p 0.5");
  ASSERT_TRUE(options.ok());
  Result<RougeScorer> scorer = RougeScorer::Create(options.value(), data.value());
  ASSERT_TRUE(scorer.ok()) << scorer.status().message();

  std::ifstream in(root + "/scores.json");
  const nlohmann::json official = nlohmann::json::parse(in);
  ASSERT_EQ(official.size(), 5u);
  std::printf("%-14s %-10s %-24s %-24s\n", "peer", "measure", "ours R/P/F",
              "official R/P/F");
  for (const auto& [peer, measures] : official.items()) {
    std::vector<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(root + "/" + peer)) {
      ids.push_back(entry.path().stem().string());
    }
    std::sort(ids.begin(), ids.end());
    ASSERT_EQ(ids.size(), 250u) << peer;
    std::map<std::string, std::array<double, 3>> sums;
    for (const std::string& id : ids) {
      Result<RougeScores> scores = scorer.value().Score(
          ReadLines(root + "/" + peer + "/" + id + ".txt"),
          {ReadLines(root + "/refs/" + id + ".A.txt")});
      ASSERT_TRUE(scores.ok()) << scores.status().message();
      for (const auto& [measure, score] : scores.value().measures) {
        sums[measure][0] += score.recall;
        sums[measure][1] += score.precision;
        sums[measure][2] += score.f;
      }
    }
    for (const auto& [measure, figures] : measures.items()) {
      ASSERT_EQ(sums.count(measure), 1u) << measure;
      const double ours[3] = {sums[measure][0] / 250, sums[measure][1] / 250,
                              sums[measure][2] / 250};
      const double theirs[3] = {figures["R"], figures["P"], figures["F"]};
      std::printf("%-14s %-10s %.5f %.5f %.5f    %.5f %.5f %.5f\n", peer.c_str(),
                  measure.c_str(), ours[0], ours[1], ours[2], theirs[0],
                  theirs[1], theirs[2]);
      for (int k = 0; k < 3; ++k) {
        EXPECT_NEAR(ours[k], theirs[k], 0.00005) << peer << " " << measure << " "
                                                 << "RPF"[k];
      }
    }
  }
}

}  // namespace
}  // namespace concord::eval
