// Internal to src/clean; use include/concord/clean.h instead.
//
// The noise rules, one function per family. FindNoise (noise.cc) splits the
// text into lines, asks ClassifyLine about each whole line, lets the context
// rules (archive banners that run on, headline runs after a "Related" header
// or at the end of the article) extend what it found, and asks FindInlineNoise
// about the parts of the lines it keeps.
#ifndef CONCORD_SRC_CLEAN_RULES_H_
#define CONCORD_SRC_CLEAN_RULES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace concord::internal::clean {

// Rule names, as documented in include/concord/clean.h.
inline constexpr std::string_view kHovercard = "hovercard";
inline constexpr std::string_view kRelatedLinks = "related-links";
inline constexpr std::string_view kArchiveBanner = "archive-banner";
inline constexpr std::string_view kSocialEmbed = "social-embed";
inline constexpr std::string_view kAdvertisement = "advertisement";
inline constexpr std::string_view kShareSubscribe = "share-subscribe";
inline constexpr std::string_view kCopyright = "copyright";
inline constexpr std::string_view kPhotoCredit = "photo-credit";
inline constexpr std::string_view kByline = "byline";
inline constexpr std::string_view kPageChrome = "page-chrome";
inline constexpr std::string_view kDateline = "dateline";

// A noise span inside one line; offsets are relative to that line.
struct Hit {
  size_t start = 0;
  size_t end = 0;
  std::string_view rule;
  bool inline_span = false;
};

// Cheap facts about a line, gathered in one pass over its bytes, that let
// the rules skip their searches on ordinary prose.
struct LineFeatures {
  bool crawl = false;        // "craw" in any case (crawl, crawler)
  bool archive = false;      // "archiv" in any case (archive, archival)
  bool handle = false;       // "(@"
  bool pic_link = false;     // "pic.twitter.com/"
  bool post_shared = false;  // "A post shared by "
  bool more = false;         // "MORE" in capitals
  bool subscribe = false;    // "inbox", "sig", "subscri", "newsletter"
  bool reserved = false;     // "reserv" in any case
};
LineFeatures ScanLine(std::string_view line);  // line_features.cc

// ---- Whole lines ---------------------------------------------------------
// Each takes one trimmed, non-empty line and says whether the whole of it is
// noise of its family.

// The rule whose noise the whole `line` is, or "" when it is not noise.
// Tries the families below in a fixed order.
std::string_view ClassifyLine(std::string_view line,
                              const LineFeatures& features);

bool IsAdvertisementLine(std::string_view line);     // chrome_lines.cc
bool IsShareSubscribeLine(std::string_view line,
                          const LineFeatures& features);  // chrome_lines.cc
bool IsCopyrightLine(std::string_view line,
                     const LineFeatures& features);  // chrome_lines.cc
bool IsBylineLine(std::string_view line);            // chrome_lines.cc
bool IsPageChromeLine(std::string_view line);        // chrome_lines.cc
bool IsRelatedLinkLine(std::string_view line);       // related_links.cc
bool IsPhotoCreditLine(std::string_view line);       // media_lines.cc
bool IsSocialEmbedLine(std::string_view line);       // media_lines.cc
bool IsArchiveBannerLine(std::string_view line);     // archive_banner.cc

// ---- Context -------------------------------------------------------------

// True when `line`, which follows an archive banner, still belongs to it
// (crawl vocabulary, "Key: value" metadata, "- item" lists).
bool ContinuesArchiveBanner(std::string_view line);

// True for a header that introduces a list of links ("Related Links",
// "ALSO:", "More:"), with nothing else on the line.
bool IsRelatedHeader(std::string_view line);

// True when `line` has the shape of a headline: a few words, capitalised,
// no final punctuation, one sentence at most.
bool LooksLikeHeadline(std::string_view line);

// ---- Inside kept lines ---------------------------------------------------

// The bytes of the dateline that opens `line` (trimmed) with the dash and
// spaces after it ("FERGUSON, Mo. -- " of "FERGUSON, Mo. -- Attorney
// General Eric Holder said ..."), or 0 when it opens with none
// (dateline.cc). FindNoise asks it about the first line of prose only.
size_t DatelineEnd(std::string_view line);

// Appends to `hits` the noise inside `line` (trimmed): hovercards, tweet and
// Instagram bylines, pic.twitter.com links, photo credits glued to the end
// of a caption. Hits are in line order and do not overlap.
void FindInlineNoise(std::string_view line, const LineFeatures& features,
                     std::vector<Hit>* hits);

// Hovercards only (hovercard.cc); appends in line order.
void FindHovercards(std::string_view line, std::vector<Hit>* hits);

// Social bylines and links (media_lines.cc); appends in any order.
void FindSocialTails(std::string_view line, std::vector<Hit>* hits);

// Photo credits at the end of or inside a line (media_lines.cc).
void FindCreditTails(std::string_view line, std::vector<Hit>* hits);

}  // namespace concord::internal::clean

#endif  // CONCORD_SRC_CLEAN_RULES_H_
