// pair_waiting: a sentence that waits for the one before it ("She said
// ...") is also weighed together with it, so a fact only a leaning sentence
// carries can come in with the sentence that names its speaker, instead
// of waiting for that sentence to be picked on its own merit.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "concord/summarize.h"

namespace concord {
namespace {

constexpr char kGirderWho[] = "Ada Brandt spoke next.";
constexpr char kGirderLean[] = "She said engineers found a deep crack in the main girder.";

// The girder is in both articles, but only the leaning sentence says it
// briefly; the other article's sentence says it in 27 words.
Cluster GirderStory() {
  Cluster cluster;
  cluster.id = "girder";
  Article a;
  a.text = std::string(
               "The flood reached the harbor on Monday. Ferries stopped running for the week. ") +
           kGirderWho + " " + kGirderLean;
  Article b;
  b.text =
      "Engineers found a deep crack in the main girder, officials said on Monday after a long "
      "inspection of the whole bridge from one end to the other. Schools on the island will "
      "stay shut.";
  cluster.articles.push_back(std::move(a));
  cluster.articles.push_back(std::move(b));
  return cluster;
}

struct GirderHolds {
  bool lean = false;
  bool who = false;
};

GirderHolds SummarizedGirder(size_t budget, double pair) {
  SummarizeOptions options;
  options.budget = budget;
  options.parameters = {{"pair_waiting", pair}};
  const Result<Summary> summary = Summarize(GirderStory(), options);
  EXPECT_TRUE(summary.ok());
  GirderHolds holds;
  if (!summary.ok()) return holds;
  for (const SummarySentence& s : summary.value().sentences) {
    holds.lean = holds.lean || s.text == kGirderLean;
    holds.who = holds.who || s.text == kGirderWho;
  }
  return holds;
}

TEST(PairWaiting, WithoutPairsTheGirderWaitsOutTheShortBudgets) {
  EXPECT_FALSE(SummarizedGirder(15, 0).lean);
  EXPECT_FALSE(SummarizedGirder(20, 0).lean);
}

TEST(PairWaiting, WithPairsItComesWithTheSentenceNamingItsSpeaker) {
  for (size_t budget : {15, 20, 25, 30}) {
    const GirderHolds holds = SummarizedGirder(budget, 1);
    EXPECT_TRUE(holds.lean) << budget << " words";
    EXPECT_TRUE(holds.who) << budget << " words";
  }
}

// pair_waiting 2: a sentence that waits for one that itself waits ("She
// said ..." after "She said ...") comes in as three in a row. The last
// sentence is the densest but waits; the first is thin alone and with the
// second; the harbor sentence is denser than both, so without chains it
// is taken and leaves room only for the first. The three together cover
// more per word than the harbor sentence, and fill the 25 words. (The
// first opened "It was ..." until stop 29: an opener that leans on nothing
// before it is no longer a candidate, coverage.cc.)
constexpr char kChainFirst[] = "Monday was one of those days in the town.";
constexpr char kChainSecond[] = "She said the council met.";
constexpr char kChainLast[] =
    "She added ferry crews rerouted morning commuters northward past island bakeries.";

bool SummaryHolds(const Summary& summary, const char* text) {
  for (const SummarySentence& s : summary.sentences) {
    if (s.text == text) return true;
  }
  return false;
}

Summary SummarizedChain(double pair) {
  Cluster cluster;
  cluster.id = "chain";
  Article article;
  article.text = std::string(kChainFirst) + " " + kChainSecond + " " + kChainLast +
                 " Harbor engineers found cracks in the girders near the piers of the old town.";
  cluster.articles.push_back(std::move(article));
  SummarizeOptions options;
  options.budget = 25;
  options.parameters = {{"pair_waiting", pair},
                        {"position_weight", 0},
                        {"quote_weight", 0},
                        {"salience_exponent", 0},
                        {"length_exponent", 1}};
  const Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  return summary.ok() ? summary.value() : Summary{};
}

TEST(PairWaiting, ChainsTakeThreeInARow) {
  const Summary pairs = SummarizedChain(1);
  EXPECT_FALSE(SummaryHolds(pairs, kChainLast));
  const Summary chains = SummarizedChain(2);
  EXPECT_TRUE(SummaryHolds(chains, kChainFirst));
  EXPECT_TRUE(SummaryHolds(chains, kChainSecond));
  EXPECT_TRUE(SummaryHolds(chains, kChainLast));
  EXPECT_EQ(chains.stats.output_words, 25u);
}

TEST(PairWaiting, NeverTheLeaningSentenceWithoutItsPredecessor) {
  for (double pair : {0.0, 1.0, 2.0}) {
    for (size_t budget = 5; budget <= 60; budget += 5) {
      const GirderHolds holds = SummarizedGirder(budget, pair);
      EXPECT_TRUE(!holds.lean || holds.who) << budget << " words, pair_waiting " << pair;
    }
  }
}

}  // namespace
}  // namespace concord
