// Target utf8: RepairUtf8 and Normalize. Repair gives valid UTF-8 and leaves
// valid input alone; the normalised text has its documented shape; the
// offset map is complete, monotone and inside the original; a span of the
// normalised text (each sentence, each run of non-space bytes) mapped back
// with ToOriginal normalises again to the same bytes; with excisions, no
// kept byte comes from inside one.
#include <algorithm>

#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

std::string RoundTrip(const text::Normalized& n, std::string_view original, text::ByteSpan span) {
  const std::vector<uint32_t>& map = n.to_original;
  // A span that starts or ends inside one replaced character ("." of the
  // "..." written for U+2026) cannot come back alone.
  if (span.start > 0 && map[span.start - 1] == map[span.start]) return "";
  if (span.end < n.text.size() && map[span.end - 1] == map[span.end]) return "";
  const text::ByteSpan back = text::ToOriginal(n, span, original);
  const std::string which = "[" + std::to_string(span.start) + ", " + std::to_string(span.end) + ")";
  if (back.start >= back.end || back.end > original.size()) {
    return "ToOriginal of " + which + " is outside the original";
  }
  const std::string_view piece = std::string_view(n.text).substr(span.start, span.end - span.start);
  const text::Normalized again = text::Normalize(original.substr(back.start, back.end - back.start));
  if (again.text != piece) {
    return "span " + which + " '" + Shown(piece) + "' comes back as '" + Shown(again.text) + "'";
  }
  return "";
}

// Each sentence and each run of non-space bytes (at most 300 spans).
std::string RoundTrips(const text::Normalized& n, std::string_view original) {
  std::vector<text::ByteSpan> spans = text::SplitSentences(n.text);
  for (size_t i = 0; i < n.text.size();) {
    while (i < n.text.size() && IsNormalizedSpace(n.text[i])) ++i;
    const size_t start = i;
    while (i < n.text.size() && !IsNormalizedSpace(n.text[i])) ++i;
    if (i > start) spans.push_back({start, i});
  }
  if (spans.size() > 300) spans.resize(300);
  for (const text::ByteSpan& span : spans) {
    if (std::string e = RoundTrip(n, original, span); !e.empty()) return e;
  }
  return "";
}

// Excisions made of the input's first bytes: pairs (start, length).
std::vector<text::Excision> ExcisionsFrom(std::string_view data, size_t size) {
  std::vector<text::Excision> excisions;
  for (size_t i = 0; i + 1 < std::min<size_t>(data.size(), 8); i += 2) {
    const size_t start = static_cast<unsigned char>(data[i]) * (size + 1) / 256;
    const size_t length = static_cast<unsigned char>(data[i + 1]) % 32;
    excisions.push_back({{start, start + length}, (data[i + 1] & 0x40) == 0});
  }
  return excisions;
}

std::string CheckExcisions(std::string_view data, std::string_view original) {
  const std::vector<text::Excision> excisions = ExcisionsFrom(data, original.size());
  const text::Normalized n = text::Normalize(original, excisions);
  if (std::string e = NormalizedShape(n.text); !e.empty()) return e;
  if (std::string e = OffsetMapValid(n, original.size()); !e.empty()) return e;
  for (size_t i = 0; i < n.text.size(); ++i) {
    if (IsNormalizedSpace(n.text[i])) continue;
    for (const text::Excision& x : excisions) {
      if (n.to_original[i] >= x.span.start && n.to_original[i] < x.span.end) {
        return "byte " + std::to_string(i) + " comes from inside an excision";
      }
    }
  }
  return "";
}

}  // namespace

std::string CheckUtf8(std::string_view data) {
  const text::Utf8Repair repaired = text::RepairUtf8(data);
  if (!text::IsValidUtf8(repaired.text)) return "RepairUtf8 left invalid UTF-8";
  const bool valid = text::IsValidUtf8(data);
  if (valid != (repaired.invalid == 0)) return "IsValidUtf8 and RepairUtf8 disagree";
  if (valid && repaired.text != data) return "RepairUtf8 changed valid input";

  const text::Normalized n = text::Normalize(repaired.text);
  if (std::string e = NormalizedShape(n.text); !e.empty()) return Where("Normalize", e);
  if (std::string e = OffsetMapValid(n, repaired.text.size()); !e.empty()) {
    return Where("Normalize", e);
  }
  if (std::string e = RoundTrips(n, repaired.text); !e.empty()) return Where("round trip", e);
  if (std::string e = CheckExcisions(data, repaired.text); !e.empty()) {
    return Where("excisions", e);
  }
  // Ill-formed input breaks Normalize's REQUIRES: U+FFFD, never a crash.
  const text::Normalized raw = text::Normalize(data);
  if (std::string e = NormalizedShape(raw.text); !e.empty()) return Where("raw Normalize", e);
  return Where("raw Normalize", OffsetMapValid(raw, data.size()));
}

}  // namespace concord::fuzz
