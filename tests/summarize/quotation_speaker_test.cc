// A quotation over several sentences that opens with no speaker named is
// never printed without the sentence that names it: when the speaker is
// named after the quotation closes ("... a year," Mira Olsen said.), the
// run is taken to that sentence or not at all (speaker_closes_run), and
// when it is named before, the run waits for that sentence even when a
// piece in the middle has no marks (bare_runs_to_close).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "summarize/coverage_params.h"
#include "summarize/two_article_story.h"

namespace concord {
namespace {

using testing::TwoArticleStory;

// What the summaries of `story` over budgets of `from` to `to` words (step
// 5) hold: how many have a sentence holding `opening` and none holding
// `speaker`, and how many have both. Read by words, since a run cut short
// is printed with the marks it lacks.
struct Counts {
  int alone = 0;
  int together = 0;
};

Counts CountOver(const Cluster& story, std::vector<std::pair<std::string, double>> parameters,
                 std::string_view opening, std::string_view speaker, size_t from, size_t to) {
  Counts counts;
  for (size_t budget = from; budget <= to; budget += 5) {
    SummarizeOptions options;
    options.budget = budget;
    options.parameters = parameters;
    const Result<Summary> summary = Summarize(story, options);
    EXPECT_TRUE(summary.ok()) << "budget " << budget;
    if (!summary.ok()) continue;
    bool has_opening = false;
    bool has_speaker = false;
    for (const SummarySentence& s : summary.value().sentences) {
      has_opening = has_opening || s.text.find(opening) != std::string::npos;
      has_speaker = has_speaker || s.text.find(speaker) != std::string::npos;
    }
    counts.alone += has_opening && !has_speaker ? 1 : 0;
    counts.together += has_opening && has_speaker ? 1 : 0;
  }
  return counts;
}

// The speaker is named only in the quotation's closing sentence, after a
// middle sentence with no marks.
constexpr char kPierOpening[] = "We will rebuild the pier before the summer ferries come";
constexpr char kPierSpeaker[] = "Mira Olsen said";

Cluster PierStory() {
  return TwoArticleStory(
      "pier",
      "The Kestrel Island pier closed on Monday after a winter storm broke its deck. "
      "\"We will rebuild the pier before the summer ferries come. Engineers found a crack in "
      "its oldest beam. It will take every worker on the island to mend it in time,\" Mira "
      "Olsen said at a meeting in the school hall. Ferries will land at the north beach "
      "until then.");
}

Counts PierCounts(double rule) {
  return CountOver(PierStory(), {{"speaker_closes_run", rule}}, kPierOpening, kPierSpeaker, 10, 90);
}

TEST(QuotationSpeakers, WithoutTheRuleARunStopsBeforeItsSpeaker) {
  EXPECT_GT(PierCounts(0).alone, 0);
}

TEST(QuotationSpeakers, WithItARunComesWithTheSentenceNamingItsSpeakerOrNotAtAll) {
  const Counts counts = PierCounts(1);
  EXPECT_EQ(counts.alone, 0);
  EXPECT_GT(counts.together, 0);
}

// The same with "she" as the speaker: the run waits for the sentence
// before it too, which says who she is.
constexpr char kBakeryWho[] = "Mira Olsen runs the only bakery on Kestrel Island.";
constexpr char kBakeryOpening[] = "We can bake bread for two more days on the island";

Cluster BakeryStory() {
  return TwoArticleStory(
      "bakery", std::string("The harbor bridge closed on Thursday after a crack was found. ") +
                    kBakeryWho +
                    " \"We can bake bread for two more days on the island. The flour came on "
                    "the last ferry. After that the shelves will be empty,\" she said. Ferries "
                    "will run twice as often this week.");
}

TEST(QuotationSpeakers, APronounSpeakerMakesTheRunWaitForWhoItIs) {
  const Counts without = CountOver(BakeryStory(), {{"speaker_closes_run", 0}}, kBakeryOpening,
                                   "Mira Olsen runs", 10, 80);
  EXPECT_GT(without.alone, 0);
  const Counts with = CountOver(BakeryStory(), {{"speaker_closes_run", 1}}, kBakeryOpening,
                                "Mira Olsen runs", 10, 80);
  EXPECT_EQ(with.alone, 0);
  EXPECT_GT(with.together, 0);
}

// The speaker is named before a quotation of three sentences whose middle
// one has no marks: the run waits for that sentence.
constexpr char kFerryWho[] = "Omar Reyes, who runs the ferry, spoke at the pier on Monday.";
constexpr char kFerryOpening[] = "The ferry to Kestrel Island is not a luxury for us";

Cluster FerryStory() {
  return TwoArticleStory(
      "ferry", std::string("The ferry to Kestrel Island stopped on Monday after its engine "
                           "failed. ") +
                   kFerryWho +
                   " \"The ferry to Kestrel Island is not a luxury for us. It carries our "
                   "bread and our doctors. The ferry to Kestrel Island is how the island "
                   "eats.\" A second ferry will come from the mainland this week.");
}

Counts FerryCounts(double rule) {
  return CountOver(FerryStory(), {{"bare_runs_to_close", rule}}, kFerryOpening, "Omar Reyes", 10,
                   80);
}

TEST(QuotationSpeakers, WithoutReadingToTheCloseABareRunComesAlone) {
  EXPECT_GT(FerryCounts(0).alone, 0);
}

TEST(QuotationSpeakers, ReadToItsCloseABareRunFollowsTheSentenceNamingItsSpeaker) {
  const Counts counts = FerryCounts(1);
  EXPECT_EQ(counts.alone, 0);
  EXPECT_GT(counts.together, 0);
}

TEST(QuotationSpeakers, TheTestsReadTheirShapes) {
  using summarize::internal::BareOpening;
  using summarize::internal::HoldsDoubleMark;
  using summarize::internal::PronounAfterClose;
  using summarize::internal::SpeakerAfterClose;
  EXPECT_TRUE(BareOpening("\"We will rebuild the pier."));
  EXPECT_TRUE(BareOpening("\u201CThe world waits, \u2018for now."));
  EXPECT_FALSE(BareOpening("\"We will rebuild,\" she said. \"Soon."));
  EXPECT_FALSE(BareOpening("Mira said, \"We will rebuild."));
  EXPECT_TRUE(SpeakerAfterClose("It will take a year,\" Mira Olsen said."));
  EXPECT_TRUE(SpeakerAfterClose("It will take a year,\u201D she said."));
  EXPECT_FALSE(SpeakerAfterClose("It will take a year.\""));
  EXPECT_FALSE(SpeakerAfterClose("It will take a year."));
  EXPECT_TRUE(PronounAfterClose("It will take a year,\" she said."));
  EXPECT_FALSE(PronounAfterClose("It will take a year,\" Mira Olsen said."));
  EXPECT_TRUE(HoldsDoubleMark("a \u201Cyear\u201D"));
  EXPECT_FALSE(HoldsDoubleMark("a \u2018year\u2019"));
}

}  // namespace
}  // namespace concord
