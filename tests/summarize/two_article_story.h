// A story of two articles with the same text, for the summarize tests whose
// rules need two outlets to back a sentence.
#ifndef CONCORD_TESTS_SUMMARIZE_TWO_ARTICLE_STORY_H_
#define CONCORD_TESTS_SUMMARIZE_TWO_ARTICLE_STORY_H_

#include <string>
#include <utility>

#include "concord/summarize.h"

namespace concord::testing {

inline Cluster TwoArticleStory(const char* id, const std::string& text) {
  Cluster cluster;
  cluster.id = id;
  for (int a = 0; a < 2; ++a) {
    Article article;
    article.text = text;
    cluster.articles.push_back(std::move(article));
  }
  return cluster;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_SUMMARIZE_TWO_ARTICLE_STORY_H_
