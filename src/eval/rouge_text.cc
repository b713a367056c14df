// How ROUGE-1.5.5.pl reads a text: kept lines, truncation, tokens.
//
// The script (subroutines readText and readText_LCS, input format SPL) reads
// a file line by line, drops only the newline, skips empty lines and lowers
// A-Z. Without a limit the lines are joined with spaces. With -l N it walks
// the lines counting the fields Perl's split(/\s+/) gives (a line starting
// with a blank has an empty first field, which counts as a word), keeps
// whole lines while the total stays below N and cuts the line that reaches
// N after its remaining words. With -b N it does the same with byte lengths
// (the joining spaces are not counted) and cuts the last line at a byte,
// possibly inside a word or a UTF-8 character. Only then is the text
// cleaned into tokens, so the limits count raw words and bytes.
//
// For ROUGE-L (readText_LCS) the lines stay separate sentences; -l cuts them
// as above, but the -b branch never adds the bytes up, so each sentence is
// compared with N on its own. The unigram counts that clip ROUGE-L hits come
// from readText, so with -b the two disagree; we keep that, as the script's
// scores are the reference.
#include "eval/rouge_text.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::eval::internal {
namespace {

// End offsets of the fields of Perl's split(/\s+/, line): a leading empty
// field when the line starts with a blank, trailing empty fields dropped.
std::vector<std::size_t> FieldEnds(std::string_view line) {
  std::vector<std::size_t> ends;
  // Perl's leading empty field: ends at offset 0 (dropped below when the
  // line holds no word at all, as a trailing empty field).
  if (!line.empty() && IsPerlSpace(line[0])) ends.push_back(0);
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && IsPerlSpace(line[pos])) ++pos;
    if (pos == line.size()) break;
    while (pos < line.size() && !IsPerlSpace(line[pos])) ++pos;
    ends.push_back(pos);
  }
  if (ends.size() == 1 && ends[0] == 0) ends.clear();
  return ends;
}

// The first `words` fields of `line` as a prefix of it (tokenizes like the
// script's join(" ", @tokens[0..words-1])).
std::string_view FirstWords(std::string_view line, std::size_t words) {
  std::vector<std::size_t> ends = FieldEnds(line);
  if (words == 0) return line.substr(0, 0);
  if (words > ends.size()) return line;
  return line.substr(0, ends[words - 1]);
}

std::vector<std::string_view> TruncateByWords(const std::vector<std::string>& lines,
                                              int word_limit) {
  std::vector<std::string_view> pieces;
  const std::size_t limit = static_cast<std::size_t>(word_limit);
  std::size_t total = 0;
  for (const std::string& line : lines) {
    const std::size_t words = FieldEnds(line).size();
    if (total + words < limit) {
      pieces.emplace_back(line);
      total += words;
    } else {
      pieces.push_back(FirstWords(line, limit - total));
      break;
    }
  }
  return pieces;
}

}  // namespace

std::vector<std::string> ReadLinesLikeRouge(const std::vector<std::string>& lines) {
  std::vector<std::string> kept;
  kept.reserve(lines.size());
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    std::string lowered = line;
    for (char& ch : lowered) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    kept.push_back(std::move(lowered));
  }
  return kept;
}

namespace {

// The lines up to -b's `limit` bytes, the line that reaches it cut. The
// bytes are counted over the whole summary, or (`cumulative` false, as the
// script does for ROUGE-L) against each line alone.
std::vector<std::string_view> TruncateByBytes(const std::vector<std::string>& lines,
                                              std::size_t limit, bool cumulative) {
  std::vector<std::string_view> pieces;
  std::size_t total = 0;
  for (const std::string& line : lines) {
    const std::size_t room = limit - total;
    if (line.size() < room) {
      pieces.emplace_back(line);
      if (cumulative) total += line.size();
    } else {
      pieces.push_back(std::string_view(line).substr(0, room));
      break;
    }
  }
  return pieces;
}

std::vector<std::string_view> Truncate(const std::vector<std::string>& lines, int word_limit,
                                       int byte_limit, bool cumulative_bytes) {
  if (word_limit > 0) return TruncateByWords(lines, word_limit);
  if (byte_limit > 0) {
    return TruncateByBytes(lines, static_cast<std::size_t>(byte_limit), cumulative_bytes);
  }
  return std::vector<std::string_view>(lines.begin(), lines.end());
}

}  // namespace

std::vector<std::string_view> TruncateForNgrams(const std::vector<std::string>& lines,
                                                int word_limit, int byte_limit) {
  return Truncate(lines, word_limit, byte_limit, /*cumulative_bytes=*/true);
}

std::vector<std::string_view> TruncateForLcs(const std::vector<std::string>& lines, int word_limit,
                                             int byte_limit) {
  return Truncate(lines, word_limit, byte_limit, /*cumulative_bytes=*/false);
}

}  // namespace concord::eval::internal
