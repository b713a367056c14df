// Near-copies collapsed before ranking.
//
// A wire story that five outlets run word for word is one report, not five:
// if every copy were ranked, its sentences would look backed by five
// independent articles and crowd out facts that two outlets found on their
// own (the default method rewards cross-outlet support, and every method
// sees the copies' words five times in its centroid or graph). So the
// copies (group::FindCopies, the same MinHash test `concord group` uses)
// are left out of the ranking; the summary is made from the originals and
// then each copy adds its outlet to the sentences it carries, so the reader
// still sees who ran the story. When no article copies another, the
// summarizer is called unchanged (same bytes).
#include "summarize/collapse.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>
#include <utility>

#include "text/differing_facts.h"

namespace concord::summarize::internal {
namespace {

// True when `document` has a sentence whose text is `text`.
bool Holds(const Document& document, const std::string& text) {
  return std::any_of(document.sentences.begin(), document.sentences.end(),
                     [&](const Sentence& s) { return s.text == text; });
}

// True when `document` has a sentence that negates `sentence`, whose cue
// (text::HasNegationCue) is `cue`: a copy that says otherwise.
bool Negates(const Document& document, const Sentence& sentence, bool cue) {
  return std::any_of(document.sentences.begin(), document.sentences.end(), [&](const Sentence& s) {
    return text::NegateEachOther(sentence.text, sentence.tokens, cue, s.text, s.tokens,
                                 text::HasNegationCue(s.tokens));
  });
}

// Adds to `sentence` (its articles in cluster places) the copies in
// `summary.copies` that carry it or say otherwise. A copy of the
// sentence's own article backs it when it holds its text, and says
// otherwise when it negates it instead; a copy of another article backs
// or disputes it as its original does, but a copy that negates it where
// its original does not says otherwise (the near-copy test reads words,
// not what they state: "The pier reopened" and "The pier did not reopen"
// may be one text).
void AddCopies(const Summary& summary, SummarySentence& sentence) {
  const Sentence& own = summary.documents[sentence.article].sentences[sentence.sentence];
  const bool cue = text::HasNegationCue(own.tokens);
  const auto negates = [&](size_t article) {
    return Negates(summary.documents[article], own, cue);
  };
  const std::unordered_set<size_t> backing(sentence.sources.begin(), sentence.sources.end());
  const std::unordered_set<size_t> disputing(sentence.disputed_by.begin(),
                                             sentence.disputed_by.end());
  for (const auto& [copy, original] : summary.copies) {
    bool backs = false;
    bool disputes = false;
    if (original == sentence.article) {
      backs = Holds(summary.documents[copy], own.text);
      disputes = !backs && negates(copy);
    } else if (backing.count(original)) {
      disputes = negates(copy) && !negates(original);
      backs = !disputes;
    } else {
      disputes = disputing.count(original) != 0;
    }
    if (backs) sentence.sources.push_back(copy);
    if (disputes) sentence.disputed_by.push_back(copy);
  }
  // The sentence's own article first, then cluster order.
  if (!sentence.sources.empty()) std::sort(sentence.sources.begin() + 1, sentence.sources.end());
  std::sort(sentence.disputed_by.begin(), sentence.disputed_by.end());
}

// The bytes of a document's sentences: what concord reads of the article.
size_t TextBytes(const Document& document) {
  size_t bytes = 0;
  for (const Sentence& s : document.sentences) bytes += s.text.size();
  return bytes;
}

}  // namespace

std::vector<size_t> KeepFullest(const std::vector<Document>& documents,
                                const std::vector<size_t>& copy_of) {
  // The kept article of each set, found by its first article (the root).
  std::vector<size_t> kept(copy_of.size());
  std::iota(kept.begin(), kept.end(), size_t{0});
  for (size_t i = 0; i < copy_of.size(); ++i) {
    const size_t root = copy_of[i];
    if (root == i) continue;
    const size_t best = kept[root];
    const size_t mine = TextBytes(documents[i]);
    const size_t theirs = TextBytes(documents[best]);
    if (mine > theirs) kept[root] = i;
  }
  std::vector<size_t> out(copy_of.size());
  for (size_t i = 0; i < copy_of.size(); ++i) out[i] = kept[copy_of[i]];
  return out;
}

Result<Summary> SummarizeCollapsed(
    const Cluster& cluster, std::vector<Document> documents, const std::vector<size_t>& copy_of,
    const std::function<Result<Summary>(const Cluster&, std::vector<Document>)>& summarize) {
  // The originals, in cluster order, with their documents.
  Cluster originals;
  originals.id = cluster.id;
  originals.references = cluster.references;
  std::vector<size_t> kept;  // originals' index -> cluster index
  std::vector<Document> kept_documents;
  for (size_t i = 0; i < cluster.articles.size(); ++i) {
    if (copy_of[i] != i) continue;
    kept.push_back(i);
    originals.articles.push_back(cluster.articles[i]);
    kept_documents.push_back(std::move(documents[i]));
  }
  Result<Summary> result = summarize(originals, std::move(kept_documents));
  if (!result.ok()) return result;
  Summary summary = std::move(result).value();

  // Every document back in its cluster place.
  for (size_t k = 0; k < kept.size(); ++k) documents[kept[k]] = std::move(summary.documents[k]);
  summary.documents = std::move(documents);
  for (size_t i = 0; i < copy_of.size(); ++i) {
    if (copy_of[i] != i) summary.copies.emplace_back(i, copy_of[i]);
  }
  for (SummarySentence& sentence : summary.sentences) {
    sentence.article = kept[sentence.article];
    for (size_t& source : sentence.sources) source = kept[source];
    for (size_t& other : sentence.disputed_by) other = kept[other];
    AddCopies(summary, sentence);
  }
  summary.stats.articles = cluster.articles.size();
  summary.stats.removed_spans = 0;
  summary.stats.invalid_utf8 = 0;
  for (size_t a = 0; a < cluster.articles.size(); ++a) {
    summary.stats.removed_spans += summary.documents[a].removed.size();
    summary.stats.invalid_utf8 += cluster.articles[a].invalid_utf8;
  }
  return summary;
}

}  // namespace concord::summarize::internal
