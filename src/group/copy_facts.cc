// Lead facts of near-copies (see copy_facts.h and docs/group.md).
#include "group/copy_facts.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "text/differing_facts.h"
#include "util/fnv1a.h"

namespace concord::group {
namespace {

// A capital letter starts the token: ASCII, or a two-byte letter written
// otherwise than its lower-case form (Ä, Д).
bool StartsCapitalized(std::string_view sentence, const text::Token& token) {
  const char first = sentence[token.span.start];
  if (first >= 'A' && first <= 'Z') return true;
  if (!(first & 0x80) || token.lower.size() < 2) return false;
  return sentence.substr(token.span.start, 2) != token.lower.substr(0, 2);
}

// A token's letters without periods ("u.s." -> "us").
std::string Letters(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

// The one name of a country that news writes several ways
// (text::CountryOf: "the United States", "the U.S.", "America"; "the
// United Kingdom", "the U.K.", "Britain"), for the capitalised token i:
// "" when it is none of them. A word that names no country alone names one
// with its neighbour when the two do ("United States"): both are replaced,
// so neither is a name the other article never writes.
std::string_view CountryName(std::string_view sentence, const std::vector<text::Token>& tokens,
                             size_t i) {
  if (!StartsCapitalized(sentence, tokens[i])) return "";
  const std::string word = Letters(tokens[i].lower);
  std::string_view country = text::CountryOf(word);
  // A neighbour of two letters or more that names no country alone.
  const auto joins = [&](size_t k) {
    const std::string other = Letters(tokens[k].lower);
    return word.size() > 1 && other.size() > 1 && text::CountryOf(other).empty();
  };
  if (country.empty() && i + 1 < tokens.size() && joins(i + 1)) {
    country = text::CountryOf(word + Letters(tokens[i + 1].lower));
  }
  if (country.empty() && i > 0 && joins(i - 1)) {
    country = text::CountryOf(Letters(tokens[i - 1].lower) + word);
  }
  if (country == "us") return "\x01us";
  if (country == "uk") return "\x01uk";
  return "";
}

void SortUnique(std::vector<uint64_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// True when one of `facts` is none of `words`.
bool HasFactOutside(const std::vector<uint64_t>& facts, const std::vector<uint64_t>& words) {
  return std::any_of(facts.begin(), facts.end(), [&](uint64_t fact) {
    return !std::binary_search(words.begin(), words.end(), fact);
  });
}

}  // namespace

CopyFacts LeadFacts(const std::vector<Sentence>& sentences, size_t shingle_words) {
  CopyFacts facts;
  size_t taken = 0;
  for (const Sentence& sentence : sentences) {
    if (taken >= shingle_words) break;
    const bool lead = facts.lead_words.size() < kLeadSentences && !sentence.tokens.empty();
    std::vector<uint64_t> words;
    std::vector<uint64_t> stated;
    for (size_t i = 0; i < sentence.tokens.size() && taken < shingle_words; ++i, ++taken) {
      const text::Token& token = sentence.tokens[i];
      const std::string_view country = CountryName(sentence.text, sentence.tokens, i);
      const uint64_t hash = util::Fnv1a(country.empty() ? token.lower : country);
      facts.words.push_back(hash);
      if (!lead) continue;
      words.push_back(hash);
      if (i > 0 && !token.is_stopword && StartsCapitalized(sentence.text, token)) {
        stated.push_back(hash);
      }
    }
    if (!lead) continue;
    SortUnique(words);
    SortUnique(stated);
    facts.lead_words.push_back(std::move(words));
    facts.lead_facts.push_back(std::move(stated));
  }
  SortUnique(facts.words);
  return facts;
}

bool StateOtherFacts(const CopyFacts& a, const CopyFacts& b) {
  for (size_t i = 0; i < a.lead_words.size(); ++i) {
    if (!HasFactOutside(a.lead_facts[i], b.words)) continue;
    for (size_t j = 0; j < b.lead_words.size(); ++j) {
      if (!HasFactOutside(b.lead_facts[j], a.words)) continue;
      if (Resemblance(a.lead_words[i], b.lead_words[j]) >= kTemplateResemblance) return true;
    }
  }
  return false;
}

}  // namespace concord::group
