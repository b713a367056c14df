// Cost of comparing one story: alignment alone (what the summarizer's
// attribution step calls) and the full comparison with quotes, for stories
// of 2 to 20 articles of 40 sentences. The budget: a 10-article
// story aligns in under 50 ms.
//
// Articles are generated deterministically: sentences of 20 words drawn from
// a 3,000-word vocabulary with a Zipf-like skew, a few names and numbers,
// every third sentence a quote with "he said"; each article copies a fifth
// of its sentences from the previous one, so that there is content to
// align.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "concord/document.h"

namespace {

struct Story {
  std::vector<concord::Article> articles;
  std::vector<concord::Document> documents;
};

Story MakeStory(size_t num_articles) {
  uint64_t state = 42;
  auto next = [&]() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 3000; ++i) {
    std::string w;
    int v = i;
    do {
      w.push_back(static_cast<char>('a' + v % 26));
      v /= 26;
    } while (v > 0);
    vocabulary.push_back(w + "ing");
  }
  const std::vector<std::string> names = {"Ada Brennan", "Brennan", "Harbor Bridge",
                                          "Tom Okafor", "City Council", "Okafor"};
  Story story;
  std::vector<std::string> previous;
  concord::text::Tokenizer tokenizer;
  for (size_t a = 0; a < num_articles; ++a) {
    std::vector<std::string> sentences;
    for (size_t s = 0; s < 40; ++s) {
      if (!previous.empty() && next() % 5 == 0) {
        sentences.push_back(previous[s]);
        continue;
      }
      std::string sentence = names[next() % names.size()];
      for (int w = 0; w < 20; ++w) {
        const uint32_t r = next() % 3000;
        sentence += " " + vocabulary[(r * r) / 3000];  // skewed toward small ids
        if (w == 10 && next() % 4 == 0) sentence += " " + std::to_string(next() % 5000);
      }
      if (s % 3 == 0) {
        sentence = "\"" + sentence + ",\" he said.";
      } else {
        sentence += ".";
      }
      sentences.push_back(sentence);
    }
    concord::Article article;
    article.id = "a" + std::to_string(a);
    article.source = "outlet" + std::to_string(a);
    for (const std::string& s : sentences) article.text += s + "\n\n";
    story.documents.push_back(concord::text::Analyze(article, tokenizer));
    story.articles.push_back(std::move(article));
    previous = sentences;
  }
  return story;
}

void BM_Align(benchmark::State& state) {
  const Story story = MakeStory(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    concord::compare::Alignment a =
        concord::compare::Align(story.articles, story.documents);
    benchmark::DoNotOptimize(a);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 40);
}
BENCHMARK(BM_Align)->Arg(2)->Arg(5)->Arg(10)->Arg(20)->Unit(benchmark::kMillisecond);

void BM_Compare(benchmark::State& state) {
  const Story story = MakeStory(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto c = concord::compare::Compare(story.articles, story.documents);
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 40);
}
BENCHMARK(BM_Compare)->Arg(2)->Arg(5)->Arg(10)->Arg(20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
