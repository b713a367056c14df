// Internal to src/text: use concord/text.h instead.
//
// One-code-point UTF-8 decoding shared by utf8.cc, normalize.cc,
// sentence_splitter.cc and tokenizer.cc. Well-formed sequences are decoded
// by utf8proc_iterate; for an ill-formed one, DecodeUtf8 reports the length
// of its maximal subpart (Unicode 15, section 3.9, table 3-7) so that callers
// replace exactly what RepairUtf8 replaces.
#ifndef CONCORD_SRC_TEXT_UTF8_INTERNAL_H_
#define CONCORD_SRC_TEXT_UTF8_INTERNAL_H_

#include <cstddef>
#include <cstdint>

namespace concord::internal {

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

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_UTF8_INTERNAL_H_
