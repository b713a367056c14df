// Tests of src/io/format/compare_report.cc: a Comparison as text,
// Markdown and JSON.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compare/test_documents.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/format.h"
#include "concord/text.h"
#include "testing/analyzed_texts.h"

namespace concord::io {
namespace {

using compare::Comparison;

using concord::testing::AnalyzeAll;
using concord::testing::Analyzed;

Analyzed SmallStory() {
  return AnalyzeAll(
      {concord::testing::TextArticle(
           "Mayor Ada Brennan said the Harbor Bridge will close for repairs on Monday. "
           "\"We have no choice,\" Brennan said. The harbor authority ruled out a "
           "ferry subsidy for weekend commuters from the north shore.",
           "Gazette"),
       concord::testing::TextArticle(
           "The Harbor Bridge will close for repairs on Monday, Mayor Ada Brennan said. "
           "\"We have no choice,\" the mayor said. About 1,500 cars cross the bridge "
           "every hour.",
           "Ledger")});
}

TEST(Report, MarkdownHasQuoteTableAndUniqueList) {
  const Analyzed story = SmallStory();
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  EXPECT_NE(md.find("| Speaker | Quote | Outlets |"), std::string::npos) << md;
  EXPECT_NE(md.find("We have no choice"), std::string::npos) << md;
  EXPECT_NE(md.find("### Only in Gazette"), std::string::npos) << md;
  EXPECT_NE(md.find("ferry subsidy"), std::string::npos) << md;
}

// The Markdown row of a quote names its own speaker: an endorsement that
// shares "secure the border" with the candidate's promise is not shown
// under the candidate (BASIL's Arpaio / Perry story had that).
TEST(Report, MarkdownQuoteRowNamesItsOwnSpeaker) {
  const Analyzed story = AnalyzeAll(
      {concord::testing::TextArticle(
           "Sheriff Ada Brennan endorsed Governor Tom Lund in Yuma. \"We know nobody has done "
           "more to secure the border than Governor Lund, and he has a plan,\" Brennan said. "
           "\"We will secure the border within a year,\" Lund said.",
           "Gazette"),
       concord::testing::TextArticle(
           "Governor Tom Lund visited Yuma. \"We will secure the border within a year,\" Lund "
           "said to the crowd.",
           "Ledger")});
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  const size_t endorsement = md.find("We know nobody has done more");
  ASSERT_NE(endorsement, std::string::npos) << md;
  const size_t row = md.rfind('\n', endorsement) + 1;
  EXPECT_NE(md.substr(row, endorsement - row).find("Brennan"), std::string::npos) << md;
  const size_t promise = md.find("\u201CWe will secure the border");
  ASSERT_NE(promise, std::string::npos) << md;
  const size_t promise_row = md.rfind('\n', promise) + 1;
  EXPECT_NE(md.substr(promise_row, promise - promise_row).find("Lund"), std::string::npos) << md;
}

TEST(Report, TextAndJsonCarryTheSameFacts) {
  const Analyzed story = SmallStory();
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  EXPECT_NE(text.find("Only in Gazette"), std::string::npos) << text;
  const nlohmann::json j = ComparisonToJson(c.value(), story.articles, story.documents);
  ASSERT_TRUE(j.contains("shared"));
  ASSERT_FALSE(j["shared"].empty());
  EXPECT_EQ(j["shared"][0]["outlets"].size(), 2u);
  ASSERT_FALSE(j["quotes"].empty());
  EXPECT_EQ(j["quotes"][0]["outlets"].size(), 2u);
  EXPECT_EQ(j["quotes"][0]["speaker"], "Ada Brennan");
  const nlohmann::json quotes = QuotesToJson(c.value(), story.articles);
  ASSERT_FALSE(quotes.empty());
  const nlohmann::json& part = quotes[0]["parts"][0];
  const std::string& body = story.articles[quotes[0]["article"].get<size_t>()].text;
  EXPECT_EQ(body.substr(part["start"].get<size_t>(),
                        part["end"].get<size_t>() - part["start"].get<size_t>()),
            part["text"].get<std::string>());
}

// Found by the review of stop 28: an article cut short inside its last
// sentence had that sentence listed as a plain prefix ("... and that the")
// while the summary printed it with "…"; every report's line now shows the
// cut the same way.
TEST(Report, ASentenceItsArticleIsCutInsideIsShownCut) {
  const std::string cut =
      "The harbor authority said the ferry subsidy for weekend commuters would end and that the";
  const Analyzed story = AnalyzeAll(
      {concord::testing::TextArticle(
           "Mayor Ada Brennan said the Harbor Bridge will close for repairs on Monday. " + cut,
           "Gazette"),
       concord::testing::TextArticle(
           "The Harbor Bridge will close for repairs on Monday, Mayor Ada Brennan said. "
           "About 1,500 cars cross the bridge every hour.",
           "Ledger")});
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string shown = cut + "\u2026";
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  EXPECT_NE(text.find(shown), std::string::npos) << text;
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  EXPECT_NE(md.find(shown), std::string::npos) << md;
  const nlohmann::json j = ComparisonToJson(c.value(), story.articles, story.documents);
  bool found = false;
  for (const nlohmann::json& g : j["unique"]) found = found || g["shown"] == shown;
  EXPECT_TRUE(found) << j["unique"].dump();
  // The other lines are as their sentences are.
  EXPECT_EQ(text.find("hour.\u2026"), std::string::npos) << text;
}

// No state carries over between calls and nothing depends on where the
// input lives in memory: a separately built copy of the story, compared
// after another story, gives the same report bytes. (Sameness across
// thread counts is tested on the command line, in separate processes.)
TEST(Report, NoStateCarriesOverBetweenCalls) {
  const Analyzed story = SmallStory();
  Result<Comparison> a = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(a.ok());
  const std::string first = ComparisonToJson(a.value(), story.articles, story.documents).dump();
  EXPECT_NE(first.find("Brennan"), std::string::npos) << first;
  const Analyzed other = AnalyzeAll(
      {concord::testing::TextArticle("A bakery on Main Street won the bread prize. "
                                     "\"We are thrilled,\" the owner said.",
                                     "Courier"),
       concord::testing::TextArticle("The Main Street bakery took the bread prize.", "Wire")});
  ASSERT_TRUE(compare::Compare(other.articles, other.documents).ok());
  const Analyzed copy = SmallStory();
  Result<Comparison> b = compare::Compare(copy.articles, copy.documents);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(first, ComparisonToJson(b.value(), copy.articles, copy.documents).dump());
}

// The ferry strike as two outlets tell it: the Post quotes Holt over two
// sentences (and, with kPostMarket, a market story too); the Herald either
// reports her words or quotes her going on with words the Post lacks.
const std::string kPostStrike =
    "Kettleby ferry crews walked out on Monday over pay. Union leader Mara Holt said "
    "\"the boats stay in the harbor until the council talks. We want a fair offer and "
    "a written contract,\" outside the terminal.";
const std::string kPostMarket =
    " The Orchard Street market opened a week early. \"Prices are up. Stalls are full of "
    "plums,\" a grower said.";
const std::string kHeraldPlain =
    "Kettleby ferry crews went on strike on Monday over pay. Union leader Mara Holt said "
    "the boats stay in the harbor until the council talks.";
const std::string kHeraldQuoting =
    "Kettleby ferry crews went on strike on Monday over pay. Union leader Mara Holt said "
    "\"the boats stay in the harbor until the council talks. Our members will strike for "
    "a month if they must,\" she added.";

Analyzed FerryStory(const std::string& post, const std::string& herald) {
  return AnalyzeAll({concord::testing::TextArticle(post, "Post"),
                     concord::testing::TextArticle(herald, "Herald")});
}

// A quotation over sentences is shown whole: never half a quotation, and
// never a sentence behind an outlet that does not carry it.
TEST(Report, AQuotationOverSentencesIsShownWhole) {
  const Analyzed story = FerryStory(kPostStrike + kPostMarket, kHeraldPlain);
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  // Shared: the Herald's whole sentence, not the Post's quotation, whose
  // second sentence the Herald does not carry.
  EXPECT_NE(md.find("**Post, Herald**: Union leader Mara Holt said the boats stay"),
            std::string::npos)
      << md;
  // Only in the Post: the market quotation once, whole.
  EXPECT_NE(md.find("- \"Prices are up. Stalls are full of plums,\" a grower said.\n"),
            std::string::npos)
      << md;
  EXPECT_EQ(md.find("- Stalls are full"), std::string::npos) << md;
  // Text shows each outlet's own sentence, the Post's with its quotation.
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  EXPECT_NE(text.find("Post: Union leader Mara Holt said \"the boats stay in the harbor until "
                      "the council talks. We want a fair offer and a written contract,\" "
                      "outside the terminal."),
            std::string::npos)
      << text;
  // JSON keeps each sentence and adds its passage ("Prices are up." is too
  // short to be listed alone; "Stalls are full of plums" is).
  const nlohmann::json json = ComparisonToJson(c.value(), story.articles, story.documents);
  size_t plums = 0;
  for (const auto& group : json["unique"]) {
    for (const auto& s : group["sentences"]) {
      const std::string own = s["text"].get<std::string>();
      if (own.find("Prices are up") == std::string::npos &&
          own.find("Stalls are full") == std::string::npos) {
        continue;
      }
      ++plums;
      ASSERT_TRUE(s.contains("passage")) << s;
      EXPECT_EQ(s["passage"]["text"],
                "\"Prices are up. Stalls are full of plums,\" a grower said.");
    }
  }
  EXPECT_GE(plums, 1u) << json.dump(1);
}

// Two sentences of one quotation in one shared group (one outlet split
// what the other said in one sentence) show the same passage: the text
// report lists it once, as the seeds' Kerry quotation showed it twice.
TEST(Report, TwoMembersOfOneQuotationAreListedOnce) {
  const Analyzed story = AnalyzeAll(
      {concord::testing::TextArticle(
           "Mayor Ada Brennan spoke on Friday. \"We will reopen the harbor bridge to cars next "
           "week and we will keep the ferry running for commuters until then,\" the mayor "
           "said.",
           "Post"),
       concord::testing::TextArticle(
           "Mayor Ada Brennan spoke on Friday. \"We will reopen the harbor bridge to cars next "
           "week. And we will keep the ferry running for commuters until then.\"",
           "Herald")});
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const nlohmann::json json = ComparisonToJson(c.value(), story.articles, story.documents);
  // The fixture is what the test needs: one group with both Herald
  // sentences of the quotation.
  bool both = false;
  for (const auto& group : json["shared"]) {
    size_t herald = 0;
    for (const auto& s : group["sentences"]) herald += s["outlet"] == "Herald";
    both = both || herald == 2;
  }
  ASSERT_TRUE(both) << json.dump(1);
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  const std::string line =
      "Herald: \"We will reopen the harbor bridge to cars next week. And we will keep the "
      "ferry running for commuters until then.\"\n";
  const size_t first = text.find(line);
  ASSERT_NE(first, std::string::npos) << text;
  EXPECT_EQ(text.find(line, first + 1), std::string::npos) << text;
}

// When every member of a shared group is a sentence of a quotation and the
// other outlets do not carry the first member's whole quotation, the line
// shows the shared sentence alone: the Herald was shown behind "We want a
// fair offer", which only the Post has. JSON names who carries a passage.
TEST(Report, APassageIsShownBehindOnlyTheOutletsThatCarryIt) {
  const Analyzed story = FerryStory(kPostStrike, kHeraldQuoting);
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  const size_t line = md.find("**Post, Herald**: Union leader Mara Holt");
  ASSERT_NE(line, std::string::npos) << md;
  const std::string shown = md.substr(line, md.find('\n', line) - line);
  EXPECT_EQ(shown.find("fair offer"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("strike for a month"), std::string::npos) << shown;
  // Alone, the sentence is closed where it stops: part of a quotation.
  EXPECT_TRUE(shown.ends_with("until the council talks.\"")) << shown;
  const nlohmann::json json = ComparisonToJson(c.value(), story.articles, story.documents);
  size_t passages = 0;
  for (const auto& group : json["shared"]) {
    for (const auto& s : group["sentences"]) {
      if (!s.contains("passage")) continue;
      ++passages;
      EXPECT_EQ(s["passage"]["outlets"], nlohmann::json::array({s["outlet"]})) << s;
    }
  }
  EXPECT_EQ(passages, 2u) << json.dump(1);
}

// Each group's JSON "shown" is the line the Markdown and text reports list
// for it (compare's one rule, which the digest and web pages print): for a
// shared group the member whole by itself, else a passage every outlet
// carries, else the sentence alone; for one outlet's, its passage.
TEST(Report, EachGroupsShownIsTheLineTheReportsList) {
  const Analyzed story = FerryStory(kPostStrike + kPostMarket, kHeraldQuoting);
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const nlohmann::json json = ComparisonToJson(c.value(), story.articles, story.documents);
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  ASSERT_FALSE(json["shared"].empty());
  ASSERT_FALSE(json["unique"].empty());
  std::vector<std::string> shown;
  for (const auto& group : json["shared"]) {
    std::string outlets;
    for (const auto& o : group["outlets"])
      outlets += (outlets.empty() ? "" : ", ") + o.get<std::string>();
    const std::string line = group["shown"].get<std::string>();
    shown.push_back(line);
    EXPECT_NE(md.find("- **" + text::EscapeMarkdown(outlets) + "**: " + text::EscapeMarkdown(line) +
                      "\n"),
              std::string::npos)
        << line << "\n"
        << md;
  }
  for (const auto& group : json["unique"]) {
    const std::string line = group["shown"].get<std::string>();
    shown.push_back(line);
    EXPECT_NE(md.find("\n- " + text::EscapeMarkdown(line) + "\n"), std::string::npos) << line;
    EXPECT_NE(text.find("\n  - " + line + "\n"), std::string::npos) << line;
  }
  // The Holt group shows the sentence alone (neither outlet carries the
  // other's quotation whole), closed where it stops; the grower's
  // quotation is shown whole.
  EXPECT_NE(std::find(shown.begin(), shown.end(),
                      "Union leader Mara Holt said \"the boats stay in the harbor until the "
                      "council talks.\""),
            shown.end());
  EXPECT_NE(std::find(shown.begin(), shown.end(),
                      "\"Prices are up. Stalls are full of plums,\" a grower said."),
            shown.end());
}

// A sentence of a quotation over more sentences than a passage shows (six:
// the one that opens it and five more) is listed with the marks it lacks, so a columnist's words do
// not read as the outlet's own claim; it was listed bare ("It cut the inspection budget twice."),
// since the passage that would show the quotation gives up after five sentences. A quotation of
// five or fewer is still shown whole.
TEST(Report, ASentenceOfAQuotationOverMoreThanFiveSentencesIsListedQuoted) {
  const Analyzed story = AnalyzeAll(
      {concord::testing::TextArticle(
           "The Kettleby pier collapsed on Friday night. Columnist Ian Vale wrote on Sunday: "
           "\"The council has failed every family in the harbor district. It ignored three "
           "written warnings about the rusted pier supports. It cut the pier inspection budget "
           "twice in four years. It kept the engineers' damning report from the public. It let "
           "the contractor set its own repair schedule. It sold the old ferry dock to a friend of "
           "the mayor. Not one councillor has answered for any "
           "of it.\" The mayor declined to comment.",
           "Post"),
       concord::testing::TextArticle(
           "The Kettleby pier collapsed on Friday night, the harbor office said. Divers searched "
           "the water until dawn.",
           "Herald")});
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  const nlohmann::json json = ComparisonToJson(c.value(), story.articles, story.documents);
  // The fixture is what the test needs: middle sentences listed as the
  // Post's alone.
  ASSERT_NE(text.find("inspection budget"), std::string::npos) << text;
  EXPECT_NE(text.find("  - \"It cut the pier inspection budget twice in four years.\"\n"),
            std::string::npos)
      << text;
  EXPECT_NE(md.find("- \"It cut the pier inspection budget twice in four years.\"\n"),
            std::string::npos)
      << md;
  EXPECT_NE(text.find("  - Columnist Ian Vale wrote on Sunday: \"The council has failed every "
                      "family in the harbor district.\"\n"),
            std::string::npos)
      << text;
  for (const std::string& report : {text, md}) {
    EXPECT_EQ(report.find("- It "), std::string::npos) << report;
    EXPECT_EQ(report.find("- Not one"), std::string::npos) << report;
  }
  // JSON gives each such sentence its marked text beside the article's own
  // words ("quoted", which the web page prints), and none to a sentence
  // outside quotations.
  size_t quoted = 0;
  for (const auto& group : json["unique"]) {
    for (const auto& sentence : group["sentences"]) {
      const std::string bare = sentence["text"].get<std::string>();
      if (bare.starts_with("It sold the old ferry dock")) {
        EXPECT_EQ(sentence.value("quoted", ""), "\"" + bare + "\"");
        ++quoted;
      }
      if (bare.starts_with("Divers searched")) {
        EXPECT_FALSE(sentence.contains("quoted"));
      }
    }
  }
  EXPECT_EQ(quoted, 1u) << json.dump(1);
  for (const auto& group : json["unique"]) {
    const std::string line = group["shown"].get<std::string>();
    if (line.find("It let the contractor") != std::string::npos) {
      EXPECT_EQ(line, "\"It let the contractor set its own repair schedule.\"");
    }
    if (line.find("Not one councillor") != std::string::npos) {
      EXPECT_EQ(line, "\"Not one councillor has answered for any of it.\"");
    }
  }
}

// A quote's char_start/char_end are code points from the article's start,
// across the blocks CharOffsets counts in (256 bytes) and multi-byte text.
TEST(Report, QuoteCharOffsetsCountCodePoints) {
  std::string text;
  for (int i = 0; i < 12; ++i) {
    text += "Mayor Zo\xC3\xAB Brennan said \xE2\x80\x9Cthe caf\xC3\xA9 on pier " +
            std::to_string(i) + " stays open all winter long,\xE2\x80\x9D on Monday. ";
  }
  const Analyzed story = AnalyzeAll({concord::testing::TextArticle(text, "Gazette"),
                                     concord::testing::TextArticle(text, "Ledger")});
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const nlohmann::json quotes = QuotesToJson(c.value(), story.articles);
  ASSERT_GE(quotes.size(), 12u);
  auto code_points = [&](size_t byte) {
    size_t n = 0;
    for (size_t i = 0; i < byte && i < text.size(); ++i) {
      n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    return n;
  };
  for (const auto& q : quotes) {
    for (const auto& part : q["parts"]) {
      EXPECT_EQ(part["char_start"], code_points(part["start"].get<size_t>())) << part;
      EXPECT_EQ(part["char_end"], code_points(part["end"].get<size_t>())) << part;
    }
  }
}

}  // namespace
}  // namespace concord::io
