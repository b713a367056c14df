// AddCompressions and PiecesInArticle (compress.h): the shorter forms as
// candidates of the corpus, and their provenance in the article's bytes.
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cstdint>

#include "summarize/compress.h"
#include "summarize/coverage_params.h"
#include "text/thread_tokenizer.h"
#include "util/id_map.h"

namespace concord::summarize::internal {
namespace {

// Bytes of the UTF-8 character that starts with `lead` (1 for a stray
// continuation byte).
size_t CharacterBytes(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::vector<text::ByteSpan> PiecesInArticle(std::string_view article_text,
                                            const Sentence& sentence,
                                            const std::vector<clean::Removal>& removed,
                                            const std::vector<text::ByteSpan>& pieces) {
  // The display text is the sentence's original characters outside the
  // removed noise, in order, with whitespace collapsed to single spaces:
  // each of its characters but the spaces is the next equal character of
  // the original outside the noise.
  const std::string& shown = sentence.text;
  const size_t end = std::min(sentence.end, article_text.size());
  std::vector<size_t> where(shown.size() + 1, end);
  auto noise = std::lower_bound(
      removed.begin(), removed.end(), sentence.start,
      [](const clean::Removal& r, size_t pos) { return r.end <= pos; });
  size_t j = sentence.start;
  for (size_t k = 0; k < shown.size();) {
    if (shown[k] == ' ') {
      where[k] = j;
      ++k;
      continue;
    }
    const size_t length = std::min(CharacterBytes(static_cast<unsigned char>(shown[k])),
                                   shown.size() - k);
    while (j < end) {
      while (noise != removed.end() && noise->end <= j) ++noise;
      if (noise != removed.end() && noise->start <= j) {
        j = noise->end;
        continue;
      }
      if (article_text.compare(j, length, shown, k, length) == 0) break;
      ++j;
    }
    for (size_t b = 0; b < length; ++b) where[k + b] = std::min(j + b, end);
    j = std::min(j + length, end);
    k += length;
  }
  std::vector<text::ByteSpan> out;
  out.reserve(pieces.size());
  for (const text::ByteSpan& p : pieces) {
    out.push_back({where[p.start], std::min(where[p.end - 1] + 1, end)});
  }
  return out;
}

namespace {

using StemIds = util::IdMap<std::string_view, util::ViewHash>;

// Appends `form` of article sentence i to the corpus.
void AddForm(Corpus& corpus, const StemIds& ids, text::Tokenizer& tokenizer, uint32_t i,
             Compressed form) {
  const Sentence& whole = *corpus.sentence[i];
  Sentence& s = corpus.shortened.emplace_back();
  s.start = whole.start;
  s.end = whole.end;
  s.text = std::move(form.text);
  s.tokens = tokenizer.Tokenize(s.text, corpus.shortened_vocabulary);
  s.index = whole.index;
  s.paragraph = whole.paragraph;
  std::vector<uint32_t> terms;
  for (const text::Token& token : s.tokens) {
    if (token.is_stopword || token.stem.empty()) continue;
    const uint32_t id = ids.Find(token.stem);
    if (id != UINT32_MAX) terms.push_back(id);
  }
  const uint32_t article = corpus.article[i];
  const uint32_t index = corpus.index[i];
  corpus.article.push_back(article);
  corpus.index.push_back(index);
  corpus.sentence.push_back(&s);
  corpus.words.push_back(static_cast<uint32_t>(CountWords(s.text)));
  corpus.bytes.push_back(static_cast<uint32_t>(s.text.size()));
  corpus.vectors.push_back(TfIdfVector(terms, corpus.idf));
  corpus.terms.push_back(std::move(terms));
  corpus.origin.push_back(i);
  corpus.pieces.push_back(std::move(form.pieces));
}

}  // namespace

std::vector<Compressed> CompressedForms(const Sentence& sentence, unsigned rules,
                                        bool every_rule) {
  std::vector<Compressed> forms;
  std::optional<Compressed> shortest = Compress(sentence, rules);
  if (!shortest) return forms;
  forms.push_back(std::move(*shortest));
  if (!every_rule) return forms;
  for (unsigned bit = 1; bit <= kAllCompressRules; bit <<= 1) {
    if ((rules & bit) == 0 || rules == bit) continue;
    std::optional<Compressed> form = Compress(sentence, bit);
    if (!form) continue;
    const bool seen = std::any_of(forms.begin(), forms.end(),
                                  [&](const Compressed& f) { return f.text == form->text; });
    if (!seen) forms.push_back(std::move(*form));
  }
  return forms;
}

void AddCompressions(Corpus& corpus, unsigned rules, size_t min_words, bool every_rule) {
  const auto originals = static_cast<uint32_t>(corpus.originals);
  StemIds ids(corpus.vocabulary.size());
  for (const std::string& stem : corpus.vocabulary) ids.Intern(stem);
  text::Tokenizer& tokenizer = text::ThreadTokenizer();
  // A sentence without marks of its own may still be inside a quotation
  // that an earlier sentence opened: it is never cut.
  const std::vector<bool> inside = InsideQuotation(corpus);
  // Each sentence's forms read only that sentence: found on the caller's
  // threads, then added in sentence order (the same corpus on any count).
  std::vector<std::vector<Compressed>> forms(originals);
  tbb::parallel_for(uint32_t{0}, originals, [&](uint32_t i) {
    if (corpus.words[i] < min_words || inside[i]) return;
    forms[i] = CompressedForms(*corpus.sentence[i], rules, every_rule);
  });
  for (uint32_t i = 0; i < originals; ++i) {
    for (Compressed& form : forms[i]) AddForm(corpus, ids, tokenizer, i, std::move(form));
  }
}

}  // namespace concord::summarize::internal
