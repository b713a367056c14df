// AnalyzeOptions::deadline: a story's analysis stops between articles once
// its time limit has passed (the server's --timeout), and runs whole
// without a limit or before one.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"

namespace concord::text {
namespace {

std::vector<Article> ShortArticles(size_t count) {
  std::vector<Article> articles(count);
  for (size_t a = 0; a < count; ++a) {
    articles[a].text = "Report " + std::to_string(a) +
                       ": the council voted on the bridge. The mayor said it would reopen.";
  }
  return articles;
}

size_t AnalysedArticles(const std::vector<Document>& documents) {
  size_t analysed = 0;
  for (const Document& d : documents) analysed += d.sentences.empty() ? 0 : 1;
  return analysed;
}

TEST(AnalyzeDeadline, APassedLimitLeavesTheArticlesUnread) {
  for (size_t count : {1u, 12u}) {  // the serial path and the parallel one
    AnalyzeOptions options;
    options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    Tokenizer tokenizer;
    const std::vector<Document> documents =
        AnalyzeArticles(ShortArticles(count), tokenizer, options);
    ASSERT_EQ(documents.size(), count);
    EXPECT_EQ(AnalysedArticles(documents), 0u) << count;
  }
}

TEST(AnalyzeDeadline, ALimitAheadOrNoneReadsEveryArticle) {
  for (size_t count : {1u, 12u}) {
    AnalyzeOptions options;
    Tokenizer tokenizer;
    EXPECT_EQ(AnalysedArticles(AnalyzeArticles(ShortArticles(count), tokenizer, options)), count);
    options.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    EXPECT_EQ(AnalysedArticles(AnalyzeArticles(ShortArticles(count), tokenizer, options)), count);
  }
}

}  // namespace
}  // namespace concord::text
