// Compare: alignment, quotes, and their merge, for one story.
//
// Runs Align, ExtractQuotes on every article, then MergeQuotes; named
// speakers are finally written as the story-level entity name (the longest
// spelling across outlets), so "Kerry" in one outlet and "John Kerry" in
// another show as one speaker.
#include "concord/compare.h"

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/words.h"

namespace concord::compare {

Result<Comparison> Compare(const std::vector<Article>& articles,
                           const std::vector<Document>& documents, const CompareOptions& options) {
  if (articles.empty()) return Status::Empty("no articles to compare");
  if (articles.size() != documents.size()) {
    return Status::InvalidArgument("compare: " + std::to_string(articles.size()) +
                                   " articles but " + std::to_string(documents.size()) +
                                   " documents");
  }
  Comparison c;
  c.alignment = Align(articles, documents, options);
  // Story-level spelling of each name: by the name as written first, then
  // by its key. The key drops a suffix that the entities may keep apart
  // ("Donald Trump Jr." beside "President Donald Trump" when "Trump Jr."
  // is written, GroupNames): by key alone, one would take the other's name.
  std::map<std::string, std::string> written;
  std::map<std::vector<std::string>, std::string> canonical;
  for (const NameMention& m : c.alignment.mentions) {
    written[m.name] = c.alignment.entities[m.entity].name;
    canonical[internal::NameKey(m.name)] = c.alignment.entities[m.entity].name;
  }
  for (size_t a = 0; a < articles.size(); ++a) {
    for (Quote& q : ExtractQuotes(articles[a], documents[a], options)) {
      q.article = a;
      if (const auto exact = written.find(q.speaker_name); exact != written.end()) {
        q.speaker_name = exact->second;
      } else if (!q.speaker_name.empty()) {
        auto it = canonical.find(internal::NameKey(q.speaker_name));
        if (it != canonical.end()) q.speaker_name = it->second;
      }
      c.quotes.push_back(std::move(q));
    }
  }
  c.quote_groups = MergeQuotes(c.quotes, articles, documents);
  return c;
}

std::vector<std::string> DistinctOutlets(const std::vector<std::string>& outlets) {
  std::unordered_set<std::string_view> seen;
  std::vector<std::string> out;
  for (const std::string& outlet : outlets) {
    if (seen.insert(outlet).second) out.push_back(outlet);
  }
  return out;
}

std::string OutletList(const std::vector<std::string>& outlets, size_t max) {
  const std::vector<std::string> distinct = DistinctOutlets(outlets);
  std::string out;
  for (size_t i = 0; i < distinct.size() && i < max; ++i) {
    if (!out.empty()) out += ", ";
    out += distinct[i];
  }
  const size_t more = distinct.size() > max ? distinct.size() - max : 0;
  if (more == 0) return out;
  std::string count = std::to_string(more);
  for (size_t i = count.size(); i > 3; i -= 3) count.insert(i - 3, ",");
  return out + " + " + count + " more";
}

std::vector<std::string> DisputingOutlets(const std::vector<std::string>& outlets,
                                          const std::vector<std::string>& disputing) {
  const std::unordered_set<std::string_view> backing(outlets.begin(), outlets.end());
  std::vector<std::string> others;
  for (const std::string& name : disputing) {
    if (!backing.count(name)) others.push_back(name);
  }
  return DistinctOutlets(others);
}

std::string SourcesLine(const std::vector<std::string>& outlets,
                        const std::vector<std::string>& disputing) {
  const std::vector<std::string> others = DisputingOutlets(outlets, disputing);
  return OutletList(outlets) + (others.empty() ? "" : "; disputed by " + OutletList(others));
}

std::string SpeakerLabel(const QuoteGroup& g) {
  if (g.negated) return g.speaker.empty() ? "(reported as not said)" : "not said by " + g.speaker;
  return g.speaker.empty() ? "(unattributed)" : g.speaker;
}

std::string SpeakerLabel(const Quote& q) {
  // ("It said "…"" of a cable: an unresolved pronoun is no name to print.)
  const std::string who = !q.speaker_name.empty()            ? q.speaker_name
                          : internal::NamesNobody(q.speaker) ? std::string()
                                                             : q.speaker;
  if (q.negated) {
    return (who.empty() ? "(reported as not said)" : "not said by " + who) + " (" + q.negation +
           ")";
  }
  return (who.empty() ? "?" : who) + (q.cue.empty() ? "" : " (" + q.cue + ")");
}

}  // namespace concord::compare
