// Builds Articles and Documents by hand for the compare tests: one sentence
// per string, tokenized with the real Tokenizer, without running the
// cleaner or the splitter, so a test controls exactly what is aligned.
#ifndef CONCORD_TESTS_COMPARE_TEST_DOCUMENTS_H_
#define CONCORD_TESTS_COMPARE_TEST_DOCUMENTS_H_

#include <string>
#include <vector>

#include "concord/article.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/text.h"

namespace concord::testing {

struct Story {
  std::vector<Article> articles;
  std::vector<Document> documents;

  // Adds an article from `outlet` whose text is the sentences joined by
  // one space.
  void Add(const std::string& outlet, const std::vector<std::string>& sentences) {
    static text::Tokenizer* tokenizer = new text::Tokenizer();
    Article article;
    article.id = outlet + "-" + std::to_string(articles.size());
    article.source = outlet;
    Document document;
    for (const std::string& s : sentences) {
      if (!article.text.empty()) article.text.push_back(' ');
      Sentence sentence;
      sentence.start = article.text.size();
      article.text += s;
      sentence.end = article.text.size();
      sentence.text = s;
      sentence.tokens = tokenizer->Tokenize(s);
      sentence.index = document.sentences.size();
      document.words += sentence.tokens.size();
      document.sentences.push_back(std::move(sentence));
    }
    articles.push_back(std::move(article));
    documents.push_back(std::move(document));
  }
};

// A one-sentence-per-paragraph document is not needed by ExtractQuotes,
// which reads Article::text; an empty Document works.
inline Article TextArticle(const std::string& text, const std::string& source = "Outlet") {
  Article article;
  article.id = source;
  article.source = source;
  article.text = text;
  return article;
}

// The quotes of one outlet's article `text`, found with no story analysis.
inline std::vector<compare::Quote> QuotesOf(const std::string& text) {
  return compare::ExtractQuotes(TextArticle(text), Document{});
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_COMPARE_TEST_DOCUMENTS_H_
