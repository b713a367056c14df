// Internal: use include/concord/rouge.h instead.
//
// The Porter stemmer exactly as ROUGE-1.5.5.pl runs it (see the essay at the
// top of porter_stemmer.cc for why this is not libstemmer's "porter").
#ifndef CONCORD_SRC_EVAL_PORTER_STEMMER_H_
#define CONCORD_SRC_EVAL_PORTER_STEMMER_H_

#include <string>
#include <string_view>

namespace concord::eval::internal {

// Returns the stem that ROUGE-1.5.5's `stem` function gives `word`.
// REQUIRES: `word` is lower-case ASCII (ROUGE only stems tokens made of
// [a-z0-9]); other bytes are treated as consonants, like the Perl regexes do.
// Words shorter than 3 bytes come back unchanged. Pure and thread-safe.
std::string RougePorterStem(std::string_view word);

}  // namespace concord::eval::internal

#endif  // CONCORD_SRC_EVAL_PORTER_STEMMER_H_
