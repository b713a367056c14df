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

// True for a sentence of four or more words that ends with a period and has
// no verb a reader would see: no auxiliary or verb of a short list
// (is, said, took, want...), no lower-case word ending in "-ed", "-n't" or
// (as a present-tense verb may) "-s", no pronoun that could be a subject
// and no quotation mark. A plural noun reads as a verb here, so a caption
// with one is missed rather than a sentence taken for a caption.
bool LooksLikeCaption(std::string_view sentence);

}  // namespace concord::text

#endif  // CONCORD_TEXT_CAPTION_H_
