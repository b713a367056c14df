// text::Analyze: one article through the cleaning and text stages, once.
//
// 1. clean::FindNoise marks scraper noise (hovercards, link trailers, ...).
// 2. text::Normalize drops the noise and normalises quotes, dashes and
//    whitespace, keeping a map back to the original bytes.
// 3. text::SplitSentences splits the normalised text.
// 4. Each sentence is mapped back to its original byte span, its display
//    text is rebuilt from the original (without the noise inside it), and it
//    is tokenized and stemmed into the Document's vocabulary.
// 5. The words of the text outside the noise are scanned, with their spans
//    in the original (ScanWords, into the same vocabulary), and the text
//    with the noise blanked is kept (MaskNoise), both for compare. The scan
//    takes the words that step 4 read (runs of ASCII letters and digits,
//    moved to original offsets through the runs the display text copied)
//    where its rules read them the same, so each word is read once.
// The display text is what users see, so it comes from the original bytes
// (curly quotes and all), not from the normalised copy used for splitting.
#include <tbb/parallel_for.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/status.h"
#include "text/display_text.h"
#include "text/thread_tokenizer.h"

namespace concord::text {
namespace {

// Original text of [start, end) without the removals inside it, whitespace
// collapsed; a removal separates what is on either side of it like
// whitespace. The stretches copied from the original go to *runs.
std::string DisplayText(std::string_view original, size_t start, size_t end,
                        const std::vector<clean::Removal>& removed, std::vector<CopiedRun>* runs) {
  auto it = std::lower_bound(removed.begin(), removed.end(), start,
                             [](const clean::Removal& r, size_t pos) { return r.end <= pos; });
  std::string text;
  text.reserve(end - start);
  bool in_white = false;
  size_t cursor = start;
  for (; it != removed.end() && it->start < end; ++it) {
    if (it->start > cursor) AppendCollapsed(original, cursor, it->start, &text, &in_white, runs);
    in_white = true;
    cursor = std::max(cursor, std::min(it->end, end));
  }
  if (cursor < end) AppendCollapsed(original, cursor, end, &text, &in_white, runs);
  return text;
}

// Adds the `words` of a sentence's display text (in text order), moved to
// offsets of the original through the display text's `runs`, to *known.
// A word lies inside one run (runs break only at whitespace and removals,
// which no word crosses).
void AddKnownWords(const std::vector<Word>& words, const std::vector<CopiedRun>& runs,
                   std::vector<Word>* known) {
  size_t r = 0;
  for (Word word : words) {
    while (r < runs.size() && runs[r].display + runs[r].length <= word.start) ++r;
    if (r == runs.size()) break;
    const CopiedRun& run = runs[r];
    if (word.start < run.display || word.end > run.display + run.length) continue;
    word.start = run.original + (word.start - run.display);
    word.end = run.original + (word.end - run.display);
    known->push_back(word);
  }
}

}  // namespace

std::string MaskNoise(std::string_view text, const std::vector<clean::Removal>& removed) {
  std::string masked(text);
  for (const clean::Removal& r : removed) {
    for (size_t i = r.start; i < r.end && i < masked.size(); ++i) masked[i] = ' ';
  }
  for (size_t i = masked.find("\xC2\xA0"); i != std::string::npos;
       i = masked.find("\xC2\xA0", i + 2)) {
    masked[i] = ' ';
    masked[i + 1] = ' ';
  }
  return masked;
}

Tokenizer& ThreadTokenizer() {
  thread_local Tokenizer tokenizer;
  return tokenizer;
}

Document Analyze(const Article& article, Tokenizer& tokenizer, const AnalyzeOptions& options) {
  Document doc;
  const std::string_view original = article.text;
  auto vocabulary = std::make_shared<Vocabulary>();
  // About one distinct word in 12 bytes of news prose (validation-full250:
  // 297 in 4 KB), fewer in long texts: room for one in 10 bytes, up to
  // 4,096, saves growing the table of a usual article two or three times.
  vocabulary->Reserve(std::min<size_t>(original.size() / 10, 4096));

  // Find the scraper noise.
  doc.removed = clean::FindNoise(original, options.clean);
  std::vector<Excision> excisions;
  excisions.reserve(doc.removed.size());
  for (const clean::Removal& r : doc.removed) {
    excisions.push_back({{r.start, r.end}, !r.inline_span});
  }

  // Normalise without the noise, then split.
  const Normalized norm = Normalize(original, excisions);
  const std::vector<ByteSpan> spans = SplitSentences(norm.text);

  // Map each sentence back to the original and tokenize it.
  // The next paragraph break is searched once, from the last one: searching
  // from each sentence would rescan a text without breaks to its end for
  // every sentence (minutes for a 1 MB article of single lines).
  size_t paragraph = 0;
  size_t next_break = norm.text.find("\n\n");
  doc.sentences.reserve(spans.size());
  // The words the tokenizer read that the scan takes as they are (see
  // ScanWords, `known`), in offsets of the original.
  std::vector<CopiedRun> runs;
  std::vector<Word> words;
  std::vector<Word> known;
  for (const ByteSpan& span : spans) {
    while (next_break != std::string::npos && next_break < span.start) {
      if (!doc.sentences.empty()) ++paragraph;
      next_break = norm.text.find("\n\n", next_break + 2);
    }
    Sentence sentence;
    const ByteSpan in_original = ToOriginal(norm, span, original);
    sentence.start = in_original.start;
    sentence.end = in_original.end;
    runs.clear();
    sentence.text = DisplayText(original, sentence.start, sentence.end, doc.removed,
                                options.scan_words ? &runs : nullptr);
    if (sentence.text.empty()) continue;
    if (options.scan_words) {
      words.clear();
      sentence.tokens = tokenizer.Tokenize(sentence.text, *vocabulary, &words);
      AddKnownWords(words, runs, &known);
    } else {
      sentence.tokens = tokenizer.Tokenize(sentence.text, *vocabulary);
    }
    sentence.index = doc.sentences.size();
    sentence.paragraph = paragraph;
    doc.words += sentence.tokens.size();
    doc.sentences.push_back(std::move(sentence));
  }
  if (options.scan_words) {
    std::vector<ByteSpan> noise;
    noise.reserve(doc.removed.size());
    for (const clean::Removal& r : doc.removed) noise.push_back({r.start, r.end});
    doc.scan = ScanWords(original, std::move(noise), vocabulary, known);
    doc.masked_text = MaskNoise(original, doc.removed);
  }
  // A story may hold tens of thousands of short articles, each with its
  // vocabulary: no spare room kept.
  vocabulary->ShrinkToFit();
  doc.vocabulary = std::move(vocabulary);
  return doc;
}

std::vector<Document> AnalyzeArticles(const std::vector<Article>& articles, Tokenizer& tokenizer,
                                      const AnalyzeOptions& options) {
  std::vector<Document> documents(articles.size());
  if (articles.size() < 2) {
    for (size_t a = 0; a < articles.size() && !DeadlinePassed(options.deadline); ++a) {
      documents[a] = Analyze(articles[a], tokenizer, options);
    }
    return documents;
  }
  // Articles are independent: analyse them on the threads of the caller's
  // arena, one Tokenizer per thread. Each Document lands at its article's
  // index, so the result does not depend on the thread count (each
  // Document has its own vocabulary, its ids by first sight in that
  // article). The Tokenizer of a thread lives as long as the thread, so its
  // bounded stem cache stays warm from one story to the next (a fresh one
  // per call spent a tenth of a batch's instructions in the stemmer).
  tbb::parallel_for(size_t{0}, articles.size(), [&](size_t a) {
    // Past the limit: left empty; the caller checks the limit and drops the result.
    if (DeadlinePassed(options.deadline)) return;
    documents[a] = Analyze(articles[a], ThreadTokenizer(), options);
  });
  return documents;
}

}  // namespace concord::text
