// Near-duplicate precision and recall on a suite built here, at test time,
// from the real articles of ../shared/data/multinews/validation-full250.jsonl
// (nothing of them is committed). For each cluster with two usable
// documents A and B, the stream is A, B and four copies of A:
//   exact      A unchanged
//   boiler     A with other boilerplate lines above and below
//   truncated  the first 55% of A's words
//   edited     A with every 25th word replaced and every 40th dropped
// A copy found as a duplicate of A (or of another copy of A) is a true
// positive; B (another article of the same story) marked as a duplicate, or
// a copy marked as a duplicate of B, is a false positive. The figures are printed; the test fails
// below the floors.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "concord/group.h"
#include "testing/shared_data.h"

namespace concord::group {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string Truncated(const std::string& text) {
  std::vector<std::string> words = Words(text);
  words.resize(words.size() * 55 / 100);
  return Join(words);
}

std::string Edited(const std::string& text) {
  const std::vector<std::string> words = Words(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i % 40 == 39) continue;
    out.push_back(i % 25 == 24 ? "reportedly" : words[i]);
  }
  return Join(out);
}

std::string Boiler(const std::string& text) {
  return "Advertisement\n\nSign up for our morning newsletter and never miss a story.\n\n" + text +
         "\n\nCopyright 2024 Example Media Group. All rights reserved.\n\n"
         "Share this article on Facebook, Twitter or by email.";
}

StreamArticle Make(const std::string& id, const std::string& text) {
  StreamArticle a;
  a.article.id = id;
  a.article.text = text;
  return a;
}

TEST(NearDuplicatesShared, FindsCopiesButNotOtherArticlesOfTheStory) {
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-full250.jsonl");
  std::ifstream in(concord::testing::SharedPath("data/multinews/validation-full250.jsonl"));
  const std::vector<std::string> kinds = {"exact", "boiler", "truncated", "edited"};
  std::map<std::string, size_t> found;
  size_t clusters = 0;
  size_t false_positives = 0;
  size_t negatives_flagged = 0;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json cluster = nlohmann::json::parse(line);
    std::vector<std::string> usable;
    for (const auto& d : cluster["documents"]) {
      if (Words(d.get<std::string>()).size() >= 150) usable.push_back(d.get<std::string>());
    }
    if (usable.size() < 2) continue;
    ++clusters;
    const std::string& a = usable[0];
    const Grouping g = GroupStream({Make("A", a), Make("B", usable[1]), Make("exact", a),
                                    Make("boiler", Boiler(a)), Make("truncated", Truncated(a)),
                                    Make("edited", Edited(a))});
    for (const Story& story : g.stories) {
      for (const auto& [copy, original] : story.duplicates) {
        // A copy of A may be found through another copy of A.
        if (copy >= 2 && original != 1) {
          ++found[kinds[copy - 2]];
        } else {
          ++false_positives;
          negatives_flagged += copy == 1;
        }
      }
    }
  }
  ASSERT_GT(clusters, 100u);
  size_t true_positives = 0;
  std::cout << "near-duplicates over " << clusters << " clusters of validation-full250:\n";
  for (const std::string& kind : kinds) {
    true_positives += found[kind];
    std::cout << "  recall " << kind << ": " << found[kind] << "/" << clusters << "\n";
  }
  const double recall = static_cast<double>(true_positives) / (4.0 * clusters);
  const double precision =
      static_cast<double>(true_positives) / static_cast<double>(true_positives + false_positives);
  std::cout << "  precision " << precision << " (" << false_positives << " false, "
            << negatives_flagged << " of them the other article B), recall " << recall << "\n";
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.95);
  // An article that is all scraper noise has no words left to compare.
  EXPECT_GE(found["exact"] + 1, clusters);
}

}  // namespace
}  // namespace concord::group
