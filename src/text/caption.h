// Internal to concord: a photo caption printed as a sentence. Scraped pages
// put a picture's caption before or inside the article text ("Senator Ada
// Okafor, Democrat of Ohio, at the Capitol in May."); it ends with a period
// like a sentence but says nothing happened. The summarizer's furniture
// filter (summarize/default_filters.cc) and eval's readability check
// (eval/readability.cc) both read it here.
#ifndef CONCORD_TEXT_CAPTION_H_
#define CONCORD_TEXT_CAPTION_H_

#include <string_view>

namespace concord::text {

// True for a sentence of four or more words, not mostly in capitals, that
// ends with a period and has no verb a reader would see: no auxiliary, no
// pronoun, quantifier or plural subject of a short list (they, some,
// people, police), no verb of a short list (is, said, took, swept, want,
// gather...), no lower-case word, nor the first word, nor a capitalized
// word after "the", that ends in "-ed" or (as a present-tense verb or a
// plural subject may) "-s", no word with an apostrophe (a contraction) and
// no quotation mark. It errs towards missing: a caption that opens with a
// plural ("Protesters outside the embassy in Kyiv.") or names a place
// after "the" ("A boat on the Thames near Westminster.") is let go, and a
// sentence whose verb the lists lack after a subject without "-s" ("The
// pipe burst during the night.") is still taken for a caption.
bool LooksLikeCaption(std::string_view sentence);

}  // namespace concord::text

#endif  // CONCORD_TEXT_CAPTION_H_
