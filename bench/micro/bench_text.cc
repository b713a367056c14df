// Benchmark input: Multi-News articles from ../shared, or generated prose.
#include "micro/bench_text.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <utility>

#include "concord/io.h"

namespace concord::bench {
namespace {

std::string SharedDir() {
  if (const char* dir = std::getenv("CONCORD_SHARED_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return std::string(CONCORD_SOURCE_DIR) + "/../shared";
}

// Appends the articles of a Multi-News JSON Lines file; false when absent.
bool AppendMultiNews(const std::string& relative, std::vector<Article>& out) {
  const std::string path = SharedDir() + "/" + relative;
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return false;
  Result<io::Inputs> inputs = io::ReadInputs({path});
  if (!inputs.ok()) return false;
  for (Cluster& cluster : inputs.value().clusters) {
    for (Article& article : cluster.articles) out.push_back(std::move(article));
  }
  return true;
}

struct Corpus {
  std::string source = "generated";
  std::vector<Article> articles;  // real articles; empty when generated
  bool has_more = false;          // validation-trunc5622 not loaded yet
};

Corpus& TheCorpus() {
  static Corpus corpus = [] {
    Corpus c;
    if (AppendMultiNews("data/multinews/validation-full250.jsonl", c.articles)) {
      c.source = "multinews";
      c.has_more = true;
    }
    return c;
  }();
  return corpus;
}

const std::vector<std::string>& Vocabulary() {
  static const std::vector<std::string> words = [] {
    // Syllables make pronounceable words of 1-4 syllables; the first 60
    // entries are real function words so that stopword rates look English.
    std::vector<std::string> v = {
        "the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "on", "was",
        "with", "he", "as", "his", "at", "by", "from", "they", "be", "this", "have",
        "or", "had", "not", "but", "what", "all", "were", "when", "we", "there",
        "can", "an", "which", "their", "said", "if", "do", "will", "each", "about",
        "how", "up", "out", "them", "then", "she", "many", "some", "so", "these",
        "would", "other", "into", "has", "more", "her", "two"};
    const char* syllables[] = {"ba", "ter", "lo", "mar", "vin", "sta", "pre", "con",
                               "del", "ri", "gan", "tion", "ber", "mo", "sel", "ka",
                               "port", "ing", "ed", "ly", "ment", "ar", "ous", "en"};
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> syllable(0, 23);
    std::uniform_int_distribution<int> length(1, 4);
    while (v.size() < 5000) {
      std::string w;
      for (int k = length(rng); k > 0; --k) w += syllables[syllable(rng)];
      v.push_back(w);
    }
    return v;
  }();
  return words;
}

}  // namespace

const std::string& TextSource() { return TheCorpus().source; }

std::string GeneratedProse(size_t bytes, unsigned seed) {
  const std::vector<std::string>& vocabulary = Vocabulary();
  std::vector<double> weights(vocabulary.size());
  for (size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / (static_cast<double>(i) + 2.0);
  std::discrete_distribution<size_t> word(weights.begin(), weights.end());
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> sentence_length(8, 35);
  std::uniform_int_distribution<int> percent(0, 99);
  const char* extras[] = {"U.S.", "Mr.", "3.5", "1,700", "Jan.", "Inc.", "a.m.", "$40"};
  std::string text;
  int sentences_in_paragraph = 0;
  while (text.size() < bytes) {
    const int words = sentence_length(rng);
    const bool quoted = percent(rng) < 15;
    if (quoted) text += "\"";
    for (int w = 0; w < words; ++w) {
      std::string token = percent(rng) < 3 ? extras[percent(rng) % 8] : vocabulary[word(rng)];
      if (w == 0) token[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(token[0])));
      text += token;
      if (w + 1 < words) text += percent(rng) < 7 ? ", " : " ";
    }
    text += quoted ? ",\" he said. " : ". ";
    if (++sentences_in_paragraph == 4) {
      text.back() = '\n';
      text += "\n";
      sentences_in_paragraph = 0;
    }
  }
  return text;
}

std::vector<Article> ArticlesOfSize(size_t bytes) {
  Corpus& corpus = TheCorpus();
  std::vector<Article> out;
  size_t total = 0;
  if (corpus.source == "generated") {
    for (unsigned n = 0; total < bytes; ++n) {
      Article article;
      article.id = "generated#" + std::to_string(n);
      article.source = "outlet" + std::to_string(n % 17);
      article.text = GeneratedProse(4000, n + 1);
      total += article.text.size();
      out.push_back(std::move(article));
    }
    return out;
  }
  for (size_t i = 0; total < bytes; ++i) {
    if (i == corpus.articles.size()) {
      if (corpus.has_more) {
        corpus.has_more = false;
        AppendMultiNews("data/multinews/validation-trunc5622.jsonl", corpus.articles);
      }
      if (i == corpus.articles.size()) i = 0;  // all used: repeat
    }
    total += corpus.articles[i].text.size();
    out.push_back(corpus.articles[i]);
  }
  return out;
}

Cluster ClusterOfSize(size_t bytes) {
  Cluster cluster;
  cluster.id = "bench-" + std::to_string(bytes);
  cluster.articles = ArticlesOfSize(bytes);
  return cluster;
}

size_t TextBytes(const std::vector<Article>& articles) {
  size_t total = 0;
  for (const Article& article : articles) total += article.text.size();
  return total;
}

}  // namespace concord::bench
