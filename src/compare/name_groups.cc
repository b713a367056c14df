// Grouping the spellings of one entity (name_variants.h, GroupNames): keys
// compared by the rules listed in name_variants.cc's opening comment.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "util/union_find.h"

namespace concord::compare::internal {
namespace {

std::vector<std::string> DropParticles(const std::vector<std::string>& key) {
  std::vector<std::string> out;
  for (const std::string& w : key) {
    if (!IsParticle(w)) out.push_back(w);
  }
  return out;
}

// A person key ("dick cheney") without the head word of an organisation
// or place ("united states", "white house", "human rights watch").
bool LooksLikePerson(const std::vector<std::string>& key) {
  if (!PersonKey(key) || In(kPlaceFirstWords, key[0])) return false;
  for (const std::string& w : key) {
    if (In(kNotPersonWords, w) || In(kOrganisationWords, w)) return false;
  }
  return true;
}

std::string Initials(const std::vector<std::string>& key) {
  std::string out;
  for (const std::string& w : key) {
    if (IsConnector(w) || IsParticle(w) || w == "the" || w.empty()) continue;
    out.push_back(w[0]);
  }
  return out;
}

bool SimilarWords(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const size_t limit = std::max<size_t>(1, std::min(a.size(), b.size()) / 4);
  return EditDistance(a, b, limit) <= limit;
}

// Multi-word names (keys with particles kept).
bool SameMultiWord(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a == b) return true;
  const std::vector<std::string> ca = DropParticles(a);
  const std::vector<std::string> cb = DropParticles(b);
  if (ca.empty() || cb.empty()) return false;
  if (LooksLikePerson(a) && LooksLikePerson(b) && ca.back() == cb.back()) {
    const std::vector<std::string>& shorter = ca.size() <= cb.size() ? ca : cb;
    const std::vector<std::string>& longer = ca.size() <= cb.size() ? cb : ca;
    // Contained: every word of the shorter in the longer.
    bool contained = true;
    for (const std::string& w : shorter) {
      if (std::find(longer.begin(), longer.end(), w) == longer.end()) {
        contained = false;
      }
    }
    if (contained) return true;
    // Same number of words, first names within a small edit distance.
    if (ca.size() == cb.size()) {
      for (size_t i = 0; i + 1 < ca.size(); ++i) {
        if (!SimilarWords(ca[i], cb[i])) return false;
      }
      return true;
    }
    return false;
  }
  // One multi-word name opens the other and goes on with of, in or for
  // ("Islamic State" / "Islamic State in Iraq and Syria"); a head noun or
  // "and" after it makes another entity ("United States" / "United States
  // Senate", "Social Security" / "Social Security and Medicare").
  const std::vector<std::string>& shorter = a.size() <= b.size() ? a : b;
  const std::vector<std::string>& longer = a.size() <= b.size() ? b : a;
  if (shorter.size() >= 2 && longer.size() > shorter.size() && !PersonKey(longer) &&
      IsConnector(longer[shorter.size()]) && longer[shorter.size()] != "and" &&
      std::equal(shorter.begin(), shorter.end(), longer.begin())) {
    return true;
  }
  return false;
}

}  // namespace

bool PersonKey(const std::vector<std::string>& key) {
  const std::vector<std::string> core = DropParticles(key);
  if (core.size() < 2 || core.size() > 4) return false;
  for (const std::string& w : key) {
    if (IsConnector(w) || w == "the") return false;
  }
  return true;
}

namespace {

// The suffix ("jr", "sr") a name ends with, lower case, periods dropped,
// or "" ("Donald Trump Jr." -> "jr").
std::string SuffixOf(std::string_view name) {
  size_t end = name.size();
  while (end > 0 && (name[end - 1] == '.' || name[end - 1] == ' ')) --end;
  const size_t space = name.rfind(' ', end == 0 ? 0 : end - 1);
  if (space == std::string_view::npos) return "";
  std::string last(name.substr(space + 1, end - space - 1));
  for (char& c : last) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return last == "jr" || last == "sr" ? last : "";
}

// The keys of `names`, a suffix kept where the story writes it to tell two
// people apart: when "Trump Jr." stands alone somewhere, or the same words
// stand without the suffix ("Donald Trump" beside "Donald Trump Jr.": a
// father and his son), "Donald Trump Jr." keeps its "jr" and is not
// "President Donald Trump"; else "Eric H. Holder Jr." is "Eric Holder"
// (NameKey drops the suffix).
std::vector<std::vector<std::string>> KeysOf(const std::vector<std::string>& names) {
  std::vector<std::vector<std::string>> keys(names.size());
  std::vector<std::string> told_apart;  // surnames written "<surname> Jr."
  std::set<std::vector<std::string>> plain;  // keys of names with no suffix
  for (size_t i = 0; i < names.size(); ++i) {
    keys[i] = NameKey(names[i]);
    if (keys[i].size() == 2 && (keys[i][1] == "jr" || keys[i][1] == "sr")) {
      told_apart.push_back(keys[i][0]);
    }
    if (SuffixOf(names[i]).empty()) plain.insert(keys[i]);
  }
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string suffix = SuffixOf(names[i]);
    if (suffix.empty() || keys[i].empty() || keys[i].back() == suffix) continue;
    if (std::find(told_apart.begin(), told_apart.end(), keys[i].back()) != told_apart.end() ||
        plain.count(keys[i]) > 0) {
      keys[i].push_back(suffix);
    }
  }
  return keys;
}

// "U.S.-Mexico", "Israeli-Palestinian", "Ocasio-Cortez": a name written as
// one word of parts joined by hyphens. A compound modifier ("the
// U.S.-Mexico border") or a surname alone, never a person's full name, so
// no lone word ("Mexico") is its surname.
bool HyphenCompound(std::string_view name) {
  return name.find('-') != std::string_view::npos &&
         name.find_first_of(" \t\n") == std::string_view::npos;
}

}  // namespace

bool IsAcronymKey(const std::vector<std::string>& key, std::string_view name) {
  if (key.size() != 1 || key[0].size() < 2) return false;
  size_t letters = 0;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::vector<size_t> GroupNames(const std::vector<std::string>& names) {
  // Distinct keys.
  std::map<std::vector<std::string>, size_t> key_index;
  std::vector<std::vector<std::string>> keys;
  std::vector<bool> acronym;
  std::vector<bool> compound;  // HyphenCompound, of the name first keyed
  std::vector<size_t> of_input(names.size());
  const std::vector<std::vector<std::string>> name_keys = KeysOf(names);
  for (size_t i = 0; i < names.size(); ++i) {
    auto [it, inserted] = key_index.emplace(name_keys[i], keys.size());
    if (inserted) {
      keys.push_back(name_keys[i]);
      acronym.push_back(IsAcronymKey(name_keys[i], names[i]));
      compound.push_back(HyphenCompound(names[i]));
    }
    of_input[i] = it->second;
  }
  const size_t n = keys.size();
  util::UnionFind uf(n);
  // Multi-word names with each other: pairs that share a surname (the
  // person rules of SameMultiWord), and a name with the name it opens
  // before "of", "in" or "for" (its other rule), found by looking the
  // opening up rather than by comparing every pair that shares a first
  // word, which is quadratic when a story names many "Official X"s.
  std::vector<std::vector<std::string>> cores(n);
  for (size_t k = 0; k < n; ++k) cores[k] = DropParticles(keys[k]);
  std::map<std::string, std::vector<size_t>> by_last;
  // For the single words below: person names by surname, multi-word names
  // by initials (built once, so a single word costs a lookup, not a scan).
  std::map<std::string, std::vector<size_t>> persons_by_surname;
  std::map<std::string, std::vector<size_t>> by_initials;
  for (size_t k = 0; k < n; ++k) {
    const std::vector<std::string>& core = cores[k];
    if (core.size() < 2) continue;
    by_last[core.back()].push_back(k);
    const bool person = LooksLikePerson(keys[k]);
    if (person && !compound[k] && !In(kPartyWords, core.back())) {
      persons_by_surname[core.back()].push_back(k);
    }
    if (!person) by_initials[Initials(keys[k])].push_back(k);
  }
  for (const auto& [word, members] : by_last) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        if (SameMultiWord(keys[members[x]], keys[members[y]])) uf.Union(members[x], members[y]);
      }
    }
  }
  for (size_t k = 0; k < n; ++k) {
    const std::vector<std::string>& longer = keys[k];
    for (size_t p = 2; p < longer.size(); ++p) {
      if (!IsConnector(longer[p]) || longer[p] == "and") continue;
      const auto opening =
          key_index.find(std::vector<std::string>(longer.begin(), longer.begin() + p));
      // Both names of two words or more once particles are dropped, as the
      // pairs compared by first word were.
      if (opening != key_index.end() && cores[opening->second].size() >= 2 &&
          cores[k].size() >= 2 && SameMultiWord(keys[opening->second], longer)) {
        uf.Union(opening->second, k);
      }
    }
  }
  // Single words: surname of one person group, or acronym of one group.
  for (size_t k = 0; k < n; ++k) {
    const std::vector<std::string>& single = cores[k];
    if (single.size() != 1) continue;
    const auto& index = acronym[k] ? by_initials : persons_by_surname;
    const auto found = index.find(acronym[k] ? keys[k][0] : single[0]);
    if (found == index.end()) continue;
    std::vector<size_t> fits;
    for (size_t m : found->second) {
      const size_t root = uf.Find(m);
      if (std::find(fits.begin(), fits.end(), root) == fits.end()) fits.push_back(root);
    }
    if (fits.size() == 1) uf.Union(k, fits[0]);
  }
  // Dense ids in order of first appearance.
  std::map<size_t, size_t> dense;
  std::vector<size_t> out(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const size_t root = uf.Find(of_input[i]);
    auto [it, inserted] = dense.emplace(root, dense.size());
    out[i] = it->second;
  }
  return out;
}

}  // namespace concord::compare::internal

namespace concord::compare {

bool SameName(std::string_view a, std::string_view b) {
  const std::vector<std::string> names = {std::string(a), std::string(b)};
  const std::vector<size_t> groups = internal::GroupNames(names);
  return groups[0] == groups[1];
}

}  // namespace concord::compare
