// A slow, plainly correct text::Normalize for tests (header-only; never
// linked into the library). It follows the contract in concord/text.h step
// by step instead of in one fused pass:
//   1. mark every excised byte (inline or paragraph);
//   2. turn the original into a list of items, one per code point (kept,
//      replaced, dropped, space, line break, paragraph break) and one per
//      run of excised bytes;
//   3. collapse runs of whitespace items, then write the text and the map.
// REQUIRES: valid UTF-8; excisions on character boundaries.
#ifndef CONCORD_TESTS_TESTING_REFERENCE_NORMALIZE_H_
#define CONCORD_TESTS_TESTING_REFERENCE_NORMALIZE_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord::testing {

inline text::Normalized ReferenceNormalize(
    std::string_view original,
    const std::vector<text::Excision>& excisions = {}) {
  enum Kind { kText, kSpace, kLine, kParagraph };
  struct Item {
    Kind kind;
    size_t offset;      // first original byte
    size_t length;      // original bytes
    std::string out;    // for kText
    bool kept = false;  // kText written as in the original
  };
  // 1. Excised bytes: 0 kept, 1 inline, 2 paragraph.
  std::vector<int> excised(original.size(), 0);
  for (const text::Excision& e : excisions) {
    for (size_t b = e.span.start; b < e.span.end && b < original.size(); ++b) {
      excised[b] = std::max(excised[b], e.breaks_paragraph ? 2 : 1);
    }
  }
  // The spec's table of replaced and special code points.
  const std::map<uint32_t, std::string> replaced = {
      {0x2018, "'"},  {0x2019, "'"},  {0x201A, "'"},  {0x201B, "'"},
      {0x2032, "'"},  {0x2039, "'"},  {0x203A, "'"},  {0x201C, "\""},
      {0x201D, "\""}, {0x201E, "\""}, {0x201F, "\""}, {0x2033, "\""},
      {0xAB, "\""},   {0xBB, "\""},   {0x2010, "-"},  {0x2011, "-"},
      {0x2012, "-"},  {0x2013, "-"},  {0x2014, "-"},  {0x2015, "-"},
      {0x2212, "-"},  {0x2026, "..."}};
  const auto is_space = [](uint32_t c) {
    return c == ' ' || c == '\t' || c == '\v' || (c < 0x20 && c != '\n' &&
                                                  c != '\r' && c != '\f') ||
           c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
  };
  const auto is_dropped = [](uint32_t c) {
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF ||
           c == 0xAD;
  };
  // 2. Items.
  std::vector<Item> items;
  size_t i = 0;
  while (i < original.size()) {
    if (excised[i] != 0) {
      size_t j = i;
      int level = 0;
      while (j < original.size() && excised[j] != 0) level = std::max(level, excised[j++]);
      items.push_back({level == 2 ? kParagraph : kSpace, i, j - i, "", false});
      i = j;
      continue;
    }
    const auto lead = static_cast<unsigned char>(original[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    uint32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      c = (c << 6) | (static_cast<unsigned char>(original[i + k]) & 0x3F);
    }
    if (c == '\r' && i + 1 < original.size() && original[i + 1] == '\n' &&
        excised[i + 1] == 0) {
      items.push_back({kLine, i, 2, "", false});
      i += 2;
      continue;
    }
    if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028) {
      items.push_back({kLine, i, length, "", false});
    } else if (c == '\f' || c == 0x2029) {
      items.push_back({kParagraph, i, length, "", false});
    } else if (is_space(c)) {
      items.push_back({kSpace, i, length, "", false});
    } else if (is_dropped(c)) {
      // nothing
    } else if (replaced.count(c) != 0) {
      items.push_back({kText, i, length, replaced.at(c), false});
    } else {
      items.push_back(
          {kText, i, length, std::string(original.substr(i, length)), true});
    }
    i += length;
  }
  // 3. Collapse and write.
  text::Normalized result;
  size_t end = 0;
  size_t run = 0;
  while (run < items.size()) {
    if (items[run].kind == kText) {
      const Item& item = items[run];
      result.text += item.out;
      for (size_t k = 0; k < item.out.size(); ++k) {
        result.to_original.push_back(
            static_cast<uint32_t>(item.offset + (item.kept ? k : 0)));
      }
      end = item.offset + item.length;
      ++run;
      continue;
    }
    size_t stop = run;
    int lines = 0;
    bool paragraph = false;
    while (stop < items.size() && items[stop].kind != kText) {
      lines += items[stop].kind == kLine ? 1 : 0;
      paragraph = paragraph || items[stop].kind == kParagraph;
      ++stop;
    }
    if (!result.text.empty() && stop < items.size()) {
      const std::string white =
          paragraph || lines >= 2 ? "\n\n" : lines == 1 ? "\n" : " ";
      result.text += white;
      result.to_original.insert(result.to_original.end(), white.size(),
                                static_cast<uint32_t>(items[run].offset));
    }
    run = stop;
  }
  result.to_original.push_back(static_cast<uint32_t>(end));
  return result;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_TESTING_REFERENCE_NORMALIZE_H_
