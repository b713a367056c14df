// Target rouge_text: how ROUGE reads text. Input: two option bytes, then the
// system summary and references separated by NUL bytes, one sentence a line.
// Kept lines are non-empty with A-Z lowered; truncation keeps prefixes of
// the lines, in order, within -l words or -b bytes; tokens are [a-z0-9]+;
// every score is a number in [0, 1].
#include <cmath>
#include <cstdint>

#include "concord/rouge.h"
#include "eval/rouge_text.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

size_t Words(std::string_view piece) {
  size_t words = 0;
  for (size_t i = 0; i < piece.size(); ++i) {
    const bool space = eval::internal::IsPerlSpace(piece[i]);
    if (!space && (i == 0 || eval::internal::IsPerlSpace(piece[i - 1]))) ++words;
  }
  return words;
}

std::string CheckPieces(const std::vector<std::string>& kept,
                        const std::vector<std::string_view>& pieces, int words, int bytes) {
  size_t total_words = 0, total_bytes = 0;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i >= kept.size() || pieces[i].data() != kept[i].data() ||
        pieces[i].size() > kept[i].size()) {
      return "piece " + std::to_string(i) + " is not a prefix of line " + std::to_string(i);
    }
    total_words += Words(pieces[i]);
    total_bytes += pieces[i].size();
    eval::internal::ForEachRougeToken(pieces[i], [&](std::string_view token) {
      for (char c : token) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) total_words = SIZE_MAX;
      }
    });
  }
  if (total_words == SIZE_MAX) return "a token outside [a-z0-9]";
  if (words > 0 && total_words > static_cast<size_t>(words)) return "more words than -l";
  if (bytes > 0 && total_bytes > static_cast<size_t>(bytes)) return "more bytes than -b";
  return "";
}

}  // namespace

std::string CheckRougeText(std::string_view data) {
  if (data.size() < 2) return "";
  const unsigned char flags = static_cast<unsigned char>(data[0]);
  const int limit = static_cast<unsigned char>(data[1]) + 1;
  eval::RougeOptions options;
  options.stem = flags & 1;
  options.word_limit = flags & 2 ? limit : 0;
  options.byte_limit = (flags & 6) == 4 ? limit : 0;
  if (flags & 8) options.skip_distance = (flags & 64) ? -1 : limit % 8;
  options.skip_unigrams = (flags & 24) == 24;
  if (flags & 32) options.aggregate = eval::RougeOptions::Aggregate::kBest;
  options.round_like_script = (flags & 128) == 0;

  std::vector<std::vector<std::string>> texts;
  for (size_t start = 2; start <= data.size();) {
    size_t end = data.find('\0', start);
    if (end == std::string_view::npos) end = data.size();
    texts.push_back(Lines(data.substr(start, end - start)));
    start = end + 1;
  }
  for (const std::vector<std::string>& text : texts) {
    const std::vector<std::string> kept = eval::internal::ReadLinesLikeRouge(text);
    for (const std::string& line : kept) {
      if (line.empty() || line.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
        return "kept line '" + Shown(line) + "' is empty or not lowered";
      }
    }
    const int words = options.word_limit, bytes = options.byte_limit;
    if (std::string e = CheckPieces(kept, eval::internal::TruncateForNgrams(kept, words, bytes),
                                    words, bytes);
        !e.empty()) {
      return Where("n-grams", e);
    }
    // ROUGE-L compares -b with each sentence alone: only -l is a total.
    if (std::string e = CheckPieces(kept, eval::internal::TruncateForLcs(kept, words, bytes),
                                    words, 0);
        !e.empty()) {
      return Where("LCS", e);
    }
  }
  if (texts.size() < 2) return "";
  const Result<eval::RougeScorer> scorer = eval::RougeScorer::Create(options, eval::RougeData{});
  if (!scorer.ok()) return "options refused: " + scorer.status().message();
  const std::vector<std::vector<std::string>> references(texts.begin() + 1, texts.end());
  const Result<eval::RougeScores> scores = scorer.value().Score(texts[0], references);
  if (!scores.ok()) return "";  // a documented refusal (ROUGE-L table too large)
  for (const auto& [name, s] : scores.value().measures) {
    for (double v : {s.recall, s.precision, s.f}) {
      if (!std::isfinite(v) || v < 0 || v > 1) return name + " scores " + std::to_string(v);
    }
  }
  return "";
}

}  // namespace concord::fuzz
