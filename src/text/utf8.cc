// UTF-8 validation, repair and the binary sniff.
//
// RepairUtf8 follows the "substitution of maximal subparts" practice that
// Unicode (section 3.9, U+FFFD substitution) and the WHATWG Encoding
// standard recommend: walking the bytes, an ill-formed sequence is replaced
// by one U+FFFD per maximal subpart, where a maximal subpart is the longest
// prefix of a well-formed sequence that the bytes start (or one byte when
// even the lead byte cannot start one). So "\xE2\x82" (a truncated euro
// sign) becomes one U+FFFD, "\xC0\xAF" (an overlong '/') two, and
// "\xED\xA0\x80" (a surrogate) three. This is what browsers and Python's
// "replace" handler do, so offsets agree with what people see elsewhere.
//
// Decoding of well-formed sequences is utf8proc_iterate's (which rejects
// overlongs, surrogates and code points past U+10FFFF); only the length of
// an ill-formed subpart is computed here, from the second-byte ranges of
// table 3-7. ASCII runs, the common case in news text, are copied without
// decoding. Cost: one pass, O(n).
#include <cstring>

#include <utf8proc.h>

#include "concord/text.h"
#include "text/utf8_internal.h"


namespace concord::text {

Utf8Repair RepairUtf8(std::string_view bytes) {
  Utf8Repair result;
  if (IsValidUtf8(bytes)) {
    result.text.assign(bytes);
    return result;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  result.text.reserve(n + 16);
  size_t i = 0;
  while (i < n) {
    size_t ascii_end = i;
    while (ascii_end < n && p[ascii_end] < 0x80) ++ascii_end;
    result.text.append(bytes.data() + i, ascii_end - i);
    i = ascii_end;
    if (i >= n) break;
    int32_t code_point = 0;
    const int length = internal::DecodeUtf8(p + i, n - i, &code_point);
    if (code_point < 0) {
      result.text.append("\xEF\xBF\xBD");
      ++result.invalid;
    } else {
      result.text.append(bytes.data() + i, static_cast<size_t>(length));
    }
    i += static_cast<size_t>(length);
  }
  return result;
}

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: the common case.
    while (i + 8 <= n) {
      uint64_t word = 0;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t code_point = 0;
    const int length = internal::DecodeUtf8(p + i, n - i, &code_point);
    if (code_point < 0) return false;
    i += static_cast<size_t>(length);
  }
  return true;
}

bool LooksBinary(std::string_view bytes) {
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) return true;
  const size_t sample = bytes.size() < 8192 ? bytes.size() : 8192;
  size_t controls = 0;
  for (size_t i = 0; i < sample; ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    const bool control = byte < 0x20 || byte == 0x7F;
    if (control && byte != '\t' && byte != '\n' && byte != '\r' &&
        byte != '\f') {
      ++controls;
    }
  }
  return controls * 10 > sample;
}

}  // namespace concord::text
