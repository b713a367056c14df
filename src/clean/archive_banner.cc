// Web-archive banners: the text a web archive shows about its own crawls,
// which scrapers that read pages through the archive keep as if it were the
// article ("Starting in 1996, Alexa Internet has been donating their crawl
// data to the Internet Archive...", "Focused crawls are collections of
// frequently-updated webcrawl data...", "The seed for this crawl was...",
// "The seed for Wide00014 was:").
//
// A paragraph is a banner when it speaks of crawling in the archive's own
// vocabulary. We count the distinct archive terms it holds (Internet
// Archive, Wayback, Alexa, seed, WARC, Heritrix, Archive-It, URLs, captures,
// webcrawl, collection, domain, robots.txt, embargo) and add one when a
// crawl word appears twice or more. A paragraph with a crawl word needs a
// score of 2 (1 when it opens as a collection description: "Crawl of ...",
// "This collection ..."); one without needs 3. Paragraphs that quote
// someone (" said", " says", " told ") are news about the archive,
// not its banner, and are kept. "The seed for X was:" is a banner by shape.
//
// The metadata that follows a banner ("Crawl start date: ...", "- Slash
// pages from every domain on the web:", "-- up to a maximum of 100 ...")
// is taken with it by ContinuesArchiveBanner, which noise.cc applies only to
// lines right after a banner line.
//
// Cost: one case-sensitive find of "rawl" per line; the term counts run only
// on lines that have a crawl word or an "Archive" in them.
#include <string_view>

#include "clean/rules.h"
#include "clean/scan.h"

namespace concord::internal::clean {
namespace {

// Number of words that start with "crawl"/"Crawl"/"CRAWL" or contain
// "webcrawl".
size_t CountCrawlWords(std::string_view line) {
  size_t count = 0;
  for (size_t pos = Find(line, "rawl"); pos != std::string_view::npos;
       pos = Find(line, "rawl", pos + 4)) {
    if (pos > 0 && (line[pos - 1] == 'c' || line[pos - 1] == 'C')) ++count;
  }
  for (size_t pos = Find(line, "RAWL"); pos != std::string_view::npos;
       pos = Find(line, "RAWL", pos + 4)) {
    if (pos > 0 && line[pos - 1] == 'C') ++count;
  }
  return count;
}

size_t ArchiveTerms(std::string_view line) {
  size_t score = 0;
  for (std::string_view term :
       {"internet archive", "wayback", "alexa", "seed", "warc", "heritrix",
        "archive-it", "urls", "captures", "webcrawl", "web crawl",
        "collection", "domain", "robots.txt", "embargo"}) {
    if (ContainsI(line, term)) ++score;
  }
  return score;
}

bool QuotesSomeone(std::string_view line) {
  return Find(line, " said") != std::string_view::npos ||
         Find(line, " told ") != std::string_view::npos ||
         Find(line, " says") != std::string_view::npos;
}

}  // namespace

bool IsArchiveBannerLine(std::string_view line) {
  if (StartsWithI(line, "the seed for ") && line.size() <= 80 &&
      EndsWithI(line, "was:")) {
    return true;
  }
  const size_t crawl = CountCrawlWords(line);
  if (crawl == 0 && Find(line, "rchive") == std::string_view::npos &&
      Find(line, "RCHIVE") == std::string_view::npos) {
    return false;
  }
  if (QuotesSomeone(line)) return false;
  const size_t score = ArchiveTerms(line) + (crawl >= 2 ? 1 : 0);
  if (crawl > 0) {
    if (score >= 2) return true;
    return score >= 1 &&
           StartsWithAnyI(line, {"crawl", "this collection", "these crawls",
                                 "focused crawls", "web wide crawl"});
  }
  return score >= 3 && line.size() <= 600;
}

bool ContinuesArchiveBanner(std::string_view line) {
  if (CountCrawlWords(line) > 0 || ArchiveTerms(line) > 0) return true;
  if (line.size() > 100) return false;
  if (line.front() == '-' || line.back() == ':') return true;
  const size_t colon = Find(line, ": ");
  return colon != std::string_view::npos && colon <= 40;
}

}  // namespace concord::internal::clean
