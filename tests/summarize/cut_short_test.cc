// A sentence its article's text is cut short inside (SummarySentence::
// cut_short): printed with "…" (text::WithCutShortEnding, quotation_test,
// closes what it leaves open), named in JSON,
// within a byte budget (default_filters_test: a short one is left for last).
#include <gtest/gtest.h>

#include <string>

#include "concord/format.h"
#include "concord/summarize.h"

namespace concord {
namespace {

// Two outlets' reports of one flood; the first is cut short in its last
// sentence, as a truncated feed gives it.
Cluster CutCluster(const std::string& last_of_first) {
  Article a;
  a.id = "a";
  a.source = "Courier";
  a.text =
      "The river Alde burst its banks on Sunday and flooded the old town of Mersey Cross. "
      "Firefighters moved two hundred residents of the old town to the school gym overnight. " +
      last_of_first;
  Article b;
  b.id = "b";
  b.source = "Wire";
  b.text =
      "Two hundred residents of Mersey Cross slept in the school gym after the river Alde "
      "flooded the old town on Sunday. Schools in the county will stay closed on Tuesday.";
  Cluster cluster;
  cluster.id = "flood";
  cluster.articles = {a, b};
  return cluster;
}

const std::string kLongCut =
    "The mayor said the river Alde was still rising on Monday and that the old town of Mersey "
    "Cross would stay closed until the water";

const SummarySentence* Opening(const Summary& summary, const std::string& prefix) {
  for (const SummarySentence& s : summary.sentences) {
    if (s.text.rfind(prefix, 0) == 0) return &s;
  }
  return nullptr;
}

TEST(CutShort, ASentenceTheTextEndsInsideIsPrintedWithAnEllipsis) {
  SummarizeOptions options;
  options.budget = 300;  // every sentence fits
  const Cluster cluster = CutCluster(kLongCut);
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  const SummarySentence* cut = Opening(summary.value(), "The mayor said the river Alde");
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->text, kLongCut + "\u2026");
  EXPECT_TRUE(cut->cut_short);
  EXPECT_EQ(cluster.articles[0].text.substr(cut->start, cut->end - cut->start), kLongCut);
  for (const SummarySentence& s : summary.value().sentences) {
    if (&s != cut) {
      EXPECT_FALSE(s.cut_short) << s.text;
    }
  }
  const std::string json = io::FormatSummary(cluster, summary.value(), io::Format::kJson);
  EXPECT_NE(json.find("\"cut_short\":true"), std::string::npos) << json;
  EXPECT_NE(json.find("until the water\u2026\""), std::string::npos) << json;
}

TEST(CutShort, AByteBudgetCountsTheEllipsis) {
  SummarizeOptions whole;
  whole.budget = 300;
  const Cluster cluster = CutCluster(kLongCut);
  Result<Summary> all = Summarize(cluster, whole);
  ASSERT_TRUE(all.ok()) << all.status().message();
  size_t source_bytes = 0;  // the picks' own bytes, without the ellipsis
  for (const SummarySentence& s : all.value().sentences) {
    source_bytes += s.text.size() - (s.cut_short ? 3 : 0);
  }
  SummarizeOptions bytes;
  bytes.unit = BudgetUnit::kBytes;
  bytes.budget = source_bytes + 2;  // room for the sentences, not the "…"
  Result<Summary> tight = Summarize(cluster, bytes);
  ASSERT_TRUE(tight.ok()) << tight.status().message();
  size_t printed = 0;
  for (const SummarySentence& s : tight.value().sentences) printed += s.text.size();
  EXPECT_LE(printed, bytes.budget);
}

// A sentence cut at the budget (--truncate) is marked the same way, and is
// not cut_short (its article goes on).
TEST(CutShort, ASentenceCutAtTheBudgetEndsWithAnEllipsisToo) {
  SummarizeOptions options;
  options.budget = 6;
  options.truncate = true;
  Result<Summary> summary = Summarize(CutCluster(kLongCut), options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary.value().sentences.size(), 1u);
  const SummarySentence& cut = summary.value().sentences[0];
  EXPECT_TRUE(cut.truncated);
  EXPECT_FALSE(cut.cut_short);
  ASSERT_TRUE(cut.text.ends_with("\u2026")) << cut.text;
  EXPECT_EQ(summary.value().stats.output_words, 6u);
}

// Found by the review of stop 28: a budget cut after an abbreviation's
// period ("The U.S.") read as a whole sentence; it is marked as any cut.
TEST(CutShort, ACutAtTheBudgetAfterAPeriodIsMarkedToo) {
  Article a;
  a.id = "a";
  a.text = "The U.S. Senate voted on Monday to pass the spending bill after a night of talks.";
  Cluster cluster;
  cluster.id = "senate";
  cluster.articles = {a};
  SummarizeOptions options;
  options.budget = 2;
  options.truncate = true;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary.value().sentences.size(), 1u);
  EXPECT_TRUE(summary.value().sentences[0].truncated);
  EXPECT_EQ(summary.value().sentences[0].text, "The U.S.\u2026");
  EXPECT_EQ(summary.value().stats.output_words, 2u);
}

}  // namespace
}  // namespace concord
