#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::Story;

Story HarborStory() {
  Story story;
  story.Add("Gazette",
            {
                "The Harbor Bridge will close for repairs on Monday, the city council said.",
                "Mayor Ada Brennan said the repairs would cost $4 million.",
                "The harbor authority immediately ruled out any ferry subsidy for commuters.",
                "At least 1,200 cars cross the bridge every hour.",
            });
  story.Add("Ledger",
            {
                "City council members said the Harbor Bridge would close for repairs Monday.",
                "Brennan, the mayor, said the repairs will cost about $4 million.",
                "Commuters complained about the closure at a meeting on Tuesday evening.",
                "About 1,500 cars cross the bridge every hour, according to traffic data.",
            });
  return story;
}

TEST(Align, SameContentInTwoOutletsIsShared) {
  const Story story = HarborStory();
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(SupportingArticles(a, 0, 0), (std::vector<size_t>{0, 1}));
  EXPECT_EQ(SupportingArticles(a, 1, 1), (std::vector<size_t>{0, 1}));
  const ContentGroup& g = a.groups[a.group_of[0][0]];
  EXPECT_EQ(g.outlets, (std::vector<std::string>{"Gazette", "Ledger"}));
}

// A story of one sentence per outlet: every feature is in every sentence.
// With log(N / df) each would weigh 0 and nothing could be linked; the one
// idf (text::InverseFrequency) keeps them above 0.
TEST(Align, TwoSentenceStoryTellingOneThingIsShared) {
  Story story;
  story.Add("Gazette", {"The Harbor Bridge will close for repairs on Monday."});
  story.Add("Ledger", {"The Harbor Bridge closes for repairs on Monday."});
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(a.shared.size(), 1u);
  EXPECT_EQ(SupportingArticles(a, 0, 0), (std::vector<size_t>{0, 1}));
}

TEST(Align, ContentOnlyOneOutletHasIsUnique) {
  const Story story = HarborStory();
  const Alignment a = Align(story.articles, story.documents);
  // The ferry subsidy shares "commuters" with a Ledger sentence and nothing
  // else: it must not be called shared.
  EXPECT_EQ(SupportingArticles(a, 0, 2), (std::vector<size_t>{0}));
  const size_t group = a.group_of[0][2];
  EXPECT_NE(std::find(a.unique.begin(), a.unique.end(), group), a.unique.end());
  EXPECT_EQ(SupportingArticles(a, 1, 2), (std::vector<size_t>{1}));
}

TEST(Align, DifferentNumbersForTheSameThingAreListed) {
  const Story story = HarborStory();
  const Alignment a = Align(story.articles, story.documents);
  ASSERT_FALSE(a.number_differences.empty());
  const NumberDifference& d = a.number_differences.front();
  EXPECT_EQ(d.what, "cars");
  EXPECT_EQ(d.first_value, "1,200");
  EXPECT_EQ(d.second_value, "1,500");
  EXPECT_EQ(d.first.article, 0u);
  EXPECT_EQ(d.second.article, 1u);
}

// A shared group says its outlets report one thing: a sentence that
// negates the other's, or gives another number for the same thing, is not
// in it (the numbers are still listed apart).
TEST(Align, ANegationOrAnotherNumberIsNotShared) {
  Story story;
  story.Add("Alpha", {"The mayor of Springfield resigned on Monday after a long scandal over "
                      "city contracts.",
                      "A fire at the city depot killed 12 people on Tuesday, the police said."});
  story.Add("Beta", {"The mayor of Springfield did not resign on Monday after a long scandal "
                     "over city contracts.",
                     "A fire at the city depot killed 20 people on Tuesday, the police said."});
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(SupportingArticles(a, 0, 0), (std::vector<size_t>{0}));
  EXPECT_EQ(SupportingArticles(a, 0, 1), (std::vector<size_t>{0}));
  EXPECT_TRUE(a.shared.empty());
  ASSERT_EQ(a.number_differences.size(), 1u);
  EXPECT_EQ(a.number_differences.front().second_value, "20");
  // Without the difference, both are shared.
  Story same;
  same.Add("Alpha", {"The mayor of Springfield resigned on Monday after a long scandal over "
                     "city contracts."});
  same.Add("Beta", {"The mayor of Springfield resigned on Monday after a long scandal over "
                    "city contracts, officials said."});
  EXPECT_EQ(SupportingArticles(Align(same.articles, same.documents), 0, 0),
            (std::vector<size_t>{0, 1}));
  // The negation is listed as a contradiction, the other number is not.
  ASSERT_EQ(a.contradictions.size(), 1u);
  EXPECT_EQ(a.contradictions[0].first.article, 0u);
  EXPECT_EQ(a.contradictions[0].first.sentence, 0u);
  EXPECT_EQ(a.contradictions[0].second.article, 1u);
  EXPECT_EQ(a.contradictions[0].second.sentence, 0u);
  EXPECT_TRUE(Align(same.articles, same.documents).contradictions.empty());
}

// Copies of one wording against copies of the other are one contradiction.
TEST(Align, OneDisagreementIsListedOnce) {
  Story story;
  const std::string said =
      "The mayor of Springfield resigned on Monday after a long scandal over city contracts.";
  const std::string denied =
      "The mayor of Springfield did not resign on Monday after a long scandal over city contracts.";
  for (const char* outlet : {"Alpha", "Beta", "Gamma"}) story.Add(outlet, {said});
  for (const char* outlet : {"Delta", "Epsilon", "Zeta"}) story.Add(outlet, {denied});
  const Alignment a = Align(story.articles, story.documents);
  ASSERT_EQ(a.contradictions.size(), 1u);
  EXPECT_EQ(a.contradictions[0].first.article, 0u);
}

// Two articles of one outlet that disagree are no contradiction between
// outlets: the list names what one outlet says against another.
TEST(Align, OneOutletAgainstItselfIsNoContradiction) {
  Story story;
  story.Add("Alpha", {"The mayor of Springfield resigned on Monday after a long scandal over "
                      "city contracts."});
  story.Add("Alpha", {"The mayor of Springfield did not resign on Monday after a long scandal "
                      "over city contracts."});
  story.Add("Beta", {"The city depot reopened on Wednesday."});
  EXPECT_TRUE(Align(story.articles, story.documents).contradictions.empty());
}

// A sentence split from another outlet's for its other number is not that
// outlet's unique fact: the other reports the same thing, otherwise.
TEST(Align, ASentenceWithAnotherNumberIsNoUniqueFact) {
  Story story;
  story.Add("Alpha", {"The gory video, filmed on a smartphone by a tourist from Oslo near the "
                      "harbour gate, has had 3.7 million views on the site.",
                      "Police are looking for the man who filmed it."});
  story.Add("Beta", {"The gory video has had 4 million views on the site.",
                     "The man who filmed it has not been found."});
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(SupportingArticles(a, 0, 0), (std::vector<size_t>{0}));
  EXPECT_EQ(std::find(a.unique.begin(), a.unique.end(), a.group_of[0][0]), a.unique.end());
  EXPECT_FALSE(a.number_differences.empty());
}

TEST(Align, NameVariantsLinkSentences) {
  Story story;
  story.Add("A", {"Prime Minister Nuri al-Maliki refused permission for the strikes, "
                  "officials said.",
                  "Rain fell on the capital."});
  story.Add(
      "B", {"Nouri al-Maliki refused permission for strikes.", "Markets were calm in the region."});
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(SupportingArticles(a, 0, 0), (std::vector<size_t>{0, 1}));
  bool grouped = false;
  for (const Entity& e : a.entities) {
    grouped |=
        std::find(e.variants.begin(), e.variants.end(), "Nuri al-Maliki") != e.variants.end() &&
        std::find(e.variants.begin(), e.variants.end(), "Nouri al-Maliki") != e.variants.end();
  }
  EXPECT_TRUE(grouped);
}

TEST(Align, MentionsAreReadFromTheArticleWords) {
  Story story;
  story.Add("A", {"Secretary of State John Kerry met Iraqi leaders.", "Kerry left Baghdad."});
  story.Add("B", {"John Kerry met Iraqi leaders on Sunday."});
  const Alignment a = Align(story.articles, story.documents);
  ASSERT_FALSE(a.mentions.empty());
  for (const NameMention& m : a.mentions) {
    const Sentence& sentence = story.documents[m.article].sentences[m.sentence];
    const std::string& text = story.articles[m.article].text;
    // The surface is bytes of its sentence's span of Article::text.
    const size_t at = text.find(m.surface, sentence.start);
    ASSERT_NE(at, std::string::npos) << m.surface;
    EXPECT_LE(at + m.surface.size(), sentence.end) << m.surface;
  }
  EXPECT_EQ(a.mentions[0].surface, "Secretary of State John Kerry");
  EXPECT_EQ(a.mentions[0].name, "John Kerry");
  size_t kerry = 0;
  for (const NameMention& m : a.mentions) {
    if (m.surface == "Kerry") {
      EXPECT_EQ(m.entity, a.mentions[0].entity);  // "Kerry" is John Kerry
      ++kerry;
    }
  }
  EXPECT_EQ(kerry, 1u);
}

TEST(Align, SameOutletTwiceIsNotShared) {
  Story story;
  story.Add("A", {"The factory in Millbrook will close next spring, the owners said."});
  story.Add("A", {"Owners said the Millbrook factory will close next spring."});
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(SupportingArticles(a, 0, 0), (std::vector<size_t>{0, 1}));
  EXPECT_TRUE(a.shared.empty());
}

TEST(Align, OutOfRangeReferenceGivesNothing) {
  const Story story = HarborStory();
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_TRUE(SupportingArticles(a, 5, 0).empty());
  EXPECT_TRUE(SupportingArticles(a, 0, 99).empty());
}

// Every sentence is in exactly one group, the one group_of names; and no
// state carries over between calls: a separately built copy of the story,
// aligned after another story, gives the same groups. (Sameness across
// thread counts is tested on the command line, in separate processes.)
TEST(Align, EverySentenceIsInOneGroupAndNoStateCarriesOver) {
  const Story story = HarborStory();
  const Alignment a = Align(story.articles, story.documents);
  size_t sentences = 0;
  for (size_t g = 0; g < a.groups.size(); ++g) {
    for (const SentenceRef& ref : a.groups[g].sentences) {
      ++sentences;
      ASSERT_LT(ref.article, a.group_of.size());
      ASSERT_LT(ref.sentence, a.group_of[ref.article].size());
      EXPECT_EQ(a.group_of[ref.article][ref.sentence], g);
    }
  }
  EXPECT_EQ(sentences, 8u);
  EXPECT_LT(a.groups.size(), 8u);  // some content is shared
  Story other;
  other.Add("Courier", {"A bakery on Main Street won the bread prize on Saturday."});
  other.Add("Wire", {"The Main Street bakery took the city's bread prize."});
  EXPECT_FALSE(Align(other.articles, other.documents).groups.empty());
  const Story copy = HarborStory();
  const Alignment b = Align(copy.articles, copy.documents);
  EXPECT_EQ(a.group_of, b.group_of);
  ASSERT_EQ(a.groups.size(), b.groups.size());
  for (size_t g = 0; g < a.groups.size(); ++g) {
    EXPECT_EQ(a.groups[g].outlets, b.groups[g].outlets);
    EXPECT_EQ(a.groups[g].similarity, b.groups[g].similarity);
  }
}

TEST(Align, EmptyAndMismatchedInputsDoNotFail) {
  Story story;
  story.Add("A", {});
  story.Add("B", {"Only one sentence here."});
  const Alignment a = Align(story.articles, story.documents);
  EXPECT_EQ(a.groups.size(), 1u);
  std::vector<Document> fewer(1);
  const Alignment b = Align(story.articles, fewer);
  EXPECT_TRUE(b.groups.empty());
  EXPECT_FALSE(Compare({}, {}).ok());
  EXPECT_FALSE(Compare(story.articles, fewer).ok());
}

// The index of rare features must find what comparing every pair finds
// when every sentence has no more features than the lookup uses (four
// content words: four stems and three bigrams) and no feature is common.
TEST(Align, IndexAgreesWithAllPairsOnGeneratedStories) {
  const std::vector<std::string> words = {
      "river", "bridge",  "council", "repairs", "budget",    "traffic", "ferry",  "mayor",
      "vote",  "closure", "harbor",  "cars",    "engineers", "steel",   "cables", "report"};
  uint32_t seed = 7;
  auto next = [&]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  size_t links_seen = 0;
  for (int round = 0; round < 5; ++round) {
    Story story;
    for (int art = 0; art < 4; ++art) {
      std::vector<std::string> sentences;
      for (int s = 0; s < 8; ++s) {
        std::string sentence = "The";
        for (int w = 0; w < 4; ++w) sentence += " " + words[next() % words.size()];
        sentences.push_back(sentence + ".");
      }
      story.Add("outlet" + std::to_string(art), sentences);
    }
    CompareOptions all_pairs;
    all_pairs.max_postings = 1u << 30;
    all_pairs.lookup_features = 1u << 30;
    const Alignment fast = Align(story.articles, story.documents);
    const Alignment slow = Align(story.articles, story.documents, all_pairs);
    EXPECT_EQ(fast.group_of, slow.group_of);
    links_seen += slow.shared.size();
  }
  EXPECT_GT(links_seen, 0u);  // the generated stories do hold shared content
}

// Many articles: a sentence keeps its best match per article only while it
// is linked (LinkSentence keeps them between sentences, reset where set), so
// each of four sentences that every outlet prints, in a different order,
// is one group across all the articles, as comparing every pair finds.
TEST(Align, ManyArticlesLinkEachSentenceToItsCopies) {
  const std::vector<std::string> said = {
      "The Harbor Bridge will close for repairs on Monday morning.",
      "Mayor Ada Brennan said the steel cables cost four million dollars.",
      "Ferry crews expect long queues of commuters near the river terminal.",
      "Engineers found cracked concrete under the northern approach ramp."};
  Story story;
  for (size_t art = 0; art < 30; ++art) {
    std::vector<std::string> sentences;
    for (size_t s = 0; s < said.size(); ++s) sentences.push_back(said[(s + art) % said.size()]);
    story.Add("outlet" + std::to_string(art), sentences);
  }
  CompareOptions all_pairs;
  all_pairs.max_postings = 1u << 30;
  all_pairs.lookup_features = 1u << 30;
  for (const CompareOptions& options : {CompareOptions{}, all_pairs}) {
    const Alignment a = Align(story.articles, story.documents, options);
    ASSERT_EQ(a.groups.size(), said.size());
    for (const ContentGroup& g : a.groups) {
      EXPECT_EQ(g.articles.size(), 30u);
      for (const SentenceRef& ref : g.sentences) {
        EXPECT_EQ(story.documents[ref.article].sentences[ref.sentence].text,
                  story.documents[g.sentences[0].article].sentences[g.sentences[0].sentence].text);
      }
    }
  }
}

}  // namespace
}  // namespace concord::compare
