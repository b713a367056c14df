// ROUGE-L exactly as ROUGE-1.5.5.pl computes it, bit-parallel (rouge.cc
// has the formulas; LcsMarker below the method).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "eval/rouge_internal.h"

namespace concord::eval::internal {
namespace {

// ROUGE-L keeps m + 1 rows of ceil(n / 64) words for a sentence pair.
constexpr std::size_t kMaxLcsWords = std::size_t{1} << 24;

// Bits set in `bits`, inline (the build targets baseline x86-64, where
// __builtin_popcountll is a library call).
std::size_t PopCount(std::uint64_t bits) {
  bits = bits - ((bits >> 1) & 0x5555555555555555ull);
  bits = (bits & 0x3333333333333333ull) + ((bits >> 2) & 0x3333333333333333ull);
  bits = (bits + (bits >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<std::size_t>((bits * 0x0101010101010101ull) >> 56);
}

// ROUGE-L: marks the script's LCS path between sentences, bit-parallel.
//
// The script fills the whole LCS table c for a reference sentence r (rows)
// and a system sentence p (columns) and walks back from the corner: a
// diagonal step (marking r[i-1]) whenever r[i-1] == p[j-1], else up when
// c[i-1][j] >= c[i][j-1], else left. We get the same path from Hyyrö's
// bit-parallel rows (Hyyrö, "Bit-parallel LCS-length computation
// revisited", 2004): with PM[x] the bit set of the positions of word x in p,
// V_0 = all ones and V_i = (V_{i-1} + (V_{i-1} & PM[r[i-1]])) |
// (V_{i-1} & ~PM[r[i-1]]), c[i][j] is the number of zero bits of V_i below
// bit j. Keeping every row (one 64-bit word per 64 system words) lets the
// walk back read any c[i][j] with a popcount: the table costs m x n / 64
// word operations instead of m x n cell updates.
class LcsMarker {
 public:
  explicit LcsMarker(std::size_t vocabulary) : slot_(vocabulary, -1) {}

  // Makes `peer` (n > 0 words, alive until ClearPeer) the system sentence.
  void SetPeer(const std::uint32_t* peer, std::size_t n) {
    peer_ = peer;
    n_ = n;
    words_ = (n + 63) / 64;
    distinct_.clear();
    masks_.clear();
    for (std::size_t j = 0; j < n; ++j) {
      const std::uint32_t word = peer[j];
      if (slot_[word] < 0) {
        slot_[word] = static_cast<std::int32_t>(distinct_.size());
        distinct_.push_back(word);
        masks_.resize(masks_.size() + words_, 0);
      }
      masks_[static_cast<std::size_t>(slot_[word]) * words_ + j / 64] |=
          std::uint64_t{1} << (j % 64);
    }
  }

  void ClearPeer() {
    for (std::uint32_t word : distinct_) slot_[word] = -1;
    distinct_.clear();
  }

  // True when the reference sentence shares a word with the system one; if
  // not, the LCS is empty and marks nothing.
  bool Shares(const std::uint32_t* model, std::size_t m) const {
    for (std::size_t i = 0; i < m; ++i) {
      if (slot_[model[i]] >= 0) return true;
    }
    return false;
  }

  // Sets hit_mask[i] = 1 for the positions of `model` (m > 0 words) on the
  // script's LCS path. Returns false when the rows would be too large.
  bool Mark(const std::uint32_t* model, std::size_t m, std::uint8_t* hit_mask) {
    const std::size_t words = words_;
    if ((m + 1) * words > kMaxLcsWords) return false;
    rows_.assign((m + 1) * words, ~std::uint64_t{0});
    for (std::size_t i = 1; i <= m; ++i) {
      const std::uint64_t* previous = rows_.data() + (i - 1) * words;
      std::uint64_t* current = rows_.data() + i * words;
      const std::int32_t slot = slot_[model[i - 1]];
      if (slot < 0) {
        std::copy(previous, previous + words, current);
        continue;
      }
      const std::uint64_t* match =
          masks_.data() + static_cast<std::size_t>(slot) * words;
      std::uint64_t carry = 0;
      for (std::size_t k = 0; k < words; ++k) {
        const std::uint64_t v = previous[k];
        const std::uint64_t u = v & match[k];
        std::uint64_t sum = 0;
        const bool overflow1 = __builtin_add_overflow(v, u, &sum);
        const bool overflow2 = __builtin_add_overflow(sum, carry, &sum);
        carry = (overflow1 || overflow2) ? 1 : 0;
        current[k] = sum | (v & ~match[k]);
      }
    }
    std::size_t i = m;
    std::size_t j = n_;
    while (i != 0 && j != 0) {
      if (model[i - 1] == peer_[j - 1]) {
        --i;
        --j;
        hit_mask[i] = 1;
      } else if (Length(i - 1, j) >= Length(i, j - 1)) {
        --i;
      } else {
        --j;
      }
    }
    return true;
  }

 private:
  // c[i][j]: the zero bits of row i below bit j.
  std::size_t Length(std::size_t i, std::size_t j) const {
    const std::uint64_t* row = rows_.data() + i * words_;
    std::size_t ones = 0;
    std::size_t k = 0;
    for (; (k + 1) * 64 <= j; ++k) ones += PopCount(row[k]);
    if (j % 64 != 0) {
      ones += PopCount(row[k] & ((std::uint64_t{1} << (j % 64)) - 1));
    }
    return j - ones;
  }

  std::vector<std::int32_t> slot_;      // word -> its mask, or -1
  std::vector<std::uint32_t> distinct_;  // words of the system sentence
  std::vector<std::uint64_t> masks_;    // PM, words_ words per distinct word
  std::vector<std::uint64_t> rows_;     // V_0 .. V_m
  const std::uint32_t* peer_ = nullptr;
  std::size_t n_ = 0;
  std::size_t words_ = 0;
};

}  // namespace

Result<RougeScore> ScoreLcs(const Prepared& peer,
                            const std::vector<Prepared>& models,
                            std::size_t vocabulary, const RougeOptions& options) {
  // Union LCS marks for every reference token, system sentence by system
  // sentence (the union does not depend on the order).
  std::vector<std::vector<std::uint8_t>> hit_masks(models.size());
  for (std::size_t r = 0; r < models.size(); ++r) {
    hit_masks[r].assign(models[r].sentence_tokens.size(), 0);
  }
  LcsMarker marker(vocabulary);
  const std::size_t peer_sentences = peer.sentence_starts.size() - 1;
  for (std::size_t t = 0; t < peer_sentences; ++t) {
    const std::size_t n = peer.sentence_starts[t + 1] - peer.sentence_starts[t];
    if (n == 0) continue;
    marker.SetPeer(peer.sentence_tokens.data() + peer.sentence_starts[t], n);
    for (std::size_t r = 0; r < models.size(); ++r) {
      const Prepared& model = models[r];
      for (std::size_t s = 0; s + 1 < model.sentence_starts.size(); ++s) {
        const std::size_t start = model.sentence_starts[s];
        const std::size_t m = model.sentence_starts[s + 1] - start;
        const std::uint32_t* words = model.sentence_tokens.data() + start;
        if (m == 0 || !marker.Shares(words, m)) continue;
        if (!marker.Mark(words, m, hit_masks[r].data() + start)) {
          return Status::InvalidArgument(
              "ROUGE-L: a reference sentence of " + std::to_string(m) +
              " tokens and a system sentence of " + std::to_string(n) +
              " tokens are too long to align (split the text into sentences)");
        }
      }
    }
    marker.ClearPeer();
  }

  // Hits: marked words, in reference order, while both unigram budgets last.
  std::vector<std::int32_t> peer_unigrams(vocabulary, 0);
  for (std::uint32_t token : peer.tokens) ++peer_unigrams[token];
  std::vector<std::int32_t> peer_budget;
  std::vector<std::int32_t> model_budget(vocabulary, 0);
  Aggregator aggregator(options.aggregate);
  const auto peer_count = static_cast<std::int64_t>(peer.tokens.size());
  for (std::size_t r = 0; r < models.size(); ++r) {
    const Prepared& model = models[r];
    peer_budget = peer_unigrams;
    std::fill(model_budget.begin(), model_budget.end(), 0);
    for (std::uint32_t token : model.tokens) ++model_budget[token];
    std::int64_t hits = 0;
    for (std::size_t k = 0; k < model.sentence_tokens.size(); ++k) {
      if (hit_masks[r][k] == 0) continue;
      const std::uint32_t word = model.sentence_tokens[k];
      if (model_budget[word] > 0 && peer_budget[word] > 0) {
        ++hits;
        --model_budget[word];
        --peer_budget[word];
      }
    }
    const auto base = static_cast<std::int64_t>(model.sentence_tokens.size());
    const double key =
        base > 0 ? static_cast<double>(hits) / static_cast<double>(base) : 0.0;
    aggregator.Add(hits, base, peer_count, key);
  }
  return aggregator.Finish(options);
}

}  // namespace concord::eval::internal
