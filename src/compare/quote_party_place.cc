// A speaker written as a description of place and party ("The Arizona
// Republican said", "the California Democrat told reporters") resolved to
// the one person of the article introduced that way before it: "Sen. Ada
// Okafor, R-Ariz.", "Ada Okafor (D-CA)", "Arizona Sen. Ada Okafor",
// "Arizona Republican Ada Okafor" or "Okafor, an Arizona Republican,". Two
// people introduced with the place and not another party leave the
// speaker unnamed: never a wrong person. Only the fifty states are places
// here ("House Democrat" is no description of this kind).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/quote_resolve.h"
#include "compare/quote_speakers.h"

namespace concord::compare::internal {
namespace {

struct State {
  std::string_view name;    // lower case
  std::string_view ap;      // the newspaper abbreviation, lower case, no period
  std::string_view postal;  // lower case
};

inline constexpr std::array<State, 50> kStates = {{
    {"alabama", "ala", "al"},        {"alaska", "alaska", "ak"},
    {"arizona", "ariz", "az"},       {"arkansas", "ark", "ar"},
    {"california", "calif", "ca"},   {"colorado", "colo", "co"},
    {"connecticut", "conn", "ct"},   {"delaware", "del", "de"},
    {"florida", "fla", "fl"},        {"georgia", "ga", "ga"},
    {"hawaii", "hawaii", "hi"},      {"idaho", "idaho", "id"},
    {"illinois", "ill", "il"},       {"indiana", "ind", "in"},
    {"iowa", "iowa", "ia"},          {"kansas", "kan", "ks"},
    {"kentucky", "ky", "ky"},        {"louisiana", "la", "la"},
    {"maine", "maine", "me"},        {"maryland", "md", "md"},
    {"massachusetts", "mass", "ma"}, {"michigan", "mich", "mi"},
    {"minnesota", "minn", "mn"},     {"mississippi", "miss", "ms"},
    {"missouri", "mo", "mo"},        {"montana", "mont", "mt"},
    {"nebraska", "neb", "ne"},       {"nevada", "nev", "nv"},
    {"new hampshire", "n.h", "nh"},  {"new jersey", "n.j", "nj"},
    {"new mexico", "n.m", "nm"},     {"new york", "n.y", "ny"},
    {"north carolina", "n.c", "nc"}, {"north dakota", "n.d", "nd"},
    {"ohio", "ohio", "oh"},          {"oklahoma", "okla", "ok"},
    {"oregon", "ore", "or"},         {"pennsylvania", "pa", "pa"},
    {"rhode island", "r.i", "ri"},   {"south carolina", "s.c", "sc"},
    {"south dakota", "s.d", "sd"},   {"tennessee", "tenn", "tn"},
    {"texas", "texas", "tx"},        {"utah", "utah", "ut"},
    {"vermont", "vt", "vt"},         {"virginia", "va", "va"},
    {"washington", "wash", "wa"},    {"west virginia", "w.va", "wv"},
    {"wisconsin", "wis", "wi"},      {"wyoming", "wyo", "wy"},
}};

const State* StateNamed(std::string_view lower) {
  for (const State& s : kStates) {
    if (s.name == lower) return &s;
  }
  return nullptr;
}

// 'r' or 'd' for a party word, else 0.
char PartyLetter(std::string_view lower) {
  if (lower == "republican" || lower == "republicans" || lower == "gop") return 'r';
  if (lower == "democrat" || lower == "democratic" || lower == "democrats") return 'd';
  return 0;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

// True when the words just before byte `name_start` are the state's name
// and then only titles, roles and a party word that is not another party
// ("California Democratic Rep.", "Arizona Sen.").
bool StateBefore(const TextWords& text, size_t from, size_t name_start, const State& state,
                 char party) {
  const Clause c = MakeClause(text, from, name_start);
  size_t k = c.lower.size();
  while (k > 0) {
    std::string word = c.lower[k - 1];
    std::erase(word, '.');
    const char p = PartyLetter(word);
    if (p != 0 && p != party) return false;
    if (p == 0 && !IsTitleWord(word) && !IsRoleWord(word)) break;
    --k;
  }
  if (k == 0 || k == c.lower.size()) return false;
  // The place in the same sentence: nothing but blanks before the title.
  const std::string_view gap =
      c.text.substr(c.words[k - 1].end, c.words[k].start - c.words[k - 1].end);
  if (gap.find_first_not_of(' ') != std::string_view::npos) return false;
  std::string place;
  for (size_t from_word = k; from_word-- > 0 && k - from_word <= 2;) {
    place = place.empty() ? c.lower[from_word] : c.lower[from_word] + " " + place;
    if (place == state.name) return true;
  }
  return false;
}

// True when the text after a name introduces it with the state and party:
// ", R-Ariz." / " (D-CA)" or ", an Arizona Republican".
bool StateAfter(std::string_view text, size_t end, const State& state, char party) {
  std::string after = Lower(text.substr(end, std::min<size_t>(40, text.size() - end)));
  if (!(after.starts_with(", ") || after.starts_with(" ("))) return false;
  after.erase(0, 2);
  if (after.size() > 2 && after[0] == party && after[1] == '-') {
    const size_t stop = after.find_first_of(",)", 2);
    std::string abbrev = after.substr(2, stop == std::string::npos ? std::string::npos : stop - 2);
    while (!abbrev.empty() && (abbrev.back() == '.' || abbrev.back() == ' ')) abbrev.pop_back();
    return abbrev == state.ap || abbrev == state.postal;
  }
  for (const std::string_view article : {"a ", "an "}) {
    if (!after.starts_with(article)) continue;
    const std::string_view rest = std::string_view(after).substr(article.size());
    if (!rest.starts_with(state.name) || rest.size() <= state.name.size() + 1) return false;
    const std::string_view word = rest.substr(state.name.size() + 1);
    const size_t stop = word.find_first_of(" ,.;)");
    return rest[state.name.size()] == ' ' && PartyLetter(word.substr(0, stop)) == party;
  }
  return false;
}

}  // namespace

std::optional<std::string> PlacePartyHolder(const TextWords& text, const ArticleNames& n,
                                            const Clause& np, size_t at) {
  size_t first = !np.lower.empty() && np.lower.front() == "the" ? 1 : 0;
  if (np.lower.size() < first + 2 || np.lower.size() > first + 3) return std::nullopt;
  const char party = PartyLetter(np.lower.back());
  if (party == 0 || np.lower.back().ends_with("s") || np.lower.back() == "democratic") {
    return std::nullopt;
  }
  std::string place;
  for (size_t k = first; k + 1 < np.lower.size(); ++k) {
    place += (place.empty() ? "" : " ") + np.lower[k];
  }
  const State* state = StateNamed(place);
  if (state == nullptr) return std::nullopt;
  // The people introduced so, listed once per state and party.
  auto [index, added] = n.place_index.try_emplace(place + ' ' + party);
  ArticleNames::PlaceIndex& p = index->second;
  if (added) {
    for (size_t i = 0; i < n.names.size(); ++i) {
      if (!n.IsPerson(i)) continue;
      const FoundName& f = n.names[i];
      const size_t from = f.name_start > 60 ? f.name_start - 60 : 0;
      if (!StateBefore(text, from, f.name_start, *state, party) &&
          !StateAfter(text.text(), f.end, *state, party)) {
        continue;
      }
      const bool same = p.introduced.empty() ||
                        n.display[n.groups[p.introduced.front()]] == n.display[n.groups[i]];
      if (same && p.other == p.introduced.size()) ++p.other;  // none other yet
      p.introduced.push_back(i);
    }
  }
  // Of those, the ones named in full before `at` (the names before the
  // first that ends after it): one person, or "" for none or two.
  const size_t before = std::upper_bound(n.reach.begin(), n.reach.end(), at) - n.reach.begin();
  if (p.introduced.empty() || p.introduced.front() >= before) return std::string();
  if (p.other < p.introduced.size() && p.introduced[p.other] < before) return std::string();
  return n.display[n.groups[p.introduced.front()]];
}

}  // namespace concord::compare::internal
