// Small coverage problems and a story shared by the tests of the exact
// solver (ilp_test.cc) and of the local search (coverage_search_test.cc).
#ifndef CONCORD_TESTS_SUMMARIZE_COVERAGE_PROBLEMS_H_
#define CONCORD_TESTS_SUMMARIZE_COVERAGE_PROBLEMS_H_

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "concord/article.h"
#include "summarize/ilp.h"

namespace concord::testing {

// The budgeted knapsack that defeats any greedy by value per unit: A is
// the densest (9.4 over 8 units) but leaves room for nothing, while B and
// C (6.8 over 6 units each) fill the budget of 12 together.
inline summarize::internal::CoverageProblem KnapsackTrap() {
  summarize::internal::CoverageProblem problem;
  problem.cost = {8, 6, 6};
  problem.concepts = {{0, 1}, {2}, {3}};
  problem.weight = {4.7, 4.7, 6.8, 6.8};
  problem.budget = 12;
  return problem;
}

// A random problem of `min_candidates` to `min_candidates` + 7 candidates
// (cost 3 to 17, each holding each of 3 to 14 concepts with chance 1/3,
// weights 0.1 to 10), with a bonus per candidate when `bonus`; the caller
// sets its needs, excludes and budget.
inline summarize::internal::CoverageProblem RandomProblem(std::mt19937& rng,
                                                          uint32_t min_candidates, bool bonus) {
  summarize::internal::CoverageProblem problem;
  const uint32_t n = min_candidates + rng() % 8;
  const uint32_t m = 3 + rng() % 12;
  for (uint32_t c = 0; c < m; ++c) problem.weight.push_back(0.1 + (rng() % 100) / 10.0);
  for (uint32_t j = 0; j < n; ++j) {
    problem.cost.push_back(3 + rng() % 15);
    std::vector<uint32_t> held;
    for (uint32_t c = 0; c < m; ++c) {
      if (rng() % 3 == 0) held.push_back(c);
    }
    problem.concepts.push_back(held);
    if (bonus) problem.bonus.push_back((rng() % 10) / 10.0);
  }
  return problem;
}

// The best objective of a small problem, by brute force over every subset.
inline double BestByEnumeration(const summarize::internal::CoverageProblem& problem) {
  const size_t n = problem.cost.size();
  double best = 0;
  for (uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<uint32_t> chosen;
    size_t cost = 0;
    for (uint32_t j = 0; j < n; ++j) {
      if (mask & (1u << j)) {
        chosen.push_back(j);
        cost += problem.cost[j];
      }
    }
    bool ok = cost <= problem.budget;
    for (const auto& [a, b] : problem.needs) ok = ok && (!(mask >> a & 1) || (mask >> b & 1));
    for (const auto& [a, b] : problem.excludes) ok = ok && !((mask >> a & 1) && (mask >> b & 1));
    if (ok) best = std::max(best, summarize::internal::CoverageObjective(problem, chosen));
  }
  return best;
}

// A story with the same trap in words: with the prior, the salience and
// the length scaling switched off, the default's greedy takes sentences by
// concept weight per word. The nine-word sentence is the densest (more
// bigrams a word) and leaves three words, where neither six-word sentence
// fits; the exact solver takes the two six-word sentences, which cover
// more.
inline Cluster TrapStory() {
  Cluster cluster;
  cluster.id = "trap";
  Article article;
  article.text =
      "Veteran harbor engineers found deep cracks beneath rusted girders. "
      "Ferry crews rerouted morning commuters northward. "
      "Island bakeries reported severe flour shortages.";
  cluster.articles.push_back(article);
  return cluster;
}

}  // namespace concord::testing

#endif  // CONCORD_TESTS_SUMMARIZE_COVERAGE_PROBLEMS_H_
