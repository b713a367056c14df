// Scoring compare::Align against ECB+ sentence pairs (align_score.h).
//
// Each ECB+ document becomes an Article (its sentences joined by blank
// lines) with a Document built by hand: one Sentence per ECB+ sentence, so
// that the unit aligned is the unit labelled and the score does not depend
// on our sentence splitter; the word scan and masked text are those of the
// whole text (there is no scraper noise in ECB+).
#include "concord/align_score.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"

namespace concord::eval {
namespace {

struct StoryInput {
  std::vector<Article> articles;
  std::vector<Document> documents;
};

StoryInput BuildStory(const EcbStory& story, text::Tokenizer& tokenizer) {
  StoryInput in;
  for (const EcbDocument& ecb : story.documents) {
    Article article;
    article.id = ecb.name;
    article.source = ecb.name;
    Document document;
    auto vocabulary = std::make_shared<text::Vocabulary>();
    for (const EcbSentence& s : ecb.sentences) {
      if (!article.text.empty()) article.text += "\n\n";
      Sentence sentence;
      sentence.start = article.text.size();
      article.text += s.text;
      sentence.end = article.text.size();
      sentence.text = s.text;
      sentence.tokens = tokenizer.Tokenize(s.text, *vocabulary);
      sentence.index = document.sentences.size();
      sentence.paragraph = sentence.index;
      document.words += sentence.tokens.size();
      document.sentences.push_back(std::move(sentence));
    }
    document.scan = text::ScanWords(article.text, {}, vocabulary);
    document.vocabulary = std::move(vocabulary);
    document.masked_text = text::MaskNoise(article.text, {});
    in.articles.push_back(std::move(article));
    in.documents.push_back(std::move(document));
  }
  return in;
}

bool ShareEvent(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t x = 0;
  size_t y = 0;
  while (x < a.size() && y < b.size()) {
    if (a[x] == b[y]) return true;
    if (a[x] < b[y]) {
      ++x;
    } else {
      ++y;
    }
  }
  return false;
}

}  // namespace

AlignScores ScoreAlignment(const std::vector<EcbStory>& stories,
                           const compare::CompareOptions& options) {
  AlignScores scores;
  text::Tokenizer tokenizer;
  for (const EcbStory& story : stories) {
    ++scores.stories;
    const StoryInput in = BuildStory(story, tokenizer);
    const compare::Alignment alignment = compare::Align(in.articles, in.documents, options);
    struct Scored {
      size_t article;
      size_t group;
      const std::vector<std::string>* events;
    };
    std::vector<Scored> scored;
    for (size_t a = 0; a < story.documents.size(); ++a) {
      const std::vector<EcbSentence>& sentences = story.documents[a].sentences;
      for (size_t s = 0; s < sentences.size(); ++s) {
        if (sentences[s].scored) {
          scored.push_back({a, alignment.group_of[a][s], &sentences[s].events});
        }
      }
    }
    scores.sentences += scored.size();
    for (size_t i = 0; i < scored.size(); ++i) {
      for (size_t j = i + 1; j < scored.size(); ++j) {
        if (scored[i].article == scored[j].article) continue;
        const bool gold = ShareEvent(*scored[i].events, *scored[j].events);
        const bool predicted = scored[i].group == scored[j].group;
        scores.pairs.gold += gold ? 1 : 0;
        scores.pairs.predicted += predicted ? 1 : 0;
        scores.pairs.true_positives += gold && predicted ? 1 : 0;
      }
    }
  }
  return scores;
}

}  // namespace concord::eval
