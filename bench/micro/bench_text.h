// Input text for the micro benchmarks: real news when ../shared is there,
// generated prose otherwise.
//
// Real text is the articles of ../shared/data/multinews/validation-full250
// (2.6 MB of untruncated web text, scraper noise included), then, for inputs
// larger than that, the articles of validation-trunc5622 (lower-cased and
// tokenized). $CONCORD_SHARED_DIR overrides the location of ../shared.
// Without it the benchmarks run on generated English-like prose (a Zipf
// vocabulary in sentences of 8-35 words, with abbreviations, numbers, quotes
// and paragraphs) so that they build and run anywhere; each benchmark labels
// its results with TextSource() so the two are never confused.
//
// Thread safety: the functions load once, on first use, under a static
// initializer; call them outside the timed loop.
#ifndef CONCORD_BENCH_MICRO_BENCH_TEXT_H_
#define CONCORD_BENCH_MICRO_BENCH_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "concord/article.h"

namespace concord::bench {

// "multinews" or "generated": where ArticlesOfSize takes its text from.
const std::string& TextSource();

// Articles in corpus order whose texts add up to at least `bytes` (the last
// one whole). Real text is used up before anything repeats; generated text
// never repeats.
std::vector<Article> ArticlesOfSize(size_t bytes);

// One cluster ("many reports of one story") of ArticlesOfSize(bytes).
Cluster ClusterOfSize(size_t bytes);

// About `bytes` of generated news-like prose (deterministic in `seed`).
std::string GeneratedProse(size_t bytes, unsigned seed);

// Total bytes of the articles' texts.
size_t TextBytes(const std::vector<Article>& articles);

}  // namespace concord::bench

#endif  // CONCORD_BENCH_MICRO_BENCH_TEXT_H_
