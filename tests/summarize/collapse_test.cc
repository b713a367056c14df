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
  // The copy holds one more sentence than the wire: it is the fuller of
  // the two, so it is ranked and the wire becomes its copy (KeepFullest).
  const std::string copy = std::string(kWire) + " Subscribe to our newsletter.";
  Result<Summary> with = Summarize(Story(true, copy), options);
  Result<Summary> without = Summarize(Story(false, ""), options);
  ASSERT_TRUE(with.ok()) << with.status().message();
  ASSERT_TRUE(without.ok()) << without.status().message();
  // The copy is not independent support: the same sentences are picked.
  EXPECT_EQ(Texts(with.value()), Texts(without.value()));
  ASSERT_EQ(with.value().copies.size(), 1u);
  EXPECT_EQ(with.value().copies[0], (std::pair<size_t, size_t>{0, 1}));
  EXPECT_EQ(with.value().documents.size(), 4u);
  EXPECT_EQ(with.value().stats.articles, 4u);
  bool wire_sentence = false;
  for (const SummarySentence& s : with.value().sentences) {
    EXPECT_NE(s.article, 0u);  // a copy is never the picked article
    const bool from_kept = s.article == 1;
    wire_sentence = wire_sentence || from_kept;
    const bool copy_backs = std::find(s.sources.begin(), s.sources.end(), 0u) != s.sources.end();
    EXPECT_EQ(copy_backs, from_kept) << s.text;
    EXPECT_TRUE(std::is_sorted(s.sources.begin() + 1, s.sources.end()));
  }
  EXPECT_TRUE(wire_sentence);
}

// A wire report, then its update (the same text and one more sentence,
// with the toll changed in the lead), and another outlet's report.
Cluster Update(const std::string& first_time, const std::string& update_time) {
  const std::string lead =
      "A fire at a chemical plant in Rivertown has killed {} workers, the fire department said "
      "on Tuesday. Fire chief Marta Quinn said the blaze started in a storage tank shortly "
      "after 6 a.m. and spread to two warehouses. Residents within two miles were told to stay "
      "indoors. The plant's owner, Delmar Chemicals, said it would cooperate with "
      "investigators.";
  const auto with_toll = [&](const std::string& toll) {
    std::string text = lead;
    return text.replace(text.find("{}"), 2, toll);
  };
  Cluster c;
  c.id = "fire";
  c.articles.push_back(Make("v1", "Wire", with_toll("three")));
  c.articles.push_back(Make("v2", "Gazette",
                            with_toll("12") +
                                " The death toll rose to 12 on Tuesday afternoon after rescuers "
                                "found nine more bodies in the rubble, Quinn said."));
  c.articles.push_back(Make("v3", "Courier",
                            "Firefighters in Rivertown battled a blaze at the Delmar Chemicals "
                            "plant on Tuesday. Fire chief Marta Quinn said the fire started in "
                            "a storage tank. Residents were told to stay indoors."));
  c.articles[0].published = first_time;
  c.articles[1].published = update_time;
  return c;
}

TEST(CollapseCopies, TheFullerCopyIsRankedSoAnUpdateReachesTheSummary) {
  SummarizeOptions options;
  options.budget = 100;
  Result<Summary> summary =
      Summarize(Update("2031-05-01T08:00:00Z", "2031-05-01T14:00:00Z"), options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary.value().copies.size(), 1u);
  EXPECT_EQ(summary.value().copies[0], (std::pair<size_t, size_t>{0, 1}));  // v1 copies v2
  bool toll = false;
  for (const SummarySentence& s : summary.value().sentences) {
    EXPECT_NE(s.article, 0u) << s.text;
    const bool new_fact = s.text.find("rose to 12") != std::string::npos;
    toll = toll || new_fact;
    // The first version backs what it holds word for word, not the new toll.
    const bool v1_backs = std::find(s.sources.begin(), s.sources.end(), 0u) != s.sources.end();
    if (s.text.find("killed 12") != std::string::npos || new_fact) {
      EXPECT_FALSE(v1_backs) << s.text;
    }
    if (s.text.find("Delmar Chemicals, said") != std::string::npos) {
      EXPECT_TRUE(v1_backs) << s.text;
    }
  }
  EXPECT_TRUE(toll);
}

TEST(CollapseCopies, OfCopiesOfOneLengthTheFirstStaysRanked) {
  // Two copies of one length, the second published later: the first is
  // ranked, as before (a wire report run word for word names its first
  // outlet first).
  Cluster c = Update("2031-05-01T08:00:00Z", "2031-05-01T14:00:00Z");
  c.articles[1].text = c.articles[0].text;
  c.articles[1].text.replace(c.articles[1].text.find("three"), 5, "seven");
  SummarizeOptions options;
  options.budget = 60;
  Result<Summary> summary = Summarize(c, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary.value().copies.size(), 1u);
  EXPECT_EQ(summary.value().copies[0], (std::pair<size_t, size_t>{1, 0}));
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
