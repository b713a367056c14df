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
// no verb a reader would see: no auxiliary or verb of a short list (is,
// said, took, swept, want, gather...), no lower-case word (or first word)
// ending in "-ed" or (as a present-tense verb or a plural subject may)
// "-s", no pronoun or plural subject of a short list (they, people,
// police), no word with an apostrophe (a contraction) and no quotation
// mark. A plural noun reads as a verb here, so a caption with one is missed
// rather than a sentence taken for a caption; a verb missing from the lists
// after a subject without "-s" ("The dog yelped"... is caught by "-ed", but
// "The team play Chelsea" needs "team") is the way it still misfires.
bool LooksLikeCaption(std::string_view sentence);

}  // namespace concord::text

#endif  // CONCORD_TEXT_CAPTION_H_
