#include "fuzz/invariants.h"

#include <cstdio>

namespace concord::fuzz {

std::string SpansOrdered(const std::vector<text::ByteSpan>& spans, size_t size) {
  size_t previous_end = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const text::ByteSpan& s = spans[i];
    const std::string which = "span " + std::to_string(i) + " [" + std::to_string(s.start) +
                              ", " + std::to_string(s.end) + ")";
    if (s.start >= s.end) return which + " is empty or reversed";
    if (s.end > size) return which + " ends past the text (" + std::to_string(size) + ")";
    if (s.start < previous_end) return which + " overlaps or precedes the previous one";
    previous_end = s.end;
  }
  return "";
}

std::string NormalizedShape(std::string_view text) {
  if (text.empty()) return "";
  if (IsNormalizedSpace(text.front()) || IsNormalizedSpace(text.back())) {
    return "leading or trailing whitespace";
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return "control byte at " + std::to_string(i);
    if (i > 0 && c == ' ' && text[i - 1] == ' ') return "two spaces at " + std::to_string(i);
    if (i > 1 && c == '\n' && text[i - 1] == '\n' && text[i - 2] == '\n') {
      return "three line breaks at " + std::to_string(i);
    }
  }
  if (!text::IsValidUtf8(text)) return "invalid UTF-8";
  return "";
}

std::string OffsetMapValid(const text::Normalized& normalized, size_t original_size) {
  const std::vector<uint32_t>& map = normalized.to_original;
  if (map.size() != normalized.text.size() + 1) {
    return "map has " + std::to_string(map.size()) + " entries for " +
           std::to_string(normalized.text.size()) + " bytes";
  }
  for (size_t i = 0; i < map.size(); ++i) {
    if (map[i] > original_size) return "map[" + std::to_string(i) + "] past the original";
    if (i > 0 && map[i] < map[i - 1]) return "map decreases at " + std::to_string(i);
  }
  return "";
}

std::string Where(std::string_view what, const std::string& a) {
  return a.empty() ? a : std::string(what) + ": " + a;
}

std::string Shown(std::string_view data) {
  std::string out;
  for (char c : data.substr(0, 60)) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F && c != '\\') {
      out += c;
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", u);
      out += escaped;
    }
  }
  return data.size() > 60 ? out + "..." : out;
}

}  // namespace concord::fuzz
