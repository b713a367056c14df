// Near-copies of whole articles collapsed before ranking (collapse.cc): a
// wire copy adds its outlet to the sentences it carries but is not ranked
// as independent support.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"

namespace concord {
namespace {

// Short articles written for this test: a wire report, two independent
// reports of the same event, and a filler report.
const char kWire[] =
    "The council of Port Elling voted on Monday to close the old harbour bridge for repairs. "
    "Engineers found cracks in two of the bridge's northern supports during an inspection "
    "last week. The closure will last at least three months, the council said. Ferries will "
    "run every twenty minutes while the bridge is shut. The repairs are expected to cost "
    "about 12 million euros, paid from the regional budget.";
const char kCourier[] =
    "Drivers in Port Elling face long detours after the council shut the harbour bridge. "
    "The mayor said the cracked supports could not wait until the summer. Local shops near "
    "the bridge fear a drop in trade during the closure. A temporary footbridge is planned "
    "for pedestrians and cyclists from next month.";
const char kLedger[] =
    "Shop owners near the harbour bridge say the closure will hurt trade. The mayor said the "
    "cracked supports could not wait, and a temporary footbridge for pedestrians is planned. "
    "The council has promised weekly updates on the repair work.";

Article Make(std::string id, std::string source, std::string text) {
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.text = std::move(text);
  return a;
}

std::vector<std::string> Texts(const Summary& summary) {
  std::vector<std::string> out;
  for (const SummarySentence& s : summary.sentences) out.push_back(s.text);
  return out;
}

Cluster Story(bool with_copy, const std::string& copy_text) {
  Cluster c;
  c.id = "bridge";
  c.articles.push_back(Make("wire", "Wire", kWire));
  if (with_copy) c.articles.push_back(Make("copy", "Gazette", copy_text));
  c.articles.push_back(Make("courier", "Courier", kCourier));
  c.articles.push_back(Make("ledger", "Ledger", kLedger));
  return c;
}

TEST(CollapseCopies, AWireCopyAddsItsOutletButDoesNotChangeTheRanking) {
  SummarizeOptions options;
  options.budget = 100;  // room for one of the wire's sentences
  const std::string copy = std::string(kWire) + " Subscribe to our newsletter.";
  Result<Summary> with = Summarize(Story(true, copy), options);
  Result<Summary> without = Summarize(Story(false, ""), options);
  ASSERT_TRUE(with.ok()) << with.status().message();
  ASSERT_TRUE(without.ok()) << without.status().message();
  // The copy is not independent support: the same sentences are picked.
  EXPECT_EQ(Texts(with.value()), Texts(without.value()));
  ASSERT_EQ(with.value().copies.size(), 1u);
  EXPECT_EQ(with.value().copies[0], (std::pair<size_t, size_t>{1, 0}));
  EXPECT_EQ(with.value().documents.size(), 4u);
  EXPECT_EQ(with.value().stats.articles, 4u);
  bool wire_sentence = false;
  for (const SummarySentence& s : with.value().sentences) {
    EXPECT_NE(s.article, 1u);  // a copy is never the picked article
    const bool from_wire = s.article == 0;
    wire_sentence = wire_sentence || from_wire;
    const bool copy_backs = std::find(s.sources.begin(), s.sources.end(), 1u) != s.sources.end();
    EXPECT_EQ(copy_backs, from_wire) << s.text;
    EXPECT_TRUE(std::is_sorted(s.sources.begin() + 1, s.sources.end()));
  }
  EXPECT_TRUE(wire_sentence);
}

TEST(CollapseCopies, OffRanksTheCopyAsAnArticleOfItsOwn) {
  SummarizeOptions options;
  options.budget = 60;
  options.collapse_copies = false;
  Result<Summary> with = Summarize(Story(true, kWire), options);
  ASSERT_TRUE(with.ok()) << with.status().message();
  EXPECT_TRUE(with.value().copies.empty());
}

TEST(CollapseCopies, ATruncatedCopyDoesNotBackWhatItCut) {
  SummarizeOptions options;
  options.budget = 200;  // room for the wire's last sentence
  // The copy keeps the first four sentences (enough for containment).
  std::string cut = kWire;
  cut.resize(cut.find(" The repairs are expected"));
  Result<Summary> summary = Summarize(Story(true, cut), options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary.value().copies.size(), 1u);
  bool cut_sentence_picked = false;
  for (const SummarySentence& s : summary.value().sentences) {
    if (s.article != 0) continue;
    cut_sentence_picked = cut_sentence_picked || cut.find(s.text) == std::string::npos;
    const bool copy_backs = std::find(s.sources.begin(), s.sources.end(), 1u) != s.sources.end();
    EXPECT_EQ(copy_backs, cut.find(s.text) != std::string::npos) << s.text;
  }
  EXPECT_TRUE(cut_sentence_picked);
}

}  // namespace
}  // namespace concord
