// The readability checks (readability.h) on short summaries written here:
// each check flags the sentence it is about and leaves a clean one alone,
// and RunReadability adds the flags up over clusters.
#include "concord/readability.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::eval {
namespace {

// A summary whose sentences come from article 0 at positions 0, 1, 2...
// unless given otherwise.
std::vector<ReadSentence> Summary(const std::vector<std::string>& texts) {
  std::vector<ReadSentence> out;
  for (size_t i = 0; i < texts.size(); ++i) {
    ReadSentence s;
    s.text = texts[i];
    s.index = i;
    s.opens_article = i < 3;
    out.push_back(s);
  }
  return out;
}

std::vector<bool> Flags(const std::vector<ReadSentence>& summary, Check check) {
  std::vector<bool> flags;
  for (const SentenceChecks& s : CheckSummary(summary).sentences) flags.push_back(s.flags[check]);
  return flags;
}

using Bools = std::vector<bool>;

TEST(Readability, ASentenceCutShortByItsSourceIsCountedAsThatNotAsFurniture) {
  std::vector<ReadSentence> summary =
      Summary({"The river rose all night.", "Firefighters moved residents to the school gym\u2026",
               "Flood warnings for the whole river valley"});
  summary[1].cut_short = true;
  EXPECT_EQ(Flags(summary, kCutBySource), Bools({false, true, false}));
  EXPECT_EQ(Flags(summary, kFurniture), Bools({false, false, true}));
  // Without its ellipsis (a byte budget had no room for it) it is still
  // no headline.
  summary[1].text = "Firefighters moved residents to the school gym";
  EXPECT_EQ(Flags(summary, kFurniture), Bools({false, false, true}));
  summary[1].cut_short = false;
  EXPECT_EQ(Flags(summary, kFurniture), Bools({false, true, true}));
  EXPECT_EQ(CheckNames()[kCutBySource], "cut_by_source");
}

TEST(Readability, AQuotationClosedInALaterSentenceIsBalanced) {
  EXPECT_EQ(Flags(Summary({"\"We lost the map.", "We walked home,\" she said."}), kUnbalancedQuote),
            Bools({false, false}));
  EXPECT_EQ(Flags(Summary({"The mayor said \"we will rebuild.", "Roads reopen on Monday."}),
                  kUnbalancedQuote),
            Bools({true, false}));
  EXPECT_EQ(Flags(Summary({"Roads reopen on Monday.", "We walked home,\u201D she said."}),
                  kUnbalancedQuote),
            Bools({false, true}));
  EXPECT_EQ(Flags(Summary({"The sign read \"closed\" all week."}), kUnbalancedQuote),
            Bools({false}));
}

// A sentence of another article cannot close a quotation: what it closes
// was never opened for the reader, and the first stays open.
TEST(Readability, AQuotationDoesNotGoOnIntoAnotherArticle) {
  std::vector<ReadSentence> summary =
      Summary({"\"We lost the map.", "We walked home,\" she said."});
  summary[1].article = 1;
  summary[1].index = 0;
  EXPECT_EQ(Flags(summary, kUnbalancedQuote), Bools({true, true}));
  // A sentence of another article between the two ends it too.
  summary = Summary({"\"We lost the map.", "Roads reopen.", "We walked home,\" she said."});
  summary[1].article = 1;
  EXPECT_EQ(Flags(summary, kUnbalancedQuote), Bools({true, false, true}));
}

// A curly quotation inside an open one nests, as text::ReadQuotation
// reads it; a quotation opened again while one is open leaves the first
// unclosed in the summary.
TEST(Readability, ANestedQuotationIsBalanced) {
  EXPECT_EQ(
      Flags(Summary({"Ito said \u201Cthe sign reads \u201Cshut\u201D today.", "We wait.\u201D"}),
            kUnbalancedQuote),
      Bools({false, false}));
  EXPECT_EQ(
      Flags(Summary({"Ito said \u201Cthe sign reads \u201Cshut\u201D today."}), kUnbalancedQuote),
      Bools({true}));
  EXPECT_EQ(Flags(Summary({"\u201CWe lost the map.", "\u201CWe walked home,\u201D she said."}),
                  kUnbalancedQuote),
            Bools({true, false}));
}

TEST(Readability, ALeaningOpenerNeedsItsPredecessor) {
  // Adjacent in the same article: resolved.
  EXPECT_EQ(Flags(Summary({"Ann Lee won the race.", "She thanked her coach."}), kUnresolvedOpener),
            Bools({false, false}));
  // First sentence, or the one before comes from another article.
  std::vector<ReadSentence> summary = Summary({"Ann Lee won the race.", "But the crowd left."});
  summary[1].article = 1;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, true}));
  summary = Summary({"However, rain fell."});
  summary[0].index = 4;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({true}));
  // "The company" finds "company" earlier in the summary.
  summary = Summary({"A company in Ohio hired 40 people.", "The company will grow."});
  summary[1].article = 2;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, false}));
  summary = Summary({"Ohio hired 40 people.", "The company will grow."});
  summary[1].article = 2;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, true}));
  // A word that merely starts like a pronoun is no opener.
  EXPECT_EQ(Flags(Summary({"Heavy rain fell on Tuesday."}), kUnresolvedOpener), Bools({false}));
  // A lead-in adverb before the pointing word (text::PointingAfterLeadIn).
  summary = Summary({"Ohio hired 40 people.", "Officially, this was not correct."});
  summary[1].article = 2;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, true}));
  summary[1].article = 0;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, false}));
}

// A sentence from the middle of an article (index 5, 6, ...) that opens
// with `text`, alone in its summary: is it an unresolved opener?
bool LoneMiddleSentenceLeans(const std::string& text) {
  std::vector<ReadSentence> summary = Summary({text});
  summary[0].index = 5;
  return Flags(summary, kUnresolvedOpener)[0];
}

// "This month" points at the time of writing, not at a sentence before.
TEST(Readability, ATimePhraseAfterThisLeansOnNothing) {
  EXPECT_FALSE(LoneMiddleSentenceLeans("This month, two new films about the case aired."));
  EXPECT_FALSE(LoneMiddleSentenceLeans("This week the firm said it would hire."));
  EXPECT_FALSE(LoneMiddleSentenceLeans("This past weekend, crowds filled the pier."));
  EXPECT_FALSE(LoneMiddleSentenceLeans("This year's harvest was the worst in decades."));
  EXPECT_FALSE(LoneMiddleSentenceLeans("This Sunday, the ferry runs twice."));
  EXPECT_FALSE(LoneMiddleSentenceLeans("These days, few people write letters."));
  // Other nouns after "this", and "these" before anything but "days", lean.
  EXPECT_TRUE(LoneMiddleSentenceLeans("This decision angered the council."));
  EXPECT_TRUE(LoneMiddleSentenceLeans("This time, the council agreed."));
  EXPECT_TRUE(LoneMiddleSentenceLeans("These weeks were hard for the crew."));
  // A time phrase does not hide a pronoun's aside after it.
  EXPECT_TRUE(LoneMiddleSentenceLeans("This week, he said, the pier reopens."));
}

// An article's first sentence was written to be read first: what opens it
// mostly introduces. It leans only on what the summary does not show (its
// headline): a person not named, "this" standing for a thing, "The" + noun
// with no words saying which one.
TEST(Readability, AnArticlesFirstSentenceLeansOnlyOnWhatItsHeadlineSays) {
  const std::vector<std::string> introduce = {
      "This undated photo shows the ferry at the pier.", "The man who found the map spoke.",
      "The suspect in the theft was held.", "But the pier was never rebuilt, records show.",
      "These figures come from the port."};
  for (const std::string& text : introduce) {
    EXPECT_EQ(Flags(Summary({text}), kUnresolvedOpener), Bools({false})) << text;
    EXPECT_TRUE(LoneMiddleSentenceLeans(text)) << text;
  }
  const std::vector<std::string> lean = {
      "He sold the ring for $20.",      "Its engine failed at sea.",
      "\"We can bake,\" she said.",     "This is such a hard choice for the town.",
      "The singer is shown on a boat.", "The company did not say why."};
  for (const std::string& text : lean) {
    EXPECT_EQ(Flags(Summary({text}), kUnresolvedOpener), Bools({true})) << text;
  }
  EXPECT_EQ(
      Flags(Summary({"\"The island is not a museum.", "It is a home.\""}), kUnresolvedOpener)[0],
      true);
}

TEST(Readability, APronounSpeakingAQuotationNeedsItsPredecessor) {
  // "she" of the quotation's attribution: who she is, the sentence before says.
  std::vector<ReadSentence> summary =
      Summary({"Ferries ran late.", "\"We can bake for two more days,\" she said."});
  summary[1].article = 1;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, true}));
  EXPECT_EQ(Flags(Summary({"\u201CWe are closed,\u201D they said."}), kUnresolvedOpener),
            Bools({true}));
  // Adjacent in the same article, or spoken by a name: resolved.
  EXPECT_EQ(Flags(Summary({"Mira Olsen runs the bakery.", "\"We can bake,\" she said."}),
                  kUnresolvedOpener),
            Bools({false, false}));
  EXPECT_EQ(Flags(Summary({"\"We can bake,\" Mira Olsen said."}), kUnresolvedOpener),
            Bools({false}));
  // Mixed marks, as scraped text writes them, close the quotation too
  // (with a verb the aside test does not know: only the speaker test
  // reads these).
  EXPECT_EQ(Flags(Summary({"\u201CWe can bake,\" she told the crew."}), kUnresolvedOpener),
            Bools({true}));
  EXPECT_EQ(Flags(Summary({"\"We are closed,\u201D he told the crew."}), kUnresolvedOpener),
            Bools({true}));
}

TEST(Readability, APronounAsideNeedsItsPredecessor) {
  // ", he said," and ", she added." name no one: the sentence before does.
  std::vector<ReadSentence> summary =
      Summary({"Ferries ran late.", "The real trouble, he said, is the weather."});
  summary[1].article = 1;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, true}));
  EXPECT_EQ(Flags(Summary({"The pier will reopen in May, she added."}), kUnresolvedOpener),
            Bools({true}));
  EXPECT_EQ(Flags(Summary({"The plan is a \"nonstarter,\" he said."}), kUnresolvedOpener),
            Bools({true}));
  // Adjacent in the same article, a name that speaks, or "he" that is no
  // speaker: resolved or no opener at all.
  EXPECT_EQ(Flags(Summary({"Omar Reyes runs the ferry.", "The trouble, he said, is fog."}),
                  kUnresolvedOpener),
            Bools({false, false}));
  EXPECT_EQ(Flags(Summary({"The trouble, Omar Reyes said, is fog."}), kUnresolvedOpener),
            Bools({false}));
  EXPECT_EQ(
      Flags(Summary({"When the fog lifted, he said goodbye to the crew."}), kUnresolvedOpener),
      Bools({false}));
}

TEST(Readability, AQuotationOfSeveralSentencesWithNoSpeakerNeedsItsPredecessor) {
  // Two summary sentences that are one quotation and nothing else.
  std::vector<ReadSentence> summary =
      Summary({"Ferries ran late.", "\"The island is not a museum.", "It is a home.\""});
  summary[1].article = 1;
  summary[2].article = 1;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, true, false}));
  // Adjacent to the sentence before it in its article: resolved.
  EXPECT_EQ(
      Flags(Summary({"Ann Lee spoke last.", "\"The island is not a museum.", "It is a home.\""}),
            kUnresolvedOpener),
      Bools({false, false, false}));
  // The quotation's speaker is named after it closes: no opener.
  summary = Summary(
      {"Ferries ran late.", "\"The island is not a museum.", "It is a home,\" Ann Lee said."});
  summary[1].article = 1;
  summary[2].article = 1;
  EXPECT_EQ(Flags(summary, kUnresolvedOpener), Bools({false, false, false}));
}

TEST(Readability, NearDuplicatesShareHalfTheirWordTrigrams) {
  EXPECT_EQ(Flags(Summary({"The storm hit the coast of Maine on Tuesday night.",
                           "Officials said the storm hit the coast of Maine on Tuesday."}),
                  kNearDuplicate),
            Bools({false, true}));
  EXPECT_EQ(Flags(Summary({"The storm hit the coast of Maine on Tuesday night.",
                           "Schools in Portland will stay closed until Friday."}),
                  kNearDuplicate),
            Bools({false, false}));
}

TEST(Readability, LongSentencesFragmentsAndFurniture) {
  std::string long_sentence;
  for (int i = 0; i < 61; ++i) long_sentence += "word ";
  long_sentence += "end.";
  EXPECT_EQ(Flags(Summary({long_sentence, "A short one ends here."}), kOverLong),
            Bools({true, false}));
  EXPECT_EQ(Flags(Summary({"Sorry.", "...", "The bridge reopened today."}), kFragment),
            Bools({true, true, false}));
  EXPECT_TRUE(LooksLikeFurniture("Photograph by: Jane Roe, AFP/Getty Images."));
  EXPECT_TRUE(LooksLikeFurniture("For the full list of winners, click here."));
  EXPECT_TRUE(LooksLikeFurniture("Full List: The Highest-Paid Actresses"));
  EXPECT_FALSE(LooksLikeFurniture("The bridge reopened on Monday, officials said."));
  EXPECT_FALSE(LooksLikeFurniture("\"We will rebuild,\" she said.\u201D"));
  // A caption printed as a sentence: it ends with a period but has no verb.
  EXPECT_TRUE(LooksLikeFurniture("Senator Ada Okafor, Democrat of Ohio, at the Capitol in May."));
  // A sentence cut at the budget lacks its stop by design.
  std::vector<ReadSentence> cut = Summary({"The bridge reopened on Monday after"});
  EXPECT_EQ(Flags(cut, kFurniture), Bools({true}));
  cut[0].truncated = true;
  EXPECT_EQ(Flags(cut, kFurniture), Bools({false}));
}

TEST(Readability, AQuotationCutUnlessTheNextSentenceContinuesIt) {
  EXPECT_EQ(Flags(Summary({"\"We lost the map.", "We walked home,\" she said."}), kCutQuotation),
            Bools({false, false}));
  std::vector<ReadSentence> summary =
      Summary({"\"We lost the map.", "Roads reopen on Monday, officials said."});
  summary[1].index = 7;
  EXPECT_EQ(Flags(summary, kCutQuotation), Bools({true, false}));
}

TEST(Readability, TheFirstSentenceMustOpenAnArticle) {
  std::vector<ReadSentence> summary = Summary({"Late in the story.", "Also late here."});
  EXPECT_EQ(Flags(summary, kLateOpening), Bools({false, false}));
  summary[0].opens_article = false;
  summary[1].opens_article = false;
  EXPECT_EQ(Flags(summary, kLateOpening), Bools({true, false}));
}

TEST(Readability, RunReadabilityCountsOverClusters) {
  Cluster cluster;
  cluster.id = "c";
  Article article;
  article.text =
      "The river flooded the town of Dale on Monday night. Email this to a friend and sign up for "
      "alerts. Hundreds of homes were "
      "evacuated before dawn, the fire service said. Volunteers filled sandbags until noon.";
  cluster.articles = {article};
  ReadabilityOptions options;
  options.methods = {"lead"};
  options.words = 100;
  options.threads = 1;
  Result<std::vector<ReadabilityReport>> reports = RunReadability({cluster, cluster}, options);
  ASSERT_TRUE(reports.ok()) << reports.status().message();
  ASSERT_EQ(reports.value().size(), 1u);
  const ReadabilityReport& r = reports.value()[0];
  EXPECT_EQ(r.summaries, 2u);
  EXPECT_EQ(r.sentences, 8u);
  EXPECT_EQ(r.totals[kFurniture].sentences, 2u);
  EXPECT_EQ(r.totals[kFurniture].summaries, 2u);
  ASSERT_FALSE(r.totals[kFurniture].examples.empty());
  EXPECT_EQ(r.totals[kFurniture].examples[0], "Email this to a friend and sign up for alerts.");
  EXPECT_EQ(r.totals[kLateOpening].sentences, 0u);
  const std::string json = FormatReadabilityJson(reports.value());
  EXPECT_NE(json.find("\"furniture\": {\"sentences\": 2, \"percent_of_sentences\": 25.0"),
            std::string::npos)
      << json;
  options.methods = {"nonesuch"};
  EXPECT_FALSE(RunReadability({cluster}, options).ok());
}

}  // namespace
}  // namespace concord::eval
