// The one UTF-8 decoder (util/utf8.h).
#include "util/utf8.h"

#include <utf8proc.h>

namespace concord::util {
namespace {

bool InRange(unsigned char byte, unsigned char low, unsigned char high) {
  return byte >= low && byte <= high;
}

// Length of the maximal subpart of an ill-formed sequence starting at p.
int MaximalSubpart(const unsigned char* p, size_t n) {
  const unsigned char lead = p[0];
  int need = 0;  // continuation bytes a well-formed sequence would have
  unsigned char low = 0x80;
  unsigned char high = 0xBF;  // allowed range of the second byte
  if (InRange(lead, 0xC2, 0xDF)) {
    need = 1;
  } else if (lead == 0xE0) {
    need = 2, low = 0xA0;
  } else if (InRange(lead, 0xE1, 0xEC) || InRange(lead, 0xEE, 0xEF)) {
    need = 2;
  } else if (lead == 0xED) {
    need = 2, high = 0x9F;
  } else if (lead == 0xF0) {
    need = 3, low = 0x90;
  } else if (InRange(lead, 0xF1, 0xF3)) {
    need = 3;
  } else if (lead == 0xF4) {
    need = 3, high = 0x8F;
  } else {
    return 1;  // 80..C1, F5..FF never start a sequence
  }
  int length = 1;
  for (int i = 1; i <= need && static_cast<size_t>(i) < n; ++i) {
    const unsigned char lo = i == 1 ? low : 0x80;
    const unsigned char hi = i == 1 ? high : 0xBF;
    if (!InRange(p[i], lo, hi)) break;
    ++length;
  }
  return length;
}

}  // namespace

int DecodeUtf8(const unsigned char* p, size_t n, int32_t* code_point) {
  if (p[0] < 0x80) {
    *code_point = p[0];
    return 1;
  }
  utf8proc_int32_t decoded = -1;
  const utf8proc_ssize_t length =
      utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(n < 4 ? n : 4), &decoded);
  if (length > 0 && decoded >= 0) {
    *code_point = decoded;
    return static_cast<int>(length);
  }
  *code_point = -1;
  return MaximalSubpart(p, n);
}

int32_t NextCodePoint(std::string_view text, size_t* pos) {
  int32_t code_point = 0;
  const int length = DecodeUtf8(reinterpret_cast<const unsigned char*>(text.data()) + *pos,
                                text.size() - *pos, &code_point);
  *pos += static_cast<size_t>(length);
  return code_point < 0 ? kReplacementChar : code_point;
}

size_t CodePointOffset(std::string_view text, size_t byte_offset) {
  size_t count = 0;
  const size_t end = byte_offset < text.size() ? byte_offset : text.size();
  for (size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

int EncodeUtf8(int32_t code_point, char* out) {
  return static_cast<int>(
      utf8proc_encode_char(code_point, reinterpret_cast<utf8proc_uint8_t*>(out)));
}

}  // namespace concord::util
