// Internal: the one UTF-8 decoder of concord (text, clean, compare, eval
// and io/format all decode through it).
//
// Well-formed sequences are decoded by utf8proc_iterate; for an ill-formed
// one, DecodeUtf8 reports the length of its maximal subpart (Unicode 15,
// section 3.9, table 3-7), so that every caller skips exactly what
// text::RepairUtf8 replaces.
#ifndef CONCORD_SRC_UTIL_UTF8_H_
#define CONCORD_SRC_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace concord::util {

inline constexpr int32_t kReplacementChar = 0xFFFD;

// Decodes the code point at the start of [p, p + n). REQUIRES: n > 0.
// Returns the number of bytes consumed (1..4) and sets *code_point, or sets
// *code_point to -1 and returns the length of the maximal ill-formed subpart
// (at least 1) when the bytes there are not well-formed UTF-8.
int DecodeUtf8(const unsigned char* p, size_t n, int32_t* code_point);

// Appends the UTF-8 encoding of `code_point` (a Unicode scalar value) to
// `out` and returns the number of bytes written (1..4). REQUIRES: out has
// room for 4 bytes.
int EncodeUtf8(int32_t code_point, char* out);

// Decodes the code point at text[*pos] and advances *pos past it; an
// ill-formed sequence gives U+FFFD and advances past its maximal subpart.
// REQUIRES: *pos < text.size().
int32_t NextCodePoint(std::string_view text, size_t* pos);

// Number of code points in text[0, byte_offset) (bytes that do not continue
// a sequence).
size_t CodePointOffset(std::string_view text, size_t byte_offset);

}  // namespace concord::util

#endif  // CONCORD_SRC_UTIL_UTF8_H_
