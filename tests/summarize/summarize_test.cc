#include "concord/summarize.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <memory>
#include <random>
#include <set>
#include <string>

#include "concord/format.h"
#include "concord/io.h"
#include "summarize/corpus.h"
#include "testing/shared_data.h"

namespace concord {
namespace {

// A cluster of `articles` articles built from invented words and a verb (no
// caption, text/caption.h), with one sentence repeated in every article.
Cluster GeneratedCluster(unsigned seed, size_t articles, size_t sentences) {
  std::mt19937 rng(seed);
  const std::vector<std::string> words = {
      "harbor",  "bridge",    "girder",  "crack", "ferry",    "mayor",  "island",
      "council", "inspector", "traffic", "steel", "repair",   "brace",  "truck",
      "weekday", "school",    "bakery",  "flour", "delivery", "review", "engineer"};
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<size_t> length(5, 18);
  Cluster cluster;
  cluster.id = "generated-" + std::to_string(seed);
  for (size_t a = 0; a < articles; ++a) {
    Article article;
    article.id = "a" + std::to_string(a);
    article.source = "Outlet " + std::to_string(a);
    for (size_t s = 0; s < sentences; ++s) {
      std::string sentence = "The";
      const size_t n = length(rng);
      for (size_t w = 0; w < n; ++w) sentence += " " + words[pick(rng)];
      article.text += sentence + " stayed. ";
      if (s == 1)
        article.text += "The mayor said the harbor bridge will stay closed for three weeks. ";
    }
    cluster.articles.push_back(article);
  }
  return cluster;
}

size_t Words(const Summary& summary) {
  size_t words = 0;
  for (const SummarySentence& s : summary.sentences) {
    words += summarize::internal::CountWords(s.text);
  }
  return words;
}

class EveryMethod : public ::testing::TestWithParam<std::string> {};

TEST_P(EveryMethod, NeverExceedsTheWordBudget) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    const Cluster cluster = GeneratedCluster(seed, 1 + seed % 4, 6 + seed % 7);
    for (size_t budget : {5, 17, 40, 100}) {
      SummarizeOptions options;
      options.method = GetParam();
      options.budget = budget;
      Result<Summary> summary = Summarize(cluster, options);
      if (!summary.ok() && budget == 5) {
        // No sentence fits 5 words: an error that says so, not an empty summary.
        EXPECT_EQ(summary.status().code(), StatusCode::kEmpty) << summary.status().ToString();
        EXPECT_NE(summary.status().message().find("longer than the budget"), std::string::npos);
        continue;
      }
      ASSERT_TRUE(summary.ok()) << summary.status().ToString();
      EXPECT_LE(Words(summary.value()), budget) << "seed " << seed;
      EXPECT_EQ(summary.value().stats.output_words, Words(summary.value()));
    }
  }
}

TEST_P(EveryMethod, TruncateFillsTheBudgetExactly) {
  const Cluster cluster = GeneratedCluster(7, 3, 10);
  SummarizeOptions options;
  options.method = GetParam();
  options.budget = 45;
  options.truncate = true;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(Words(summary.value()), 45u);
}

// The budget holds every distinct sentence of the cluster, so every method
// must pick the sentence all three articles share: once, with all three
// outlets, the picked article first.
TEST_P(EveryMethod, RepeatedSentenceAppearsOnceWithEveryOutlet) {
  const Cluster cluster = GeneratedCluster(3, 3, 8);
  size_t cluster_words = 0;
  for (const Article& article : cluster.articles) {
    cluster_words += summarize::internal::CountWords(article.text);
  }
  SummarizeOptions options;
  options.method = GetParam();
  options.budget = cluster_words;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  size_t copies = 0;
  for (const SummarySentence& s : summary.value().sentences) {
    if (s.text.find("stay closed for three weeks") != std::string::npos) {
      ++copies;
      ASSERT_EQ(s.sources.size(), 3u);
      EXPECT_EQ(s.sources[0], s.article);
      EXPECT_EQ(std::set<size_t>(s.sources.begin(), s.sources.end()), (std::set<size_t>{0, 1, 2}));
    }
  }
  EXPECT_EQ(copies, 1u) << "the shared sentence must be picked exactly once";
  std::set<std::string> texts;
  for (const SummarySentence& s : summary.value().sentences) {
    EXPECT_TRUE(texts.insert(s.text).second) << "repeated: " << s.text;
  }
}

// No state carries over from one call to the next and nothing depends on
// where the input lives in memory: a second, separately built copy of the
// input, summarized after another cluster, gives the same bytes as the
// first. (Sameness across thread counts and processes is tested on the
// command line, in separate processes.)
TEST_P(EveryMethod, NoStateCarriesOverBetweenCalls) {
  SummarizeOptions options;
  options.method = GetParam();
  const Cluster cluster = GeneratedCluster(11, 4, 9);
  Result<Summary> first = Summarize(cluster, options);
  ASSERT_TRUE(first.ok());
  ASSERT_FALSE(first.value().sentences.empty());
  const Cluster other = GeneratedCluster(12, 3, 7);
  ASSERT_TRUE(Summarize(other, options).ok());
  const auto copy = std::make_unique<Cluster>(GeneratedCluster(11, 4, 9));
  Result<Summary> second = Summarize(*copy, options);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(io::FormatSummary(cluster, first.value(), io::Format::kJson),
            io::FormatSummary(*copy, second.value(), io::Format::kJson));
}

TEST_P(EveryMethod, SentenceBudgetCountsSentences) {
  const Cluster cluster = GeneratedCluster(5, 3, 10);
  SummarizeOptions options;
  options.method = GetParam();
  options.unit = BudgetUnit::kSentences;
  options.budget = 3;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary.value().sentences.size(), 3u);
}

TEST_P(EveryMethod, ByteBudgetCountsBytes) {
  const Cluster cluster = GeneratedCluster(9, 3, 10);
  SummarizeOptions options;
  options.method = GetParam();
  options.unit = BudgetUnit::kBytes;
  options.budget = 300;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  size_t bytes = 0;
  for (const SummarySentence& s : summary.value().sentences) bytes += s.text.size();
  EXPECT_LE(bytes, 300u);
  EXPECT_GT(bytes, 0u);
}

INSTANTIATE_TEST_SUITE_P(Summarize, EveryMethod, ::testing::ValuesIn(MethodNames()),
                         [](const ::testing::TestParamInfo<std::string>& method) {
                           return method.param;
                         });

TEST(Summarize, EveryOutputSentenceIsASpanOfItsArticle) {
  const Cluster cluster = GeneratedCluster(13, 3, 8);
  Result<Summary> summary = Summarize(cluster, SummarizeOptions{});
  ASSERT_TRUE(summary.ok());
  ASSERT_FALSE(summary.value().sentences.empty());
  for (const SummarySentence& s : summary.value().sentences) {
    const std::string& text = cluster.articles[s.article].text;
    ASSERT_LE(s.end, text.size());
    EXPECT_EQ(text.substr(s.start, s.end - s.start), s.text);
  }
}

TEST(Summarize, ZeroBudgetIsRejected) {
  SummarizeOptions options;
  options.budget = 0;
  Result<Summary> summary = Summarize(GeneratedCluster(1, 2, 3), options);
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(summary.status().message().find("budget"), std::string::npos);
}

TEST(Summarize, UnknownMethodIsRejectedByName) {
  SummarizeOptions options;
  options.method = "magic";
  Result<Summary> summary = Summarize(GeneratedCluster(1, 2, 3), options);
  ASSERT_FALSE(summary.ok());
  EXPECT_NE(summary.status().message().find("'magic'"), std::string::npos);
  EXPECT_NE(summary.status().message().find("lexrank"), std::string::npos);
}

TEST(Summarize, ClusterWithoutArticlesIsEmpty) {
  Cluster cluster;
  cluster.id = "nothing";
  Result<Summary> summary = Summarize(cluster, SummarizeOptions{});
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().code(), StatusCode::kEmpty);
  EXPECT_NE(summary.status().message().find("nothing"), std::string::npos);
}

TEST(Summarize, OrdersByPublicationTimeWhenKnown) {
  Cluster cluster;
  Article late;
  late.published = "2031-03-15T10:00:00Z";
  late.text = "The council voted on the harbor bridge repair plan on Friday evening.";
  Article early;
  early.published = "2031-03-14T08:00:00Z";
  early.text = "Inspectors closed the harbor bridge on Thursday after finding a crack.";
  cluster.articles = {late, early};
  SummarizeOptions options;
  options.method = "lead";
  options.budget = 100;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(summary.value().sentences.size(), 2u);
  EXPECT_EQ(summary.value().sentences[0].article, 1u);
  EXPECT_EQ(summary.value().sentences[1].article, 0u);
}

TEST(Summarize, BundledExampleLeavesNoiseOut) {
  Result<io::Inputs> in =
      io::ReadInputs({std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge"});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().clusters.size(), 1u);
  ASSERT_EQ(in.value().clusters[0].articles.size(), 3u);
  for (const std::string& method : MethodNames()) {
    SummarizeOptions options;
    options.method = method;
    options.budget = 400;
    Result<Summary> summary = Summarize(in.value().clusters[0], options);
    ASSERT_TRUE(summary.ok());
    for (const SummarySentence& s : summary.value().sentences) {
      for (const char* noise :
           {"MORE", "Advertisement", "ADVERTISEMENT", "Share this", "Copyright",
            "Tweet with a location", "Sign up", "Photo:", "Kestrel Islands school board"}) {
        EXPECT_EQ(s.text.find(noise), std::string::npos) << method << " kept noise: " << s.text;
      }
    }
  }
}

TEST(Summarize, SeedsCarryTheHeadScratcherOnceWithBothOutlets) {
  CONCORD_SHARED_OR_SKIP("seeds");
  Result<io::Inputs> in = io::ReadInputs({testing::SharedPath("seeds")});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Cluster& cluster = in.value().clusters[0];
  ASSERT_EQ(cluster.articles.size(), 2u);
  SummarizeOptions options;
  options.budget = 120;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  size_t carrying = 0;
  size_t words = 0;
  size_t straight_marks = 0;
  for (const SummarySentence& s : summary.value().sentences) {
    words += summarize::internal::CountWords(s.text);
    // Both articles carry the sentence that reports Kerry's
    // "head-scratcher": it is summarized once, naming both outlets.
    if (s.text.find("asserting that tactic would be a") != std::string::npos) {
      ++carrying;
      EXPECT_EQ(s.sources.size(), 2u) << s.text;
    }
    for (char c : s.text) straight_marks += c == '"';
    EXPECT_EQ(s.text.find("MORE"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("Obama to Congress"), std::string::npos) << s.text;
  }
  EXPECT_EQ(carrying, 1u) << io::FormatSummary(cluster, summary.value(), io::Format::kText);
  // Every quotation the summary opens it closes (the seeds' quotation
  // marks are straight ones).
  EXPECT_EQ(straight_marks % 2, 0u)
      << io::FormatSummary(cluster, summary.value(), io::Format::kText);
  EXPECT_LE(words, 120u);
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(Summarize, UnknownParameterIsRejectedByName) {
  SummarizeOptions options;
  options.parameters = {{"positon_weight", 2.0}};
  Result<Summary> summary = Summarize(GeneratedCluster(1, 2, 5), options);
  ASSERT_FALSE(summary.ok());
  EXPECT_NE(summary.status().message().find("'positon_weight'"), std::string::npos);
  EXPECT_NE(summary.status().message().find("position_weight"), std::string::npos);
}

TEST(Summarize, ParametersChangeTheDefaultMethod) {
  // The sentence every outlet repeats is third in each article: without a
  // position prior it is taken; an overwhelming position weight prefers first
  // sentences instead (some of which are near-duplicates of each other in
  // this small vocabulary, so not all four can be first sentences).
  const Cluster cluster = GeneratedCluster(21, 4, 12);
  SummarizeOptions plain;
  plain.unit = BudgetUnit::kSentences;
  plain.budget = 4;
  plain.parameters = {{"position_weight", 0}};
  SummarizeOptions lead_only = plain;
  lead_only.parameters = {{"position_weight", 1e9}, {"position_scale", 1e-9}};
  Result<Summary> a = Summarize(cluster, plain);
  Result<Summary> b = Summarize(cluster, lead_only);
  ASSERT_TRUE(a.ok() && b.ok());
  bool repeated = false;
  for (const SummarySentence& s : a.value().sentences) {
    repeated = repeated || s.text.find("three weeks") != std::string::npos;
  }
  EXPECT_TRUE(repeated);
  auto firsts = [](const Summary& summary) {
    size_t count = 0;
    for (const SummarySentence& s : summary.sentences) count += s.sentence == 0;
    return count;
  };
  EXPECT_GT(firsts(b.value()), firsts(a.value()));
}

// Article "a" with `quoting` (the one with a quotation), and two outlets
// "b" and "c" that both print `other`.
Cluster QuotingCluster(const std::string& quoting, const std::string& other) {
  Cluster cluster;
  for (const char* id : {"a", "b", "c"}) {
    Article article;
    article.id = id;
    article.text = cluster.articles.empty() ? quoting : other;
    cluster.articles.push_back(article);
  }
  return cluster;
}

TEST(Summarize, DefaultTakesAQuotationsContinuationOnlyAfterItsOpening) {
  // The second piece of the inspector's quotation carries what every outlet
  // repeats; it is worth taking, but only with the piece that opens it.
  const Cluster cluster = QuotingCluster(
      "The council met on Monday to hear the inspector. \"The girder has a long crack. "
      "The harbor bridge needs steel braces before any truck crosses,\" the inspector "
      "said. Traffic was slow all evening.",
      "The harbor bridge stays shut. Ferries ran late.");
  bool ever = false;
  for (size_t budget = 1; budget <= 5; ++budget) {
    SummarizeOptions options;
    options.unit = BudgetUnit::kSentences;
    options.budget = budget;
    Result<Summary> summary = Summarize(cluster, options);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    bool opening = false;
    bool continuation = false;
    for (const SummarySentence& s : summary.value().sentences) {
      opening = opening || s.text.rfind("\"The girder", 0) == 0;
      continuation = continuation || s.text.rfind("The harbor bridge needs", 0) == 0;
    }
    EXPECT_TRUE(!continuation || opening) << "budget " << budget;
    ever = ever || continuation;
  }
  EXPECT_TRUE(ever);
}

TEST(Summarize, DefaultTakesAQuotationWholeOnceItOpensIt) {
  // The opening of the quotation carries what the other outlets repeat;
  // once it is picked its continuation follows, so no quotation is left
  // open in the summary, even though the continuation alone ("Not yet,"
  // Ines Varga said.; "she" would wait) is too slight to be a candidate.
  const Cluster cluster = QuotingCluster(
      "Harbor ferry traffic was slow. \"The harbor bridge needs steel braces before any truck "
      "crosses. Not yet,\" Ines Varga said. The council met late.",
      "Ferries ran late across the harbor to the islands. The harbor bridge needs steel "
      "braces, engineers agree. Trucks crowded the ferry ramps at the harbor.");
  SummarizeOptions options;
  options.budget = 60;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  bool opening = false;
  bool continuation = false;
  for (const SummarySentence& s : summary.value().sentences) {
    opening = opening || s.text.rfind("\"The harbor bridge needs", 0) == 0;
    continuation = continuation || s.text.rfind("Not yet", 0) == 0;
  }
  EXPECT_TRUE(opening);
  EXPECT_TRUE(continuation);
}

TEST(Summarize, DefaultOpensNoQuotationItCannotClose) {
  // The article opens with a quotation whose second piece does not fit the
  // budget with the first: taking the first alone would leave the
  // quotation open, so the default takes whole sentences instead
  // (whole_quotes 0 takes the opening piece).
  Cluster cluster;
  Article article;
  article.text =
      "\"The harbor bridge needs steel braces before any truck crosses the harbor bridge "
      "again. We checked every bolt on the girders and the deck for three long weeks in the "
      "rain,\" the inspector said. Ferries ran late across the harbor. The council met on "
      "Monday night.";
  cluster.articles = {article};
  for (double whole_quotes : {1.0, 0.0}) {
    SummarizeOptions options;
    options.budget = 15;
    options.parameters = {{"whole_quotes", whole_quotes}};
    Result<Summary> summary = Summarize(cluster, options);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    // The article's marks: the printed text has the ones it lacks added.
    size_t marks = 0;
    for (const SummarySentence& s : summary.value().sentences) {
      for (char c : article.text.substr(s.start, s.end - s.start)) marks += c == '"';
    }
    EXPECT_EQ(marks % 2 == 0, whole_quotes > 0) << "whole_quotes " << whole_quotes;
  }
}

TEST(Summarize, TheSummaryOpensWithTheEarliestPickedSentence) {
  // The first article's opening is too short to be a candidate, so lead
  // takes its second sentence and the second article's first: the story
  // reads from the second article's lead.
  Cluster cluster;
  Article first;
  first.text = "Wow. Ferries carried the stranded drivers across the harbor all night.";
  Article second;
  second.text = "Inspectors closed the harbor bridge on Thursday after finding a crack.";
  cluster.articles = {first, second};
  SummarizeOptions options;
  options.method = "lead";
  options.budget = 40;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  ASSERT_EQ(summary.value().sentences.size(), 2u);
  EXPECT_EQ(summary.value().sentences[0].article, 1u);
  EXPECT_EQ(summary.value().sentences[0].sentence, 0u);
  EXPECT_EQ(summary.value().sentences[1].article, 0u);
}

TEST(Summarize, UnknownParameterIsRejectedWhateverTheMethod) {
  SummarizeOptions options;
  options.method = "lead";
  options.parameters = {{"positon_weight", 2.0}};
  EXPECT_FALSE(CheckOptions(options).ok());
  Result<Summary> summary = Summarize(GeneratedCluster(2, 2, 5), options);
  ASSERT_FALSE(summary.ok());
  EXPECT_NE(summary.status().message().find("positon_weight"), std::string::npos);
}

TEST(Summarize, ParameterOutsideItsRangeIsRejected) {
  for (const auto& parameter : std::vector<std::pair<std::string, double>>{
           {"position_scale", 0.0},
           {"salience_exponent", -1.0},
           {"position_weight", std::nan("")},
           {"min_words", 30.0}}) {  // with max_words 10, below it
    SummarizeOptions options;
    options.parameters = {parameter};
    if (parameter.first == "min_words") options.parameters.push_back({"max_words", 10.0});
    EXPECT_FALSE(CheckOptions(options).ok()) << parameter.first;
  }
  EXPECT_TRUE(CheckOptions(SummarizeOptions{}).ok());
}

TEST(Summarize, DefaultParameterNamesListsEveryTunable) {
  const auto names = DefaultParameterNames();
  ASSERT_GE(names.size(), 8u);
  bool position = false;
  bool salience = false;
  for (const auto& [name, value] : names) {
    position = position || name == "position_weight";
    salience = salience || name == "salience_shared";
  }
  EXPECT_TRUE(position);
  EXPECT_TRUE(salience);
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

Cluster OneArticle(const std::string& text) {
  Cluster cluster;
  cluster.id = "story";
  Article article;
  article.id = "a";
  article.text = text;
  cluster.articles.push_back(article);
  return cluster;
}

TEST(SummarizeEmpty, SaysWhyInsteadOfReturningNothing) {
  SummarizeOptions options;
  options.unit = BudgetUnit::kBytes;
  options.budget = 10;
  Result<Summary> too_small =
      Summarize(OneArticle("The harbor bridge closed on Thursday after a crack."), options);
  ASSERT_FALSE(too_small.ok());
  EXPECT_EQ(too_small.status().code(), StatusCode::kEmpty);
  EXPECT_NE(too_small.status().message().find("longer than the budget of 10 bytes"),
            std::string::npos)
      << too_small.status().message();

  Result<Summary> fragments =
      Summarize(OneArticle("Bridge shut. Crack found. Mayor speaks."), SummarizeOptions{});
  ASSERT_FALSE(fragments.ok());
  EXPECT_NE(fragments.status().message().find("4 words"), std::string::npos)
      << fragments.status().message();
}

TEST(SummarizeEmpty, TruncateCutsTheFirstSentenceWhenNoneQualifies) {
  std::string run_on;
  for (int i = 0; i < 3000; ++i) run_on += "word" + std::to_string(i) + " ";
  run_on += "end.";
  SummarizeOptions options;
  options.truncate = true;
  options.budget = 50;
  Result<Summary> summary = Summarize(OneArticle(run_on), options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  ASSERT_EQ(summary.value().sentences.size(), 1u);
  EXPECT_TRUE(summary.value().sentences[0].truncated);
  EXPECT_EQ(summary.value().stats.output_words, 50u);
  EXPECT_EQ(summary.value().sentences[0].text.rfind("word0 word1 ", 0), 0u);
}

TEST(SummarizeAttribution, IdenticalArticlesAllBackTheSentence) {
  // Every word in every article gives zero idf; an exact repeat still counts.
  Cluster cluster;
  for (int i = 0; i < 150; ++i) {
    Article article;
    article.id = "a" + std::to_string(i);
    article.source = "Outlet " + std::to_string(i);
    article.text = "The harbor bridge closed on Thursday after inspectors found a crack.";
    cluster.articles.push_back(article);
  }
  Result<Summary> summary = Summarize(cluster, SummarizeOptions{});
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  ASSERT_EQ(summary.value().sentences.size(), 1u);
  EXPECT_EQ(summary.value().sentences[0].sources.size(), 150u);
}

// A sentence that leans on the one before it ("He defended...") is taken
// only after that one, also when the budget is filled from the sentences
// the first phase passed over: here its predecessor is an all-caps line
// that is never a candidate, so it is never taken, and the summary does
// not open on a "He" that names no one.
TEST(SummarizeFill, ALeaningSentenceWaitsForItsPredecessorWhenFilling) {
  Cluster cluster;
  cluster.id = "fill";
  Article article;
  article.text =
      "THE HARBOR BRIDGE REPORT FROM CITY HALL.\n\n"
      "He defended the plan to close the harbor bridge for repairs.\n\n"
      "The mayor opened the new ferry terminal on Monday morning.";
  cluster.articles.push_back(article);
  SummarizeOptions options;
  options.budget = 40;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  ASSERT_FALSE(summary.value().sentences.empty());
  bool mayor = false;
  for (const SummarySentence& s : summary.value().sentences) {
    EXPECT_EQ(s.text.find("He defended"), std::string::npos) << s.text;
    mayor = mayor || s.text.find("The mayor opened") != std::string::npos;
  }
  EXPECT_TRUE(mayor);
}

// A time limit that has passed stops a story at the next stage with
// kDeadlineExceeded, naming the stage (every method); one far ahead changes
// nothing: the summary is the one without a limit.
TEST(SummarizeDeadline, APassedLimitStopsTheStoryBetweenStages) {
  const Cluster cluster = GeneratedCluster(7, 3, 8);
  for (const std::string& method : MethodNames()) {
    SummarizeOptions options;
    options.method = method;
    options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    const Result<Summary> stopped = Summarize(cluster, options);
    ASSERT_FALSE(stopped.ok()) << method;
    EXPECT_EQ(stopped.status().code(), StatusCode::kDeadlineExceeded) << method;
    EXPECT_NE(stopped.status().message().find("time limit (before building the candidates)"),
              std::string::npos)
        << stopped.status().message();

    options.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    const Result<Summary> limited = Summarize(cluster, options);
    options.deadline.reset();
    const Result<Summary> free = Summarize(cluster, options);
    ASSERT_TRUE(limited.ok() && free.ok()) << method;
    ASSERT_EQ(limited.value().sentences.size(), free.value().sentences.size()) << method;
    for (size_t i = 0; i < free.value().sentences.size(); ++i) {
      EXPECT_EQ(limited.value().sentences[i].text, free.value().sentences[i].text) << method;
    }
  }
}

}  // namespace
}  // namespace concord
