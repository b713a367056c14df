// List shapes for the sentence splitter (see list_items.h).
#include "text/list_items.h"

#include "text/sentence_words.h"

namespace concord::internal {

size_t BulletLength(std::string_view text, size_t pos) {
  if (pos + 3 > text.size() || text[pos] != '\xE2') return 0;
  const std::string_view three = text.substr(pos, 3);
  if (three == "\xE2\x80\xA2" ||  // • bullet
      three == "\xE2\x80\xA3" ||  // ‣ triangular bullet
      three == "\xE2\x81\x83" ||  // ⁃ hyphen bullet
      three == "\xE2\x97\xA6" ||  // ◦ white bullet
      three == "\xE2\x96\xAA") {  // ▪ small black square
    return 3;
  }
  return 0;
}

bool ParseListMarker(std::string_view text, size_t pos, ListMarker* marker) {
  const size_t n = text.size();
  size_t p = pos;
  ListMarker found;
  const bool parenthesised = p < n && text[p] == '(';  // "(a)", "(2)"
  if (parenthesised) ++p;
  const size_t first = p;
  if (p < n && IsDigit(text[p])) {
    while (p < n && IsDigit(text[p]) && p - first < 3) {
      found.value = found.value * 10 + (text[p] - '0');
      ++p;
    }
    if (p - first > 2) return false;
  } else if (p < n && IsAsciiLetter(text[p])) {
    found.letter = true;
    size_t q = p;
    while (q < n && q - p < 6 && IsAsciiLetter(text[q])) ++q;
    found.roman = RomanNumeralValue(text.substr(p, q - p));
    if (q - p == 1) {
      found.value = (text[p] | 0x20) - 'a' + 1;
    } else if (found.roman == 0) {
      return false;
    }
    p = q;
  } else {
    return false;
  }
  if (parenthesised) {
    if (p >= n || text[p] != ')') return false;
    ++p;
    found.style = 'q';
  } else if (p < n && text[p] == '.') {
    ++p;
    found.style = '.';
    if (p < n && text[p] == ')') {
      ++p;
      found.style = 'p';
    }
  } else if (p < n && text[p] == ')') {
    ++p;
    found.style = ')';
  } else {
    return false;
  }
  // A space, then the item's text.
  if (p + 1 >= n || text[p] != ' ' || text[p + 1] == ' ' || text[p + 1] == '\n') {
    return false;
  }
  found.end = p;
  *marker = found;
  return true;
}

bool IsListLine(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.empty() || line.size() > 60) return false;
  int words = 1;
  for (char c : line) words += c == ' ';
  if (words > 6) return false;
  size_t k = line.size();
  while (k > 0 &&
         (line[k - 1] == '"' || line[k - 1] == '\'' || line[k - 1] == ')' || line[k - 1] == ']')) {
    --k;
  }
  if (k == 0) return false;
  switch (line[k - 1]) {
    case '.':
    case '?':
    case '!':
    case ',':
    case ';':
    case ':':
    case '-':
      return false;
    default:
      return true;
  }
}

size_t ListTracker::AtLineStart(size_t i) {
  open_ = false;
  if (BulletOpensItem(i)) return AfterBullet(i);
  ListMarker marker;
  if (!ParseListMarker(text_, i, &marker)) return i;
  open_ = true;
  next_ = marker.value + 1;
  roman_next_ = marker.roman + 1;
  letter_ = marker.letter;
  style_ = marker.style;
  item_end_ = marker.end;
  return marker.end;
}

bool ListTracker::BulletOpensItem(size_t i) const {
  const size_t length = BulletLength(text_, i);
  if (length == 0) return false;
  size_t p = i + length;
  while (p < text_.size() && text_[p] == ' ') ++p;
  return p < text_.size() && text_[p] != '\n' && BulletLength(text_, p) == 0;
}

size_t ListTracker::AfterBullet(size_t i) const {
  size_t p = i + BulletLength(text_, i);
  while (p < text_.size() && text_[p] == ' ') ++p;
  ListMarker marker;
  return ParseListMarker(text_, p, &marker) ? marker.end : p;
}

bool ListTracker::NextItem(size_t i) {
  ListMarker marker;
  if (i < item_end_ + 3 || !ParseListMarker(text_, i, &marker) || marker.letter != letter_ ||
      marker.style != style_) {
    return false;
  }
  const bool counts = marker.value != 0 && marker.value == next_;
  const bool roman = marker.roman > 1 && marker.roman == roman_next_;
  if (!counts && !roman) return false;
  next_ = counts ? next_ + 1 : -1;
  roman_next_ = roman ? roman_next_ + 1 : -1;
  item_end_ = marker.end;
  return true;
}

bool ListTracker::LinesFormList(size_t line_start) {
  if (line_start >= block_end_) {
    last_bad_line_ = std::string_view::npos;
    size_t a = line_start;
    const size_t n = text_.size();
    while (a < n) {
      size_t b = text_.find('\n', a);
      if (b == std::string_view::npos) b = n;
      if (!IsListLine(text_.substr(a, b - a))) last_bad_line_ = a;
      if (b >= n || (b + 1 < n && text_[b + 1] == '\n')) {
        a = b;
        break;
      }
      a = b + 1;
    }
    block_end_ = a;
  }
  return last_bad_line_ == std::string_view::npos || last_bad_line_ < line_start;
}

}  // namespace concord::internal
