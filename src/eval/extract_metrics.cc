// Extraction metrics of the ScrapingHub and WCXB benchmarks
// (extract_metrics.h), written from their definitions in
// ../shared/data/*/MANIFEST.md.
#include "concord/extract_metrics.h"

#include <utf8proc.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concord::eval {
namespace {

bool IsWordCodepoint(utf8proc_int32_t cp) {
  if (cp == '_') return true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

void AppendCodepoint(utf8proc_int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

std::vector<std::string> Shingles(const std::vector<std::string>& tokens) {
  constexpr size_t kN = 4;
  std::vector<std::string> out;
  const size_t count = tokens.size() >= kN ? tokens.size() - kN + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    std::string s;
    for (size_t k = i; k < std::min(tokens.size(), i + kN); ++k) {
      if (!s.empty()) s.push_back(' ');
      s += tokens[k];
    }
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

// Shared count of two multisets given as vectors.
double Overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::unordered_map<std::string_view, long> counts;
  for (const std::string& s : a) ++counts[s];
  double shared = 0;
  for (const std::string& s : b) {
    auto it = counts.find(s);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++shared;
    }
  }
  return shared;
}

std::string Normalized(std::string_view text) {
  std::string out;
  bool space = false;
  for (utf8proc_ssize_t i = 0; i < static_cast<utf8proc_ssize_t>(text.size());) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + i,
                         static_cast<utf8proc_ssize_t>(text.size()) - i, &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    i += n;
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_ZS || cp == '\n' || cp == '\t' || cp == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    AppendCodepoint(utf8proc_tolower(cp), &out);
  }
  return out;
}

}  // namespace

std::vector<std::string> WordTokens(std::string_view text, bool lower) {
  std::vector<std::string> tokens;
  std::string current;
  for (utf8proc_ssize_t i = 0; i < static_cast<utf8proc_ssize_t>(text.size());) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + i,
                         static_cast<utf8proc_ssize_t>(text.size()) - i, &cp);
    i += n > 0 ? n : 1;
    if (n > 0 && IsWordCodepoint(cp)) {
      AppendCodepoint(lower ? utf8proc_tolower(cp) : cp, &current);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

ShingleScore ScoreShingles(std::string_view predicted, std::string_view truth) {
  const std::vector<std::string> p = WordTokens(predicted, false), t = WordTokens(truth, false);
  const std::vector<std::string> ps = Shingles(p), ts = Shingles(t);
  ShingleScore s;
  s.tp = Overlap(ts, ps);
  s.fp = static_cast<double>(ps.size()) - s.tp;
  s.fn = static_cast<double>(ts.size()) - s.tp;
  s.exact = p == t;
  return s;
}

ShingleSummary SummarizeShingles(const std::vector<ShingleScore>& pages) {
  ShingleSummary out;
  out.pages = pages.size();
  double p_sum = 0, r_sum = 0, exact = 0;
  size_t p_n = 0, r_n = 0;
  for (const ShingleScore& s : pages) {
    exact += s.exact;
    if (s.fp == 0 && s.fn == 0) {  // identical (or both empty): a perfect page
      p_sum += 1, r_sum += 1, ++p_n, ++r_n;
      continue;
    }
    if (s.tp + s.fp > 0) p_sum += s.tp / (s.tp + s.fp), ++p_n;
    if (s.tp + s.fn > 0) r_sum += s.tp / (s.tp + s.fn), ++r_n;
  }
  out.precision = p_n > 0 ? p_sum / static_cast<double>(p_n) : 0;
  out.recall = r_n > 0 ? r_sum / static_cast<double>(r_n) : 0;
  const double sum = out.precision + out.recall;
  out.f1 = sum > 0 ? 2 * out.precision * out.recall / sum : 0;
  out.accuracy = pages.empty() ? 0 : exact / static_cast<double>(pages.size());
  return out;
}

WordScore ScoreWords(std::string_view predicted, std::string_view truth) {
  const std::vector<std::string> p = WordTokens(predicted, true), t = WordTokens(truth, true);
  WordScore s;
  if (p.empty() && t.empty()) return {1, 1, 1};
  if (p.empty() || t.empty()) return s;
  const double shared = Overlap(t, p);
  s.precision = shared / static_cast<double>(p.size());
  s.recall = shared / static_cast<double>(t.size());
  s.f1 = shared > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

size_t SnippetsFound(std::string_view text, const std::vector<std::string>& snippets) {
  const std::string haystack = Normalized(text);
  size_t found = 0;
  for (const std::string& snippet : snippets) {
    const std::string needle = Normalized(snippet);
    found += !needle.empty() && haystack.find(needle) != std::string::npos;
  }
  return found;
}

bool SameWords(std::string_view a, std::string_view b) {
  const std::vector<std::string> x = WordTokens(a, true);
  return !x.empty() && x == WordTokens(b, true);
}

bool SameDate(std::string_view a, std::string_view b) {
  auto date = [](std::string_view s) -> std::string {
    for (size_t i = 0; i + 10 <= s.size(); ++i) {
      const std::string_view d = s.substr(i, 10);
      if (std::isdigit(static_cast<unsigned char>(d[0])) && d[4] == '-' && d[7] == '-') {
        return std::string(d);
      }
    }
    return "";
  };
  const std::string x = date(a);
  return !x.empty() && x == date(b);
}

}  // namespace concord::eval
