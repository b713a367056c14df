// Internal: use include/concord/rouge.h instead.
//
// How ROUGE-1.5.5.pl reads a sentence-per-line text before counting: which
// lines it keeps, how -l / -b truncate them, and what its tokens are.
#ifndef CONCORD_SRC_EVAL_ROUGE_TEXT_H_
#define CONCORD_SRC_EVAL_ROUGE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace concord::eval::internal {

// Perl's \s on a byte string: space, \t, \n, \v, \f, \r.
inline bool IsPerlSpace(char ch) {
  return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

// The lines the script keeps (non-empty), with A-Z lowered (only ASCII, like
// its tr/A-Z/a-z/).
std::vector<std::string> ReadLinesLikeRouge(
    const std::vector<std::string>& lines);

// What readText keeps for n-gram counting: pieces of `lines` (views into it)
// whose tokens, in order, are the tokens of the truncated text. word_limit
// and byte_limit as in RougeOptions (0 = none; not both).
std::vector<std::string_view> TruncateForNgrams(
    const std::vector<std::string>& lines, int word_limit, int byte_limit);

// What readText_LCS keeps for ROUGE-L: one piece per sentence. Same as
// TruncateForNgrams for -l; for -b the script compares each sentence alone
// with the limit (it never adds up the bytes), cutting the first sentence
// that reaches it and dropping the rest.
std::vector<std::string_view> TruncateForLcs(
    const std::vector<std::string>& lines, int word_limit, int byte_limit);

// Calls emit(token) for every maximal run of [a-z0-9] in `piece`: the
// tokens the script's s/-/ - /g; s/[^A-Za-z0-9\-]/ /g; split /\s+/ and
// /^[a-z0-9\$]/ filter leave (the "-" tokens never pass the filter).
template <typename Emit>
void ForEachRougeToken(std::string_view piece, Emit&& emit) {
  std::size_t start = 0;
  const std::size_t size = piece.size();
  while (start < size) {
    while (start < size && !((piece[start] >= 'a' && piece[start] <= 'z') ||
                             (piece[start] >= '0' && piece[start] <= '9'))) {
      ++start;
    }
    std::size_t end = start;
    while (end < size && ((piece[end] >= 'a' && piece[end] <= 'z') ||
                          (piece[end] >= '0' && piece[end] <= '9'))) {
      ++end;
    }
    if (end > start) emit(piece.substr(start, end - start));
    start = end;
  }
}

}  // namespace concord::eval::internal

#endif  // CONCORD_SRC_EVAL_ROUGE_TEXT_H_
