// ImproveCoverage: a local search on the coverage objective
// (coverage_search.h). The state is the taken candidates, how many taken
// candidates hold each concept, and the budget used. Each step first
// weighs every candidate against the taken ones as they are (what it
// brings in with its needs, their cost and gain, the taken candidates it
// needs or conflicts with); a move that takes some out then only adds, to
// each candidate's gain, the weight of the concepts it covers among those
// the move uncovers, found through the candidates that hold them.
#include "summarize/coverage_search.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <unordered_map>
#include <utility>

namespace concord::summarize::internal {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

// For each candidate, itself and every candidate reached through `edges`.
std::vector<std::vector<uint32_t>> Closures(const std::vector<std::vector<uint32_t>>& edges) {
  const size_t n = edges.size();
  std::vector<std::vector<uint32_t>> out(n);
  std::vector<uint32_t> stamp(n, kNone);
  std::vector<uint32_t> stack;
  for (uint32_t j = 0; j < n; ++j) {
    stack.assign(1, j);
    stamp[j] = j;
    while (!stack.empty()) {
      const uint32_t x = stack.back();
      stack.pop_back();
      out[j].push_back(x);
      for (uint32_t y : edges[x]) {
        if (stamp[y] == j) continue;
        stamp[y] = j;
        stack.push_back(y);
      }
    }
  }
  return out;
}

// What bringing a candidate in does, against the taken candidates of the
// step: it is possible only when none of `needed` leaves and all of
// `conflicts` do.
struct Entry {
  bool possible = false;
  size_t cost = 0;                  // of the untaken candidates it brings in
  double gain = 0;                  // their bonus and the concepts they cover
  std::vector<uint32_t> needed;     // taken candidates it needs
  std::vector<uint32_t> conflicts;  // taken candidates a rule excludes with it
};

class Search {
 public:
  Search(const CoverageProblem& problem, const ExcludedFn* excluded);
  void Start(const std::vector<uint32_t>& start);
  // Makes the best improving move; false when none improves.
  bool Step();
  std::vector<uint32_t> Chosen() const;
  long pairs() const { return pairs_; }

 private:
  struct Move {
    double delta = 0;
    uint32_t out[2] = {kNone, kNone};  // taken out, with their dependents
    uint32_t in[2] = {kNone, kNone};   // brought in, with their needs
  };
  void Add(uint32_t x);
  void Prepare();
  // Takes out r's taken dependents (r included) after what the last
  // BeginOut took out; returns the objective lost.
  void BeginOut();
  double Remove(uint32_t r);
  void Restore();
  // The gain of bringing `seeds` in with their needs, or a negative value
  // when the budget or a rule forbids it (or one of them was just taken out).
  double Entering(std::initializer_list<uint32_t> seeds);
  double SingleGain(uint32_t a) const;
  void Consider(uint32_t r, uint32_t r2, bool pairs, Move& best);
  // problem.excludes, or asked of `excluded_` once a pair: the answers
  // are kept in a row for each candidate that has been taken (most pairs
  // asked hold one) and in a hash map for the others, so that memory
  // grows with the pairs asked, not with the square of the candidates.
  bool Excluded(uint32_t x, uint32_t y);
  double Bonus(uint32_t x) const { return p_.bonus.empty() ? 0.0 : p_.bonus[x]; }

  const CoverageProblem& p_;
  const ExcludedFn* excluded_;
  std::vector<std::vector<uint32_t>> needs_, up_, down_, holders_;
  std::vector<std::vector<uint32_t>> listed_;  // problem.excludes, sorted
  std::vector<std::vector<int8_t>> row_;       // per candidate: -1 not asked
  std::unordered_map<uint64_t, bool> asked_;   // pairs with no row, low id first
  std::vector<char> taken_;
  std::vector<int> count_;  // per concept: taken candidates that hold it
  size_t used_ = 0;
  std::vector<Entry> entry_;  // per candidate, for the step
  // Scratch of a move: what it took out, the concepts it uncovered, the
  // gain each candidate adds from them, and the taken candidates left.
  std::vector<uint32_t> removed_, lost_, taken_list_, members_;
  std::vector<double> extra_;
  std::vector<uint32_t> out_stamp_, extra_stamp_, seen_stamp_, in_stamp_, concept_stamp_;
  uint32_t out_gen_ = 0, seen_gen_ = 0, in_gen_ = 0, concept_gen_ = 0;
  std::vector<std::pair<double, uint32_t>> singles_;
  long pairs_ = 0;
};

Search::Search(const CoverageProblem& problem, const ExcludedFn* excluded)
    : p_(problem),
      excluded_(excluded),
      needs_(problem.cost.size()),
      holders_(problem.weight.size()),
      listed_(problem.cost.size()),
      row_(problem.cost.size()),
      taken_(problem.cost.size(), 0),
      count_(problem.weight.size(), 0),
      entry_(problem.cost.size()),
      extra_(problem.cost.size(), 0.0),
      out_stamp_(problem.cost.size(), 0),
      extra_stamp_(problem.cost.size(), 0),
      seen_stamp_(problem.cost.size(), 0),
      in_stamp_(problem.cost.size(), 0),
      concept_stamp_(problem.weight.size(), 0) {
  const size_t n = problem.cost.size();
  std::vector<std::vector<uint32_t>> needed_by(n);
  for (const auto& [a, b] : problem.needs) {
    needs_[a].push_back(b);
    needed_by[b].push_back(a);
  }
  for (const auto& [a, b] : problem.excludes) {
    listed_[a].push_back(b);
    listed_[b].push_back(a);
  }
  for (auto& list : listed_) std::sort(list.begin(), list.end());
  for (uint32_t j = 0; j < n; ++j) {
    for (uint32_t c : problem.concepts[j]) holders_[c].push_back(j);
  }
  up_ = Closures(needs_);
  down_ = Closures(needed_by);
}

bool Search::Excluded(uint32_t x, uint32_t y) {
  if (std::binary_search(listed_[x].begin(), listed_[x].end(), y)) return true;
  if (excluded_ == nullptr) return false;
  if (taken_[x] && row_[x].empty()) row_[x].assign(p_.cost.size(), -1);
  if (taken_[y] && row_[y].empty()) row_[y].assign(p_.cost.size(), -1);
  int8_t* in_x = row_[x].empty() ? nullptr : &row_[x][y];
  int8_t* in_y = row_[y].empty() ? nullptr : &row_[y][x];
  if (in_x != nullptr && *in_x >= 0) return *in_x > 0;
  if (in_y != nullptr && *in_y >= 0) return *in_y > 0;
  const uint64_t key = (uint64_t{std::min(x, y)} << 32) | std::max(x, y);
  const auto found = asked_.find(key);
  const bool answer = found != asked_.end() ? found->second : (*excluded_)(x, y);
  if (in_x != nullptr) *in_x = answer ? 1 : 0;
  if (in_y != nullptr) *in_y = answer ? 1 : 0;
  if (in_x == nullptr && in_y == nullptr) asked_.emplace(key, answer);
  return answer;
}

void Search::Add(uint32_t x) {
  taken_[x] = 1;
  used_ += p_.cost[x];
  for (uint32_t c : p_.concepts[x]) ++count_[c];
}

void Search::Start(const std::vector<uint32_t>& start) {
  const size_t n = p_.cost.size();
  std::vector<uint32_t> order;
  std::vector<char> want(n, 0);
  for (uint32_t x : start) {
    if (x >= n || want[x]) continue;
    want[x] = 1;
    order.push_back(x);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t x : order) {  // a candidate without all it needs leaves
      if (!want[x]) continue;
      for (uint32_t y : needs_[x]) {
        if (!want[y]) want[x] = 0;
      }
      changed = changed || !want[x];
    }
    if (changed) continue;
    size_t cost = 0;
    for (size_t k = 0; k < order.size() && !changed; ++k) {  // excluded with an earlier one
      const uint32_t x = order[k];
      if (!want[x]) continue;
      cost += p_.cost[x];
      for (size_t e = 0; e < k && !changed; ++e) changed = want[order[e]] && Excluded(x, order[e]);
      if (changed) want[x] = 0;
    }
    for (size_t k = order.size(); !changed && cost > p_.budget && k-- > 0;) {  // the last picks
      if (!want[order[k]]) continue;
      want[order[k]] = 0;
      changed = true;
    }
  }
  for (uint32_t x : order) {
    if (want[x]) Add(x);
  }
}

// Each untaken candidate against the taken ones.
void Search::Prepare() {
  taken_list_.clear();
  for (uint32_t x = 0; x < taken_.size(); ++x) {
    if (taken_[x]) taken_list_.push_back(x);
  }
  for (uint32_t a = 0; a < taken_.size(); ++a) {
    Entry& e = entry_[a];
    e.possible = !taken_[a];
    e.needed.clear();
    e.conflicts.clear();
    if (!e.possible) continue;
    e.cost = 0;
    e.gain = 0;
    members_.clear();
    ++concept_gen_;
    for (uint32_t x : up_[a]) {
      if (taken_[x]) {
        e.needed.push_back(x);
        continue;
      }
      for (uint32_t m : members_) e.possible = e.possible && !Excluded(x, m);
      for (uint32_t y : taken_list_) {
        if (Excluded(x, y)) e.conflicts.push_back(y);
      }
      members_.push_back(x);
      e.cost += p_.cost[x];
      e.gain += Bonus(x);
      for (uint32_t c : p_.concepts[x]) {
        if (count_[c] > 0 || concept_stamp_[c] == concept_gen_) continue;
        concept_stamp_[c] = concept_gen_;
        e.gain += p_.weight[c];
      }
    }
  }
}

void Search::BeginOut() {
  ++out_gen_;
  removed_.clear();
  lost_.clear();
}

double Search::Remove(uint32_t r) {
  double loss = 0;
  if (r == kNone) return loss;
  for (uint32_t x : down_[r]) {
    if (!taken_[x]) continue;
    taken_[x] = 0;
    out_stamp_[x] = out_gen_;
    removed_.push_back(x);
    used_ -= p_.cost[x];
    loss += Bonus(x);
    for (uint32_t c : p_.concepts[x]) {
      if (--count_[c] > 0) continue;
      loss += p_.weight[c];
      lost_.push_back(c);
    }
  }
  return loss;
}

void Search::Restore() {
  for (uint32_t x : removed_) Add(x);
  removed_.clear();
}

double Search::Entering(std::initializer_list<uint32_t> seeds) {
  ++in_gen_;
  members_.clear();
  size_t cost = 0;
  for (uint32_t s : seeds) {
    for (uint32_t x : up_[s]) {
      if (taken_[x] || in_stamp_[x] == in_gen_) continue;
      if (out_stamp_[x] == out_gen_) return -1;
      in_stamp_[x] = in_gen_;
      members_.push_back(x);
      cost += p_.cost[x];
    }
  }
  if (used_ + cost > p_.budget) return -1;
  for (size_t k = 0; k < members_.size(); ++k) {
    for (uint32_t y : taken_list_) {
      if (taken_[y] && Excluded(members_[k], y)) return -1;
    }
    for (size_t e = 0; e < k; ++e) {
      if (Excluded(members_[k], members_[e])) return -1;
    }
  }
  ++concept_gen_;
  double gain = 0;
  for (uint32_t x : members_) {
    gain += Bonus(x);
    for (uint32_t c : p_.concepts[x]) {
      if (count_[c] > 0 || concept_stamp_[c] == concept_gen_) continue;
      concept_stamp_[c] = concept_gen_;
      gain += p_.weight[c];
    }
  }
  return gain;
}

// A candidate's gain once the move's candidates are out, or -1 when it
// cannot come in then.
double Search::SingleGain(uint32_t a) const {
  const Entry& e = entry_[a];
  if (!e.possible || used_ + e.cost > p_.budget) return -1;
  for (uint32_t y : e.needed) {
    if (out_stamp_[y] == out_gen_) return -1;
  }
  for (uint32_t y : e.conflicts) {
    if (out_stamp_[y] != out_gen_) return -1;
  }
  return e.gain + (extra_stamp_[a] == out_gen_ ? extra_[a] : 0.0);
}

// The moves that take out `r` and `r2` (kNone: nothing) and bring in one
// candidate, or with `pairs` two; the best replaces `best` when it gains more.
void Search::Consider(uint32_t r, uint32_t r2, bool pairs, Move& best) {
  BeginOut();
  const double loss = Remove(r) + Remove(r2);
  // What the uncovered concepts add to the candidates that bring them back.
  for (uint32_t c : lost_) {
    ++seen_gen_;
    for (uint32_t x : holders_[c]) {
      if (taken_[x] || out_stamp_[x] == out_gen_) continue;
      for (uint32_t a : down_[x]) {
        if (seen_stamp_[a] == seen_gen_) continue;
        seen_stamp_[a] = seen_gen_;
        if (extra_stamp_[a] != out_gen_) extra_[a] = 0;
        extra_stamp_[a] = out_gen_;
        extra_[a] += p_.weight[c];
      }
    }
  }
  singles_.clear();
  for (uint32_t a = 0; a < taken_.size(); ++a) {
    const double gain = SingleGain(a);
    if (gain < 0) continue;
    singles_.emplace_back(gain, a);
    if (gain - loss > best.delta) best = Move{gain - loss, {r, r2}, {a, kNone}};
  }
  if (pairs && singles_.size() > 1) {
    // Coverage is submodular: a pair gains at most the sum of its singles,
    // so only a single that beats the move with the best other one counts.
    double top = 0;
    for (const auto& single : singles_) top = std::max(top, single.first);
    const double floor = best.delta + loss - top;
    singles_.erase(std::remove_if(singles_.begin(), singles_.end(),
                                  [&](const auto& x) { return x.first <= floor; }),
                   singles_.end());
    const auto better = [](const auto& x, const auto& y) {
      return x.first > y.first || (x.first == y.first && x.second < y.second);
    };
    if (singles_.size() > kPairSingles) {  // bounded: n tying singles make n^2/2 pairs
      std::nth_element(singles_.begin(), singles_.begin() + kPairSingles, singles_.end(), better);
      singles_.resize(kPairSingles);
    }
    std::sort(singles_.begin(), singles_.end(), better);
    for (size_t i = 0; i < singles_.size(); ++i) {
      for (size_t j = i + 1; j < singles_.size(); ++j) {
        if (singles_[i].first + singles_[j].first - loss <= best.delta) break;
        ++pairs_;
        const double gain = Entering({singles_[i].second, singles_[j].second});
        if (gain >= 0 && gain - loss > best.delta) {
          best = Move{gain - loss, {r, r2}, {singles_[i].second, singles_[j].second}};
        }
      }
    }
  }
  Restore();
}

bool Search::Step() {
  Prepare();
  double objective = 0;
  for (size_t c = 0; c < count_.size(); ++c) objective += count_[c] > 0 ? p_.weight[c] : 0.0;
  Move best;
  best.delta = 1e-9 * std::max(1.0, objective);
  const double floor = best.delta;
  // One in; one out and one in; one out and two in; two out and two in.
  Consider(kNone, kNone, false, best);
  const std::vector<uint32_t> taken = taken_list_;
  for (uint32_t r : taken) Consider(r, kNone, false, best);
  for (size_t i = 0; best.delta == floor && i < taken.size(); ++i) {
    Consider(taken[i], kNone, true, best);
  }
  for (size_t i = 0; best.delta == floor && i < taken.size(); ++i) {
    for (size_t j = i + 1; j < taken.size(); ++j) Consider(taken[i], taken[j], true, best);
  }
  if (best.delta == floor) return false;
  BeginOut();
  Remove(best.out[0]);
  Remove(best.out[1]);
  removed_.clear();
  for (uint32_t s : best.in) {
    if (s == kNone) continue;
    for (uint32_t x : up_[s]) {
      if (!taken_[x]) Add(x);
    }
  }
  return true;
}

std::vector<uint32_t> Search::Chosen() const {
  std::vector<uint32_t> chosen;
  for (uint32_t x = 0; x < taken_.size(); ++x) {
    if (taken_[x]) chosen.push_back(x);
  }
  return chosen;
}

}  // namespace

SearchResult ImproveCoverage(const CoverageProblem& problem, const std::vector<uint32_t>& start,
                             const ExcludedFn* excluded, int max_moves) {
  Search search(problem, excluded);
  search.Start(start);
  SearchResult result;
  result.start = CoverageObjective(problem, search.Chosen());
  while (result.moves < max_moves && search.Step()) ++result.moves;
  result.chosen = search.Chosen();
  result.pairs = search.pairs();
  result.objective = CoverageObjective(problem, result.chosen);
  return result;
}

}  // namespace concord::summarize::internal
