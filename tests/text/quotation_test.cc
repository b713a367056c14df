// text::QuoteMarks, EndsInsideQuotation, QuotationPassages, MarksLacking and
// WithCutShortEnding.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"
#include "text/lacking_marks.h"
#include "text/quotation_close.h"

namespace concord::text {
namespace {

using M = QuoteMark;

TEST(QuoteMarks, CurlyDoubledAndStraightMarksSayWhatTheyDo) {
  EXPECT_EQ(QuoteMarks("\xE2\x80\x9CYes,\xE2\x80\x9D she said."),
            (std::vector<M>{M::kOpen, M::kClose}));
  EXPECT_EQ(QuoteMarks("``Yes,'' she said."), (std::vector<M>{M::kOpen, M::kClose}));
  EXPECT_EQ(QuoteMarks("He said \"no.\" Then [\"maybe\"]"),
            (std::vector<M>{M::kOpen, M::kClose, M::kOpen, M::kEither}));
  // Tokenized text: spaces on both sides, so either.
  EXPECT_EQ(QuoteMarks("he said \" no \" ."), (std::vector<M>{M::kEither, M::kEither}));
  EXPECT_TRUE(QuoteMarks("It's a 5' board.").empty());  // single marks are not quotations
}

// Tokenized text puts a mark between a space and the punctuation after a
// quotation (`" a sheer farce ".`, `" a deal ", and`): no quotation opens
// on a comma or a period, so the mark may be either, and closes the one
// open. Read as opening, it left every such sentence inside a quotation
// (issue 15 item 3).
TEST(QuoteMarks, AMarkAfterASpaceBeforePunctuationMayClose) {
  EXPECT_EQ(QuoteMarks("he called it \" a sheer farce \"."),
            (std::vector<M>{M::kEither, M::kEither}));
  EXPECT_EQ(QuoteMarks("\" a deal \", and \" a win \"; \" no \": \" why \"? (\" yes \")"),
            (std::vector<M>{M::kEither, M::kEither, M::kEither, M::kEither, M::kEither, M::kEither,
                            M::kEither, M::kEither, M::kEither, M::kEither}));
  EXPECT_FALSE(EndsInsideQuotation("he called it \" a sheer farce \". the vote stands ."));
  EXPECT_FALSE(EndsInsideQuotation("it is \" a deal \", she said , \" a good one \"!"));
  EXPECT_EQ(OpeningQuotationEnd("\" a sheer farce \". he left ."), 17u);
  // Alone, with no quotation open, it still opens one.
  EXPECT_TRUE(EndsInsideQuotation("the last resort \". he left ."));
  // An ellipsis is no stop: the mark before it opens a quotation.
  EXPECT_EQ(QuoteMarks("He said \"...we will win.\""), (std::vector<M>{M::kOpen, M::kClose}));
  // Glued to a word, the mark before punctuation is read as before.
  EXPECT_EQ(QuoteMarks("She said \"no\". Then"), (std::vector<M>{M::kOpen, M::kEither}));
}

TEST(QuoteMarks, EndsInsideQuotationReadsFromAClosedState) {
  EXPECT_TRUE(EndsInsideQuotation("Ito said \"the ferry runs."));
  EXPECT_FALSE(EndsInsideQuotation("Ito said \"the ferry runs.\""));
  EXPECT_FALSE(EndsInsideQuotation("Cars go free,\" Ito said."));  // closes one it never opened
  EXPECT_TRUE(EndsInsideQuotation("\" no \" , he said , \" we"));  // either toggles
  EXPECT_FALSE(EndsInsideQuotation("No marks at all."));
}

// Where the quotation opening a sentence closes, whatever the style of
// each mark: scraped text closes a curly opening with a straight mark and
// the reverse.
TEST(QuoteMarks, TheOpeningQuotationClosesAtItsFirstClosingMarkOfEitherStyle) {
  const std::string o = "\xE2\x80\x9C", c = "\xE2\x80\x9D";
  const std::string mixed = o + "We can bake,\" she said.";
  EXPECT_EQ(OpeningQuotationEnd(mixed), mixed.find(" she"));
  const std::string reverse = "\"We can bake," + c + " he said.";
  EXPECT_EQ(OpeningQuotationEnd(reverse), reverse.find(" he"));
  EXPECT_EQ(OpeningQuotationEnd("\"Yes,\" she said."), 6u);
  EXPECT_EQ(OpeningQuotationEnd("``Yes,'' she said."), 8u);
  // A nested quotation closes only itself.
  const std::string nested = "\"He said " + o + "no" + c + " today,\" she said.";
  EXPECT_EQ(OpeningQuotationEnd(nested), nested.find(" she"));
  const std::string nested_straight = o + "He said \"no\" today," + c + " she said.";
  EXPECT_EQ(OpeningQuotationEnd(nested_straight), nested_straight.find(" she"));
  // No opening mark, or a quotation still open at the end: none.
  EXPECT_EQ(OpeningQuotationEnd("She said \"yes.\""), std::string::npos);
  EXPECT_EQ(OpeningQuotationEnd(o + "We can bake for two days."), std::string::npos);
}

// “ ... “ ... ” ... ”: an opening curly mark can never close a
// quotation. Inside the text it opens a nested one, so the first closing
// mark closes only that; opening the text (a new sentence or paragraph of
// a quotation that runs on) it opens the same quotation again.
TEST(QuoteMarks, AnOpeningMarkInsideAQuotationNestsAndNeverCloses) {
  const std::string o = "\xE2\x80\x9C", c = "\xE2\x80\x9D";
  EXPECT_TRUE(
      EndsInsideQuotation("Ito said " + o + "the sign read " + o + "closed" + c + " all day."));
  EXPECT_FALSE(
      EndsInsideQuotation("Ito said " + o + "the sign read " + o + "closed" + c + " all day." + c));
  EXPECT_TRUE(EndsInsideQuotation(o + "It says " + o + "stop" + c + " and " + o + "go"));
  EXPECT_EQ(ReadQuotation(o + "We wait. " + o + "We check.").depth, 2u);
  // Opening the text while a quotation is open: the same one goes on.
  EXPECT_EQ(ReadQuotation(o + "We check every bolt.", {1, true}).depth, 1u);
  EXPECT_EQ(ReadQuotation(o + "We check every bolt," + c + " she said.", {1, true}).depth, 0u);
  EXPECT_EQ(ReadQuotation("Cars go free," + c + " Ito said.").depth, 0u);  // closes none
  // Whether the quotation left open was opened by a mark that only opens.
  EXPECT_TRUE(ReadQuotation("Ito said " + o + "we " + o + "wait" + c + " here").definite);
  EXPECT_FALSE(ReadQuotation(" \" we wait here").definite);
}

// Scraped text mixes styles: a straight mark opens, a curly opening mark
// follows inside, a straight one closes. Writers who use straight marks do
// not nest curly double ones, so the curly one opens the same quotation
// again and the straight one closes it; curly inside curly still nests.
TEST(QuoteMarks, ACurlyOpeningMarkInsideAStraightQuotationOpensItAgain) {
  const std::string o = "\xE2\x80\x9C", c = "\xE2\x80\x9D";
  EXPECT_EQ(ReadQuotation("Lund said \"the pass is " + o + "shut for now.\" Crews wait.").depth,
            0u);
  EXPECT_EQ(ReadQuotation("\"We rebuild, " + o + "she said.\"").depth, 0u);
  // Across sentences: the state carries which mark opened the quotation.
  const QuotationState open = ReadQuotation("Lund said \"the pass is " + o + "shut.");
  EXPECT_EQ(open.depth, 1u);
  EXPECT_TRUE(open.straight);
  EXPECT_EQ(ReadQuotation("Crews wait,\" he said.", open).depth, 0u);
  // True nesting, curly in curly, is read as before.
  const QuotationState nested = ReadQuotation("Lund said " + o + "the sign read " + o + "shut");
  EXPECT_EQ(nested.depth, 2u);
  EXPECT_FALSE(nested.straight);
  EXPECT_EQ(ReadQuotation(c + " today.", nested).depth, 1u);
  // A straight quotation closed leaves no trace on the next one.
  const QuotationState closed = ReadQuotation("\"Yes,\" he said.");
  EXPECT_EQ(closed.depth, 0u);
  EXPECT_FALSE(closed.straight);
  EXPECT_EQ(ReadQuotation(o + "a " + o + "b", closed).depth, 2u);
}

std::vector<Sentence> Sentences(const std::vector<std::pair<std::string, size_t>>& texts) {
  std::vector<Sentence> out;
  for (const auto& [text, paragraph] : texts) {
    Sentence s;
    s.text = text;
    s.index = out.size();
    s.paragraph = paragraph;
    out.push_back(s);
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> Spans(const std::vector<Passage>& passages) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const Passage& p : passages) out.emplace_back(p.first, p.last);
  return out;
}

TEST(QuotationPassages, AQuotationRunsFromTheSentenceThatOpensItToTheOneThatClosesIt) {
  const auto passages = Spans(QuotationPassages(Sentences({{"The pier closed.", 0},
                                                           {"Holt said \"the boats stay.", 0},
                                                           {"We want a fair offer.", 0},
                                                           {"Talks start soon,\" she said.", 0},
                                                           {"Buses ran.", 0}})));
  using P = std::pair<size_t, size_t>;
  EXPECT_EQ(passages, (std::vector<P>{{0, 0}, {1, 3}, {1, 3}, {1, 3}, {4, 4}}));
}

TEST(QuotationPassages, ANewParagraphGoesOnOnlyWhenItOpensWithAMark) {
  using P = std::pair<size_t, size_t>;
  // News style: the quotation opens again at the next paragraph.
  EXPECT_EQ(Spans(QuotationPassages(Sentences(
                {{"Holt said: \"The boats stay.", 0}, {"\"We want a fair offer.\"", 1}}))),
            (std::vector<P>{{0, 1}, {0, 1}}));
  // A paragraph without a mark: the quotation was never closed; nothing joins.
  EXPECT_EQ(Spans(QuotationPassages(
                Sentences({{"Holt said: \"The boats stay.", 0}, {"Buses ran.", 1}}))),
            (std::vector<P>{{0, 0}, {1, 1}}));
}

TEST(QuotationPassages, ANestedQuotationDoesNotCloseThePassage) {
  using P = std::pair<size_t, size_t>;
  const std::string o = "\xE2\x80\x9C", c = "\xE2\x80\x9D";
  // The inner pair closes only itself; the outer mark two sentences on
  // closes the passage.
  EXPECT_EQ(Spans(QuotationPassages(Sentences({{"Holt said " + o + "the boats stay.", 0},
                                               {"The sign reads " + o + "shut" + c + " today.", 0},
                                               {"We want a fair offer," + c + " she said.", 0},
                                               {"Buses ran.", 0}}))),
            (std::vector<P>{{0, 2}, {0, 2}, {0, 2}, {3, 3}}));
  // A sentence of the same paragraph opening with a mark opens the same
  // quotation again: its closing mark ends the passage.
  EXPECT_EQ(Spans(QuotationPassages(Sentences({{"Holt said " + o + "the boats stay.", 0},
                                               {o + "We want a fair offer," + c + " she said.", 0},
                                               {"Buses ran.", 0}}))),
            (std::vector<P>{{0, 1}, {0, 1}, {2, 2}}));
}

TEST(QuotationPassages, AQuotationStillOpenAfterTheLimitJoinsNothing) {
  std::vector<std::pair<std::string, size_t>> texts = {{"A stray \"mark opens here.", 0}};
  for (int i = 0; i < 6; ++i) texts.push_back({"Plain sentence " + std::to_string(i) + ".", 0});
  texts.push_back({"Closing,\" he said.", 0});
  const std::vector<Passage> passages = QuotationPassages(Sentences(texts), 5);
  for (size_t i = 0; i < passages.size(); ++i) {
    EXPECT_EQ(passages[i].first, i);
    EXPECT_EQ(passages[i].last, i);
  }
  // With room enough, the same sentences are one passage.
  const std::vector<Passage> wide = QuotationPassages(Sentences(texts), 10);
  EXPECT_EQ(wide.front().last, texts.size() - 1);
}

// A sentence of a quotation printed without the rest gets the marks it
// lacks: an opening one unless it opens the quotation or its paragraph
// does, a closing one unless it closes the quotation, in the quotation's
// style; a run of its sentences only at the run's ends.
TEST(MarksLacking, ASentenceShownWithoutTheRestOfItsQuotationGetsTheMarksItLacks) {
  const std::vector<Sentence> straight = Sentences({{"Vale wrote: \"The council failed.", 0},
                                                    {"It ignored three warnings.", 0},
                                                    {"\"It cut the budget.", 1},
                                                    {"Nobody answered.\" The mayor left.", 1}});
  const Passage q = QuotationPassages(straight, kLongQuotation)[1];
  ASSERT_EQ(q.first, 0u);
  ASSERT_EQ(q.last, 3u);
  const auto shown = [&](size_t first, size_t last) {
    return WithLackingMarks(straight, q, {first, last}, "<" + std::to_string(first) + ">");
  };
  EXPECT_EQ(shown(0, 0), "<0>\"");
  EXPECT_EQ(shown(1, 1), "\"<1>\"");
  EXPECT_EQ(shown(2, 2), "<2>\"");  // its paragraph opens it again
  EXPECT_EQ(shown(3, 3), "\"<3>");
  EXPECT_EQ(shown(1, 3), "\"<1>");
  EXPECT_EQ(shown(0, 3), "<0>");
  const std::string o = "\u201C";
  const std::string c = "\u201D";
  const std::vector<Sentence> curly = Sentences({{"Vale wrote: " + o + "The council failed.", 0},
                                                 {"It ignored us.", 0},
                                                 {"Nobody answered." + c, 0}});
  const LackingMarks middle = MarksLacking(curly, {0, 2}, {1, 1});
  EXPECT_EQ(middle.before, o);
  EXPECT_EQ(middle.after, c);
  // A sentence in no quotation over sentences lacks nothing.
  const LackingMarks alone = MarksLacking(curly, {1, 1}, {1, 1});
  EXPECT_TRUE(alone.before.empty() && alone.after.empty());
}

// A sentence its text is cut short inside gets "…" after its last word and
// the closing marks of the quotations it leaves open; one with a stop is
// left alone.
TEST(WithCutShortEnding, MarksTheCutAndClosesWhatItLeavesOpen) {
  EXPECT_EQ(WithCutShortEnding("Police said the driver jumped on a car"),
            "Police said the driver jumped on a car\u2026");
  EXPECT_EQ(WithCutShortEnding("The council met on Monday."), "The council met on Monday.");
  EXPECT_EQ(WithCutShortEnding("\"Why now?\" she asked."), "\"Why now?\" she asked.");
  EXPECT_EQ(WithCutShortEnding("He called it \u201Ca disgrace.\u201D"),
            "He called it \u201Ca disgrace.\u201D");
  EXPECT_EQ(WithCutShortEnding("Rates rose again\u2026"), "Rates rose again\u2026");
  // Open quotations are closed in their own style.
  EXPECT_EQ(WithCutShortEnding("\" i personally would like to say that"),
            "\" i personally would like to say that\u2026\"");
  EXPECT_EQ(WithCutShortEnding("Vale wrote: \u201CThe council failed to"),
            "Vale wrote: \u201CThe council failed to\u2026\u201D");
  // The ellipsis stands before closing quotation marks, as a stop would,
  // and after brackets.
  EXPECT_EQ(WithCutShortEnding("He called it \u201Ca disgrace\u201D"),
            "He called it \u201Ca disgrace\u2026\u201D");
  EXPECT_EQ(WithCutShortEnding("Turnout was low (41 percent)"),
            "Turnout was low (41 percent)\u2026");
  EXPECT_EQ(WithCutShortEnding("\"He won (again)\""), "\"He won (again)\u2026\"");
  EXPECT_EQ(WithCutShortEnding("(It was over.)"), "(It was over.)");
  EXPECT_EQ(WithCutShortEnding("\"\" "), "\"\" ");
}

// Found by the review of stop 28: an apostrophe at the end is part of the
// word, not a closing mark; other scripts' stops end a sentence; a text
// cut at a budget is cut whatever it ends with.
TEST(WithCutShortEnding, KeepsApostrophesReadsOtherStopsAndMarksEveryBudgetCut) {
  EXPECT_EQ(WithCutShortEnding("He praised the nurses'"), "He praised the nurses'\u2026");
  EXPECT_EQ(WithCutShortEnding("He praised the nurses\u2019"), "He praised the nurses\u2019\u2026");
  // A single mark that opened a quotation still closes after the cut.
  EXPECT_EQ(WithCutShortEnding("He called it 'a farce'"), "He called it 'a farce\u2026'");
  EXPECT_EQ(WithCutShortEnding("He called it \u2018a farce\u2019"),
            "He called it \u2018a farce\u2026\u2019");
  for (std::string_view stop : {"\u061F", "\u06D4", "\u3002", "\u0964", "\uFF1F"}) {
    const std::string text = "\u0642\u0627\u0644" + std::string(stop);
    EXPECT_EQ(WithCutShortEnding(text), text);
  }
  // Other languages' closing marks stand after the stop.
  for (std::string_view whole : {"Il a dit : \u00ABNon.\u00BB", "Er sagte: \u201ENein.\u201C",
                                 "Er sagte: \u00BBNein.\u00AB", "\u5F7C\u300C\u884C\u3002\u300D"}) {
    EXPECT_EQ(WithCutShortEnding(whole), whole);
  }
  EXPECT_EQ(WithCutShortEnding("Il a dit : \u00ABNous allons\u00BB"),
            "Il a dit : \u00ABNous allons\u2026\u00BB");
  EXPECT_EQ(WithCutShortEnding("The U.S.", true), "The U.S.\u2026");
  // Brackets the cut leaves open close too, innermost first.
  EXPECT_EQ(WithCutShortEnding("The mayor (who took office in"),
            "The mayor (who took office in\u2026)");
  EXPECT_EQ(WithCutShortEnding("\"The plan (a draft [not final"),
            "\"The plan (a draft [not final\u2026])\"");
  EXPECT_EQ(WithCutShortEnding("The mayor (who said \u201Cnever"),
            "The mayor (who said \u201Cnever\u2026\u201D)");
  EXPECT_EQ(WithCutShortEnding("Turnout (41 percent) fell and"),
            "Turnout (41 percent) fell and\u2026");
  EXPECT_EQ(WithCutShortEnding("\"Why now?\"", true), "\"Why now?\u2026\"");
  EXPECT_EQ(WithCutShortEnding("Rates rose again\u2026", true), "Rates rose again\u2026");
  EXPECT_EQ(WithCutShortEnding("The U.S."), "The U.S.");
}

}  // namespace
}  // namespace concord::text
