// Extraction: the article inside a raw HTML page (its text, title, byline,
// date, outlet and language), as readers and apps have pages, not text.
//
// The page's bytes are decoded to UTF-8 (BOM, <meta charset> or http-equiv,
// else a detection; iconv converts), parsed by an HTML5 parser (gumbo), the
// boilerplate is removed (scripts, navigation, headers and footers, ads,
// comment sections, cookie banners, related links, share widgets, hidden
// elements) and the block of the page that holds the most running text is
// taken. Its text keeps one blank line between paragraphs and puts headings,
// list items and block quotes on lines of their own. docs/extract.md explains
// the algorithm and its measured quality.
//
//   concord::extract::Page page = concord::extract::ExtractPage(bytes, url);
//   if (page.text.empty()) Warn(page.warnings);
//   else Use(page.title, page.text);
//
// Extraction never fails: a page that holds no article (binary data, no
// body, nothing but navigation) gives an empty `text` and a warning.
//
// Thread safety: thread-safe (no shared state); pages may be extracted on
// many threads at once.
#ifndef CONCORD_EXTRACT_H_
#define CONCORD_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/status.h"

namespace concord::extract {

struct ExtractOptions {
  // Behaviour
  // Pages longer than this are cut here with a warning before decoding and
  // parsing: it bounds the memory (the parser's tree takes several times
  // the bytes it parses). Default 16 MiB: real article pages are far
  // smaller; larger ones are almost always inlined data.
  size_t max_html_bytes = size_t{16} << 20;
  // Elements nested deeper than this are cut (with a warning): the HTML5
  // tree builder's work grows with the square of the depth of open
  // elements. Default 1000; real pages stay below 100.
  size_t max_depth = 1000;
};

// One extracted page. Every string is valid UTF-8 and may be empty.
struct Page {
  std::string url;        // as given, else the page's canonical/og:url
  std::string title;      // the article's headline
  std::string author;     // bylines joined by ", "
  std::string published;  // ISO 8601 (date, or date and time) when found
  std::string site;       // og:site_name, publisher name, else the host
  std::string language;   // e.g. "en", from <html lang> or meta
  std::string charset;    // the charset the bytes were decoded from
  std::string text;       // the article body; empty when none was found
  // Why something is missing or was changed: "no article text found",
  // "binary data", "page cut at 16 MiB", "unknown charset 'x'"...
  std::vector<std::string> warnings;
};

// Extracts the article of one page. `url` (may be empty) gives the host
// when the page names no site.
Page ExtractPage(std::string_view bytes, std::string_view url = {},
                 const ExtractOptions& options = {});

// The bytes decoded to UTF-8: a BOM decides; else bytes that are valid
// UTF-8 are UTF-8; else the <meta charset> or http-equiv Content-Type in the
// head of the first 32 KiB (read by the HTML parser); else, or when iconv
// does not know the declared name, ICU's detection (windows-1252 when it
// has no guess). Bytes that cannot be converted become U+FFFD. `charset`
// receives the name used; notes on wrong or unknown declarations are
// appended to `warnings`.
std::string DecodeToUtf8(std::string_view bytes, std::string* charset,
                         std::vector<std::string>* warnings);

// True when `bytes` start with the gzip magic (1f 8b).
bool LooksGzipped(std::string_view bytes);

// The bytes inflated from gzip (several members are concatenated). Fails
// with a message naming `name` when the data is not gzip, is corrupt or
// truncated, or inflates past `max_bytes`.
Result<std::string> Gunzip(std::string_view bytes, const std::string& name,
                           size_t max_bytes = size_t{512} << 20);

// The host of `url` without "www." ("" when it has none).
std::string HostOf(std::string_view url);

}  // namespace concord::extract

#endif  // CONCORD_EXTRACT_H_
