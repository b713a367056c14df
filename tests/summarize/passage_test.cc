// SummarySentence::continues: a quotation over sentences is one passage;
// a sentence of one printed without the rest gets the marks it lacks.
#include <gtest/gtest.h>

#include <string>

#include "concord/format.h"
#include "concord/summarize.h"

namespace concord {
namespace {

Cluster PassageCluster() {
  Article a;
  a.id = "a";
  a.source = "Courier";
  a.text =
      "The harbor bridge closed on Thursday after inspectors found a crack in a girder. "
      "Mayor Ilse Varga said \"the bridge stays shut for three weeks. "
      "Nobody crosses it until the girder is repaired,\" at a briefing. "
      "The ferry will double its sailings. "
      "\"We are ready,\" the ferry's captain said. "
      "Schools on the islands will open an hour later.";
  Article b;
  b.id = "b";
  b.source = "Wire";
  b.text =
      "Inspectors found a crack in a girder of the harbor bridge, which closed on Thursday. "
      "Engineers will decide within a week whether the girder can be repaired.";
  Cluster cluster;
  cluster.id = "bridge";
  cluster.articles = {a, b};
  return cluster;
}

// The index of the summary sentence that opens with `prefix`, or -1.
int OpeningWith(const Summary& summary, const std::string& prefix) {
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    if (summary.sentences[i].text.rfind(prefix, 0) == 0) return static_cast<int>(i);
  }
  return -1;
}

TEST(Passages, ASentenceGoingOnAnOpenQuotationContinuesIt) {
  SummarizeOptions options;
  options.budget = 300;  // every sentence fits
  Result<Summary> summary = Summarize(PassageCluster(), options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  const Summary& s = summary.value();
  const int opener = OpeningWith(s, "Mayor Ilse Varga said");
  const int rest = OpeningWith(s, "Nobody crosses it");
  ASSERT_GE(opener, 0);
  ASSERT_EQ(rest, opener + 1);
  EXPECT_FALSE(s.sentences[opener].continues);
  EXPECT_TRUE(s.sentences[rest].continues);
  // A closed quotation, and the sentence after it, start passages of their own.
  for (const char* prefix : {"The ferry will", "\"We are ready", "Schools on"}) {
    const int i = OpeningWith(s, prefix);
    if (i >= 0) {
      EXPECT_FALSE(s.sentences[i].continues) << prefix;
    }
  }
  EXPECT_FALSE(s.sentences.front().continues);
  // The text writer prints the passage on one line, quotation whole.
  const std::string text = io::FormatSummary(PassageCluster(), s, io::Format::kText);
  EXPECT_NE(text.find("three weeks. Nobody crosses it"), std::string::npos) << text;
}

// The sentences of `text` as one article's summary: every sentence, or the
// first `lead` ones (method lead).
Summary WholeSummary(const std::string& text, size_t lead = 0) {
  Article a;
  a.id = "a";
  a.source = "Courier";
  a.text = text;
  Cluster cluster;
  cluster.id = "story";
  cluster.articles = {a};
  SummarizeOptions options;
  options.unit = BudgetUnit::kSentences;
  options.budget = lead > 0 ? lead : 100;
  if (lead > 0) options.method = "lead";
  Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().message();
  return summary.ok() ? summary.value() : Summary{};
}

// A quotation that is never closed (a lost or stray mark) joins nothing, as
// compare's report reads it (text::QuotationPassages): it ran every later
// sentence of the article into the one line of the mark's sentence.
TEST(Passages, AQuotationNeverClosedJoinsNothing) {
  const Summary s = WholeSummary(
      "The harbor bridge closed on Thursday after inspectors found a crack in a girder. "
      "Mayor Ilse Varga said \"the bridge stays shut for three weeks at the very least. "
      "The ferry company will double its sailings to the islands from Friday morning. "
      "Schools on the islands will open an hour later until the bridge reopens. "
      "Engineers from the state will decide within a week whether the girder can be repaired.");
  ASSERT_GE(s.sentences.size(), 3u);
  for (const SummarySentence& sentence : s.sentences) {
    EXPECT_FALSE(sentence.continues) << sentence.text;
  }
}

// A quotation goes on into the next paragraph only when that paragraph
// opens with a mark again (news style): a paragraph that does not is not
// printed on the line of the quotation left open before it.
TEST(Passages, AParagraphNotOpeningWithAMarkDoesNotContinueAQuotation) {
  const Summary s = WholeSummary(
      "The harbor bridge closed on Thursday after inspectors found a crack in a girder.\n\n"
      "Mayor Ilse Varga said \"the bridge stays shut for three weeks at the very least. "
      "The ferry company will double its sailings to the islands from Friday morning.\n\n"
      "Schools on the islands will open an hour later until the bridge reopens, she said.");
  const int mayor = OpeningWith(s, "Mayor Ilse Varga");
  const int schools = OpeningWith(s, "Schools on the islands");
  ASSERT_GE(mayor, 0);
  ASSERT_GE(schools, 1);
  EXPECT_FALSE(s.sentences[schools].continues);
}

const std::string kColumn =
    "The Kettleby pier collapsed on Friday night. Columnist Ian Vale wrote on Sunday: "
    "\"The council has failed every family in the harbor district. It ignored three written "
    "warnings about the rusted pier supports. It cut the pier inspection budget twice in four "
    "years. It kept the engineers' damning report from the public. It let the contractor set "
    "its own repair schedule. It sold the old ferry dock to a friend of the mayor. Not one "
    "councillor has answered for any of it.\" The mayor declined to comment.";

// A quotation too long for a passage (compare's report lists its sentences
// alone, quoted): each of its sentences is printed with the marks it lacks
// (text::MarksLacking), so that the columnist's words never read as the
// outlet's; start..end still name the article's sentence, without them.
TEST(Passages, ASentenceOfALongQuotationIsPrintedWithTheMarksItLacks) {
  const Summary s = WholeSummary(kColumn);
  const int cut = OpeningWith(s, "\"It cut the pier");
  ASSERT_GE(cut, 0);
  const SummarySentence& middle = s.sentences[cut];
  EXPECT_EQ(middle.text, "\"It cut the pier inspection budget twice in four years.\"");
  EXPECT_EQ(kColumn.substr(middle.start, middle.end - middle.start),
            "It cut the pier inspection budget twice in four years.");
  const int opener = OpeningWith(s, "Columnist Ian Vale");
  const int last = OpeningWith(s, "\"Not one councillor");
  ASSERT_GE(opener, 0);
  ASSERT_GE(last, 0);
  EXPECT_EQ(s.sentences[opener].text.back(), '"') << s.sentences[opener].text;
  EXPECT_EQ(s.sentences[last].text, "\"Not one councillor has answered for any of it.\"");
  const int mayor = OpeningWith(s, "The mayor declined");
  ASSERT_GE(mayor, 0);
  EXPECT_EQ(s.sentences[mayor].text, "The mayor declined to comment.");
}

// A short quotation the summary carries only the opening of: closed where
// the summary stops, in the quotation's style; carried whole, untouched.
TEST(Passages, AQuotationTheSummaryCutsShortIsClosedWhereItStops) {
  const std::string article =
      "The harbor bridge closed on Thursday. Mayor Ilse Varga said \u201Cthe bridge stays shut. "
      "Nobody crosses it until the girder is repaired,\u201D at a briefing. The ferry doubles "
      "its sailings.";
  const Summary two = WholeSummary(article, 2);
  ASSERT_EQ(two.sentences.size(), 2u);
  EXPECT_EQ(two.sentences[1].text, "Mayor Ilse Varga said \u201Cthe bridge stays shut.\u201D");
  const Summary three = WholeSummary(article, 3);
  ASSERT_EQ(three.sentences.size(), 3u);
  EXPECT_EQ(three.sentences[1].text, "Mayor Ilse Varga said \u201Cthe bridge stays shut.");
  EXPECT_TRUE(three.sentences[2].continues);
}

// A budget in bytes counts the marks a quoted run lacks: with the first
// sentence filling it exactly, or cut at it, no mark takes the summary past
// it; one byte more, and the closing mark is printed.
TEST(Passages, MarksAddedNeverTakeASummaryPastABudgetInBytes) {
  const std::string first = "Mayor Ilse Varga said \"the bridge stays shut.";
  Article a;
  a.id = "a";
  a.source = "Courier";
  a.text = first + " Nobody crosses it until the girder is repaired,\" at a briefing.";
  Cluster cluster;
  cluster.id = "story";
  cluster.articles = {a};
  const auto bytes = [&](size_t budget, bool truncate) {
    SummarizeOptions options;
    options.method = "lead";
    options.unit = BudgetUnit::kBytes;
    options.budget = budget;
    options.truncate = truncate;
    Result<Summary> summary = Summarize(cluster, options);
    EXPECT_TRUE(summary.ok()) << summary.status().message();
    std::string text;
    if (summary.ok()) {
      for (const SummarySentence& s : summary.value().sentences) text += s.text;
    }
    return text;
  };
  EXPECT_EQ(bytes(first.size(), false), first);
  EXPECT_EQ(bytes(first.size() + 1, false), first + "\"");
  const std::string cut = bytes(30, true);
  EXPECT_LE(cut.size(), 30u) << cut;
  EXPECT_EQ(cut, first.substr(0, cut.size()));
}

}  // namespace
}  // namespace concord
