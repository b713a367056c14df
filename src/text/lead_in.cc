// Lead-in adverbs before a pointing word (lead_in.h).
#include "text/lead_in.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace concord::text {
namespace {

// Adverbs and two-word phrases that open a sentence before a comma and
// carry on from what came before or comment on it. Words that lean by
// themselves ("but", "so", "still", "instead", "meanwhile") are not here:
// the first-word checks take those already.
constexpr std::array<std::string_view, 48> kLeadIns = {
    "officially",  "clearly",      "notably",       "separately",  "similarly",    "additionally",
    "ultimately",  "finally",      "eventually",    "now",         "again",        "later",
    "earlier",     "indeed",       "thus",          "hence",       "nevertheless", "nonetheless",
    "furthermore", "besides",      "otherwise",     "likewise",    "consequently", "accordingly",
    "apparently",  "obviously",    "unfortunately", "fortunately", "importantly",  "interestingly",
    "ironically",  "surprisingly", "frankly",       "honestly",    "basically",    "essentially",
    "originally",  "initially",    "previously",    "afterward",   "afterwards",   "today",
    "in fact",     "of course",    "in turn",       "as a result", "in addition",  "in response"};

constexpr std::array<std::string_view, 13> kPointing = {"he",   "she",   "it",    "they", "his",
                                                        "her",  "its",   "their", "him",  "them",
                                                        "this", "these", "those"};

// The next word of `s` from `at` (lower case, letters only) and where it
// ends.
std::string_view::size_type NextWord(std::string_view s, size_t at, std::string& word) {
  word.clear();
  while (at < s.size() && s[at] == ' ') ++at;
  while (at < s.size() && std::isalpha(static_cast<unsigned char>(s[at]))) {
    word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[at]))));
    ++at;
  }
  return at;
}

}  // namespace

std::string PointingAfterLeadIn(std::string_view s) {
  size_t at = 0;
  // Past an opening mark: straight, curly (U+201C, U+2018) or ``.
  while (at < s.size() && (s[at] == ' ' || s[at] == '"' || s[at] == '\'' || s[at] == '`')) ++at;
  if (s.compare(at, 3, "\xE2\x80\x9C") == 0 || s.compare(at, 3, "\xE2\x80\x98") == 0) at += 3;
  std::string lead;
  std::string word;
  for (int words = 0; words < 3; ++words) {
    at = NextWord(s, at, word);
    if (word.empty()) return "";
    lead += (lead.empty() ? "" : " ") + word;
    size_t k = at;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && s[k] == ',') {
      if (std::find(kLeadIns.begin(), kLeadIns.end(), lead) == kLeadIns.end()) return "";
      NextWord(s, k + 1, word);
      // "it" as in "It's" stays "it": the apostrophe ends the word.
      return std::find(kPointing.begin(), kPointing.end(), word) != kPointing.end() ? word : "";
    }
  }
  return "";
}

}  // namespace concord::text
