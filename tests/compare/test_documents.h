// Builds Articles and Documents by hand for the compare tests: one sentence
// per string, tokenized with the real Tokenizer, without running the
// cleaner or the splitter, so a test controls exactly what is aligned.
#ifndef CONCORD_TESTS_COMPARE_TEST_DOCUMENTS_H_
#define CONCORD_TESTS_COMPARE_TEST_DOCUMENTS_H_

#include <memory>
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
    auto vocabulary = std::make_shared<text::Vocabulary>();
    for (const std::string& s : sentences) {
      if (!article.text.empty()) article.text.push_back(' ');
      Sentence sentence;
      sentence.start = article.text.size();
      article.text += s;
      sentence.end = article.text.size();
      sentence.text = s;
      sentence.tokens = tokenizer->Tokenize(s, *vocabulary);
      sentence.index = document.sentences.size();
      document.words += sentence.tokens.size();
      document.sentences.push_back(std::move(sentence));
    }
    document.scan = text::ScanWords(article.text, {}, vocabulary);
    document.vocabulary = std::move(vocabulary);
    articles.push_back(std::move(article));
    documents.push_back(std::move(document));
  }
};

// ExtractQuotes reads Article::text and the word scan of its Document;
// sentences are not needed (TextArticle + WordsOnly).
inline Article TextArticle(const std::string& text, const std::string& source = "Outlet") {
  Article article;
  article.id = source;
  article.source = source;
  article.text = text;
  return article;
}

// A Document with only the word scan of all of article.text (no cleaning).
inline Document WordsOnly(const Article& article) {
  Document document;
  document.scan = text::ScanWords(article.text);
  document.vocabulary = document.scan.vocabulary;
  return document;
}

// The quotes of one outlet's article `text`, found with the word scan of
// the whole text and no cleaning.
inline std::vector<compare::Quote> QuotesOf(const std::string& text) {
  const Article article = TextArticle(text);
  return compare::ExtractQuotes(article, WordsOnly(article));
}

// The quote of `text` holding `words`, found by the speaker rules alone
// (no learned model), as written (`Quote::speaker`) or resolved to a name
// (`Quote::speaker_name`); "(none)" when no quote holds them.
inline std::string RuleSpeaker(const std::string& text, const std::string& words,
                               bool resolved = false) {
  compare::CompareOptions rules;
  rules.learned_speakers = false;
  const Article article = TextArticle(text);
  for (const compare::Quote& q : compare::ExtractQuotes(article, WordsOnly(article), rules)) {
    if (q.text.find(words) != std::string::npos) return resolved ? q.speaker_name : q.speaker;
  }
  return "(none)";
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_COMPARE_TEST_DOCUMENTS_H_
