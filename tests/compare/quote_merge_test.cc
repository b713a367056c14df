#include <gtest/gtest.h>

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
      MakeQuote(0, "What I said is we are interested in talking with the council to make "
                   "clear what we're thinking", "Ada Brennan"),
      MakeQuote(1, "What I said is we are interested in talking with the council.", "Brennan")};
  const std::vector<QuoteGroup> groups = MergeQuotes(quotes, TwoOutlets());
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].outlets, (std::vector<std::string>{"Gazette", "Ledger"}));
  EXPECT_EQ(quotes[0].group, quotes[1].group);
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

}  // namespace
}  // namespace concord::compare
