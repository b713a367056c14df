// SolveCoverage: the coverage ILP (ilp.h) handed to GLPK.
//
// Columns 1..n are the candidates (binary), n+1..n+m the concepts
// (continuous in [0, 1]). GLPK's MIP presolver and branch and cut do the
// rest; a callback counts the nodes and stops the search past the limit,
// so the answer does not depend on the machine's speed. GLPK keeps its
// environment per thread (thread-local storage in Debian's build), so
// solves on several threads do not interfere.
#include "summarize/ilp.h"

#include <algorithm>
#include <string>
#include <utility>

#ifdef CONCORD_HAVE_GLPK
#include <glpk.h>
#endif

namespace concord::summarize::internal {

double CoverageObjective(const CoverageProblem& problem, const std::vector<uint32_t>& chosen) {
  std::vector<bool> covered(problem.weight.size(), false);
  double total = 0;
  for (uint32_t j : chosen) {
    if (!problem.bonus.empty()) total += problem.bonus[j];
    for (uint32_t c : problem.concepts[j]) {
      if (!covered[c]) total += problem.weight[c];
      covered[c] = true;
    }
  }
  return total;
}

#ifndef CONCORD_HAVE_GLPK

bool IlpAvailable() { return false; }

IlpResult SolveCoverage(const CoverageProblem&, const IlpLimits&) {
  IlpResult result;
  result.outcome = IlpResult::Outcome::kUnavailable;
  result.note = "built without GLPK (libglpk-dev)";
  return result;
}

#else

bool IlpAvailable() { return true; }

namespace {

// The constraint matrix in GLPK's 1-based triplet form.
struct Triplets {
  std::vector<int> row{0};
  std::vector<int> col{0};
  std::vector<double> value{0.0};
  void Add(int r, int c, double v) {
    row.push_back(r);
    col.push_back(c);
    value.push_back(v);
  }
};

struct NodeLimit {
  int max_nodes = 0;
  bool hit = false;
  int nodes = 0;  // the most nodes the tree held, for the note
};

void CountNodes(glp_tree* tree, void* info) {
  auto* limit = static_cast<NodeLimit*>(info);
  int active = 0;
  int current = 0;
  int total = 0;
  glp_ios_tree_size(tree, &active, &current, &total);
  limit->nodes = std::max(limit->nodes, total);
  if (total > limit->max_nodes && !limit->hit) {
    limit->hit = true;
    glp_ios_terminate(tree);
  }
}

// Adds the rows of `problem` to `lp` (columns already there).
void AddRows(const CoverageProblem& problem, glp_prob* lp) {
  const int n = static_cast<int>(problem.cost.size());
  const int m = static_cast<int>(problem.weight.size());
  Triplets t;
  auto add_row = [&](int type, double upper) {
    const int r = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, r, type, 0.0, upper);
    return r;
  };
  // The budget.
  const int budget_row = add_row(GLP_UP, static_cast<double>(problem.budget));
  for (int j = 0; j < n; ++j) t.Add(budget_row, j + 1, static_cast<double>(problem.cost[j]));
  // A concept is covered only by a taken candidate that holds it, and
  // (implication_rows) a taken candidate covers its concepts.
  std::vector<std::vector<int> > holders(m);
  for (int j = 0; j < n; ++j) {
    for (uint32_t c : problem.concepts[j]) {
      holders[c].push_back(j);
      if (!problem.implication_rows) continue;
      const int r = add_row(GLP_UP, 0.0);
      t.Add(r, j + 1, 1.0);
      t.Add(r, n + 1 + static_cast<int>(c), -1.0);
    }
  }
  for (int c = 0; c < m; ++c) {
    const int r = add_row(GLP_UP, 0.0);
    t.Add(r, n + 1 + c, 1.0);
    for (int j : holders[c]) t.Add(r, j + 1, -1.0);
  }
  for (const auto& [a, b] : problem.needs) {
    const int r = add_row(GLP_UP, 0.0);
    t.Add(r, static_cast<int>(a) + 1, 1.0);
    t.Add(r, static_cast<int>(b) + 1, -1.0);
  }
  for (const auto& [a, b] : problem.excludes) {
    const int r = add_row(GLP_UP, 1.0);
    t.Add(r, static_cast<int>(a) + 1, 1.0);
    t.Add(r, static_cast<int>(b) + 1, 1.0);
  }
  glp_load_matrix(lp, static_cast<int>(t.row.size()) - 1, t.row.data(), t.col.data(),
                  t.value.data());
}

}  // namespace

IlpResult SolveCoverage(const CoverageProblem& problem, const IlpLimits& limits) {
  IlpResult result;
  const int n = static_cast<int>(problem.cost.size());
  const int m = static_cast<int>(problem.weight.size());
  if (n == 0) {
    result.outcome = IlpResult::Outcome::kOptimal;
    result.note = "no candidate to choose from (none fits the budget and its rules)";
    return result;
  }
  // GLPK aborts the process on a column out of range; a rule naming a
  // candidate the problem lacks is a bug upstream, so it fails here and the
  // caller falls back to the greedy selection.
  const auto out_of_range = [n](const std::pair<uint32_t, uint32_t>& rule) {
    return rule.first >= static_cast<uint32_t>(n) || rule.second >= static_cast<uint32_t>(n);
  };
  if (std::any_of(problem.needs.begin(), problem.needs.end(), out_of_range) ||
      std::any_of(problem.excludes.begin(), problem.excludes.end(), out_of_range)) {
    result.outcome = IlpResult::Outcome::kFailed;
    result.note = "a rule names a candidate outside the problem";
    return result;
  }
  glp_term_out(GLP_OFF);
  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  glp_add_cols(lp, n + m);
  for (int j = 0; j < n; ++j) {
    glp_set_col_kind(lp, j + 1, GLP_BV);
    glp_set_obj_coef(lp, j + 1, problem.bonus.empty() ? 0.0 : problem.bonus[j]);
  }
  for (int c = 0; c < m; ++c) {
    glp_set_col_bnds(lp, n + 1 + c, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(lp, n + 1 + c, problem.weight[c]);
  }
  AddRows(problem, lp);

  NodeLimit node_limit{limits.max_nodes, false};
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.presolve = GLP_ON;
  parm.tm_lim = limits.time_limit_ms;
  parm.mip_gap = limits.mip_gap;
  parm.cb_func = CountNodes;
  parm.cb_info = &node_limit;
  const int code = glp_intopt(lp, &parm);
  const int status = glp_mip_status(lp);
  const std::string size = std::to_string(n) + " sentences, " + std::to_string(m) + " concepts";
  // GLP_EMIPGAP: stopped with a solution within the gap, which is optimal
  // by the gap's definition.
  if ((code == 0 && status == GLP_OPT) || (code == GLP_EMIPGAP && status == GLP_FEAS)) {
    result.outcome = IlpResult::Outcome::kOptimal;
    for (int j = 0; j < n; ++j) {
      if (glp_mip_col_val(lp, j + 1) > 0.5) result.chosen.push_back(static_cast<uint32_t>(j));
    }
    result.objective = glp_mip_obj_val(lp);
    result.note = "solved exactly (" + size + ", " + std::to_string(node_limit.nodes) + " nodes)";
  } else if (code == GLP_ESTOP || code == GLP_ETMLIM || node_limit.hit) {
    result.outcome = IlpResult::Outcome::kStopped;
    result.note = code == GLP_ETMLIM
                      ? "GLPK reached its time limit of " + std::to_string(limits.time_limit_ms) +
                            " ms (" + size + ")"
                      : "GLPK reached its limit of " + std::to_string(limits.max_nodes) +
                            " branch-and-bound nodes (" + size + ")";
  } else {
    result.outcome = IlpResult::Outcome::kFailed;
    result.note = "GLPK failed (glp_intopt returned " + std::to_string(code) + ", status " +
                  std::to_string(status) + "; " + size + ")";
  }
  glp_delete_prob(lp);
  // GLPK's environment lives in thread-local storage until freed: free it,
  // so a worker thread that ends leaves nothing behind (and leak checkers
  // see nothing); the next solve on the thread makes a new one.
  glp_free_env();
  return result;
}

#endif  // CONCORD_HAVE_GLPK

}  // namespace concord::summarize::internal
