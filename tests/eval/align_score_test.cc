// ECB+ reading and the alignment's pair scores (align_score.h), on small
// documents written here in ECB+'s XML layout.
#include "concord/align_score.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/temp_dir.h"

namespace concord::eval {
namespace {

// One event mention: sentence, token index in it, and its cross-document
// chain ("" for a mention in no chain).
struct EcbEvent {
  size_t sentence;
  size_t token;
  std::string chain;
};

// An ECB+ document of `sentences` (tokens split at spaces) with `events`.
std::string EcbXml(const std::vector<std::string>& sentences, const std::vector<EcbEvent>& events) {
  std::string xml = "<Document doc_name=\"x.xml\" doc_id=\"D1\">\n";
  std::vector<std::vector<size_t>> ids(sentences.size());
  size_t t_id = 1;
  for (size_t s = 0; s < sentences.size(); ++s) {
    size_t number = 0;
    size_t from = 0;
    while (from <= sentences[s].size()) {
      size_t to = sentences[s].find(' ', from);
      if (to == std::string::npos) to = sentences[s].size();
      ids[s].push_back(t_id);
      xml += "<token t_id=\"" + std::to_string(t_id++) + "\" sentence=\"" + std::to_string(s) +
             "\" number=\"" + std::to_string(number++) + "\">" +
             sentences[s].substr(from, to - from) + "</token>\n";
      from = to + 1;
    }
  }
  xml +=
      "<Markables>\n<HUMAN_PART_PER m_id=\"900\">\n  <token_anchor t_id=\"1\"/>\n"
      "</HUMAN_PART_PER>\n";
  for (size_t e = 0; e < events.size(); ++e) {
    xml += "<ACTION_OCCURRENCE m_id=\"" + std::to_string(e + 1) + "\">\n  <token_anchor t_id=\"" +
           std::to_string(ids[events[e].sentence][events[e].token]) +
           "\"/>\n</ACTION_OCCURRENCE>\n";
  }
  xml +=
      "<ACTION_OCCURRENCE m_id=\"999\" RELATED_TO=\"\" TAG_DESCRIPTOR=\"t\" "
      "instance_id=\"ACT1\"/>\n</Markables>\n<Relations>\n"
      "<CROSS_DOC_COREF r_id=\"1\" note=\"HUM7\">\n  <source m_id=\"900\" />\n"
      "  <target m_id=\"999\" />\n</CROSS_DOC_COREF>\n";
  for (size_t e = 0; e < events.size(); ++e) {
    if (events[e].chain.empty()) continue;
    xml += "<CROSS_DOC_COREF r_id=\"" + std::to_string(e + 2) + "\" note=\"" + events[e].chain +
           "\">\n  <source m_id=\"" + std::to_string(e + 1) +
           "\" />\n  <target m_id=\"999\" />\n</CROSS_DOC_COREF>\n";
  }
  return xml + "</Relations>\n</Document>\n";
}

TEST(ParseEcbDocument, SentencesEventChainsAndScoredSentences) {
  const std::string xml = EcbXml(
      {"http : / / example . com", "Rescuers pulled three miners ( all alive ) from the mine .",
       "The owner 's pumps failed , he said &amp; left ."},
      {{1, 1, "ACT11"}, {1, 1, "ACT12"}, {2, 4, ""}});
  Result<EcbDocument> doc = ParseEcbDocument(xml, "1_1ecb");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc.value().sentences.size(), 3u);
  const EcbSentence& first = doc.value().sentences[1];
  EXPECT_EQ(first.number, 1u);
  EXPECT_EQ(first.text, "Rescuers pulled three miners (all alive) from the mine.");
  EXPECT_EQ(first.events, (std::vector<std::string>{"ACT11", "ACT12"}));
  EXPECT_TRUE(first.scored);
  const EcbSentence& second = doc.value().sentences[2];
  EXPECT_EQ(second.text, "The owner's pumps failed, he said & left.");
  EXPECT_TRUE(second.events.empty());  // a mention in no chain: scored, a negative
  EXPECT_TRUE(second.scored);
  EXPECT_FALSE(doc.value().sentences[0].scored);         // no event mention
  EXPECT_TRUE(doc.value().sentences[0].events.empty());  // the HUM chain is no event
}

TEST(ParseEcbDocument, CharacterReferencesAreDecoded) {
  // A decimal and a hexadecimal reference, and XML's own entities.
  const std::string xml =
      "<Document>\n<token t_id=\"1\" sentence=\"0\">Caf&#233;</token>\n"
      "<token t_id=\"2\" sentence=\"0\">owner&#x2019;s</token>\n"
      "<token t_id=\"3\" sentence=\"0\">&lt;&amp;&gt;</token>\n</Document>\n";
  Result<EcbDocument> doc = ParseEcbDocument(xml, "3_1ecb");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc.value().sentences.size(), 1u);
  EXPECT_EQ(doc.value().sentences[0].text, "Caf\u00e9 owner\u2019s <&>");
}

// The message of parsing `xml` as "7_2ecb", "" when it parses.
std::string EcbError(const std::string& xml) {
  Result<EcbDocument> doc = ParseEcbDocument(xml, "7_2ecb");
  return doc.ok() ? "" : doc.status().message();
}

TEST(ParseEcbDocument, MalformedInputIsAParseErrorNamingTheDocumentAndLine) {
  EXPECT_EQ(EcbError("<Document>\n<token t_id=\"1\" sentence=\"0\">a</token>\n"
                     "<token sentence=\"0\">b</token>\n</Document>"),
            "7_2ecb:3: a token without a numeric t_id or sentence");
  EXPECT_EQ(EcbError("<Document>\n<token t_id=\"1\" sentence=\"0\">a</token>\n<Markables>\n"
                     "<X m_id=\"1\">\n  <token_anchor t_id=\"5\"/>\n</X>\n</Markables>\n"
                     "</Document>"),
            "7_2ecb:5: a token_anchor of no token");
  // Not well formed: libxml2's message at the line where the parser stopped.
  const std::string mismatch = EcbError(
      "<Document>\n<token t_id=\"1\" sentence=\"0\">a</token>\n<Markables>\n"
      "<ACTION_OCCURRENCE m_id=\"1\">\n</ACTION_X>\n</Markables>\n</Document>\n");
  EXPECT_TRUE(mismatch.starts_with("7_2ecb:5: ")) << mismatch;
  EXPECT_NE(mismatch.find("ACTION_X"), std::string::npos) << mismatch;
  EXPECT_TRUE(EcbError("<Document>\n<token t_id=\"1\" sentence=\"0\">a &bogus;</token>\n"
                       "</Document>")
                  .starts_with("7_2ecb:2: "));
  EXPECT_EQ(EcbError(""), "7_2ecb: empty file");
  EXPECT_NE(EcbError("<token t_id=\"1\" sentence=\"0\">a"), "");  // unterminated
  EXPECT_EQ(EcbError("<Document>\n</Document>\n"), "7_2ecb: no tokens");
}

// Topic 2 (ecb: two documents, ecbplus: one) and topic 10 (ecb: one).
class EcbFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("2/2_1ecb.xml",
               EcbXml({"Rescuers pulled three miners from the flooded Harbor mine on Tuesday .",
                       "The mine owner said the old pumps failed overnight ."},
                      {{0, 1, "ACT1"}, {1, 6, "ACT2"}}));
    dir_.Write("2/2_2ecb.xml",
               EcbXml({"Three miners were pulled from the flooded Harbor mine by rescuers on "
                       "Tuesday .",
                       "Officials praised the volunteer divers at a news conference ."},
                      {{0, 3, "ACT1"}, {1, 1, "ACT3"}}));
    dir_.Write("2/2_1ecbplus.xml", EcbXml({"A bridge collapsed in Lisbon ."}, {{0, 2, "ACT9"}}));
    dir_.Write("10/10_1ecb.xml", EcbXml({"Voters went to the polls ."}, {{0, 1, "ACT5"}}));
    dir_.Write("10/notes.txt", "not a document");
  }
  concord::testing::TempDir dir_;
};

TEST_F(EcbFolder, StoriesAreSubTopicsInTopicOrder) {
  Result<std::vector<EcbStory>> stories = ReadEcbPlus(dir_.path(), "");
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_EQ(stories.value().size(), 3u);
  EXPECT_EQ(stories.value()[0].name, "2_ecb");
  EXPECT_EQ(stories.value()[1].name, "2_ecbplus");
  EXPECT_EQ(stories.value()[2].name, "10_ecb");
  EXPECT_EQ(stories.value()[2].topic, 10);
  ASSERT_EQ(stories.value()[0].documents.size(), 2u);
  EXPECT_EQ(stories.value()[0].documents[1].name, "2_2ecb");
}

TEST_F(EcbFolder, AlignmentLinksTheSameEventAndNotTheOthers) {
  Result<std::vector<EcbStory>> stories = ReadEcbPlus(dir_.path(), "");
  ASSERT_TRUE(stories.ok());
  const AlignScores s = ScoreAlignment(stories.value(), compare::CompareOptions());
  EXPECT_EQ(s.stories, 3u);
  EXPECT_EQ(s.sentences, 6u);
  // Four cross-document pairs in 2_ecb, one of them the same event (the
  // rescue); the other stories have one document each.
  EXPECT_EQ(s.pairs.gold, 1u);
  EXPECT_EQ(s.pairs.predicted, 1u);
  EXPECT_EQ(s.pairs.true_positives, 1u);
  // A threshold nothing reaches predicts nothing.
  compare::CompareOptions strict;
  strict.match_threshold = 1.0;
  EXPECT_EQ(ScoreAlignment(stories.value(), strict).pairs.predicted, 0u);
}

TEST_F(EcbFolder, SentenceListRestrictsTheScoredSentences) {
  const std::string csv =
      dir_.Write("list.csv", "Topic,File,Sentence Number\r\n2,1ecb,0\r\n2,2ecb,1 \r\n");
  Result<std::vector<EcbStory>> stories = ReadEcbPlus(dir_.path(), csv);
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  const AlignScores s = ScoreAlignment(stories.value(), compare::CompareOptions());
  EXPECT_EQ(s.sentences, 2u);
  EXPECT_EQ(s.pairs.gold, 0u);  // the rescue in 2_1ecb, the praise in 2_2ecb
  EXPECT_EQ(s.pairs.predicted, 0u);

  const std::string bad = dir_.Write("bad.csv", "Topic,File,Sentence Number\n2,1ecb\n");
  Result<std::vector<EcbStory>> failed = ReadEcbPlus(dir_.path(), bad);
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("bad.csv:2"), std::string::npos);
}

TEST(ReadEcbPlus, AMalformedFileIsNamedWithItsLine) {
  concord::testing::TempDir dir;
  dir.Write("4/4_1ecb.xml", EcbXml({"Voters went to the polls ."}, {{0, 1, "ACT5"}}));
  const std::string bad =
      dir.Write("4/4_2ecb.xml", "<Document>\n<token t_id=\"1\" sentence=\"0\">a\n</Document>\n");
  Result<std::vector<EcbStory>> stories = ReadEcbPlus(dir.path(), "");
  ASSERT_FALSE(stories.ok());
  EXPECT_EQ(stories.status().code(), StatusCode::kParseError);
  EXPECT_TRUE(stories.status().message().starts_with(bad + ":3: ")) << stories.status().message();
}

TEST(ReadEcbPlus, AFolderWithoutDocumentsFails) {
  concord::testing::TempDir dir;
  dir.Write("1/readme.txt", "nothing here");
  EXPECT_FALSE(ReadEcbPlus(dir.path(), "").ok());
  EXPECT_FALSE(ReadEcbPlus(dir.path() + "/missing", "").ok());
}

}  // namespace
}  // namespace concord::eval
