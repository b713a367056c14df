// ROUGE-N, ROUGE-L and ROUGE-S/SU exactly as ROUGE-1.5.5.pl computes them.
//
// What: for one system ("peer") summary and its references ("models"),
// the script's computeNGramScore, computeLCSScore and computeSkipBigramScore
// with the options of RougeOptions (include/concord/rouge.h). Reference:
// Lin, "ROUGE: A Package for Automatic Evaluation of Summaries", 2004, and
// above all the script itself; the vectors in ../shared/data/rouge-vectors
// (every R, P, F of 56 cases under 6 flag sets) are the tests.
//
// The formulas, per reference:
//   ROUGE-N  hits = sum over the reference's n-grams g of
//            min(count_ref(g), count_sys(g)); counts are the numbers of
//            n-grams (tokens - n + 1).
//   ROUGE-S  the same over skip-bigrams (i, j) with i < j <= i + D + 1, plus
//            with -u the unigrams of positions 0 .. n-2: the script's loop
//            stops one token early, so the last token never adds a unigram.
//   ROUGE-L  for every reference sentence r: mark the positions of r on one
//            LCS with each system sentence (the script's own traceback: a
//            diagonal step whenever the words are equal, else up when
//            c[i-1][j] >= c[i][j-1], else left) and take the union. A marked
//            word is a hit only while both its reference and its system
//            unigram budgets are positive; each hit spends one of each. The
//            reference count is its number of tokens, the system count its
//            number of tokens.
// With -f A hits and counts are summed over references (so P's denominator
// is the system count times the number of references); with -f B the
// reference with the highest recall wins. R = hits / reference count, P =
// hits / system count, and F = P R / ((1 - alpha) P + alpha R), where the
// script first rounds R and P to 5 decimals (sprintf "%7.5f") and then F.
//
// How it is fast (the bar: 5,622 summaries of ~300 words against ~230-word
// references in under 2 s): every text is tokenized once per call, tokens are
// interned to dense integer ids (raw token -> id cache, so stopword lookups,
// WordNet lookups and stems happen once per distinct word; Porter stems are
// also cached per thread), n-grams of any order are interned level by level
// as (id of the (n-1)-gram, next token) pairs in an open-addressing table,
// and counts live in flat arrays indexed by id. The LCS table of a sentence
// pair is computed bit-parallel, 64 cells a word operation (LcsMarker in
// rouge_lcs.cc), and a pair of sentences with no word in common is skipped,
// since its LCS marks nothing. Cost: O(total tokens x (max_n + D)) for n-grams and
// skip-bigrams, O(reference tokens x system tokens / 64) for ROUGE-L.
#include "concord/rouge.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "eval/porter_stemmer.h"
#include "eval/rouge_internal.h"
#include "eval/rouge_text.h"

namespace concord::eval {
namespace {

using internal::Aggregator;
using internal::Prepared;
using internal::ScoreLcs;

constexpr std::uint32_t kDropped = UINT32_MAX;

// Dense ids for 64-bit keys: open addressing, linear probing.
class KeyInterner {
 public:
  void Reset(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    keys_.assign(capacity, kEmpty);
    ids_.resize(capacity);
    size_ = 0;
  }

  std::uint32_t Intern(std::uint64_t key) {
    if ((size_ + 1) * 2 > keys_.size()) Grow();
    std::size_t mask = keys_.size() - 1;
    std::size_t slot = Hash(key) & mask;
    while (true) {
      if (keys_[slot] == key) return ids_[slot];
      if (keys_[slot] == kEmpty) {
        keys_[slot] = key;
        ids_[slot] = static_cast<std::uint32_t>(size_);
        return static_cast<std::uint32_t>(size_++);
      }
      slot = (slot + 1) & mask;
    }
  }

  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

  static std::size_t Hash(std::uint64_t key) {
    key ^= key >> 29;
    key *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(key ^ (key >> 32));
  }

  void Grow() {
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_ids = std::move(ids_);
    keys_.assign(old_keys.size() * 2, kEmpty);
    ids_.assign(old_keys.size() * 2, 0);
    std::size_t mask = keys_.size() - 1;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == kEmpty) continue;
      std::size_t slot = Hash(old_keys[i]) & mask;
      while (keys_[slot] != kEmpty) slot = (slot + 1) & mask;
      keys_[slot] = old_keys[i];
      ids_[slot] = old_ids[i];
    }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> ids_;
  std::size_t size_ = 0;
};

// Dense ids for short strings (views that outlive the interner):
// open addressing with FNV-1a hashes.
class StringInterner {
 public:
  static constexpr std::uint32_t kAbsent = UINT32_MAX;

  StringInterner() { Rehash(256); }

  // The id of `key`, or kAbsent.
  std::uint32_t Find(std::string_view key, std::uint64_t hash) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      const Slot& entry = slots_[slot];
      if (entry.id == kAbsent) return kAbsent;
      if (entry.hash == hash && keys_[entry.id] == key) return entry.value;
    }
  }

  // Adds `key` (not present) with `value`; returns its id.
  void Insert(std::string_view key, std::uint64_t hash, std::uint32_t value) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    const auto id = static_cast<std::uint32_t>(keys_.size());
    keys_.push_back(key);
    Place(Slot{hash, id, value});
  }

  std::size_t size() const { return keys_.size(); }

  static std::uint64_t Hash(std::string_view key) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (char ch : key) {
      hash ^= static_cast<unsigned char>(ch);
      hash *= 0x100000001b3ull;
    }
    return hash ^ (hash >> 32);
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = kAbsent;  // index into keys_
    std::uint32_t value = 0;
  };

  void Place(const Slot& entry) {
    std::size_t mask = slots_.size() - 1;
    std::size_t slot = entry.hash & mask;
    while (slots_[slot].id != kAbsent) slot = (slot + 1) & mask;
    slots_[slot] = entry;
  }

  void Rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    for (const Slot& entry : old) {
      if (entry.id != kAbsent) Place(entry);
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> keys_;
};

// What -m makes of a token longer than 3 characters: its WordNet exception,
// else its Porter stem. Cached per thread for one scorer's data at a time
// (`owner` is the scorer's unique id); the strings stay put (deques) until
// the cache is dropped, which happens only between Score calls.
class StemCache {
 public:
  static StemCache& ForThread(std::uint64_t owner) {
    thread_local StemCache cache;
    if (cache.owner_ != owner || cache.words_.size() > (std::size_t{1} << 20)) {
      cache.words_.clear();
      cache.stems_.clear();
      cache.index_ = StringInterner();
      cache.owner_ = owner;
    }
    return cache;
  }

  // REQUIRES: hash == StringInterner::Hash(word).
  std::string_view Stem(std::string_view word, std::uint64_t hash,
                        const RougeData& data) {
    std::uint32_t id = index_.Find(word, hash);
    if (id != StringInterner::kAbsent) return stems_[id];
    words_.emplace_back(word);
    auto exception = data.exceptions.find(words_.back());
    stems_.push_back(exception != data.exceptions.end()
                         ? exception->second
                         : internal::RougePorterStem(word));
    id = static_cast<std::uint32_t>(stems_.size() - 1);
    index_.Insert(words_.back(), hash, id);
    return stems_[id];
  }

 private:
  std::uint64_t owner_ = 0;
  std::deque<std::string> words_;
  std::deque<std::string> stems_;
  StringInterner index_;  // views into words_ -> index into stems_
};

// Turns texts into token ids; one per Score call. Every distinct raw token
// is looked up (stopword, exception, stem) once.
class Tokenizer {
 public:
  Tokenizer(const RougeOptions& options, const RougeData& data,
            std::uint64_t owner)
      : options_(options),
        data_(data),
        stems_(options.stem ? &StemCache::ForThread(owner) : nullptr) {}

  void Prepare(const std::vector<std::string>& raw_lines, Prepared* text) {
    text->lines = internal::ReadLinesLikeRouge(raw_lines);
    std::vector<std::string_view> pieces = internal::TruncateForNgrams(
        text->lines, options_.word_limit, options_.byte_limit);
    for (std::string_view piece : pieces) AppendTokens(piece, &text->tokens);
    if (!options_.rouge_l) return;
    if (options_.byte_limit > 0) {
      pieces = internal::TruncateForLcs(text->lines, options_.word_limit,
                                        options_.byte_limit);
    }
    text->sentence_starts.push_back(0);
    for (std::string_view piece : pieces) {
      AppendTokens(piece, &text->sentence_tokens);
      text->sentence_starts.push_back(text->sentence_tokens.size());
    }
  }

  std::size_t vocabulary_size() const { return vocabulary_.size(); }

 private:
  void AppendTokens(std::string_view piece, std::vector<std::uint32_t>* out) {
    internal::ForEachRougeToken(piece, [&](std::string_view raw) {
      const std::uint64_t hash = StringInterner::Hash(raw);
      std::uint32_t id = raw_ids_.Find(raw, hash);
      if (id == StringInterner::kAbsent) {
        id = Map(raw, hash);
        raw_ids_.Insert(raw, hash, id);
      }
      if (id != kDropped) out->push_back(id);
    });
  }

  std::uint32_t Map(std::string_view raw, std::uint64_t hash) {
    if (options_.remove_stopwords &&
        data_.stopwords.count(std::string(raw)) > 0) {
      return kDropped;
    }
    if (stems_ != nullptr && raw.size() > 3) {
      return Intern(stems_->Stem(raw, hash, data_));
    }
    return Intern(raw);
  }

  std::uint32_t Intern(std::string_view word) {
    const std::uint64_t hash = StringInterner::Hash(word);
    std::uint32_t id = vocabulary_.Find(word, hash);
    if (id == StringInterner::kAbsent) {
      id = static_cast<std::uint32_t>(vocabulary_.size());
      vocabulary_.Insert(word, hash, id);
    }
    return id;
  }

  const RougeOptions& options_;
  const RougeData& data_;
  StemCache* stems_;
  // Keys are views into the lines of the Prepared texts and into the stem
  // cache, both of which outlive the tokenizer.
  StringInterner raw_ids_;
  StringInterner vocabulary_;
};

// The script's recall key for -f B on n-grams and skip-bigrams: rounded.
double RoundedRecall(std::int64_t hits, std::int64_t count) {
  if (count == 0) return 0;
  return RoundLikeRouge(static_cast<double>(hits) / static_cast<double>(count));
}

// Clipped overlap of gram-id lists against a peer count table.
class GramCounter {
 public:
  void SetPeer(const std::vector<std::uint32_t>& peer_grams, std::size_t ids) {
    peer_count_.assign(ids, 0);
    model_count_.assign(ids, 0);
    for (std::uint32_t gram : peer_grams) ++peer_count_[gram];
  }

  std::int64_t Hits(const std::vector<std::uint32_t>& model_grams) {
    for (std::uint32_t gram : model_grams) ++model_count_[gram];
    std::int64_t hits = 0;
    for (std::uint32_t gram : model_grams) {
      if (model_count_[gram] == 0) continue;
      hits += std::min(model_count_[gram], peer_count_[gram]);
      model_count_[gram] = 0;
    }
    return hits;
  }

 private:
  std::vector<std::int32_t> peer_count_;
  std::vector<std::int32_t> model_count_;
};

RougeScore ScoreGrams(const std::vector<std::uint32_t>& peer,
                      const std::vector<std::vector<std::uint32_t>>& models,
                      std::size_t ids, const RougeOptions& options) {
  GramCounter counter;
  counter.SetPeer(peer, ids);
  Aggregator aggregator(options.aggregate);
  const auto peer_count = static_cast<std::int64_t>(peer.size());
  for (const std::vector<std::uint32_t>& model : models) {
    const std::int64_t hits = counter.Hits(model);
    const auto model_count = static_cast<std::int64_t>(model.size());
    aggregator.Add(hits, model_count, peer_count,
                   RoundedRecall(hits, model_count));
  }
  return aggregator.Finish(options);
}

// N-gram ids of one text, given the (n-1)-gram ids (or the tokens for n = 2).
std::vector<std::uint32_t> NextLevel(const std::vector<std::uint32_t>& previous,
                                     const std::vector<std::uint32_t>& tokens,
                                     std::size_t n, KeyInterner* interner) {
  std::vector<std::uint32_t> grams;
  if (tokens.size() < n) return grams;
  grams.reserve(tokens.size() - n + 1);
  for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
    grams.push_back(interner->Intern((std::uint64_t{previous[i]} << 32) |
                                     tokens[i + n - 1]));
  }
  return grams;
}

std::vector<std::uint32_t> SkipBigrams(const std::vector<std::uint32_t>& tokens,
                                       int distance, bool unigrams,
                                       KeyInterner* interner) {
  std::vector<std::uint32_t> grams;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (unigrams) {
      grams.push_back(
          interner->Intern((std::uint64_t{tokens[i]} << 32) | 0xFFFFFFFFu));
    }
    std::size_t last = n - 1;
    if (distance >= 0) {
      last = std::min(last, i + static_cast<std::size_t>(distance) + 1);
    }
    for (std::size_t j = i + 1; j <= last; ++j) {
      grams.push_back(
          interner->Intern((std::uint64_t{tokens[i]} << 32) | tokens[j]));
    }
  }
  return grams;
}

}  // namespace

double RoundLikeRouge(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.5f", value);
  return std::strtod(buffer, nullptr);
}

const RougeScore* RougeScores::Find(std::string_view name) const {
  for (const auto& [measure, score] : measures) {
    if (measure == name) return &score;
  }
  return nullptr;
}

std::vector<std::string> RougeMeasureNames(const RougeOptions& options) {
  std::vector<std::string> names;
  for (int n = 1; n <= options.max_n; ++n) {
    names.push_back("ROUGE-" + std::to_string(n));
  }
  if (options.rouge_l) names.push_back("ROUGE-L");
  if (options.skip_distance.has_value()) {
    const int distance = *options.skip_distance;
    names.push_back(std::string(options.skip_unigrams ? "ROUGE-SU" : "ROUGE-S") +
                    (distance >= 0 ? std::to_string(distance) : "*"));
  }
  return names;
}

Result<RougeScorer> RougeScorer::Create(const RougeOptions& options,
                                        RougeData data) {
  if (options.max_n < 0) {
    return Status::InvalidArgument("max_n (-n) must be 0 or more, got " +
                                   std::to_string(options.max_n));
  }
  if (options.word_limit < 0 || options.byte_limit < 0) {
    return Status::InvalidArgument(
        "word_limit (-l) and byte_limit (-b) must be 0 or more");
  }
  if (options.word_limit > 0 && options.byte_limit > 0) {
    return Status::InvalidArgument(
        "give a word limit (-l) or a byte limit (-b), not both");
  }
  if (!(options.alpha >= 0 && options.alpha <= 1)) {
    return Status::InvalidArgument("alpha (-p) must be between 0 and 1, got " +
                                   std::to_string(options.alpha));
  }
  if (options.skip_unigrams && !options.skip_distance.has_value()) {
    return Status::InvalidArgument(
        "skip_unigrams (-u) needs skip_distance (-2)");
  }
  if (options.max_n == 0 && !options.rouge_l &&
      !options.skip_distance.has_value()) {
    return Status::InvalidArgument(
        "nothing to compute: max_n (-n) is 0, ROUGE-L is off (-x) and no "
        "skip distance (-2) is set");
  }
  if (options.remove_stopwords && !data.has_stopwords) {
    return Status::InvalidArgument(
        "remove_stopwords (-s) needs the SMART stopword list, which " +
        (data.source.empty() ? std::string("this data") : data.source) +
        " does not have; load a ROUGE data folder with LoadRougeData");
  }
  static std::atomic<std::uint64_t> next_id{1};
  return RougeScorer(options, std::move(data), next_id.fetch_add(1));
}

Result<RougeScores> RougeScorer::Score(
    const std::vector<std::string>& system_lines,
    const std::vector<std::vector<std::string>>& references) const {
  if (references.empty()) {
    return Status::InvalidArgument("no reference summary to score against");
  }
  Tokenizer tokenizer(options_, data_, id_);
  Prepared peer;
  tokenizer.Prepare(system_lines, &peer);
  std::vector<Prepared> models(references.size());
  for (std::size_t r = 0; r < references.size(); ++r) {
    tokenizer.Prepare(references[r], &models[r]);
  }
  const std::size_t vocabulary = tokenizer.vocabulary_size();

  RougeScores scores;
  const std::vector<std::string> names = RougeMeasureNames(options_);
  std::size_t next_name = 0;

  // ROUGE-N, level by level: level n ids are (level n-1 id, token) pairs.
  if (options_.max_n >= 1) {
    std::vector<std::vector<std::uint32_t>> model_grams(models.size());
    for (std::size_t r = 0; r < models.size(); ++r) {
      model_grams[r] = models[r].tokens;
    }
    std::vector<std::uint32_t> peer_grams = peer.tokens;
    scores.measures.emplace_back(
        names[next_name++],
        ScoreGrams(peer_grams, model_grams, vocabulary, options_));
    KeyInterner interner;
    for (int n = 2; n <= options_.max_n; ++n) {
      std::size_t expected = peer.tokens.size();
      for (const Prepared& model : models) expected += model.tokens.size();
      interner.Reset(expected);
      const auto size = static_cast<std::size_t>(n);
      peer_grams = NextLevel(peer_grams, peer.tokens, size, &interner);
      for (std::size_t r = 0; r < models.size(); ++r) {
        model_grams[r] =
            NextLevel(model_grams[r], models[r].tokens, size, &interner);
      }
      scores.measures.emplace_back(
          names[next_name++],
          ScoreGrams(peer_grams, model_grams, interner.size(), options_));
    }
  }

  if (options_.rouge_l) {
    Result<RougeScore> lcs = ScoreLcs(peer, models, vocabulary, options_);
    if (!lcs.ok()) return lcs.status();
    scores.measures.emplace_back(names[next_name++], lcs.value());
  }

  if (options_.skip_distance.has_value()) {
    KeyInterner interner;
    std::size_t expected = peer.tokens.size();
    for (const Prepared& model : models) expected += model.tokens.size();
    interner.Reset(expected * 6);
    const int distance = *options_.skip_distance;
    std::vector<std::uint32_t> peer_grams =
        SkipBigrams(peer.tokens, distance, options_.skip_unigrams, &interner);
    std::vector<std::vector<std::uint32_t>> model_grams;
    model_grams.reserve(models.size());
    for (const Prepared& model : models) {
      model_grams.push_back(
          SkipBigrams(model.tokens, distance, options_.skip_unigrams, &interner));
    }
    scores.measures.emplace_back(
        names[next_name++],
        ScoreGrams(peer_grams, model_grams, interner.size(), options_));
  }
  return scores;
}

}  // namespace concord::eval
