#include "compare/quote_merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

Quote MakeQuote(size_t article, const std::string& text, const std::string& speaker = "") {
  Quote q;
  q.article = article;
  q.text = text;
  q.parts.push_back({0, text.size()});
  q.speaker = speaker;
  q.speaker_name = speaker;
  return q;
}

std::vector<Article> TwoOutlets() {
  return {concord::testing::TextArticle("a", "Gazette"),
          concord::testing::TextArticle("b", "Ledger")};
}

TEST(MergeQuotes, TrimmedQuoteJoinsTheFullOne) {
  std::vector<Quote> quotes = {
      MakeQuote(0,
                "What I said is we are interested in talking with the council to make "
                "clear what we're thinking",
                "Ada Brennan"),
      MakeQuote(1, "What I said is we are interested in talking with the council.", "Brennan")};
  const std::vector<QuoteGroup> groups = MergeQuotes(quotes, TwoOutlets());
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].outlets, (std::vector<std::string>{"Gazette", "Ledger"}));
  EXPECT_EQ(quotes[0].group, quotes[1].group);
}

// A speaker written as a pronoun and left unresolved names nobody: a
// relative one ("a group …, which said it was …") no more than "he".
TEST(MergeQuotes, AnUnresolvedPronounNamesNoSpeaker) {
  for (const std::string written : {"which", "Who", "he", "they"}) {
    Quote q = MakeQuote(0, "wrong for the mayor to close the pier before the storm");
    q.speaker = written;
    std::vector<Quote> quotes = {q};
    const std::vector<QuoteGroup> groups = MergeQuotes(quotes, TwoOutlets());
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].speaker, "") << written;
  }
  Quote named = MakeQuote(0, "wrong for the mayor to close the pier before the storm");
  named.speaker = "the club";
  std::vector<Quote> quotes = {named};
  EXPECT_EQ(MergeQuotes(quotes, TwoOutlets())[0].speaker, "the club");
}

TEST(MergeQuotes, ContractionsDoNotSeparateQuotes) {
  std::vector<Quote> quotes = {MakeQuote(0, "We're not sitting around waiting for that."),
                               MakeQuote(1, "We are not sitting around waiting")};
  EXPECT_EQ(MergeQuotes(quotes, TwoOutlets()).size(), 1u);
}

TEST(MergeQuotes, ShortPhraseJoinsTheQuoteThatContainsIt) {
  std::vector<Quote> quotes = {MakeQuote(0, "head-scratcher"),
                               MakeQuote(1, "It would be a head-scratcher")};
  EXPECT_EQ(MergeQuotes(quotes, TwoOutlets()).size(), 1u);
  std::vector<Quote> apart = {MakeQuote(0, "head"), MakeQuote(1, "It is ahead of time")};
  EXPECT_EQ(MergeQuotes(apart, TwoOutlets()).size(), 2u);
}

TEST(MergeQuotes, DifferentQuotesStayApart) {
  std::vector<Quote> quotes = {MakeQuote(0, "We will win the vote in the council"),
                               MakeQuote(1, "The vote was a disaster for all of us")};
  EXPECT_EQ(MergeQuotes(quotes, TwoOutlets()).size(), 2u);
}

TEST(MergeQuotes, GroupSpeakerIsTheMostFrequentName) {
  std::vector<Quote> quotes = {MakeQuote(0, "The bridge is safe to use today", "Ada Brennan"),
                               MakeQuote(1, "the bridge is safe to use", "Ada Brennan"),
                               MakeQuote(1, "The bridge is safe", "")};
  const std::vector<QuoteGroup> groups = MergeQuotes(quotes, TwoOutlets());
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].speaker, "Ada Brennan");
  EXPECT_EQ(groups[0].text, "The bridge is safe to use today");
}

// An endorsement and the candidate's own words share "secure the border"
// (BASIL's Arpaio / Perry story): two speakers, two groups, and the group
// shown for the endorsement is the endorser's.
TEST(MergeQuotes, DifferentNamedSpeakersAreNeverJoined) {
  std::vector<Quote> quotes = {
      MakeQuote(0, "Nobody has done more to secure the border than Governor Lund", "Ada Brennan"),
      MakeQuote(0, "As governor I will secure the border within a year", "Tom Lund"),
      MakeQuote(1, "secure the border within a year", "Tom Lund"),
      MakeQuote(1, "nobody has done more to secure the border than Governor Lund", "Ada Brennan")};
  const std::vector<QuoteGroup> groups = MergeQuotes(quotes, TwoOutlets());
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(quotes[0].group, quotes[3].group);
  EXPECT_EQ(quotes[1].group, quotes[2].group);
  EXPECT_NE(quotes[0].group, quotes[1].group);
  EXPECT_EQ(groups[quotes[0].group].speaker, "Ada Brennan");
  EXPECT_EQ(groups[quotes[1].group].speaker, "Tom Lund");
}

TEST(MergeQuotes, UnresolvedPronounIsNotAGroupSpeaker) {
  std::vector<Quote> quotes = {MakeQuote(0, "The bridge is safe to use today"),
                               MakeQuote(1, "the bridge is safe to use")};
  quotes[0].speaker = "he";
  quotes[1].speaker = "He";
  const std::vector<QuoteGroup> groups = MergeQuotes(quotes, TwoOutlets());
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].speaker, "");
}

// The candidate pairs find every pair the all-pairs loop joins: the groups
// are the same on random quotes over a small vocabulary (so that many
// share words, phrases and repeated words), with and without speakers.
TEST(MergeQuotes, CandidatePairsGiveTheSameGroupsAsAllPairs) {
  const std::vector<std::string> vocabulary = {
      "the",    "border", "secure", "we",      "are",  "not",  "a",  "of",
      "bridge", "safe",   "vote",   "council", "will", "win",  "it", "is",
      "year",   "within", "people", "money",   "tax",  "plan", "to", "and"};
  const std::vector<std::string> speakers = {"", "", "Ada Brennan", "Tom Lund"};
  std::mt19937 random(7);
  size_t joined = 0;
  for (int round = 0; round < 20; ++round) {
    std::vector<Quote> quotes;
    for (int q = 0; q < 60; ++q) {
      const size_t length = 1 + random() % 12;
      std::string text;
      for (size_t w = 0; w < length; ++w) {
        if (!text.empty()) text += ' ';
        text += vocabulary[random() % vocabulary.size()];
      }
      quotes.push_back(MakeQuote(q % 2, text, speakers[random() % speakers.size()]));
    }
    const std::vector<size_t> fast = internal::QuoteComponents(quotes, false);
    const std::vector<size_t> slow = internal::QuoteComponents(quotes, true);
    EXPECT_EQ(fast, slow) << "round " << round;
    for (size_t i = 0; i < fast.size(); ++i) joined += fast[i] != i ? 1 : 0;
  }
  EXPECT_GT(joined, 100u);  // the check is not vacuous: many quotes were joined
}

// A short phrase is looked up through its rarest word, so it is paired
// with the quote that holds it even when its other words are everywhere.
TEST(MergeQuotes, CandidatePairsHoldEveryMatchingPair) {
  std::vector<Quote> quotes = {MakeQuote(0, "the head-scratcher"),
                               MakeQuote(1, "the vote is the vote"),
                               MakeQuote(1, "It would be the head-scratcher of the year")};
  const std::vector<internal::QuoteKey> keys = internal::QuoteKeys(quotes);
  const auto pairs = internal::CandidatePairs(keys);
  EXPECT_NE(std::find(pairs.begin(), pairs.end(), std::make_pair<size_t, size_t>(0, 2)),
            pairs.end());
  for (size_t i = 0; i < quotes.size(); ++i) {
    for (size_t j = i + 1; j < quotes.size(); ++j) {
      if (internal::SameQuote(keys[i], keys[j])) {
        EXPECT_NE(std::find(pairs.begin(), pairs.end(), std::make_pair(i, j)), pairs.end());
      }
    }
  }
}

// Every pair SameQuote joins is a candidate, on random quotes that all say
// "border wall" and draw the rest from a few common words and many rare
// ones (the prefix filter reads the rare ones), and the candidates are
// not all pairs.
// The words two keys share, as multisets.
size_t SharedWords(const internal::QuoteKey& a, const internal::QuoteKey& b) {
  std::vector<uint32_t> both;
  std::set_intersection(a.sorted.begin(), a.sorted.end(), b.sorted.begin(), b.sorted.end(),
                        std::back_inserter(both));
  return both.size();
}

// Sorted, each pair once.
bool IncreasingPairs(const std::vector<std::pair<size_t, size_t>>& pairs) {
  return std::adjacent_find(pairs.begin(), pairs.end(),
                            [](const auto& a, const auto& b) { return !(a < b); }) == pairs.end();
}

// What the random candidate tests count over their rounds.
struct PairCounts {
  size_t matching = 0;    // pairs SameQuote joins
  size_t candidates = 0;  // pairs CandidatePairs gives
  size_t all = 0;         // every pair of quotes
};

// Checks that every pair of `quotes` that SameQuote joins is among the
// candidates, given sorted and each once, and adds to `counts`.
void ExpectEveryMatchingPairACandidate(const std::vector<Quote>& quotes, int round,
                                       PairCounts* counts) {
  // Below the bound on postings no word is too common to look up by.
  ASSERT_LE(quotes.size(), internal::kMaxPostings);
  const std::vector<internal::QuoteKey> keys = internal::QuoteKeys(quotes);
  const auto pairs = internal::CandidatePairs(keys);
  EXPECT_TRUE(IncreasingPairs(pairs)) << "round " << round;
  for (size_t i = 0; i < quotes.size(); ++i) {
    for (size_t j = i + 1; j < quotes.size(); ++j) {
      if (!internal::SameQuote(keys[i], keys[j])) continue;
      ++counts->matching;
      EXPECT_TRUE(std::binary_search(pairs.begin(), pairs.end(), std::make_pair(i, j)))
          << "round " << round << ": " << quotes[i].text << " / " << quotes[j].text;
    }
  }
  counts->candidates += pairs.size();
  counts->all += quotes.size() * (quotes.size() - 1) / 2;
}

TEST(MergeQuotes, CandidatePairsHoldEveryPairOfQuotesSharingWords) {
  std::vector<std::string> vocabulary = {"the", "we",     "are",  "not", "of",   "to",     "it",
                                         "is",  "secure", "vote", "tax", "plan", "people", "year"};
  for (const char* x : {"ka", "lo", "mi", "te", "ru", "sa", "no", "vi"}) {
    for (const char* y : {"pe", "do", "zu", "ba", "fi", "go"})
      vocabulary.push_back(std::string(x) + y);
  }
  std::mt19937 random(11);
  PairCounts counts;
  for (int round = 0; round < 10; ++round) {
    std::vector<Quote> quotes;
    for (int q = 0; q < 80; ++q) {
      std::string text = "border wall";
      const size_t length = random() % 14;
      for (size_t w = 0; w < length; ++w) {
        const size_t pool = random() % 3 == 0 ? 14 : vocabulary.size();
        text += " " + vocabulary[random() % pool];
      }
      if (q % 9 == 0) text = quotes.empty() ? text : quotes.back().text + " again";
      quotes.push_back(MakeQuote(q % 3, text));
    }
    ExpectEveryMatchingPairACandidate(quotes, round, &counts);
  }
  EXPECT_GT(counts.matching, 50u);               // the check is not vacuous
  EXPECT_LT(counts.candidates, counts.all / 2);  // and the filter leaves pairs out
}

// Quotes made from others by replacing, repeating and moving words, so that
// many pairs share just about the 60% the rule asks (or one word less), and
// the story's common words ("border", "wall", "the") are in every quote:
// the candidates still hold every pair that is one quote, each once. Made
// one word tighter, the filters (prefix, positions, counts) lose some.
TEST(MergeQuotes, CandidatePairsHoldPairsAtTheThreshold) {
  std::vector<std::string> rare;
  for (const char* x : {"ka", "lo", "mi", "te", "ru", "sa", "no", "vi", "be", "du"}) {
    for (const char* y : {"pe", "do", "zu", "ba", "fi", "go", "ne", "ra"})
      rare.push_back(std::string(x) + y);
  }
  const std::vector<std::string> common = {"the", "border", "wall", "of", "said", "secure", "we"};
  std::mt19937 random(23);
  const auto word = [&] {
    return random() % 2 == 0 ? common[random() % common.size()] : rare[random() % rare.size()];
  };
  size_t matching = 0;
  size_t at_threshold = 0;
  size_t missed_by_one = 0;
  for (int round = 0; round < 12; ++round) {
    std::vector<std::vector<std::string>> texts;
    for (int q = 0; q < 120; ++q) {
      std::vector<std::string> words;
      if (q < 20 || random() % 4 == 0) {
        const size_t length = 3 + random() % 30;
        for (size_t w = 0; w < length; ++w) words.push_back(word());
      } else {
        words = texts[random() % texts.size()];
        const size_t edits = 1 + random() % (words.size() / 2 + 1);
        for (size_t e = 0; e < edits; ++e) {
          const size_t at = random() % words.size();
          switch (random() % 4) {
            case 0:
              words[at] = word();
              break;
            case 1:
              words.push_back(words[at]);
              break;
            case 2:
              std::swap(words[at], words.back());
              break;
            default:
              if (words.size() > 3) words.erase(words.begin() + at);
              break;
          }
        }
      }
      texts.push_back(words);
    }
    std::vector<Quote> quotes;
    for (const auto& words : texts) {
      std::string text;
      for (const std::string& w : words) text += (text.empty() ? "" : " ") + w;
      quotes.push_back(MakeQuote(0, text));
    }
    const std::vector<internal::QuoteKey> keys = internal::QuoteKeys(quotes);
    const auto pairs = internal::CandidatePairs(keys);
    ASSERT_TRUE(IncreasingPairs(pairs));
    for (size_t i = 0; i < quotes.size(); ++i) {
      for (size_t j = i + 1; j < quotes.size(); ++j) {
        const size_t shorter = std::min(keys[i].sequence.size(), keys[j].sequence.size());
        const size_t shared = SharedWords(keys[i], keys[j]);
        const bool close = shorter >= 6 && shared >= 3 && 10 * (shared + 1) >= 6 * shorter &&
                           10 * (shared - 1) < 6 * shorter;
        if (!internal::SameQuote(keys[i], keys[j])) {
          if (close) ++missed_by_one;
          continue;
        }
        ++matching;
        if (close) ++at_threshold;
        EXPECT_TRUE(std::binary_search(pairs.begin(), pairs.end(), std::make_pair(i, j)))
            << "round " << round << ": " << quotes[i].text << " / " << quotes[j].text;
      }
    }
  }
  EXPECT_GT(matching, 200u);      // not vacuous
  EXPECT_GT(at_threshold, 50u);   // pairs that pass by one word
  EXPECT_GT(missed_by_one, 50u);  // and pairs that fail by one
}

// Quotes written as the benchmark's are ("<words>, on the border wall"):
// many stopwords, some words most quotes hold and a few rare ones, from 6 to
// 40 words, so that stopwords alone bring many pairs near the 60% and the
// filters past the prefix (the tokens left after one, the bits of the
// tokens a quote lacks) do the dropping. Every pair SameQuote joins is
// still a candidate, each once, and most pairs are left out.
TEST(MergeQuotes, CandidatePairsHoldEveryPairOfQuotesMostlyStopwords) {
  const std::vector<std::string> stop = {"the", "of", "to", "a", "and", "in", "is", "that", "it"};
  const std::vector<std::string> common = {"said", "year", "people", "new", "state", "police"};
  std::vector<std::string> rare;
  for (const char* x : {"ka", "lo", "mi", "te", "ru", "sa", "no", "vi", "be", "du"}) {
    for (const char* y : {"pe", "do", "zu", "ba", "fi", "go", "ne", "ra", "mo", "ti"}) {
      for (const char* z : {"k", "l", "m", "n"}) rare.push_back(std::string(x) + y + z);
    }
  }
  std::mt19937 random(31);
  PairCounts counts;
  for (int round = 0; round < 6; ++round) {
    std::vector<Quote> quotes;
    for (int q = 0; q < 250; ++q) {
      std::string text;
      const size_t length = 6 + random() % 33;
      for (size_t w = 0; w < length; ++w) {
        const size_t pick = random() % 10;
        const std::string& word = pick < 4   ? stop[random() % stop.size()]
                                  : pick < 5 ? common[random() % common.size()]
                                             : rare[random() % rare.size()];
        text += (text.empty() ? "" : " ") + word;
      }
      if (q % 7 == 0 && !quotes.empty()) text = quotes[random() % quotes.size()].text + " said";
      quotes.push_back(MakeQuote(q % 4, text + ", on the border wall"));
    }
    ExpectEveryMatchingPairACandidate(quotes, round, &counts);
  }
  EXPECT_GT(counts.matching, 300u);              // not vacuous
  EXPECT_LT(counts.candidates, counts.all / 4);  // and the filters leave most pairs out
}

// The bound on postings (quote_merge.cc, "Cost"): up to kMaxPostings quotes
// holding a word, the candidates give the all-pairs groups on random quotes
// over a small vocabulary (so that common words are held by nearly that
// many); one more quote holding every word of the others, and those words
// are not looked up by: only the chain of copies, which joins them all as
// the all-pairs loop does.
TEST(MergeQuotes, CandidatePairsGiveTheAllPairsGroupsUpToTheBoundOnPostings) {
  const std::vector<std::string> vocabulary = {"the", "border", "secure", "we",  "are", "not",
                                               "a",   "of",     "bridge", "tax", "to",  "and"};
  std::mt19937 random(11);
  std::vector<Quote> quotes;
  for (size_t q = 0; q < internal::kMaxPostings; ++q) {
    std::string text = "the";  // every quote holds "the": kMaxPostings postings
    for (size_t w = 0, length = 2 + random() % 12; w < length; ++w) {
      text += " " + vocabulary[random() % vocabulary.size()];
    }
    quotes.push_back(MakeQuote(q % 3, text, q % 5 == 0 ? "Ada Brennan" : ""));
  }
  const std::vector<size_t> fast = internal::QuoteComponents(quotes, false);
  EXPECT_EQ(fast, internal::QuoteComponents(quotes, true));
  size_t joined = 0;
  for (size_t i = 0; i < fast.size(); ++i) joined += fast[i] != i ? 1 : 0;
  EXPECT_GT(joined, 100u);  // not vacuous

  // Long quotes and short phrases, all alike: at the bound every pair is a
  // candidate; past it only each copy and the copy before it (a chain), so
  // the copies stay one group.
  for (const std::string text : {"we will secure the border wall now", "the border wall"}) {
    std::vector<Quote> alike(internal::kMaxPostings, MakeQuote(0, text));
    EXPECT_EQ(internal::CandidatePairs(internal::QuoteKeys(alike)).size(),
              alike.size() * (alike.size() - 1) / 2)
        << text;
    alike.push_back(MakeQuote(1, text));
    const auto past = internal::CandidatePairs(internal::QuoteKeys(alike));
    ASSERT_EQ(past.size(), alike.size() - 1) << text;
    for (size_t k = 0; k < past.size(); ++k) EXPECT_EQ(past[k], std::make_pair(k, k + 1)) << text;
    EXPECT_EQ(internal::QuoteComponents(alike, false).back(), 0u) << text;  // joined
    EXPECT_EQ(internal::QuoteComponents(alike, true).back(), 0u) << text;
    // Without the bound, every pair again.
    EXPECT_EQ(internal::CandidatePairs(internal::QuoteKeys(alike), alike.size()).size(),
              alike.size() * (alike.size() - 1) / 2)
        << text;
  }
}

// Past the bound, a pair that shares a word rarer than the common ones is
// still found through it.
TEST(MergeQuotes, CandidatePairsPastTheBoundStillHoldPairsSharingARareWord) {
  const std::string common = "we will secure the border wall now";
  std::vector<Quote> quotes(internal::kMaxPostings + 10, MakeQuote(0, common));
  quotes.push_back(MakeQuote(1, common + " zanzibar"));
  quotes.push_back(MakeQuote(2, "zanzibar " + common));
  const auto pairs = internal::CandidatePairs(internal::QuoteKeys(quotes));
  // The chain of the common quote's copies, then the pair of the two others.
  ASSERT_EQ(pairs.size(), internal::kMaxPostings + 10);
  EXPECT_EQ(pairs.back(), std::make_pair(quotes.size() - 2, quotes.size() - 1));
}

// The words of extracted quotes read from the story analysis are the words
// scanning each Quote::text gives: multi-part quotes, contractions, curly
// apostrophes, abbreviations and a quote cut at its paragraph.
TEST(MergeQuotes, KeysFromTheAnalysisAreTheKeysOfTheText) {
  concord::testing::Story story;
  story.Add("Gazette", {"\"We're not going to stop,\" Ada Brennan said, \"and the U.S. won\u2019t "
                        "either.\"",
                        "\"It's the council's plan, Mr. Lund's too,\" she said."});
  story.Add("Ledger", {"Brennan said: \"We are not going to stop, and the U.S. will not either.",
                       "Nobody asked."});
  std::vector<Quote> quotes;
  for (size_t a = 0; a < story.articles.size(); ++a) {
    for (Quote& q : ExtractQuotes(story.articles[a], story.documents[a])) {
      q.article = a;
      quotes.push_back(std::move(q));
    }
  }
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].parts.size(), 2u);
  const internal::Story analysis{story.articles, story.documents};
  const std::vector<internal::QuoteKey> read = internal::QuoteKeys(quotes, &analysis);
  const std::vector<internal::QuoteKey> scanned = internal::QuoteKeys(quotes);
  ASSERT_EQ(read.size(), scanned.size());
  for (size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(read[i].sequence, scanned[i].sequence) << quotes[i].text;
    EXPECT_FALSE(read[i].sequence.empty());
  }
  EXPECT_EQ(MergeQuotes(quotes, story.articles, story.documents).size(), 2u);
}

}  // namespace
}  // namespace concord::compare
