// Related links: the headlines of other stories that a page lists beside or
// after the article ("RELATED: ...", "Read more: ...", a bracketed
// "[Other story headline]", or a bare run of headlines at the very end).
//
// A single line is a related link when it starts with a link label
// ("Related:", "READ MORE:", "WATCH:", "More:") or is a bracketed headline.
// Bare headlines cannot be told from a subtitle one line at a time, so
// noise.cc judges them in context with LooksLikeHeadline: after a header
// such as "Related Links" or "ALSO:", or as a trailing run of at least two
// at the end of the article, after a line of prose.
//
// A headline here is a line of 3 to 25 words and at most 160 bytes that
// starts with a capital, a digit or a quote and does not end like a
// sentence (no final . ! ? : ;). Questions are refused on purpose: an
// article can end on a question, and losing it is worse than keeping a
// link.
#include <string_view>

#include "clean/rules.h"
#include "clean/scan.h"

namespace concord::internal::clean {

bool IsRelatedHeader(std::string_view line) {
  if (line.size() > 40) return false;
  std::string_view key = line;
  while (!key.empty() && (key.back() == ':' || key.back() == ' ' ||
                          key.back() == '-' || key.back() == '.')) {
    key.remove_suffix(1);
  }
  for (std::string_view header :
       {"related", "related links", "related stories", "related articles",
        "related content", "related coverage", "related news", "read more",
        "more", "also", "see also", "also read", "more stories",
        "more from", "most popular", "most read", "trending", "trending now",
        "recommended", "you may also like", "you might also like",
        "more on this story", "read next", "what to read next", "top stories",
        "more news", "further reading", "also on", "read this next",
        "related video", "related videos", "related photos", "more coverage",
        "previously", "earlier", "more to read", "keep reading"}) {
    if (EqualsI(key, header)) return true;
  }
  return false;
}

bool LooksLikeHeadline(std::string_view line) {
  if (line.size() < 12 || line.size() > 160) return false;
  const unsigned char first = static_cast<unsigned char>(line[0]);
  if (!(IsUpperAscii(line[0]) || IsDigitAscii(line[0]) || line[0] == '"' ||
        line[0] == '\'' || first >= 0x80)) {
    return false;
  }
  if (EndsSentence(line) || line.back() == ',' || line.back() == '-') {
    return false;
  }
  const size_t words = CountWords(line);
  if (words < 3 || words > 25) return false;
  // One sentence at most: ". X" with a capital X starts a second one
  // (initials such as "U.S. troops" are followed by lower case).
  for (size_t i = 0; i + 2 < line.size(); ++i) {
    if ((line[i] == '.' || line[i] == '!' || line[i] == '?') &&
        line[i + 1] == ' ' && IsUpperAscii(line[i + 2]) &&
        !(i >= 2 && line[i - 2] == '.') && !(i >= 1 && IsUpperAscii(line[i - 1]) &&
                                              (i < 2 || line[i - 2] == ' '))) {
      return false;
    }
  }
  return true;
}

bool IsRelatedLinkLine(std::string_view line) {
  if (line.size() > 300) return false;
  if (IsRelatedHeader(line)) return true;
  if (StartsWithAnyI(line, {"related:", "read more:", "more:", "also:",
                            "also read:", "see also:", "see also ",
                            "watch:", "photos:", "video:", "read more about:",
                            "read:", "recommended:", "trending:",
                            "related video:", "related photos:",
                            "more from ", "more on this"})) {
    return true;
  }
  // Rolling Stone style: "Related Watch 'X' Creator Explain ..." (a label,
  // then a headline and a dek without a final full stop).
  if (line.starts_with("Related ") && line.size() > 8 &&
      (IsUpperAscii(line[8]) || line[8] == '\'' || line[8] == '"') &&
      !EndsSentence(line)) {
    return true;
  }
  // "[Headline of another story]" on a line of its own.
  if (line.size() <= 200 && line.front() == '[' && line.back() == ']' &&
      CountWords(line) >= 3) {
    const std::string_view inner = line.substr(1, line.size() - 2);
    if (inner.find('[') == std::string_view::npos &&
        inner.find(". ") == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace concord::internal::clean
