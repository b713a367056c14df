// Scraper-noise detection: what a web scraper glues into article text that
// is not part of the article.
//
// FindNoise returns the spans to drop, each with the rule that found it, so
// that `--explain` can show every removal. The rules are general (shape and
// vocabulary of the noise), never strings of particular articles. Most judge
// a whole line (a paragraph); the ones marked "inline" cut a piece out of a
// line that is otherwise kept.
//   hovercard       inline: a name glued to the person's full name and a run
//                   of unrelated headlines ending in "MORE" ("John KerryJohn
//                   Forbes KerryMellman: ... MORE said" -> "John Kerry said")
//   related-links   link labels ("RELATED: ...", "Read more:", "WATCH: ...",
//                   "[Other headline]"), headlines after a "Related Links" /
//                   "ALSO:" header, and a trailing run of two or more
//                   headline lines (no final punctuation) ending the article
//   archive-banner  web-archive boilerplate ("Starting in 1996, Alexa
//                   Internet has been donating...", "Focused crawls are...",
//                   "The seed for ... was:") and the crawl metadata after it
//   social-embed    "Tweet with a location" help text, "Add this Tweet to
//                   your website", "Play Facebook"; inline: tweet bylines
//                   "— Jane Doe (@jdoe) June 5, 2014", Instagram "A post
//                   shared by ...", pic.twitter.com links
//   advertisement   "Advertisement", "Story continues below advertisement",
//                   "Sponsored" and similar marker lines
//   share-subscribe share / follow / sign-up / newsletter / "Email this"
//                   lines and reporter contact lines ("Follow X on Twitter")
//   copyright       "Copyright 2014 ...", "© 2016 ...", "(c) 2016 ...",
//                   "... All rights reserved." notices
//   photo-credit    credit and caption lines ("Image copyright ...", "Photo:
//                   ...", "FILE - In this ... photo", captions cut short with
//                   "... (Associated Press)"); inline: credits glued to text
//                   ("(AP Photo/Jane Doe)", ". REUTERS/Jane Doe", "| Getty")
//   byline          "By Jane Doe[, Title]" lines, datelines ("Published on
//                   May 3, 2015", "Updated at 9:23 a.m.") and wire credits
//                   ("(Reporting by Jane Doe; Editing by John Roe)")
//   page-chrome     widgets and notices of the page: separators ("___"),
//                   "Text Size", "Please enable Javascript ...", "This
//                   article was originally published ...", 404 notices
//   dateline        the place (with its state, a wire's day, a news agency)
//                   and dash that open the report's first line of prose
//                   ("WASHINGTON — ", "FERGUSON, Mo. -- ", "PORT ALDER,
//                   March 14 (Northcoast Wire) - "); the line's text stays
// Precision comes first: a line that reports speech (" said") or is long
// is prose and kept, so some noise survives rather than any article text
// being lost. Cost: linear, about 130 MB/s on news text.
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
