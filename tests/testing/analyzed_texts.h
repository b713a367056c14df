// Documents of short invented texts, analysed as the summarizer analyses
// articles (cleaning on). Header-only: the test links concord_analyze
// (through the module it tests).
#ifndef CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_
#define CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_

#include <string>
#include <vector>

#include "concord/document.h"

namespace concord::testing {

inline std::vector<Document> AnalyzeTexts(const std::vector<std::string>& texts) {
  std::vector<Article> articles(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) articles[i].text = texts[i];
  text::Tokenizer tokenizer;
  return text::AnalyzeArticles(articles, tokenizer);
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_
