// Views of the analysis' words for compare (see words.h).
#include "compare/words.h"

#include <algorithm>

namespace concord::compare::internal {
namespace {

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// True when the separator kept inside words (. , ' U+2019) starts at `pos`
// (forward) or ends at `pos` (backward).
bool IsJoiner(std::string_view text, size_t pos, bool forward) {
  if (forward) {
    return text[pos] == '.' || text[pos] == ',' || text[pos] == '\'' ||
           text.substr(pos, 3) == kCurlyApostrophe;
  }
  const char c = text[pos - 1];
  return c == '.' || c == ',' || c == '\'' || (pos >= 3 && text.substr(pos - 3, 3) == kCurlyApostrophe);
}

// Bytes of the separator that starts (or, for a continuation byte, ends) at `pos`.
size_t JoinerSize(std::string_view text, size_t pos) {
  return static_cast<unsigned char>(text[pos]) < 0x80 ? 1 : 3;
}

}  // namespace

std::vector<Word> TextWords::In(size_t begin, size_t end) const {
  std::vector<Word> out;
  end = std::min(end, text_.size());
  if (begin >= end) return out;
  const std::vector<Word>& all = scan_->words;
  // The first word that ends after `begin`.
  auto it = std::upper_bound(all.begin(), all.end(), begin,
                             [](size_t pos, const Word& w) { return pos < w.end; });
  for (; it != all.end() && it->start < end; ++it) {
    if (it->start >= begin && it->end <= end) {
      out.push_back(*it);
      continue;
    }
    // A cut word keeps no separator at its cut ends ("U." of "U.S.", ",700"
    // of "1,700"), as a scan of the window alone would.
    size_t start = std::max(it->start, begin);
    size_t stop = std::min(it->end, end);
    while (start < stop && IsJoiner(text_, start, true)) start += JoinerSize(text_, start);
    while (stop > start && IsJoiner(text_, stop, false)) stop -= JoinerSize(text_, stop - 1);
    if (start < stop) out.push_back(text::ClippedWord(text_, start, stop));
  }
  return out;
}

std::string_view MaskedText(const Article& article, const Document& document,
                            std::string* storage) {
  if (document.masked_text.size() == article.text.size()) return document.masked_text;
  *storage = text::MaskNoise(article.text, document.removed);
  return *storage;
}

std::string StripPossessive(std::string lower) {
  if (lower.size() > 2 && lower.ends_with("'s")) {
    lower.resize(lower.size() - 2);
  } else if (lower.size() > 1 && lower.back() == '\'') {
    lower.pop_back();
  }
  return lower;
}

bool IsPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "they" || lower == "i" ||
         lower == "we" || lower == "it" || lower == "him" || lower == "her";
}

bool NamesNobody(std::string_view speaker) {
  const std::string lower = text::LowerWord(speaker);
  return speaker.empty() || IsPronoun(lower) || lower == "which" || lower == "who" ||
         lower == "whom" || lower == "that";
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<size_t> row(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diagonal = row[0];
    row[0] = j;
    size_t best = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      const size_t above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
  }
  return row[a.size()];
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace concord::compare::internal
