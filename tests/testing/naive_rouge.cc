// See naive_rouge.h. Written for obviousness, not speed: every step is the
// script's, on strings, in the script's order.
#include "testing/naive_rouge.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "eval/porter_stemmer.h"

namespace concord::testing {
namespace {

using eval::RougeOptions;
using eval::RougeScore;

bool IsSpace(char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

// Perl's split(/\s+/, s): leading empty field kept, trailing ones dropped.
std::vector<std::string> PerlSplit(const std::string& s) {
  std::vector<std::string> fields;
  std::string field;
  bool in_space = false;
  for (char ch : s) {
    if (IsSpace(ch)) {
      if (!in_space) {
        fields.push_back(field);
        field.clear();
      }
      in_space = true;
    } else {
      field += ch;
      in_space = false;
    }
  }
  fields.push_back(field);
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  return fields;
}

std::string Join(const std::vector<std::string>& words, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

// The SPL reading: chomp, skip empty, tr/A-Z/a-z/.
std::vector<std::string> SentenceList(const std::vector<std::string>& lines) {
  std::vector<std::string> list;
  for (std::string line : lines) {
    if (line.empty()) continue;
    for (char& ch : line) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    list.push_back(line);
  }
  return list;
}

// s/-/ - /g; s/[^A-Za-z0-9\-]/ /g; s/^\s+//; s/\s+$//; s/\s+/ /g
std::string Clean(const std::string& text) {
  std::string spaced;
  for (char ch : text) {
    if (ch == '-') {
      spaced += " - ";
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
               (ch >= '0' && ch <= '9')) {
      spaced += ch;
    } else {
      spaced += ' ';
    }
  }
  std::string out;
  for (char ch : spaced) {
    if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// readText: the whole text as one string, or "absent".
bool ReadText(const std::vector<std::string>& lines, const RougeOptions& options,
              std::string* text) {
  std::vector<std::string> list = SentenceList(lines);
  std::string joined;
  if (options.word_limit == 0 && options.byte_limit == 0) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) joined += ' ';
      joined += list[i];
    }
    *text = Clean(joined);
    return true;
  }
  std::size_t length = 0;
  for (const std::string& s : list) {
    if (options.word_limit != 0) {
      std::vector<std::string> tokens = PerlSplit(s);
      if (length + tokens.size() < static_cast<std::size_t>(options.word_limit)) {
        joined += (length != 0 ? " " : "") + s;
        length += tokens.size();
      } else {
        if (length > 0) joined += " ";
        joined += Join(tokens, options.word_limit - length);
        break;
      }
    } else {
      if (length + s.size() < static_cast<std::size_t>(options.byte_limit)) {
        joined += (length != 0 ? " " : "") + s;
        length += s.size();
      } else {
        if (length > 0) joined += " ";
        joined += s.substr(0, options.byte_limit - length);
        break;
      }
    }
  }
  if (joined.empty()) return false;
  *text = Clean(joined);
  return true;
}

// readText_LCS: one string per sentence.
std::vector<std::string> ReadTextLcs(const std::vector<std::string>& lines,
                                     const RougeOptions& options) {
  std::vector<std::string> list = SentenceList(lines);
  std::vector<std::string> out;
  if (options.word_limit == 0 && options.byte_limit == 0) {
    out = list;
  } else if (options.word_limit != 0) {
    std::size_t length = 0;
    for (const std::string& s : list) {
      std::vector<std::string> tokens = PerlSplit(s);
      if (length + tokens.size() < static_cast<std::size_t>(options.word_limit)) {
        length += tokens.size();
        out.push_back(s);
      } else {
        out.push_back(Join(tokens, options.word_limit - length));
        break;
      }
    }
  } else {
    for (const std::string& s : list) {  // the script never adds up bytes
      if (s.size() < static_cast<std::size_t>(options.byte_limit)) {
        out.push_back(s);
      } else {
        out.push_back(s.substr(0, options.byte_limit));
        break;
      }
    }
  }
  for (std::string& s : out) s = Clean(s);
  return out;
}

// The token filter of createNGram / tokenizeText.
std::vector<std::string> Tokens(const std::string& text,
                                const RougeOptions& options,
                                const eval::RougeData& data) {
  std::vector<std::string> tokens;
  for (const std::string& token : PerlSplit(text)) {
    if (options.remove_stopwords && data.stopwords.count(token) > 0) continue;
    if (token.empty()) continue;
    const char first = token[0];
    if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') ||
          first == '$')) {
      continue;
    }
    if (options.stem && token.size() > 3) {
      auto it = data.exceptions.find(token);
      tokens.push_back(it != data.exceptions.end()
                           ? it->second
                           : eval::internal::RougePorterStem(token));
    } else {
      tokens.push_back(token);
    }
  }
  return tokens;
}

struct Grams {
  std::map<std::string, int> counts;
  int total = 0;
};

Grams NGrams(const std::vector<std::string>& tokens, int n) {
  Grams grams;
  for (int i = 0; i + n <= static_cast<int>(tokens.size()); ++i) {
    std::string gram = tokens[i];
    for (int j = i + 1; j < i + n; ++j) gram += " " + tokens[j];
    ++grams.counts[gram];
    ++grams.total;
  }
  return grams;
}

Grams SkipBigrams(const std::vector<std::string>& tokens, int distance,
                  bool unigrams) {
  Grams grams;
  const int last = static_cast<int>(tokens.size()) - 1;
  for (int i = 0; i < last; ++i) {
    if (unigrams) {
      ++grams.counts[tokens[i]];
      ++grams.total;
    }
    for (int j = i + 1; j <= last && (distance < 0 || j <= i + distance + 1);
         ++j) {
      ++grams.counts[tokens[i] + " " + tokens[j]];
      ++grams.total;
    }
  }
  return grams;
}

int Hits(const Grams& model, const Grams& peer) {
  int hits = 0;
  for (const auto& [gram, count] : model.counts) {
    auto it = peer.counts.find(gram);
    if (it != peer.counts.end()) hits += std::min(count, it->second);
  }
  return hits;
}

double Round5(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.5f", value);
  return std::strtod(buffer, nullptr);
}

// The bookkeeping of computeNGramScore and friends.
struct Totals {
  long hits = 0, model = 0, peer = 0;
  double best = -1;
};

void Collect(const RougeOptions& options, Totals* totals, long hits, long model,
             long peer, double score) {
  if (options.aggregate == RougeOptions::Aggregate::kAverage) {
    totals->hits += hits;
    totals->model += model;
    totals->peer += peer;
  } else if (score > totals->best) {
    totals->best = score;
    totals->hits = hits;
    totals->model = model;
    totals->peer = peer;
  }
}

RougeScore Finish(const RougeOptions& options, const Totals& totals) {
  RougeScore score;
  score.hits = totals.hits;
  score.model_count = totals.model;
  score.peer_count = totals.peer;
  double r = totals.model != 0 ? static_cast<double>(totals.hits) / totals.model : 0;
  double p = totals.peer != 0 ? static_cast<double>(totals.hits) / totals.peer : 0;
  if (options.round_like_script) {
    r = Round5(r);
    p = Round5(p);
  }
  const double alpha = options.alpha;
  double f = (1 - alpha) * p + alpha * r > 0
                 ? (p * r) / ((1 - alpha) * p + alpha * r)
                 : 0;
  if (options.round_like_script) f = Round5(f);
  score.recall = r;
  score.precision = p;
  score.f = f;
  return score;
}

// lcs_inner + markLCS with the full tables.
void MarkLcs(const std::vector<std::string>& model,
             const std::vector<std::string>& peer, std::vector<int>* hit_mask) {
  const std::size_t m = model.size();
  const std::size_t n = peer.size();
  if (m == 0) return;
  std::vector<std::vector<int>> c(m + 1, std::vector<int>(n + 1, 0));
  std::vector<std::vector<char>> b(m + 1, std::vector<char>(n + 1, 0));
  for (std::size_t i = 1; i <= m; ++i) {
    for (std::size_t j = 1; j <= n; ++j) {
      if (model[i - 1] == peer[j - 1]) {
        c[i][j] = c[i - 1][j - 1] + 1;
        b[i][j] = '\\';
      } else if (c[i - 1][j] >= c[i][j - 1]) {
        c[i][j] = c[i - 1][j];
        b[i][j] = '^';
      } else {
        c[i][j] = c[i][j - 1];
        b[i][j] = '<';
      }
    }
  }
  std::size_t i = m;
  std::size_t j = n;
  while (i != 0 && j != 0) {
    if (b[i][j] == '\\') {
      --i;
      --j;
      (*hit_mask)[i] = 1;
    } else if (b[i][j] == '^') {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace

std::map<std::string, RougeScore> NaiveRouge(
    const RougeOptions& options, const eval::RougeData& data,
    const std::vector<std::string>& system_lines,
    const std::vector<std::vector<std::string>>& references) {
  std::map<std::string, RougeScore> result;
  const std::vector<std::string> names = eval::RougeMeasureNames(options);
  std::size_t next = 0;

  auto text_tokens = [&](const std::vector<std::string>& lines) {
    std::string text;
    if (!ReadText(lines, options, &text)) return std::vector<std::string>();
    return Tokens(text, options, data);
  };
  const std::vector<std::string> peer_tokens = text_tokens(system_lines);

  for (int n = 1; n <= options.max_n; ++n) {
    const Grams peer = NGrams(peer_tokens, n);
    Totals totals;
    for (const auto& reference : references) {
      const Grams model = NGrams(text_tokens(reference), n);
      const int hits = Hits(model, peer);
      const double score = model.total != 0 ? Round5(static_cast<double>(hits) / model.total) : 0;
      Collect(options, &totals, hits, model.total, peer.total, score);
    }
    result[names[next++]] = Finish(options, totals);
  }

  if (options.rouge_l) {
    std::vector<std::vector<std::string>> peer_sentences;
    for (const std::string& s : ReadTextLcs(system_lines, options)) {
      peer_sentences.push_back(Tokens(s, options, data));
    }
    const Grams peer_unigrams = NGrams(peer_tokens, 1);
    Totals totals;
    for (const auto& reference : references) {
      Grams model_unigrams = NGrams(text_tokens(reference), 1);
      Grams peer_budget = peer_unigrams;
      long hits = 0;
      long base = 0;
      for (const std::string& s : ReadTextLcs(reference, options)) {
        const std::vector<std::string> model = Tokens(s, options, data);
        std::vector<int> hit_mask(model.size(), 0);
        base += static_cast<long>(model.size());
        for (const auto& peer : peer_sentences) MarkLcs(model, peer, &hit_mask);
        for (std::size_t j = 0; j < model.size(); ++j) {
          if (hit_mask[j] == 1 && model_unigrams.counts[model[j]] > 0 &&
              peer_budget.counts[model[j]] > 0) {
            ++hits;
            --model_unigrams.counts[model[j]];
            --peer_budget.counts[model[j]];
          }
        }
      }
      const double score = base > 0 ? static_cast<double>(hits) / base : 0;
      Collect(options, &totals, hits, base, peer_unigrams.total, score);
    }
    result[names[next++]] = Finish(options, totals);
  }

  if (options.skip_distance.has_value()) {
    const Grams peer =
        SkipBigrams(peer_tokens, *options.skip_distance, options.skip_unigrams);
    Totals totals;
    for (const auto& reference : references) {
      const Grams model = SkipBigrams(text_tokens(reference),
                                      *options.skip_distance,
                                      options.skip_unigrams);
      const int hits = Hits(model, peer);
      const double score = model.total != 0 ? Round5(static_cast<double>(hits) / model.total) : 0;
      Collect(options, &totals, hits, model.total, peer.total, score);
    }
    result[names[next++]] = Finish(options, totals);
  }
  return result;
}

}  // namespace concord::testing
