// Documents of short invented texts, analysed as the summarizer analyses
// articles (cleaning on). Header-only: the test links concord_analyze
// (through the module it tests).
#ifndef CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_
#define CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_

#include <string>
#include <utility>
#include <vector>

#include "concord/document.h"

namespace concord::testing {

inline std::vector<Document> AnalyzeTexts(const std::vector<std::string>& texts) {
  std::vector<Article> articles(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) articles[i].text = texts[i];
  text::Tokenizer tokenizer;
  return text::AnalyzeArticles(articles, tokenizer);
}

// A story's articles beside their analyses (documents[i] is articles[i]).
struct Analyzed {
  std::vector<Article> articles;
  std::vector<Document> documents;
};

inline Analyzed AnalyzeAll(std::vector<Article> articles) {
  Analyzed out;
  text::Tokenizer tokenizer;
  out.documents = text::AnalyzeArticles(articles, tokenizer);
  out.articles = std::move(articles);
  return out;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_ANALYZED_TEXTS_H_
