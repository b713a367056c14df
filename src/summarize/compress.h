// Internal: use include/concord/summarize.h instead.
//
// Sentence compression that keeps verbatim text: a long sentence offered
// in a shorter form made of pieces of itself, its central clause, with the
// attribution, asides and connectives around it left out:
//
//   "But the bridge, which opened in 1932, was closed on Monday, police said."
//   -> "The bridge was closed on Monday."  (pieces "the bridge",
//      "was closed on Monday" and ".")
//
// Each rule reads only the sentence's own tokens and punctuation, knows no
// letter case (training text is lower-cased) and never touches a sentence
// with a quotation mark (so nothing is cut inside a quotation and no mark is
// left unbalanced) or with unbalanced brackets. A form without a verb-like
// word is not offered. The default method weighs the form as one more
// candidate beside its sentence (never both), so its objective decides.
#ifndef CONCORD_SUMMARIZE_COMPRESS_H_
#define CONCORD_SUMMARIZE_COMPRESS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/clean.h"
#include "concord/document.h"
#include "concord/text.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

// The rules, as bits of the compress_rules parameter.
enum CompressRule : unsigned {
  kDropConnective = 1,          // a leading "But", "However,", "Meanwhile,"
  kDropLeadingAttribution = 2,  // a leading "According to X,"
  kDropTrailingAttribution = 4,  // a trailing ", he said (in a statement)."
  kDropRelative = 8,            // ", who/which ...," ", a spokesman," or ", 57,"
  kDropBrackets = 16,           // "(...)" or "[...]" inside the sentence
  kDropParticipial = 32,        // a trailing ", leaving 2 million without power."
  kAllCompressRules = 63,
  // The default method's rules: the connective, brackets and the trailing
  // participle. Never the attributions: a summary that names the outlets
  // behind each sentence must not turn "X, police said." into "X." (a
  // claim into a fact); nor the asides, which cost R-2 on train1000
  // (docs/summarize.md, "Compression").
  kDefaultCompressRules = kDropConnective | kDropBrackets | kDropParticipial,
};

struct Compressed {
  // Byte spans of the sentence's text kept, in order, none empty, none
  // starting or ending with a space.
  std::vector<text::ByteSpan> pieces;
  // The pieces joined by one space (none before a piece that opens with
  // , . ; : ! or ?), the first letter upper-cased when the sentence's own
  // first letter was upper case.
  std::string text;
};

// The shortest form of `sentence` the `rules` allow, or nullopt when none
// applies or the result would not read as a sentence (under 4 words, no
// verb-like word, no final stop).
std::optional<Compressed> Compress(const Sentence& sentence, unsigned rules);

// The byte spans of the article's text that `pieces` of `sentence.text`
// came from (sentence.text is the article's bytes from sentence.start to
// sentence.end without the `removed` noise, whitespace runs collapsed):
// each span holds exactly the piece's characters, and the whitespace and
// noise of the original between them when a piece spanned a collapsed
// run. REQUIRES: `sentence` is one of the sentences text::Analyze made
// from `article_text` with `removed`.
std::vector<text::ByteSpan> PiecesInArticle(std::string_view article_text,
                                            const Sentence& sentence,
                                            const std::vector<clean::Removal>& removed,
                                            const std::vector<text::ByteSpan>& pieces);

// Appends to `corpus` the compressed form of every article sentence with at
// least `min_words` words that `rules` shorten and that does not continue a
// quotation opened before it (InsideQuotation), as candidates after the
// article sentences (Corpus::originals); their content terms and vectors
// use the article sentences' vocabulary and idf, so the statistics of the
// cluster do not change.
// With `every_rule`, each rule's own form too (when it differs), so the
// objective may keep what one rule would drop.
void AddCompressions(Corpus& corpus, unsigned rules, size_t min_words, bool every_rule = false);

// The forms AddCompressions offers for one sentence: the shortest first,
// then (with `every_rule`) each rule's alone, distinct texts only.
std::vector<Compressed> CompressedForms(const Sentence& sentence, unsigned rules,
                                        bool every_rule);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COMPRESS_H_
