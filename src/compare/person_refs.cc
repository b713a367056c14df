// The people a set of sentences names (person_refs.h).
#include "compare/person_refs.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "compare/given_names.h"
#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/words.h"
#include "concord/text.h"

namespace concord::compare::internal {
namespace {

// The words of a name key that are not particles ("al", "van").
std::vector<std::string> CoreWords(std::string_view name) {
  std::vector<std::string> core;
  for (std::string& w : NameKey(name)) {
    if (!IsParticle(w)) core.push_back(std::move(w));
  }
  return core;
}

// True when the word before `start` in `text` is "the", "a" or "an": the
// name is a modifier ("the Trump administration", "a Kennedy cousin").
bool AfterArticle(std::string_view text, size_t start) {
  size_t end = start;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ') --begin;
  const std::string before = text::LowerWord(text.substr(begin, end - begin));
  return before == "the" || before == "a" || before == "an";
}

struct Found {
  size_t text = 0;
  size_t start = 0;
  std::vector<std::string> core;
  bool full = false;
  bool bare = false;
  // Says it is a person: a title ("Rep. Ryan", "Ms. Townsend") or, for a
  // full name, a first word that is a given name ("Paul Ryan").
  bool personal = false;
};

}  // namespace

std::vector<PersonRef> FindPersonRefs(const std::vector<std::string_view>& texts) {
  std::vector<text::WordScan> scans;
  scans.reserve(texts.size());
  std::unordered_set<std::string> lowercase;
  for (std::string_view t : texts) {
    scans.push_back(text::ScanWords(t));
    CollectLowercaseWords(TextWords(t, scans.back()), &lowercase);
  }
  std::vector<Found> found;
  std::vector<std::string> names;
  for (size_t i = 0; i < texts.size(); ++i) {
    const TextWords words(texts[i], scans[i]);
    for (const FoundName& f : FindNames(words, 0, texts[i].size(), &lowercase)) {
      Found n{i, f.start, CoreWords(f.name)};
      n.full = f.person_like && !f.acronym && n.core.size() >= 2;
      n.bare = !f.acronym && n.core.size() == 1 && !AfterArticle(texts[i], f.start);
      n.personal = (n.full || n.bare) &&
                   (!f.title.empty() || (n.full && GivenNameGender(n.core.front()) != 0));
      found.push_back(std::move(n));
      names.push_back(f.name);
    }
  }
  const std::vector<size_t> group = GroupNames(names);
  // Per group, the surnames of its full names, and whether some mention
  // says it is a person.
  std::unordered_map<size_t, std::unordered_set<std::string>> surnames;
  std::unordered_set<size_t> people;
  for (size_t k = 0; k < found.size(); ++k) {
    if (found[k].full) surnames[group[k]].insert(found[k].core.back());
    if (found[k].personal) people.insert(group[k]);
  }
  std::vector<PersonRef> refs;
  for (size_t k = 0; k < found.size(); ++k) {
    const Found& n = found[k];
    const auto it = surnames.find(group[k]);
    if (it == surnames.end() || people.count(group[k]) == 0) continue;
    if (n.full || (n.bare && it->second.count(n.core.front()) > 0)) {
      refs.push_back({n.text, n.start, group[k], n.full, names[k]});
    }
  }
  return refs;
}

}  // namespace concord::compare::internal
