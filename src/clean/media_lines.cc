// Media chrome: photo credits and captions, and the chrome of embedded
// tweets, Instagram posts and videos.
//
// Photo credits come in three shapes:
//   - a line of their own that starts with a credit label ("Image copyright
//     Getty Images", "Photo: Jane Doe", "Image caption ...", "Media playback
//     is unsupported on your device") or consists of a credit ("Jane
//     Doe/Getty Images", "NFL via Getty Images");
//   - a caption line: "FILE - In this May 1, 2014, photo ..." or "In this
//     photo ..." or a caption cut short with "... (Associated Press)";
//   - a credit glued to the end of a caption or a paragraph: "...in 2014.
//     (Photo: Jane Doe, AP)", "...May 30. REUTERS/Jane Doe", "... | Getty",
//     "(Jane Doe/The Daily Planet)", or in the middle of one "(AP Photo/
//     Jane Doe)". Only the credit is removed; the sentence before it stays.
// A credit is recognised by its label (photo, image, picture, credit, AP
// Photo, Getty, Reuters, AFP, EPA, via ...), or by the "Name/Outlet" shape:
// a capitalised name, a slash, a capitalised outlet, all short.
//
// Embeds: Twitter's "Tweet with a location ... Learn more" help text, the
// "Add this Tweet to your website" box, the byline that ends an embedded
// tweet ("— Jane Doe (@janedoe) June 5, 2014"), Instagram's "A post shared
// by Jane Doe (@janedoe) on Jun 20, 2017 at 10:33am PDT", and pic.twitter.com
// links. The tweet's own words are kept: they are what someone said.
//
// Cost: whole-line tests are prefix compares on short lines; the inline
// searches are std::string_view::find for "(@", "pic.twitter.com/", "A post
// shared by" and "(" near the end of the line, each linear.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean/rules.h"
#include "clean/scan.h"

namespace concord::internal::clean {
namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";  // U+2014
constexpr std::string_view kEnDash = "\xE2\x80\x93";  // U+2013
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// "Jane Doe/Getty Images", "REUTERS/Jane Doe/File Photo": short, a slash
// between two capitalised parts, no sentence punctuation.
bool IsNameSlashOutlet(std::string_view text) {
  if (text.size() < 5 || text.size() > 70) return false;
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= text.size()) {
    return false;
  }
  if (!IsUpperAscii(text[0]) || !IsUpperAscii(text[slash + 1])) return false;
  if (text[slash - 1] == ' ') return false;
  if (CountWords(text) > 8) return false;
  for (char c : text) {
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '"' ||
        IsDigitAscii(c) || c == ':') {
      return false;
    }
  }
  return true;
}

// The words inside a credit "( ... )" at the end of a caption.
bool IsCreditParen(std::string_view inner) {
  inner = Trim(inner);
  if (inner.empty() || inner.size() > 90) return false;
  if (StartsWithAnyI(inner, {"photo:", "photo by", "photos:", "photo credit",
                             "photo courtesy", "photograph", "ap photo",
                             "image:", "image by", "image credit",
                             "image courtesy", "image via", "getty",
                             "reuters", "afp", "epa", "credit:", "picture:",
                             "pictures:", "courtesy of", "file photo",
                             "screenshot", "screen grab", "screengrab",
                             "via facebook", "via twitter", "via instagram",
                             "via youtube", "via ap", "via getty",
                             "shutterstock", "istock"})) {
    return true;
  }
  return IsNameSlashOutlet(inner);
}

// An unbracketed credit after the last sentence of a line.
bool IsCreditText(std::string_view text) {
  text = Trim(text);
  if (text.size() < 3 || text.size() > 80 || CountWords(text) > 10) {
    return false;
  }
  if (text.back() == '.') text.remove_suffix(1);
  if (Find(text, ". ") != std::string_view::npos) return false;
  if (StartsWithAnyI(text, {"ap photo", "reuters/", "photo:", "photos:",
                            "image:", "photograph:", "picture:", "credit:",
                            "getty images", "afp/", "afp photo", "photo by ",
                            "photograph by ", "photo credit", "epa/",
                            "file photo", "image copyright", "image courtesy",
                            "photo courtesy", "source: getty"})) {
    return true;
  }
  if (EqualsI(text, "getty") || EqualsI(text, "ap") || EqualsI(text, "reuters")) {
    return true;
  }
  if (StartsWithI(text, "credit ") && text.find('/') != std::string_view::npos) {
    return true;
  }
  if (EndsWithI(text, "getty images") || EndsWithI(text, "/ap") ||
      EndsWithI(text, "/reuters") || EndsWithI(text, "/afp") ||
      EndsWithI(text, "via ap") || EndsWithI(text, "/file photo") ||
      EndsWithI(text, "/epa") || EndsWithI(text, "/ap images") ||
      EndsWithI(text, "/shutterstock")) {
    return IsNameSlashOutlet(text) || EndsWithI(text, "via getty images") ||
           EndsWithI(text, "via ap") || EqualsI(text, "getty images");
  }
  return false;
}

bool IsMonth(std::string_view word) {
  for (std::string_view month :
       {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec"}) {
    if (EqualsI(word, month) ||
        (word.size() == month.size() + 1 && word.back() == '.' &&
         StartsWithI(word, month))) {
      return true;
    }
  }
  return false;
}

// If `text` starts with a date "June 5, 2014" (optionally preceded by
// "on "), returns its length; else 0.
size_t MatchDate(std::string_view text) {
  size_t pos = 0;
  if (StartsWithI(text, "on ")) pos = 3;
  const size_t space = text.find(' ', pos);
  if (space == std::string_view::npos || !IsMonth(text.substr(pos, space - pos))) {
    return 0;
  }
  pos = space + 1;
  size_t digits = 0;
  while (pos < text.size() && IsDigitAscii(text[pos]) && digits < 2) {
    ++pos;
    ++digits;
  }
  if (digits == 0 || pos + 6 > text.size() || text[pos] != ',' ||
      text[pos + 1] != ' ') {
    return 0;
  }
  pos += 2;
  for (int i = 0; i < 4; ++i) {
    if (!IsDigitAscii(text[pos + i])) return 0;
  }
  return pos + 4;
}

// Offset of a dash that opens a tweet byline, searching back from `before`
// at most 90 bytes; npos when there is none.
size_t BylineDash(std::string_view line, size_t before) {
  const size_t floor = before > 90 ? before - 90 : 0;
  for (size_t i = before; i > floor; --i) {
    const size_t at = i - 1;
    if (line.substr(at).starts_with(kEmDash) ||
        line.substr(at).starts_with(kEnDash)) {
      return at;
    }
    if (line[at] == '-' && (at + 1 < line.size() && line[at + 1] == ' ') &&
        (at == 0 || line[at - 1] == ' ' || line[at - 1] == '-')) {
      return (at > 0 && line[at - 1] == '-') ? at - 1 : at;
    }
  }
  return std::string_view::npos;
}

// End of the non-space run that starts at `pos`.
size_t TokenEnd(std::string_view line, size_t pos) {
  while (pos < line.size() && !IsSpaceAscii(line[pos])) ++pos;
  return pos;
}

void AddHit(std::string_view line, size_t start, size_t end,
            std::string_view rule, std::vector<Hit>* hits) {
  // Extend over trailing spaces when the hit is inline, so that the text
  // around it is joined by exactly one space.
  const bool at_end = Trim(line.substr(end)).empty();
  if (at_end) end = line.size();
  hits->push_back(Hit{start, end, rule, !at_end && start > 0});
}

}  // namespace

bool IsPhotoCreditLine(std::string_view line) {
  if (line.size() > 600) return false;
  if (StartsWithAnyI(line, {"image copyright", "image caption", "media caption",
                            "media playback is unsupported",
                            "enlarge this image", "toggle caption",
                            "hide caption", "photo:", "photo by ",
                            "photograph by ", "photograph:",
                            "photo illustration", "photo credit",
                            "photo courtesy", "image:", "image via ",
                            "image by ", "image credit", "image zoom",
                            "source: getty", "slideshow (", "file photo:",
                            "[image", "[featured image", "[photo", "(photo",
                            "(image", "ap photo/", "credit:", "picture:",
                            "pictured:", "caption:", "view gallery"})) {
    return line.size() <= 400;
  }
  if (EqualsI(line, "photo") || EqualsI(line, "photos") || EqualsI(line, "image")) {
    return true;
  }
  // AP captions: "FILE - In this May 1, 2014, file photo, ...".
  if (StartsWithAnyI(line, {"file - ", "file -- ", "file photo - "}) ||
      StartsWithI(line, std::string("file ").append(kEmDash)) ||
      StartsWithI(line, std::string("file ").append(kEnDash))) {
    return true;
  }
  // "In this photo ...", "In this image released by ..." when the line also
  // ends like a caption (a credit, or cut short with "...").
  bool caption_end = false;
  if (line.back() == ')') {
    const size_t open = line.rfind('(');
    if (open != std::string_view::npos) {
      const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
      std::string_view before = Trim(line.substr(0, open));
      const bool cut = before.ends_with("...") || before.ends_with(kEllipsis);
      if (cut && (EqualsI(inner, "associated press") || EqualsI(inner, "ap") ||
                  IsCreditParen(inner))) {
        return true;  // "... the premiere... (Associated Press)"
      }
      caption_end = IsCreditParen(inner);
    }
  }
  if (StartsWithI(line, "in this ") &&
      ContainsAnyI(line.substr(0, 70), {"photo", "image", "picture"})) {
    return caption_end || line.ends_with("...") || line.ends_with(kEllipsis);
  }
  return line.size() <= 80 && IsCreditText(line);
}

bool IsSocialEmbedLine(std::string_view line) {
  if (line.size() > 500) return false;
  if (StartsWithAnyI(line, {"tweet with a location",
                            "add a location to your tweets",
                            "you can add location information to your tweets",
                            "when you tweet with a location",
                            "add this tweet to your website",
                            "add this video to your website",
                            "embed this tweet", "embed this video",
                            "view this post on instagram", "a post shared by",
                            "view on instagram", "view on twitter",
                            "view on facebook"})) {
    return true;
  }
  if (EqualsI(line, "play facebook") || EqualsI(line, "play twitter") ||
      EqualsI(line, "play video") || EqualsI(line, "learn more")) {
    return true;
  }
  // A tweet byline on a line of its own: "— Jane Doe (@janedoe) June 5, 2014".
  if ((line.starts_with(kEmDash) || line.starts_with("- ")) &&
      Find(line, "(@") != std::string_view::npos) {
    std::vector<Hit> hits;
    FindSocialTails(line, &hits);
    return !hits.empty() && hits.front().start == 0 &&
           hits.front().end == line.size();
  }
  return false;
}

void FindSocialTails(std::string_view line, std::vector<Hit>* hits) {
  // Tweet bylines: "— Name (@handle) Month D, YYYY".
  size_t search = 0;
  while (true) {
    const size_t at = Find(line, "(@", search);
    if (at == std::string_view::npos) break;
    search = at + 2;
    size_t pos = at + 2;
    while (pos < line.size() && (IsAlphaAscii(line[pos]) ||
                                 IsDigitAscii(line[pos]) || line[pos] == '_')) {
      ++pos;
    }
    if (pos == at + 2 || pos >= line.size() || line[pos] != ')') continue;
    ++pos;
    while (pos < line.size() && line[pos] == ' ') ++pos;
    const size_t date = MatchDate(line.substr(pos));
    if (date == 0) continue;
    const size_t dash = BylineDash(line, at);
    if (dash == std::string_view::npos) continue;
    AddHit(line, dash, pos + date, kSocialEmbed, hits);
    search = pos + date;
  }
  // Instagram: "A post shared by Name (@handle) on Jun 20, 2017 at 10:33am PDT".
  const size_t shared = Find(line, "A post shared by ");
  if (shared != std::string_view::npos &&
      Find(line, "(@", shared) != std::string_view::npos) {
    hits->push_back(Hit{shared, line.size(), kSocialEmbed, false});
  }
  // pic.twitter.com/abc links.
  search = 0;
  while (true) {
    const size_t at = Find(line, "pic.twitter.com/", search);
    if (at == std::string_view::npos) break;
    const size_t end = TokenEnd(line, at);
    AddHit(line, at, end, kSocialEmbed, hits);
    search = end;
  }
}

void FindCreditTails(std::string_view line, std::vector<Hit>* hits) {
  // Credits in brackets in the middle of a line: "(AP Photo/Jane Doe)".
  size_t search = 0;
  while (true) {
    const size_t at = line.find('(', search);
    if (at == std::string_view::npos) break;
    search = at + 1;
    const std::string_view rest = line.substr(at + 1);
    if (!StartsWithAnyI(rest, {"ap photo", "photo:", "photo by", "image:",
                               "photo credit", "getty images", "reuters/",
                               "afp/", "afp photo", "epa/"})) {
      continue;
    }
    const size_t close = line.find(')', at);
    if (close == std::string_view::npos || close - at > 90) continue;
    AddHit(line, at, close + 1, kPhotoCredit, hits);
    search = close + 1;
  }
  // A credit at the very end: "(Jane Doe/The Daily Planet)".
  if (line.back() == ')') {
    const size_t open = line.rfind('(');
    if (open != std::string_view::npos && open > 0 &&
        (hits->empty() || hits->back().end <= open) &&
        IsCreditParen(line.substr(open + 1, line.size() - open - 2))) {
      AddHit(line, open, line.size(), kPhotoCredit, hits);
      return;
    }
  }
  // An unbracketed credit after the last sentence: ". REUTERS/Jane Doe",
  // ". Photo: Jane Doe", " | Getty".
  if (line.size() < 8) return;
  const size_t floor = line.size() > 90 ? line.size() - 90 : 0;
  for (size_t i = line.size() - 2; i > floor; --i) {
    const bool sentence_end =
        (line[i] == ' ' && (line[i - 1] == '.' || line[i - 1] == '|' ||
                            line[i - 1] == '"' || line[i - 1] == ')'));
    if (!sentence_end) continue;
    size_t start = i + 1;
    if (line[i - 1] == '|') start = i - 1;
    const std::string_view tail = line.substr(i + 1);
    if (IsCreditText(tail)) {
      // Step back over the space(s) before the credit.
      if (hits->empty() || hits->back().end <= start) {
        AddHit(line, start, line.size(), kPhotoCredit, hits);
      }
    }
    break;  // only the last sentence boundary is considered
  }
}

void FindInlineNoise(std::string_view line, const LineFeatures& features,
                     std::vector<Hit>* hits) {
  const size_t first = hits->size();
  if (features.more) FindHovercards(line, hits);
  if (features.handle || features.pic_link || features.post_shared) {
    FindSocialTails(line, hits);
  }
  FindCreditTails(line, hits);
  // Sort this line's hits and drop overlaps (keep the earlier, longer one).
  std::vector<Hit> mine(hits->begin() + static_cast<std::ptrdiff_t>(first),
                        hits->end());
  hits->resize(first);
  std::sort(mine.begin(), mine.end(), [](const Hit& a, const Hit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  for (const Hit& hit : mine) {
    if (hit.end <= hit.start) continue;
    if (hits->size() > first && hit.start < hits->back().end) continue;
    hits->push_back(hit);
  }
}

}  // namespace concord::internal::clean
