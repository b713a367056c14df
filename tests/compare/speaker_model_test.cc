// The learned speaker choice (src/compare/speaker_model.cc and
// speaker_learn.cc): the candidates around a quote and their features, the
// pick, and training. Fixtures are short texts written here.
#include "compare/speaker_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/compare.h"
#include "concord/document.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using internal::kSpeakerFeatureNames;
using internal::SpeakerCandidate;

// Feature index by name (fails the test when the name is unknown).
size_t FeatureIndex(const std::string& name) {
  for (size_t i = 0; i < kSpeakerFeatureNames.size(); ++i) {
    if (name == kSpeakerFeatureNames[i]) return i;
  }
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

struct Analysed {
  Article article;
  Document document;
};

Analysed AnalyseText(const std::string& text) {
  static text::Tokenizer* tokenizer = new text::Tokenizer();
  Analysed a;
  a.article = testing::TextArticle(text);
  a.document = text::Analyze(a.article, *tokenizer);
  return a;
}

// The candidates of quote `index` as ExtractQuotesWith sees it, and their
// texts.
std::vector<SpeakerCandidate> CandidatesOf(const Analysed& a, size_t index,
                                           std::vector<std::string>* texts) {
  std::vector<SpeakerCandidate> out;
  CompareOptions options;
  options.learned_speakers = false;
  internal::ExtractQuotesWith(a.article, a.document, options,
                              [&](const internal::QuoteContext& c, std::vector<Quote>& quotes) {
                                if (index < quotes.size()) {
                                  out = internal::SpeakerCandidates(c, quotes[index], {});
                                }
                              });
  for (const SpeakerCandidate& c : out) {
    texts->push_back(a.article.text.substr(c.span.start, c.span.end - c.span.start));
  }
  return out;
}

const std::string kCuedBefore =
    "Senator Ada Brennan said the plan would fail.\n\n"
    "\"This plan will not pass the Senate in its present form, not this year.\"\n";

TEST(SpeakerCandidates, NamesOutsideQuotesInThisAndThePreviousParagraph) {
  const Analysed a = AnalyseText("Rex Oldham wrote a book.\n\n" + kCuedBefore);
  std::vector<std::string> texts;
  const std::vector<SpeakerCandidate> c = CandidatesOf(a, 0, &texts);
  // Rex Oldham is two paragraphs up; the Senate is inside the quote.
  ASSERT_EQ(texts, std::vector<std::string>({"Senator Ada Brennan"}));
  const auto x = [&](const std::string& name) { return c[0].x[FeatureIndex(name)]; };
  EXPECT_EQ(x("before"), 1);
  EXPECT_EQ(x("same_sentence"), 0);
  EXPECT_EQ(x("same_paragraph"), 0);
  EXPECT_EQ(x("cue_after"), 1);
  EXPECT_EQ(x("cue_before"), 0);
  EXPECT_EQ(x("opens_sentence"), 1);
  EXPECT_EQ(x("person"), 1);
  EXPECT_EQ(x("pronoun"), 0);
  EXPECT_EQ(x("nearest_before"), 1);
  EXPECT_EQ(x("quote_opens_paragraph"), 1);
  EXPECT_EQ(x("quote_has_cue"), 0);
  EXPECT_GT(x("log_quote_words"), 2.0);
}

TEST(SpeakerCandidates, PronounsObjectsAndColons) {
  const Analysed a = AnalyseText(
      "The aide of Rex Oldham met Ada Brennan's staff, and she put it this way: "
      "\"Nobody in this building has read the whole bill from start to finish.\"\n");
  std::vector<std::string> texts;
  const std::vector<SpeakerCandidate> c = CandidatesOf(a, 0, &texts);
  // Ada Brennan's qualifies "staff": no candidate.
  ASSERT_EQ(texts, std::vector<std::string>({"Rex Oldham", "she"}));
  EXPECT_EQ(c[0].x[FeatureIndex("after_preposition")], 1);
  EXPECT_EQ(c[1].x[FeatureIndex("after_preposition")], 0);
  EXPECT_EQ(c[1].x[FeatureIndex("pronoun")], 1);
  EXPECT_EQ(c[1].x[FeatureIndex("colon_to_quote")], 1);
  EXPECT_EQ(c[1].x[FeatureIndex("nearest_before")], 1);
  EXPECT_EQ(c[0].x[FeatureIndex("nearest_before")], 0);
  EXPECT_EQ(c[1].x[FeatureIndex("same_sentence")], 1);
  EXPECT_LT(c[1].x[FeatureIndex("log_words_between")], c[0].x[FeatureIndex("log_words_between")]);
}

TEST(SpeakerCandidates, ANameQualifyingANounIsNoCandidate) {
  const Analysed a = AnalyseText(
      "Lena Marsh joined the Russia investigation and the GOP campaign committee.\n\n"
      "\"Nobody in this building has read the whole bill from start to finish.\" Omar Fitch's "
      "attorney said it first.\n");
  std::vector<std::string> texts;
  CandidatesOf(a, 0, &texts);
  EXPECT_EQ(texts, std::vector<std::string>({"Lena Marsh"}));
}

TEST(ChooseSpeaker, BestCandidateAboveTheThresholdElseNone) {
  std::vector<SpeakerCandidate> c(2);
  c[0].x[FeatureIndex("cue_after")] = 1;
  c[1].x[FeatureIndex("pronoun")] = 1;
  SpeakerModel model;
  model.weights.assign(internal::kSpeakerFeatures + 1, 0.0);
  model.weights[FeatureIndex("cue_after")] = 3.0;
  model.weights[FeatureIndex("pronoun")] = 1.0;
  model.weights.back() = -1.0;  // bias
  model.threshold = 0.5;
  EXPECT_EQ(internal::ChooseSpeaker(model, c), 0u);  // p = sigmoid(2)
  model.threshold = 0.9;
  EXPECT_EQ(internal::ChooseSpeaker(model, c), 2u);  // none: 0.88 < 0.9
  EXPECT_EQ(internal::ChooseSpeaker(model, {}), 0u);
}

TEST(LearnedSpeakers, OnlyQuotesTheRulesLeaveWithoutASpeaker) {
  const Analysed a = AnalyseText(kCuedBefore);
  CompareOptions off;
  off.learned_speakers = false;
  const std::vector<Quote> rules = ExtractQuotes(a.article, a.document, off);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].speaker, "");
  SpeakerModel model;
  model.weights.assign(internal::kSpeakerFeatures + 1, 0.0);
  model.weights[FeatureIndex("cue_after")] = 4.0;
  model.weights.back() = -2.0;
  CompareOptions on;
  on.speaker_model = &model;
  const std::vector<Quote> learned = ExtractQuotes(a.article, a.document, on);
  ASSERT_EQ(learned.size(), 1u);
  EXPECT_EQ(learned[0].speaker, "Senator Ada Brennan");
  EXPECT_EQ(learned[0].speaker_name, "Ada Brennan");
  EXPECT_EQ(learned[0].cue, "");
  model.weights.back() = -5.0;  // p = sigmoid(-1): no speaker
  EXPECT_EQ(ExtractQuotes(a.article, a.document, on)[0].speaker, "");
  // A quote with its own attribution keeps it, whatever the model says.
  const Analysed own =
      AnalyseText("\"We will win this race, and we will win it big,\" Rex Oldham said.");
  model.weights.back() = 5.0;
  EXPECT_EQ(ExtractQuotes(own.article, own.document, on)[0].speaker, "Rex Oldham");
  // Nor does a passive "was asked" the rules leave without one on purpose:
  // the one asked is not the one asking.
  const Analysed asked = AnalyseText(
      "Rex Oldham spoke first.\n\nRoe was then asked: \"Will you run for the seat again next "
      "year?\"");
  const std::vector<Quote> passive = ExtractQuotes(asked.article, asked.document, on);
  ASSERT_EQ(passive.size(), 1u);
  EXPECT_EQ(passive[0].cue, "asked");
  EXPECT_EQ(passive[0].speaker, "");
}

// Articles where the speaker is the name before the cue in the paragraph
// above, and another name sits after the quote.
std::vector<Analysed> TrainingArticles() {
  std::vector<Analysed> out;
  const std::vector<std::string> names = {"Ada Brennan", "Rex Oldham", "Lena Marsh", "Omar Fitch"};
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& other = names[(i + 1) % names.size()];
    out.push_back(AnalyseText(names[i] +
                              " said the vote was close.\n\n"
                              "\"We counted every ballot twice and the numbers did not move at "
                              "all.\" The count ended before " +
                              other + " arrived.\n"));
  }
  return out;
}

std::vector<SpeakerTrainingArticle> Labelled(const std::vector<Analysed>& articles) {
  std::vector<SpeakerTrainingArticle> out;
  for (const Analysed& a : articles) {
    const std::string& t = a.article.text;
    const size_t open = t.find('"') + 1;
    SpeakerTrainingArticle s;
    s.article = &a.article;
    s.document = &a.document;
    s.gold.push_back({{{open, t.find('"', open)}}, {0, t.find(" said")}});
    out.push_back(std::move(s));
  }
  return out;
}

TEST(TrainSpeakerModel, LearnsWhichCandidateSpeaks) {
  const std::vector<Analysed> articles = TrainingArticles();
  SpeakerTrainOptions options;
  options.l2 = 0.1;
  const SpeakerModel model = TrainSpeakerModel(Labelled(articles), options);
  ASSERT_EQ(model.weights.size(), internal::kSpeakerFeatures + 1);
  // The speaker is before the quote with a cue after it; the other name is not.
  EXPECT_GT(model.weights[FeatureIndex("before")], 0);
  CompareOptions with;
  with.speaker_model = &model;
  for (const Analysed& a : articles) {
    const std::vector<Quote> q = ExtractQuotes(a.article, a.document, with);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(a.article.text.substr(0, q[0].speaker.size()), q[0].speaker);
    EXPECT_FALSE(q[0].speaker.empty());
  }
  // Newton's method from zero: the same data gives the same weights.
  EXPECT_EQ(TrainSpeakerModel(Labelled(articles), options).weights, model.weights);
}

TEST(TrainSpeakerModel, QuotesWithoutAGoldSourceTeachSilence) {
  std::vector<Analysed> articles = TrainingArticles();
  std::vector<SpeakerTrainingArticle> data = Labelled(articles);
  for (SpeakerTrainingArticle& s : data) s.gold[0].source = {};
  const SpeakerModel model = TrainSpeakerModel(data, {});
  CompareOptions with;
  with.speaker_model = &model;
  for (const Analysed& a : articles) {
    EXPECT_EQ(ExtractQuotes(a.article, a.document, with)[0].speaker, "");
  }
}

TEST(FormatSpeakerModel, WritesTheInitializer) {
  SpeakerModel model;
  model.weights = {1.5, -0.25};
  model.threshold = 0.4;
  EXPECT_EQ(FormatSpeakerModel(model),
            "constexpr double kShippedWeights[kSpeakerFeatures + 1] = {1.5, -0.25};\n"
            "constexpr double kShippedThreshold = 0.4;\n");
}

}  // namespace
}  // namespace concord::compare
