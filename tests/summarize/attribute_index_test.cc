// The indexed attribution (Attributor) and near-duplicate check (PickIndex)
// give the answers of the direct ones (Attribute, Repeats against every
// pick) on clusters whose sentences share many words.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "concord/document.h"
#include "summarize/attribute.h"
#include "summarize/corpus.h"
#include "summarize/select.h"
#include "testing/analyzed_texts.h"

namespace concord::summarize::internal {
namespace {

using testing::AnalyzeTexts;

// `articles` texts of sentences drawn from a small vocabulary, so that
// most pairs share terms, some reach the duplicate threshold and a few
// sentences are repeated word for word in another article.
// With `everywhere`, every sentence also holds those words (the story's
// main name): terms in every sentence.
std::vector<std::string> RandomCluster(unsigned seed, size_t articles,
                                       const std::string& everywhere = "") {
  // 24 real words most sentences share, and 200 made-up ones (two syllables)
  // that few do.
  std::vector<std::string> words = {
      "bridge", "harbor",  "crack",  "girder", "mayor",    "ferry",  "council", "budget",
      "storm",  "river",   "police", "strike", "tram",     "union",  "vote",    "court",
      "judge",  "witness", "school", "teacher", "hospital", "nurse", "engineer", "inspector"};
  const std::vector<std::string> syllables = {"ka", "lo", "mi", "te", "ru", "sa", "no", "vi",
                                              "pe", "do", "zu", "ba", "fi", "go"};
  for (const std::string& x : syllables) {
    for (const std::string& y : syllables) words.push_back(x + y + "n");
  }
  std::mt19937 random(seed);
  std::vector<std::string> texts(articles);
  std::string repeated;
  for (size_t a = 0; a < articles; ++a) {
    for (size_t s = 0; s < 12; ++s) {
      std::string sentence = "The" + everywhere;
      const size_t length = 4 + random() % 9;
      for (size_t w = 0; w < length; ++w) sentence += " " + words[random() % words.size()];
      sentence += ".";
      if (s == 3 && !repeated.empty()) sentence = repeated;  // a copied sentence
      if (s == 5) repeated = sentence;
      texts[a] += sentence + " ";
    }
  }
  return texts;
}

TEST(Attributor, NamesTheArticlesAttributeNames) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const std::vector<Document> documents = AnalyzeTexts(RandomCluster(seed, 7));
    const Corpus corpus = BuildCorpus(documents);
    ASSERT_GT(corpus.size(), 50u);
    for (double threshold : {0.3, 0.5, 0.9}) {
      const Attributor attributor(corpus, threshold);
      size_t carried = 0;  // (candidate, other article) pairs
      for (uint32_t i = 0; i < corpus.size(); ++i) {
        const std::vector<size_t> expected = Attribute(corpus, i, threshold);
        EXPECT_EQ(attributor.Sources(i), expected) << "seed " << seed << ", candidate " << i;
        carried += expected.size() - 1;
      }
      // The clusters are built to share some: the comparison must meet
      // both answers.
      EXPECT_GT(carried, 0u);
      EXPECT_LT(carried, corpus.size() * (documents.size() - 1));
    }
  }
}

// With a low bound on common terms, most candidates are attributed from
// the sentences that share a rare term (and, where the common terms could
// change the answer, an article sentence by sentence): the answers are
// still those of Attribute, on clusters where a name and "senator" are in
// every sentence and some made-up words in dozens.
TEST(Attributor, CommonTermsLeftUnreadChangeNoAnswer) {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const std::vector<Document> documents =
        AnalyzeTexts(RandomCluster(seed, 9, seed % 2 == 0 ? " senator Lund" : " Lund"));
    const Corpus corpus = BuildCorpus(documents);
    for (size_t common : {size_t{4}, size_t{12}, size_t{30}, size_t{60}}) {
      for (double threshold : {0.3, 0.5, 0.9}) {
        const Attributor attributor(corpus, threshold, common, 0);
        size_t carried = 0;
        for (uint32_t i = 0; i < corpus.size(); ++i) {
          const std::vector<size_t> expected = Attribute(corpus, i, threshold);
          EXPECT_EQ(attributor.Sources(i), expected)
              << "seed " << seed << ", common " << common << ", candidate " << i;
          carried += expected.size() - 1;
        }
        EXPECT_GT(carried, 0u);
        EXPECT_LT(carried, corpus.size() * (documents.size() - 1));
      }
    }
  }
}

TEST(PickIndex, FindsTheNearDuplicatesEveryPickWouldFind) {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const std::vector<Document> documents = AnalyzeTexts(RandomCluster(seed, 16));
    const Corpus corpus = BuildCorpus(documents);
    std::mt19937 random(seed);
    Selection selection;
    size_t redundant = 0;
    size_t indexed_kept = 0;  // candidates the index found no duplicate of
    // Past PickIndex::kDirectPicks picks the index answers: appended picks,
    // and once a list the caller replaced by a shorter one that is still
    // long enough to be indexed.
    const size_t rounds = PickIndex::kDirectPicks + 30;
    for (size_t round = 0; round < rounds; ++round) {
      if (round == rounds - 10) {
        selection.picks.erase(selection.picks.begin(), selection.picks.begin() + 3);
      }
      selection.picks.push_back({static_cast<uint32_t>(random() % corpus.size()), 0, 0});
      for (uint32_t i = 0; i < corpus.size(); ++i) {
        bool expected = false;
        for (const Pick& pick : selection.picks) {
          expected = expected || Repeats(corpus, i, pick.candidate, 0.5);
        }
        EXPECT_EQ(IsRedundant(corpus, i, selection, 0.5), expected)
            << "seed " << seed << ", round " << round << ", candidate " << i;
        redundant += expected;
        indexed_kept += selection.picks.size() > PickIndex::kDirectPicks && !expected;
      }
    }
    EXPECT_GT(redundant, 0u);
    EXPECT_GT(indexed_kept, 0u);
  }
}

// With a name and "senator" in every sentence, past kCommonPicks picks
// the candidates' common terms are left unread: the answers are still
// those of Repeats against every pick, at thresholds the common
// terms alone nearly reach and far above them.
TEST(PickIndex, CommonTermsLeftUnreadChangeNoAnswer) {
  const std::vector<Document> documents = AnalyzeTexts(RandomCluster(3, 16, " senator Lund"));
  const Corpus corpus = BuildCorpus(documents);
  std::mt19937 random(5);
  for (double threshold : {0.2, 0.35, 0.5}) {
    Selection selection;
    size_t redundant = 0;
    size_t kept = 0;
    while (selection.picks.size() < PickIndex::kCommonPicks + 60) {
      selection.picks.push_back({static_cast<uint32_t>(random() % corpus.size()), 0, 0});
      if (selection.picks.size() <= PickIndex::kCommonPicks) continue;
      for (uint32_t i = 0; i < corpus.size(); ++i) {
        bool expected = false;
        for (const Pick& pick : selection.picks) {
          expected = expected || Repeats(corpus, i, pick.candidate, threshold);
        }
        EXPECT_EQ(IsRedundant(corpus, i, selection, threshold), expected)
            << "threshold " << threshold << ", picks " << selection.picks.size() << ", candidate "
            << i;
        redundant += expected;
        kept += !expected;
      }
    }
    EXPECT_GT(redundant, 0u);
    EXPECT_GT(kept, 0u);
  }
}

// A pick that shares only common terms is still read when those terms
// could make it a repeat: here every sentence says "Senator Lund spoke",
// and one pick says nothing else. Against the picks that say more, the
// candidate of common terms only is found by its terms (every one of them
// in a pick), each term in more than kCommonPicks picks.
TEST(PickIndex, ReadsCommonTermsThatCanReachTheThreshold) {
  std::vector<std::string> texts;
  for (size_t a = 0; a < PickIndex::kCommonPicks + 10; ++a) {
    texts.push_back("Senator Lund spoke about the kaln" + std::to_string(a) + " plan.");
  }
  texts.push_back("Senator Lund spoke, and Lund spoke of ferries.");
  texts.push_back("Senator Lund spoke.");
  const std::vector<Document> documents = AnalyzeTexts(texts);
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.originals, texts.size());
  Selection selection;
  for (uint32_t j = 0; j + 1 < corpus.originals; ++j) selection.picks.push_back({j, 0, 0});
  const uint32_t candidate = static_cast<uint32_t>(corpus.originals - 1);
  ASSERT_TRUE(NearDuplicates(corpus, candidate, candidate - 1, 0.5));
  EXPECT_TRUE(IsRedundant(corpus, candidate, selection, 0.5));
  selection.picks.pop_back();
  ASSERT_TRUE(Repeats(corpus, candidate, 0, 0.5));
  EXPECT_TRUE(IsRedundant(corpus, candidate, selection, 0.5));
  // Picks that hold less of it than they add: nothing repeated.
  selection.picks.resize(PickIndex::kDirectPicks + 1);
  const uint32_t loud = static_cast<uint32_t>(corpus.originals - 2);  // "... of ferries."
  ASSERT_FALSE(Repeats(corpus, loud, 0, 0.5));
  EXPECT_FALSE(IsRedundant(corpus, loud, selection, 0.5));
}

// Four outlets' wordings of one fact share most content terms, though
// the story's idf weighs them near zero: the shorter repeats the longer,
// and the longer the shorter when it adds fewer terms than it shares; a
// sentence that adds as much as it shares does not.
TEST(Repeats, SentencesThatShareMostTermsRepeatEachOther) {
  const std::vector<Document> documents = AnalyzeTexts(
      {"The harbor bridge closed on Monday for urgent repairs to its cables, the city said.",
       "The harbor bridge closed for urgent repairs to its cables on Monday.",
       "The harbor bridge is closed for urgent repairs to its cables since Monday.",
       "Lopez said: \"We have no choice.\"",
       "\"We have no choice,\" said chief executive Maria Lopez.",
       "The harbor bridge closed after divers found cracked cables, ferries will run every "
       "half hour, and tolls rise in May."});
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.originals, 6u);
  EXPECT_TRUE(Repeats(corpus, 1, 0, 0.5));  // all its terms in the other
  EXPECT_TRUE(Repeats(corpus, 0, 1, 0.5));  // adds two terms to seven
  EXPECT_TRUE(NearDuplicates(corpus, 2, 1, 0.5));
  EXPECT_TRUE(Repeats(corpus, 4, 3, 0.5));   // one quotation, two wordings
  EXPECT_FALSE(Repeats(corpus, 5, 1, 0.5));  // says much more than it repeats
  EXPECT_FALSE(Repeats(corpus, 3, 0, 0.5));
  EXPECT_TRUE(RepeatsTerms(7, 9, 7));
  EXPECT_TRUE(RepeatsTerms(9, 7, 7));
  EXPECT_FALSE(RepeatsTerms(12, 4, 4));  // holds a short one, adds twice as much
  EXPECT_FALSE(RepeatsTerms(0, 4, 0));
}

// The index expects picks to be appended. A list reordered (as
// ReadingOrder does) or changed in the middle, its last pick kept, is
// found within (picks / kChecked) queries, and the index then answers as
// testing every pick does.
TEST(PickIndex, FindsPicksChangedInPlace) {
  const std::vector<Document> documents = AnalyzeTexts(RandomCluster(2, 16));
  const Corpus corpus = BuildCorpus(documents);
  const auto direct = [&](const std::vector<Pick>& picks, uint32_t i) {
    return std::any_of(picks.begin(), picks.end(), [&](const Pick& pick) {
      return NearDuplicates(corpus, i, pick.candidate, 0.5);
    });
  };
  for (int change = 0; change < 2; ++change) {
    Selection selection;
    for (uint32_t p = 0; p < PickIndex::kDirectPicks + 20; ++p) {
      selection.picks.push_back({p * 2, 0, 0});  // even candidates
    }
    for (uint32_t i = 0; i < corpus.size(); ++i) {
      ASSERT_EQ(IsRedundant(corpus, i, selection, 0.5), direct(selection.picks, i));
    }
    const std::vector<Pick> before = selection.picks;
    if (change == 0) {  // odd candidates in the middle
      for (size_t p = 10; p < 30; ++p) selection.picks[p].candidate += 1;
    } else {  // reordered, the last kept last
      std::reverse(selection.picks.begin(), selection.picks.end() - 1);
    }
    const size_t found_within = selection.picks.size() / PickIndex::kChecked + 1;
    for (uint32_t query = 0; query < found_within; ++query) {
      (void)IsRedundant(corpus, query % corpus.size(), selection, 0.5);
    }
    size_t differ = 0;  // answers the change made different
    for (uint32_t i = 0; i < corpus.size(); ++i) {
      const bool expected = direct(selection.picks, i);
      EXPECT_EQ(IsRedundant(corpus, i, selection, 0.5), expected)
          << "change " << change << ", candidate " << i;
      differ += expected != direct(before, i);
    }
    if (change == 0) {
      EXPECT_GT(differ, 0u);
    }
  }
}

}  // namespace
}  // namespace concord::summarize::internal
