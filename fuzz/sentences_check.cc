// Target sentences: SplitSentences over normalised text. The spans are in
// order, non-overlapping, inside the text, trimmed, and together they cover
// every non-space byte. Over text that skipped Normalize the spans must still
// be ordered and inside it.
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {

std::string CheckSentences(std::string_view data) {
  const text::Utf8Repair repaired = text::RepairUtf8(data);
  const text::Normalized n = text::Normalize(repaired.text);
  const std::vector<text::ByteSpan> spans = text::SplitSentences(n.text);
  if (std::string e = SpansOrdered(spans, n.text.size()); !e.empty()) return e;
  size_t covered = 0;  // bytes before this are inside a span or whitespace
  for (const text::ByteSpan& s : spans) {
    if (IsNormalizedSpace(n.text[s.start]) || IsNormalizedSpace(n.text[s.end - 1])) {
      return "span [" + std::to_string(s.start) + ", " + std::to_string(s.end) +
             ") is not trimmed";
    }
    for (size_t i = covered; i < s.start; ++i) {
      if (!IsNormalizedSpace(n.text[i])) {
        return "byte " + std::to_string(i) + " ('" + Shown(n.text.substr(i, 20)) +
               "') is in no sentence";
      }
    }
    covered = s.end;
  }
  for (size_t i = covered; i < n.text.size(); ++i) {
    if (!IsNormalizedSpace(n.text[i])) return "byte " + std::to_string(i) + " after the last sentence";
  }
  return Where("unnormalised text",
               SpansOrdered(text::SplitSentences(repaired.text), repaired.text.size()));
}

}  // namespace concord::fuzz
