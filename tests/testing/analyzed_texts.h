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
  text::Tokenizer tokenizer;
  std::vector<Document> documents;
  for (const std::string& text : texts) {
    Article article;
    article.text = text;
    documents.push_back(text::Analyze(article, tokenizer));
  }
  return documents;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_
