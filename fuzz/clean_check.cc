// Target clean: FindNoise over repaired text. Removals are non-empty spans
// inside the text, sorted and not overlapping, cut at character boundaries,
// each named by one of the documented rules; cleaning switched off removes
// nothing.
#include <algorithm>

#include "concord/clean.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

bool IsBoundary(std::string_view text, size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

}  // namespace

std::string CheckClean(std::string_view data) {
  static const std::vector<std::string_view> kRules = {
      "hovercard",     "related-links",   "archive-banner", "social-embed",
      "advertisement", "share-subscribe", "copyright",      "photo-credit",
      "byline",        "page-chrome",     "dateline"};
  const std::string text = text::RepairUtf8(data).text;
  const std::vector<clean::Removal> removals = clean::FindNoise(text);
  std::vector<text::ByteSpan> spans;
  for (const clean::Removal& r : removals) {
    spans.push_back({r.start, r.end});
    const std::string which = r.rule + " [" + std::to_string(r.start) + ", " +
                              std::to_string(r.end) + ")";
    if (std::find(kRules.begin(), kRules.end(), r.rule) == kRules.end()) {
      return "unknown rule " + which;
    }
    if (!IsBoundary(text, r.start) || !IsBoundary(text, r.end)) {
      return which + " cuts a character";
    }
  }
  if (std::string e = SpansOrdered(spans, text.size()); !e.empty()) return e;
  clean::CleanOptions off;
  off.enabled = false;
  if (!clean::FindNoise(text, off).empty()) return "removals with cleaning off";
  return "";
}

}  // namespace concord::fuzz
