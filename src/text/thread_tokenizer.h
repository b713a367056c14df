// Internal to concord_analyze and the stages that analyse stories; use
// concord/document.h (text::AnalyzeArticles) instead.
//
// The calling thread's Tokenizer, made on first use and kept until the
// thread ends, so that its stem cache serves every story the thread
// analyses (a fresh Tokenizer per story restemmed every word: a tenth of a
// summarize batch). Use the reference on the calling thread only, and not
// across a call that may run other tasks of the same thread's TBB arena
// on it while the reference is in use.
#ifndef CONCORD_SRC_TEXT_THREAD_TOKENIZER_H_
#define CONCORD_SRC_TEXT_THREAD_TOKENIZER_H_

#include "concord/text.h"

namespace concord::text {

Tokenizer& ThreadTokenizer();

}  // namespace concord::text

#endif  // CONCORD_SRC_TEXT_THREAD_TOKENIZER_H_
