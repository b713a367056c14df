// BuildConcepts.
//
// Unigram concepts are the corpus's content terms; bigram concepts are
// adjacent token stems within one sentence, skipping pairs of two
// stopwords, which carry no content ("of the"). Bigram word ids are their own
// space, since stopwords are not corpus terms.
#include "summarize/concepts.h"

#include <algorithm>
#include <string_view>

#include "util/id_map.h"

namespace concord::summarize::internal {
namespace {

uint64_t PairKey(uint32_t a, uint32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }

constexpr uint64_t kBigramBit = uint64_t{1} << 63;

}  // namespace

Concepts BuildConcepts(const Corpus& corpus) {
  const size_t n = corpus.size();
  Concepts out;
  out.of_candidate.resize(n);
  size_t tokens_in_all = 0;
  for (uint32_t i = 0; i < n; ++i) tokens_in_all += corpus.sentence[i]->tokens.size();
  // Concepts and words interned in flat tables (util/id_map.h), which grow
  // when needed: at most two concepts a token, and the distinct words are
  // the corpus's content stems and the few stems of stopwords.
  util::IdMap<uint64_t, util::U64Hash> ids(tokens_in_all / 2);
  std::vector<uint32_t> last_article;  // of each concept, to count its articles
  // News prose has a distinct concept for a third to a half of its tokens
  // (0.35 at 10 MB, 0.58 at 1 MB): room for half the tokens saves the
  // doubling of the biggest arrays, whose old and new copies coexist.
  out.stats.reserve(tokens_in_all / 2);
  last_article.reserve(tokens_in_all / 2);
  util::IdMap<std::string_view, util::ViewHash> word_ids(corpus.vocabulary.size() + 512);
  auto word_id = [&](const text::Token& token) { return word_ids.Intern(token.stem).first; };
  std::vector<uint32_t> words;    // word ids of one candidate's tokens
  std::vector<uint32_t> scratch;  // one candidate's concepts
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t article = corpus.article[i];
    // A shorter form of a sentence (compress.h) has the concepts of the
    // article sentences it keeps, and counts in no statistic; a bigram
    // made where two pieces join is none of them.
    const bool shortened = i >= corpus.originals;
    auto intern = [&](uint64_t key, bool bigram, uint32_t token) {
      if (shortened) return ids.Find(key);
      const auto [id, inserted] = ids.Intern(key);
      if (inserted) {
        ConceptStats stats;
        stats.bigram = bigram;
        stats.first_candidate = i;
        stats.first_token = token;
        out.stats.push_back(stats);
        last_article.push_back(UINT32_MAX);
      }
      return id;
    };
    // Collected in a scratch vector, then stored at exactly its size (one
    // allocation a candidate, no spare capacity kept).
    std::vector<uint32_t>& list = scratch;
    list.clear();
    const auto& tokens = corpus.sentence[i]->tokens;
    // Unigrams: the content terms, found again among the tokens for their
    // position.
    size_t term = 0;
    for (uint32_t t = 0; t < tokens.size() && term < corpus.terms[i].size(); ++t) {
      if (tokens[t].is_stopword || tokens[t].stem.empty()) continue;
      list.push_back(intern(PairKey(UINT32_MAX, corpus.terms[i][term++]), false, t));
    }
    // Each token's word id once (not once per bigram it is in). Which
    // number a word gets does not matter: concepts are numbered by their
    // first occurrence, and two keys are equal exactly when their words are.
    words.clear();
    for (const text::Token& token : tokens) words.push_back(word_id(token));
    for (uint32_t t = 1; t < tokens.size(); ++t) {
      if (tokens[t - 1].is_stopword && tokens[t].is_stopword) continue;
      list.push_back(intern(PairKey(words[t - 1], words[t]) ^ kBigramBit, true, t - 1));
    }
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    if (shortened) {
      if (!list.empty() && list.back() == UINT32_MAX) list.pop_back();
      out.of_candidate[i].assign(list.begin(), list.end());
      continue;
    }
    out.of_candidate[i].assign(list.begin(), list.end());
    // Each distinct concept of the candidate counts its sentence once, and
    // its article once (candidates come article by article).
    for (const uint32_t id : list) {
      ConceptStats& stats = out.stats[id];
      ++stats.sentences;
      if (last_article[id] != article) {
        last_article[id] = article;
        ++stats.articles;
      }
    }
  }
  return out;
}

std::string ConceptText(const Corpus& corpus, const Concepts& concepts, uint32_t id) {
  const ConceptStats& stats = concepts.stats[id];
  const auto& tokens = corpus.sentence[stats.first_candidate]->tokens;
  std::string text(tokens[stats.first_token].stem);
  if (stats.bigram) text.append(" ").append(tokens[stats.first_token + 1].stem);
  return text;
}

}  // namespace concord::summarize::internal
