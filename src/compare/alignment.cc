// Cross-source alignment: which outlets carry each piece of content.
//
// What it computes. Every sentence of every article lands in exactly one
// ContentGroup; a group holds the sentences, across articles, that say the
// same thing. A group whose sentences come from one outlet is content only
// that outlet reports.
//
// Features. A sentence is a set of features read from its Document tokens:
// content stems (Snowball stems of non-stopwords), stem bigrams of adjacent
// content words, numbers (digits without separators), and entities (the
// name-variant groups of name_variants.cc, so "Nouri al-Maliki" and "Nuri
// al-Maliki", or "U.S." and "United States", are one feature). Each feature
// weighs its smoothed inverse sentence frequency in the story
// (text::InverseFrequency, log((N + 1) / df)); entities and numbers
// weigh 1.5 times as much, because a shared name or figure is stronger
// evidence than a shared common word.
//
// Similarity. Cosine of the two weighted binary vectors. Two sentences of
// different articles are linked when the similarity is at least
// match_threshold (0.23) and they share at least min_shared_features (3)
// non-bigram features, and each keeps only its best link per other
// article. Groups are the connected components of the links (union-find).
// The paraphrase "Kerry completely ruled it out" / "That's not on the table"
// shares no content word and is not linked; we accept that miss rather than
// link sentences on topic words alone.
//
// Cost. All pairs would be quadratic in the sentences of the story.
// Instead an inverted index maps each feature to its sentences, and a
// sentence looks up only its lookup_features (8) rarest features with at
// most max_postings (50) sentences each; exact similarities are computed
// for those candidates only (sorted feature ids, merge intersection). The
// best match per article is kept for the articles a sentence's candidates
// are in, not for every article of the story, so a sentence costs its
// candidates however many articles the story has. Nothing is linked in a
// story of one article.
//
// Unique facts. A single-outlet group is listed as unique when its sentence
// has at least min_unique_words content words and less than
// max_unique_coverage (0.6) of its feature weight appears anywhere in
// another outlet's articles: a sentence whose words are all reported
// elsewhere, merely split across sentences, is not a unique fact.
//
// Disagreement. Two sentences that give different numbers for the same
// thing or where one negates the other (text::GiveDifferentFacts: "killed
// 12" / "killed 20", "resigned" / "did not resign") are not linked, however
// similar: a shared group says that its outlets report one thing.
//
// Numbers. Pairs of related sentences (similarity at least
// number_pair_threshold) of different outlets are checked for a number
// attached to the same following word ("1,700 Shiites" / "1,500 Shiites")
// with different values; those are listed side by side.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "compare/name_variants.h"
#include "compare/words.h"
#include "concord/compare.h"
#include "concord/text.h"
#include "text/differing_facts.h"
#include "util/union_find.h"

namespace concord::compare {
namespace {

struct SentenceFeatures {
  std::vector<uint32_t> ids;  // sorted, distinct
  size_t content_words = 0;
};

struct FeatureTable {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<double> weight;
  std::vector<bool> is_bigram;
  std::vector<std::vector<uint32_t>> postings;  // sentence numbers
  uint32_t Id(const std::string& key, bool bigram, double boost) {
    auto [it, inserted] = ids.try_emplace(key, static_cast<uint32_t>(weight.size()));
    if (inserted) {
      weight.push_back(boost);
      is_bigram.push_back(bigram);
      postings.emplace_back();
    }
    return it->second;
  }
};

// `a_weight` and `a_content` are a's features' weights and whether each is
// a word (not a bigram), by position: read once per sentence, so that a
// comparison reads only b's ids, not the story-wide tables at random.
double Cosine(const SentenceFeatures& a, const SentenceFeatures& b,
              const std::vector<double>& a_weight, const std::vector<char>& a_content,
              const std::vector<double>& norm2, size_t ia, size_t ib, size_t* shared_content) {
  double dot = 0;
  size_t shared = 0;
  size_t x = 0;
  size_t y = 0;
  while (x < a.ids.size() && y < b.ids.size()) {
    if (a.ids[x] < b.ids[y]) {
      ++x;
    } else if (a.ids[x] > b.ids[y]) {
      ++y;
    } else {
      const double w = a_weight[x];
      dot += w * w;
      if (a_content[x] != 0) ++shared;
      ++x;
      ++y;
    }
  }
  *shared_content = shared;
  if (norm2[ia] <= 0 || norm2[ib] <= 0) return 0;
  return dot / std::sqrt(norm2[ia] * norm2[ib]);
}

// The sentences of a story numbered 0..n-1 across its articles.
struct Story {
  const std::vector<Document>* documents = nullptr;
  size_t num_articles = 0;
  std::vector<size_t> outlet_of;  // per article: the outlet as a small integer
  std::vector<SentenceRef> refs;  // per sentence number
  std::vector<size_t> first_of;   // per article (+1): its first sentence number
  const Sentence& At(size_t i) const {
    return (*documents)[refs[i].article].sentences[refs[i].sentence];
  }
  size_t size() const { return refs.size(); }
};

Story NumberSentences(const std::vector<Article>& articles, const std::vector<Document>& documents,
                      std::vector<std::string>* outlets) {
  Story story;
  story.documents = &documents;
  story.num_articles = std::min(articles.size(), documents.size());
  std::map<std::string, size_t> ids;
  for (size_t a = 0; a < story.num_articles; ++a) {
    outlets->push_back(OutletName(articles[a], a));
    story.outlet_of.push_back(ids.emplace(outlets->back(), ids.size()).first->second);
  }
  story.first_of.assign(story.num_articles + 1, 0);
  for (size_t a = 0; a < story.num_articles; ++a) {
    story.first_of[a] = story.refs.size();
    for (size_t s = 0; s < documents[a].sentences.size(); ++s) story.refs.push_back({a, s});
  }
  story.first_of[story.num_articles] = story.refs.size();
  return story;
}

// The names of every sentence, grouped into entities (name_variants.cc).
struct StoryNames {
  std::vector<internal::FoundName> found;
  std::vector<size_t> sentence;   // per name: its sentence number
  std::vector<size_t> entity_of;  // per name: its entity
};

// Names read from the analysis' words of each sentence's span of
// Article::text; surfaces and names are shown with whitespace collapsed,
// as in the sentence's display text.
StoryNames FindStoryNames(const std::vector<Article>& articles, const Story& story) {
  StoryNames out;
  std::vector<std::string> storage(story.num_articles);  // for Documents without masked_text
  std::vector<internal::TextWords> words;
  words.reserve(story.num_articles);
  std::unordered_set<std::string> lowercase;
  for (size_t a = 0; a < story.num_articles; ++a) {
    const Document& document = (*story.documents)[a];
    // The noise blanked, so that no name runs across it.
    words.emplace_back(internal::MaskedText(articles[a], document, &storage[a]), document.scan);
    internal::CollectLowercaseWords(words[a], &lowercase);
  }
  for (size_t i = 0; i < story.size(); ++i) {
    const Sentence& s = story.At(i);
    for (internal::FoundName& f :
         internal::FindNames(words[story.refs[i].article], s.start, s.end, &lowercase)) {
      f.surface = text::CollapseWhitespace(f.surface);
      f.name = text::CollapseWhitespace(f.name);
      out.found.push_back(std::move(f));
      out.sentence.push_back(i);
    }
  }
  std::vector<std::string> found_names;
  for (const internal::FoundName& f : out.found) found_names.push_back(f.name);
  out.entity_of = internal::GroupNames(found_names);
  return out;
}

// Alignment::entities and ::mentions from the grouped names.
void FillEntities(const Story& story, const StoryNames& names, Alignment& result) {
  size_t num_entities = 0;
  for (size_t e : names.entity_of) num_entities = std::max(num_entities, e + 1);
  result.entities.resize(num_entities);
  std::vector<std::set<std::string>> variants(num_entities);
  for (size_t k = 0; k < names.found.size(); ++k) {
    const size_t entity = names.entity_of[k];
    Entity& e = result.entities[entity];
    const std::string& name = names.found[k].name;
    const size_t new_words = internal::NameKey(name).size();
    const size_t old_words = internal::NameKey(e.name).size();
    if (e.name.empty() || new_words > old_words ||
        (new_words == old_words && name.size() > e.name.size())) {
      e.name = name;
    }
    variants[entity].insert(name);
    const SentenceRef ref = story.refs[names.sentence[k]];
    e.articles.push_back(ref.article);
    ++e.mentions;
    result.mentions.push_back(
        {ref.article, ref.sentence, names.found[k].surface, name, names.found[k].title, entity});
  }
  for (size_t e = 0; e < num_entities; ++e) {
    result.entities[e].variants.assign(variants[e].begin(), variants[e].end());
    std::vector<size_t>& arts = result.entities[e].articles;
    std::sort(arts.begin(), arts.end());
    arts.erase(std::unique(arts.begin(), arts.end()), arts.end());
  }
}

void SortUnique(std::vector<uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// Each sentence's features (content stems, stem bigrams, numbers, entities)
// interned in `table`, with the postings of every feature.
std::vector<SentenceFeatures> BuildFeatures(const Story& story, const StoryNames& names,
                                            FeatureTable& table) {
  std::vector<SentenceFeatures> features(story.size());
  for (size_t i = 0; i < story.size(); ++i) {
    std::vector<uint32_t>& ids = features[i].ids;
    const text::Token* previous = nullptr;
    for (const text::Token& token : story.At(i).tokens) {
      if (token.is_stopword || token.lower.size() < 2) continue;
      ++features[i].content_words;
      if (token.is_number) {
        ids.push_back(table.Id("#" + text::NumberKey(token.lower), false, 1.5));
        previous = nullptr;
        continue;
      }
      ids.push_back(table.Id("w:" + std::string(token.stem), false, 1.0));
      if (previous != nullptr) {
        ids.push_back(table.Id("b:" + std::string(previous->stem) + " " + std::string(token.stem),
                               true, 1.0));
      }
      previous = &token;
    }
    SortUnique(ids);
  }
  for (size_t k = 0; k < names.found.size(); ++k) {
    features[names.sentence[k]].ids.push_back(
        table.Id("e:" + std::to_string(names.entity_of[k]), false, 1.5));
  }
  for (size_t i = 0; i < story.size(); ++i) {
    SortUnique(features[i].ids);
    for (uint32_t id : features[i].ids) table.postings[id].push_back(static_cast<uint32_t>(i));
  }
  return features;
}

// Feature weights (boost * idf) and each sentence's squared norm.
struct Weights {
  std::vector<double> weight;
  std::vector<double> norm2;
};

Weights Weigh(const FeatureTable& table, const std::vector<SentenceFeatures>& features) {
  Weights w;
  const double n = static_cast<double>(features.size());
  w.weight.resize(table.weight.size());
  for (size_t f = 0; f < w.weight.size(); ++f) {
    const double df = static_cast<double>(table.postings[f].size());
    w.weight[f] = table.weight[f] * text::InverseFrequency(n, std::max(1.0, df));
  }
  w.norm2.assign(features.size(), 0.0);
  for (size_t i = 0; i < features.size(); ++i) {
    for (uint32_t id : features[i].ids) w.norm2[i] += w.weight[id] * w.weight[id];
  }
  return w;
}

struct Link {
  size_t a;
  size_t b;
  double similarity;
};

// Another number for the same thing, or a negation of what the other
// states (text::GiveDifferentFacts, as the summary's attribution reads
// it), is no agreement: the two are not one content.
bool Disagree(const Sentence& a, const Sentence& b) {
  return text::GiveDifferentFacts(a.text, a.tokens, b.text, b.tokens, /*near_copies=*/false);
}

// What LinkSentence keeps between sentences, so that one sentence costs its
// candidates, not the story's articles: the best match per article of the
// sentence being linked (`best` reset only where `touched` says).
struct LinkScratch {
  std::vector<uint32_t> seen_stamp;     // per sentence
  std::vector<size_t> best;             // per article, SIZE_MAX when none
  std::vector<double> best_similarity;  // per article
  std::vector<size_t> touched;          // articles with a best
  std::vector<double> weight;           // the sentence's features' weights
  std::vector<char> content;            // and whether each is a word
  // Per sentence: another outlet's similar sentence disagrees with it.
  std::vector<char> disputed;
  // Pairs (lower index first) of such sentences that negate each other.
  std::vector<std::pair<size_t, size_t>> negations;
};

// Links of sentence i: through the index of its rarest features, its best
// match in each other article; related pairs of different outlets (for
// numbers) go to `related`.
void LinkSentence(size_t i, const Story& story, const FeatureTable& table,
                  const std::vector<SentenceFeatures>& features, const Weights& w,
                  const CompareOptions& options, LinkScratch& scratch, std::vector<Link>& links,
                  std::vector<std::pair<size_t, size_t>>& related) {
  std::vector<uint32_t> lookup;
  for (uint32_t id : features[i].ids) {
    const size_t df = table.postings[id].size();
    if (df >= 2 && df <= options.max_postings) lookup.push_back(id);
  }
  std::sort(lookup.begin(), lookup.end(), [&](uint32_t x, uint32_t y) {
    const size_t dx = table.postings[x].size();
    const size_t dy = table.postings[y].size();
    return dx != dy ? dx < dy : x < y;
  });
  if (lookup.size() > options.lookup_features) lookup.resize(options.lookup_features);
  scratch.weight.clear();
  scratch.content.clear();
  for (uint32_t id : features[i].ids) {
    scratch.weight.push_back(w.weight[id]);
    scratch.content.push_back(table.is_bigram[id] ? 0 : 1);
  }
  std::vector<size_t>& best = scratch.best;
  std::vector<double>& best_similarity = scratch.best_similarity;
  const std::vector<SentenceRef>& refs = story.refs;
  for (uint32_t id : lookup) {
    for (uint32_t j : table.postings[id]) {
      if (refs[j].article == refs[i].article || scratch.seen_stamp[j] == i) continue;
      scratch.seen_stamp[j] = static_cast<uint32_t>(i);
      size_t shared = 0;
      const double sim =
          Cosine(features[i], features[j], scratch.weight, scratch.content, w.norm2, i, j, &shared);
      if (sim >= options.number_pair_threshold && i < j &&
          story.outlet_of[refs[i].article] != story.outlet_of[refs[j].article]) {
        related.emplace_back(i, j);
      }
      if (sim < options.match_threshold || shared < options.min_shared_features) continue;
      if (Disagree(story.At(i), story.At(j))) {
        scratch.disputed[i] = scratch.disputed[j] = 1;
        const Sentence& a = story.At(i);
        const Sentence& b = story.At(j);
        if (story.outlet_of[refs[i].article] != story.outlet_of[refs[j].article] &&
            text::NegateEachOther(a.text, a.tokens, b.text, b.tokens)) {
          scratch.negations.emplace_back(std::min<size_t>(i, j), std::max<size_t>(i, j));
        }
        continue;
      }
      const size_t b = refs[j].article;
      if (best[b] == SIZE_MAX) scratch.touched.push_back(b);
      if (sim > best_similarity[b] || (sim == best_similarity[b] && j < best[b])) {
        best_similarity[b] = sim;
        best[b] = j;
      }
    }
  }
  // In article order, as a loop over every article would give them.
  std::sort(scratch.touched.begin(), scratch.touched.end());
  for (size_t b : scratch.touched) {
    links.push_back({i, best[b], best_similarity[b]});
    best[b] = SIZE_MAX;
    best_similarity[b] = 0.0;
  }
  scratch.touched.clear();
}

// Groups: the connected components of the links, numbered in sentence
// order, with their articles and lowest link similarity.
void BuildGroups(const Story& story, const std::vector<Link>& links, Alignment& result) {
  util::UnionFind sets(story.size());
  for (const Link& link : links) sets.Union(link.a, link.b);
  std::vector<size_t> group_of_root(story.size(), SIZE_MAX);
  result.group_of.resize(story.num_articles);
  for (size_t a = 0; a < story.num_articles; ++a) {
    result.group_of[a].assign((*story.documents)[a].sentences.size(), 0);
  }
  for (size_t i = 0; i < story.size(); ++i) {
    const size_t root = sets.Find(i);
    if (group_of_root[root] == SIZE_MAX) {
      group_of_root[root] = result.groups.size();
      result.groups.emplace_back();
    }
    const SentenceRef ref = story.refs[i];
    ContentGroup& g = result.groups[group_of_root[root]];
    g.sentences.push_back(ref);
    if (g.articles.empty() || g.articles.back() != ref.article) g.articles.push_back(ref.article);
    result.group_of[ref.article][ref.sentence] = group_of_root[root];
  }
  for (const Link& link : links) {
    const SentenceRef ref = story.refs[link.a];
    ContentGroup& g = result.groups[result.group_of[ref.article][ref.sentence]];
    g.similarity = std::min(g.similarity, link.similarity);
  }
}

// The outlets that hold a feature, as far as IsUniqueFact needs them: the
// first, and whether another one does too. One pass over the postings, so
// that testing a sentence does not scan a common feature's list each time
// (quadratic when one outlet's long article repeats it).
struct FeatureOutlets {
  size_t first = SIZE_MAX;
  bool several = false;
};

std::vector<FeatureOutlets> OutletsOfFeatures(const Story& story, const FeatureTable& table) {
  std::vector<FeatureOutlets> out(table.postings.size());
  for (size_t id = 0; id < table.postings.size(); ++id) {
    for (uint32_t j : table.postings[id]) {
      const size_t outlet = story.outlet_of[story.refs[j].article];
      if (out[id].first == SIZE_MAX) out[id].first = outlet;
      if (outlet != out[id].first) {
        out[id].several = true;
        break;
      }
    }
  }
  return out;
}

// True when single-outlet sentence i is a unique fact: enough content words,
// and less than max_unique_coverage of its weight found in other outlets.
bool IsUniqueFact(size_t i, const Story& story, const FeatureTable& table,
                  const std::vector<FeatureOutlets>& holders,
                  const std::vector<SentenceFeatures>& features, const Weights& w,
                  const CompareOptions& options) {
  if (features[i].content_words < options.min_unique_words) return false;
  double total = 0;
  double covered = 0;
  const size_t own = story.outlet_of[story.refs[i].article];
  for (uint32_t id : features[i].ids) {
    if (table.is_bigram[id]) continue;
    total += w.weight[id];
    if (holders[id].several || holders[id].first != own) covered += w.weight[id];
  }
  return total > 0 && covered / total < options.max_unique_coverage;
}

// Outlets of each group; shared groups and unique facts. A sentence that
// another outlet's disputes (`disputed`, Disagree) is no unique fact: the
// other outlet reports the same thing otherwise.
void ClassifyGroups(const Story& story, const FeatureTable& table,
                    const std::vector<SentenceFeatures>& features, const Weights& w,
                    const CompareOptions& options, const std::vector<char>& disputed,
                    Alignment& result) {
  const std::vector<FeatureOutlets> holders = OutletsOfFeatures(story, table);
  for (size_t gi = 0; gi < result.groups.size(); ++gi) {
    ContentGroup& g = result.groups[gi];
    std::sort(g.articles.begin(), g.articles.end());
    g.articles.erase(std::unique(g.articles.begin(), g.articles.end()), g.articles.end());
    std::set<size_t> outlets;
    for (size_t a : g.articles) {
      if (outlets.insert(story.outlet_of[a]).second) g.outlets.push_back(result.outlets[a]);
    }
    if (outlets.size() >= 2) {
      result.shared.push_back(gi);
      continue;
    }
    const auto index = [&](const SentenceRef& r) { return story.first_of[r.article] + r.sentence; };
    if (std::any_of(g.sentences.begin(), g.sentences.end(),
                    [&](const SentenceRef& r) { return disputed[index(r)] != 0; })) {
      continue;
    }
    const size_t i = index(g.sentences.front());
    if (IsUniqueFact(i, story, table, holders, features, w, options)) {
      result.unique.push_back(gi);
    }
  }
}

// Different numbers for the same thing in related sentences.
void FindNumberDifferences(const Story& story,
                           const std::vector<std::pair<size_t, size_t>>& related,
                           Alignment& result) {
  std::set<std::tuple<std::string, std::string, std::string>> reported;
  for (const auto& [i, j] : related) {
    const Sentence& a = story.At(i);
    const std::vector<text::NumberMention> first = text::NumberMentions(a.text, a.tokens);
    if (first.empty()) continue;
    const Sentence& b = story.At(j);
    const std::vector<text::NumberMention> second = text::NumberMentions(b.text, b.tokens);
    for (const auto& [x, y] : text::DifferentNumbers(first, second)) {
      if (!reported.emplace(first[x].unit, first[x].key, second[y].key).second) continue;
      result.number_differences.push_back(
          {first[x].what, story.refs[i], story.refs[j], first[x].value, second[y].value});
    }
  }
}

}  // namespace

Alignment Align(const std::vector<Article>& articles, const std::vector<Document>& documents,
                const CompareOptions& options) {
  Alignment result;
  const Story story = NumberSentences(articles, documents, &result.outlets);
  const StoryNames names = FindStoryNames(articles, story);
  FillEntities(story, names, result);

  FeatureTable table;
  const std::vector<SentenceFeatures> features = BuildFeatures(story, names, table);
  const Weights weights = Weigh(table, features);

  std::vector<Link> links;
  std::vector<std::pair<size_t, size_t>> related;  // for numbers
  // Links join sentences of different articles: none to look for in one.
  std::vector<char> disputed(story.size(), 0);
  if (story.num_articles >= 2) {
    LinkScratch scratch{std::vector<uint32_t>(story.size(), UINT32_MAX),
                        std::vector<size_t>(story.num_articles, SIZE_MAX),
                        std::vector<double>(story.num_articles, 0.0),
                        {},
                        {},
                        {},
                        std::vector<char>(story.size(), 0),
                        {}};
    for (size_t i = 0; i < story.size(); ++i) {
      LinkSentence(i, story, table, features, weights, options, scratch, links, related);
    }
    disputed = std::move(scratch.disputed);
    std::vector<std::pair<size_t, size_t>>& negations = scratch.negations;
    std::sort(negations.begin(), negations.end());
    negations.erase(std::unique(negations.begin(), negations.end()), negations.end());
    // One pair of wordings once: copies of one sentence against copies of
    // the other would list the same disagreement many times.
    std::set<std::pair<std::string_view, std::string_view>> listed;
    for (const auto& [i, j] : negations) {
      if (!listed.emplace(story.At(i).text, story.At(j).text).second) continue;
      result.contradictions.push_back({story.refs[i], story.refs[j]});
    }
  }
  BuildGroups(story, links, result);
  ClassifyGroups(story, table, features, weights, options, disputed, result);
  FindNumberDifferences(story, related, result);
  return result;
}

std::vector<size_t> SupportingArticles(const Alignment& alignment, size_t article,
                                       size_t sentence) {
  if (article >= alignment.group_of.size() || sentence >= alignment.group_of[article].size()) {
    return {};
  }
  return alignment.groups[alignment.group_of[article][sentence]].articles;
}

}  // namespace concord::compare
