// Scraper-noise detection: what a web scraper glues into article text that
// is not part of the article.
//
// FindNoise returns the spans to drop, each with the rule that found it, so
// that `--explain` can show every removal. The rules are general (shape and
// vocabulary of the noise), never strings of particular articles:
//   hovercard       a name glued to a run of unrelated headlines ending in
//                   "MORE" ("John KerryJohn Forbes KerryMellman: ... MORE said")
//   related-links   trailing lines of headlines without final punctuation
//   archive-banner  web-archive boilerplate ("Starting in 1996, Alexa
//                   Internet has been donating...", "Focused crawls are...",
//                   "The seed for ... was:")
//   social-embed    "Tweet with a location" and other embed chrome
//   advertisement   "Advertisement" and similar one-word lines
//   share-subscribe share / subscribe / sign-up / follow-us lines
//   copyright       "Copyright 2014 ...", "(c) ... All rights reserved"
//   photo-credit    photo credits and captions glued to text
//
//   std::vector<concord::clean::Removal> noise =
//       concord::clean::FindNoise(article.text);
//
// Thread safety: thread-safe.
#ifndef CONCORD_CLEAN_H_
#define CONCORD_CLEAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::clean {

struct Removal {
  size_t start = 0;  // byte offsets into the text given to FindNoise
  size_t end = 0;
  std::string rule;  // one of the rule names above
  // True when the removed text sat inside a sentence (a hovercard): the
  // text around it is joined with one space. Otherwise the removal ends the
  // paragraph it was in.
  bool inline_span = false;
};

struct CleanOptions {
  // Behaviour
  bool enabled = true;  // false: FindNoise returns nothing
};

// Returns the noise spans of `text` (valid UTF-8), sorted by start,
// non-overlapping, each non-empty. Never fails.
std::vector<Removal> FindNoise(std::string_view text,
                               const CleanOptions& options = {});

}  // namespace concord::clean

#endif  // CONCORD_CLEAN_H_
