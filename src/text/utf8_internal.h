// Internal to src/text: use concord/text.h instead.
//
// The UTF-8 decoder of util/utf8.h under the names text/ has always used
// (utf8.cc, normalize.cc, sentence_splitter.cc and tokenizer.cc). There is
// one decoder; these are aliases, not a copy.
#ifndef CONCORD_SRC_TEXT_UTF8_INTERNAL_H_
#define CONCORD_SRC_TEXT_UTF8_INTERNAL_H_

#include "util/utf8.h"

namespace concord::internal {

using util::DecodeUtf8;
using util::EncodeUtf8;
using util::kReplacementChar;

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_UTF8_INTERNAL_H_
