// FindCopies (src/group/duplicates.cc) on stories written for this test:
// stories of up to DuplicateIndex::kBucketLimit articles take a short cut
// (the exact test first, MinHash only for pairs that pass it), which must
// give the very answer of the LSH index run article by article.
#include "group/duplicates.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/group.h"
#include "group/features.h"

namespace concord::group {
namespace {

const char* const kWords[] = {"harbor",  "bridge",   "cable",  "crack",    "ferry",  "mayor",
                              "council", "engineer", "steel",  "tower",    "repair", "traffic",
                              "bay",     "port",     "alder",  "commuter", "weekly", "span",
                              "survey",  "closed",   "monday", "budget",   "crew",   "inspector"};
constexpr size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);

// A deterministic pseudo-random sequence (a 64-bit LCG) so every run
// writes the same stories.
struct Lcg {
  uint64_t state;
  size_t Next(size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33) % bound;
  }
};

// An article of `words` made-up words: sentences of eight words each.
std::string Text(const std::vector<size_t>& words) {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    text += kWords[words[i]];
    text += (i % 8 == 7) ? ". " : " ";
  }
  return text;
}

// The index's own answer, article by article (what FindCopies did before).
std::vector<size_t> IndexAnswer(const std::vector<Article>& articles,
                                const std::vector<Document>& documents) {
  const GroupOptions options;
  DuplicateIndex index(options);
  std::vector<size_t> copy_of(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    copy_of[i] =
        index
            .FindAndAdd(
                i, LeadShingles(documents[i].sentences, options.shingle_words, articles[i].text),
                LeadFacts(documents[i].sentences, options.shingle_words), 0)
            .value_or(i);
  }
  return copy_of;
}

// Stories of `n` articles: each one a fresh text or an earlier one with a
// few words changed (0 to 60 of 200), so that resemblance falls on both
// sides of the thresholds and LSH both finds and misses pairs.
TEST(FindCopiesTest, SmallStoriesGiveTheIndexAnswer) {
  Lcg random{12345};
  size_t copies = 0;
  size_t originals = 0;
  for (size_t story = 0; story < 40; ++story) {
    const size_t n = 2 + random.Next(DuplicateIndex::kBucketLimit - 1);
    std::vector<std::vector<size_t>> words;
    std::vector<Article> articles(n);
    for (size_t a = 0; a < n; ++a) {
      std::vector<size_t> w(200);
      if (a > 0 && random.Next(3) != 0) {
        w = words[random.Next(a)];
        const size_t changes = random.Next(61);
        for (size_t c = 0; c < changes; ++c) w[random.Next(w.size())] = random.Next(kWordCount);
      } else {
        for (size_t& x : w) x = random.Next(kWordCount);
      }
      words.push_back(w);
      articles[a].id = "a" + std::to_string(a);
      // An empty article now and then: it has no shingles and copies nothing.
      articles[a].text = random.Next(10) == 0 ? "" : Text(w);
    }
    text::Tokenizer tokenizer;
    const std::vector<Document> documents = text::AnalyzeArticles(articles, tokenizer);
    const std::vector<size_t> expected = IndexAnswer(articles, documents);
    ASSERT_EQ(FindCopies(articles, documents), expected) << "story " << story;
    for (size_t a = 0; a < n; ++a) (expected[a] == a ? originals : copies) += 1;
  }
  // The stories exercise both answers.
  EXPECT_GT(copies, 50u);
  EXPECT_GT(originals, 50u);
}

TEST(FindCopiesTest, ExactCopiesPointToTheFirst) {
  std::vector<Article> articles(3);
  const std::string text =
      "The Harbor Bridge in Port Alder was closed on Monday after inspectors found cracks in two "
      "steel cables. Mayor Lena Ortiz said ferries would carry commuters across the bay while "
      "engineers study the damage to the suspension span and the council meets on Friday.";
  articles[0].text = text;
  articles[1].text = "Ferries ran all night across the bay as the bridge stayed shut.";
  articles[2].text = text;
  text::Tokenizer tokenizer;
  const std::vector<Document> documents = text::AnalyzeArticles(articles, tokenizer);
  EXPECT_EQ(FindCopies(articles, documents), (std::vector<size_t>{0, 1, 0}));
}

// Two reports of different events from one template: the same sentences
// with another town and another toll. Their shingles resemble as a lightly
// edited copy's do, but each lead states a name the other never writes, so
// neither copies the other (in a story, and in the index).
TEST(FindCopiesTest, TemplateOfAnotherEventIsNoCopy) {
  const std::string rest =
      " The blaze started in the early morning and spread quickly through the building. Police "
      "have opened an investigation into the cause of the fire, and the plant stays closed until "
      "inspectors have checked the roof and the walls.";
  std::vector<Article> articles(2);
  articles[0].text =
      "A fire at a warehouse in Lyon killed three workers on Tuesday, firefighters "
      "said." +
      rest;
  articles[1].text =
      "A fire at a warehouse in Hamburg killed two workers on Tuesday, firefighters "
      "said." +
      rest;
  text::Tokenizer tokenizer;
  const std::vector<Document> documents = text::AnalyzeArticles(articles, tokenizer);
  EXPECT_EQ(FindCopies(articles, documents), (std::vector<size_t>{0, 1}));
  EXPECT_EQ(IndexAnswer(articles, documents), (std::vector<size_t>{0, 1}));
  // Only the number replaced: an update of the report (its toll rose), so
  // still a copy.
  articles[0].text =
      "A fire at a warehouse in Lyon killed three workers on Tuesday, firefighters "
      "said." +
      rest;
  articles[1].text =
      "A fire at a warehouse in Lyon killed 12 workers on Tuesday, firefighters "
      "said." +
      rest;
  const std::vector<Document> update = text::AnalyzeArticles(articles, tokenizer);
  EXPECT_EQ(FindCopies(articles, update), (std::vector<size_t>{0, 0}));
}

// A copy that adds a dateline and a byline, or drops a name, states
// nothing the original contradicts: still a copy.
TEST(FindCopiesTest, CopyWithAddedOrDroppedNamesIsACopy) {
  const std::string lead =
      "A fire at a warehouse in Lyon killed three workers on Tuesday, firefighters said. The "
      "blaze started in the early morning and spread quickly through the building. Police have "
      "opened an investigation into the cause of the fire, and the plant stays closed until "
      "inspectors have checked the roof and the walls.";
  std::vector<Article> articles(3);
  articles[0].text = lead;
  articles[1].text = "By Anne Martin, Reuters. LYON, France - " + lead;
  articles[2].text =
      "A fire at a warehouse killed three workers on Tuesday, firefighters said. The blaze started "
      "in the early morning and spread quickly through the building. Police have opened an "
      "investigation into the cause of the fire, and the plant stays closed until inspectors "
      "have checked the roof and the walls.";
  text::Tokenizer tokenizer;
  const std::vector<Document> documents = text::AnalyzeArticles(articles, tokenizer);
  EXPECT_EQ(FindCopies(articles, documents), (std::vector<size_t>{0, 0, 0}));
}

// A copy that writes a country another way ("the U.S." for "the United
// States", "Britain" for "the United Kingdom") names no other place: still
// a copy (it was none after the template rule of stop 29; found by the
// review of stop 29). Another country is still another event.
TEST(FindCopiesTest, OneCountryWrittenAnotherWayIsACopy) {
  const std::string rest =
      " over the next year as demand for its printers falls. The company has struggled since sales "
      "of home printers slumped during the pandemic. Its shares fell 8 percent in early trading, "
      "and analysts said the cuts were larger than expected.";
  std::vector<Article> articles(4);
  articles[0].text = "Acme Corp said on Tuesday it will cut 2,000 jobs in the United States" + rest;
  articles[1].text = "Acme Corp said on Tuesday it will cut 2,000 jobs in the U.S." + rest;
  articles[2].text = "Acme Corp said on Tuesday it will cut 2,000 jobs in America" + rest;
  articles[3].text = "Acme Corp said on Tuesday it will cut 2,000 jobs in Canada" + rest;
  text::Tokenizer tokenizer;
  const std::vector<Document> documents = text::AnalyzeArticles(articles, tokenizer);
  EXPECT_EQ(FindCopies(articles, documents), (std::vector<size_t>{0, 0, 0, 3}));
  EXPECT_EQ(IndexAnswer(articles, documents), (std::vector<size_t>{0, 0, 0, 3}));
}

}  // namespace
}  // namespace concord::group
