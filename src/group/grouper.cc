// The streaming grouper (group.h): one pass, bounded state.
//
// State for the window only: the open stories' centroids, an inverted index
// from terms to the open stories indexed under them, and the near-duplicate
// index. For every story ever opened only its output (ids, outlets, times)
// is kept. Per article the cost is bounded by the options: `query_terms`
// postings lists of at most `posting_limit` stories, `candidates` full
// cosines over centroids of at most `centroid_terms` terms.
#include <algorithm>
#include <cmath>
#include <deque>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "concord/group.h"
#include "concord/text.h"
#include "group/duplicates.h"
#include "group/features.h"

namespace concord::group {
namespace {

using TermVector = std::vector<std::pair<uint32_t, float>>;  // sorted by term

struct OpenStory {
  std::unordered_map<uint32_t, float> centroid;  // sum of member unit vectors
  std::vector<std::pair<uint32_t, float>> by_term;  // the centroid sorted by term (Trim)
  double norm = 0;
  int64_t last_time = 0;
  uint64_t last_seq = 0;
  bool aged = false;              // in by_age and seq_story (after its first article)
  std::vector<uint32_t> indexed;  // terms it is indexed under
  std::unordered_set<std::string> outlets;
  // Its title is a headline; else it is its first article's lead sentence,
  // which the first headline of a later article replaces.
  bool headline = false;
  PlaceFacts places;  // its articles' places and words (the place rule)
};

}  // namespace

struct Grouper::Impl {
  explicit Impl(const GroupOptions& o) : options(o), duplicates(o) {}

  GroupOptions options;
  text::Tokenizer tokenizer;
  Grouping result;  // story_of and the counters; the stories are below
  // Stories not taken yet (TakeFinished): stories[i] is story taken + i.
  std::deque<Story> stories;
  size_t taken = 0;
  // Incremental idf: document frequency of every term seen in the stream.
  std::unordered_map<std::string, uint32_t> vocabulary;
  std::vector<uint32_t> df;
  uint64_t documents = 0;
  // The window.
  std::unordered_map<size_t, OpenStory> open;     // by story index
  std::set<std::pair<int64_t, uint64_t>> by_age;  // (last_time, last_seq)
  std::unordered_map<uint64_t, size_t> seq_story;
  std::unordered_map<uint32_t, std::vector<size_t>> postings;
  DuplicateIndex duplicates;
  // With options.removable: the vector of every article of an open story.
  std::unordered_map<size_t, TermVector> vectors;  // by stream position
  std::optional<int64_t> clock;
  uint64_t seq = 0;
  // Stories merged into an older one (empty; never written).
  std::unordered_set<size_t> merged_away;
  size_t written = 0;  // stories taken out, but for the merged ones

  Story& StoryAt(size_t index) { return stories[index - taken]; }
  bool Finished(const Story& story, size_t index) const;
  bool Number(Story& story, size_t index);
  TermVector Vectorize(const ArticleFeatures& features);
  // An open story that may take an article, with the article's cosine to
  // it when Candidates computed it (`scored`).
  struct Candidate {
    size_t story = 0;
    double cosine = 0;
    bool scored = false;
  };
  // The open stories that share the heaviest terms of `vector` most; all
  // open stories, scored and most similar first, while they are few
  // (docs/group.md).
  std::vector<Candidate> Candidates(const TermVector& heaviest, const TermVector& vector) const;
  size_t BestStory(const std::vector<Candidate>& candidates, const TermVector& vector,
                   const PlaceFacts& places) const;
  size_t MergeSimilar(size_t story, const std::vector<Candidate>& candidates);
  size_t Merge(size_t a, size_t b);
  void Trim(OpenStory& s) const;
  size_t NewStory(const StreamArticle& item, const ArticleFeatures& features);
  void Join(size_t story, size_t position, const StreamArticle& item, const TermVector& vector,
            const TermVector& heaviest, int64_t time, const PlaceFacts& places);
  void Close(size_t story);
  void ExpireStories(int64_t now);
  void Subtract(size_t story, const TermVector& vector);
};

TermVector Grouper::Impl::Vectorize(const ArticleFeatures& features) {
  ++documents;
  TermVector vector;
  vector.reserve(features.terms.size());
  for (const auto& [term, count] : features.terms) {
    auto [it, inserted] = vocabulary.try_emplace(term, static_cast<uint32_t>(df.size()));
    if (inserted) df.push_back(0);
    const uint32_t id = it->second;
    ++df[id];
    const double idf = std::log(1.0 + static_cast<double>(documents) / df[id]);
    vector.emplace_back(id, static_cast<float>((1.0 + std::log(count)) * idf));
  }
  double norm = 0;
  for (const auto& [id, w] : vector) norm += static_cast<double>(w) * w;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& [id, w] : vector) w = static_cast<float>(w / norm);
  }
  std::sort(vector.begin(), vector.end());
  return vector;
}

namespace {

// The terms of an article's vector, heaviest first (ties by term id): the
// candidate search queries the first ones and a story is indexed under them.
TermVector HeaviestFirst(const TermVector& vector) {
  TermVector heaviest = vector;
  std::sort(heaviest.begin(), heaviest.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return heaviest;
}

// The dot product of sparse (term, weight) pairs with a story's centroid.
template <typename Terms>
double DotWithCentroid(const Terms& terms, const std::unordered_map<uint32_t, float>& centroid) {
  double dot = 0;
  for (const auto& [term, weight] : terms) {
    if (const auto it = centroid.find(term); it != centroid.end()) {
      dot += static_cast<double>(weight) * it->second;
    }
  }
  return dot;
}

// The dot product of an article's vector with a story's centroid, both
// sorted by term: one pass over the two, where DotWithCentroid looks every
// term up (the candidate scoring was a third of `concord group`'s time). The
// products are added in the same order, the vector's: the same sum.
double DotSorted(const TermVector& vector, const TermVector& centroid) {
  double dot = 0;
  auto c = centroid.begin();
  for (const auto& [term, weight] : vector) {
    while (c != centroid.end() && c->first < term) ++c;
    if (c == centroid.end()) break;
    if (c->first == term) dot += static_cast<double>(weight) * c->second;
  }
  return dot;
}

// The cosine between two stories' centroids.
double CentroidCosine(const OpenStory& a, const OpenStory& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  const OpenStory& small = a.centroid.size() <= b.centroid.size() ? a : b;
  const OpenStory& large = &small == &a ? b : a;
  return DotWithCentroid(small.centroid, large.centroid) / (a.norm * b.norm);
}

}  // namespace

std::vector<Grouper::Impl::Candidate> Grouper::Impl::Candidates(const TermVector& heaviest,
                                                                const TermVector& vector) const {
  // While few stories are open, all are scored, the most similar first: in
  // a young stream the shared names of one story's reports weigh least, so
  // its articles' heaviest terms need not meet in the index.
  if (open.size() <= options.candidates) {
    std::vector<Candidate> all;
    all.reserve(open.size());
    for (const auto& [story, s] : open) {
      const double cosine = s.norm > 0 ? DotSorted(vector, s.by_term) / s.norm : 0.0;
      all.push_back({story, cosine, s.norm > 0});
    }
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
      return a.cosine != b.cosine ? a.cosine > b.cosine : a.story < b.story;
    });
    return all;
  }
  // The heaviest terms find the candidate stories.
  const size_t query = std::min(heaviest.size(), options.query_terms);
  std::unordered_map<size_t, double> partial;
  for (size_t i = 0; i < query; ++i) {
    const auto& [term, weight] = heaviest[i];
    const auto found = postings.find(term);
    if (found == postings.end()) continue;
    for (const size_t story : found->second) partial[story] += weight;
  }
  std::vector<std::pair<double, size_t>> ranked;
  ranked.reserve(partial.size());
  for (const auto& [story, score] : partial) ranked.emplace_back(-score, story);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > options.candidates) ranked.resize(options.candidates);
  std::vector<Candidate> found;
  found.reserve(ranked.size());
  for (const auto& [unused, story] : ranked) found.push_back({story, 0, false});
  return found;
}

size_t Grouper::Impl::BestStory(const std::vector<Candidate>& candidates, const TermVector& vector,
                                const PlaceFacts& places) const {
  size_t best = SIZE_MAX;
  double best_score = options.join_threshold;
  for (const Candidate& candidate : candidates) {
    const size_t story = candidate.story;
    double cosine = candidate.cosine;
    if (!candidate.scored) {
      const OpenStory& s = open.at(story);
      if (s.norm <= 0) continue;
      cosine = DotSorted(vector, s.by_term) / s.norm;
    }
    if (cosine > best_score || (cosine == best_score && story < best)) {
      if (options.place_rule && PlacesConflict(places, open.at(story).places)) continue;
      best_score = cosine;
      best = story;
    }
  }
  return best;
}

namespace {

// A story's title: one line, and a long one cut to its first 40 words.
std::string StoryTitle(std::string title) {
  if (title.size() > 300) title = std::string(LeadPrefix(title, 40)) + "...";
  return title;
}

}  // namespace

size_t Grouper::Impl::NewStory(const StreamArticle& item, const ArticleFeatures& features) {
  const size_t index = taken + stories.size();
  Story story;
  story.id = "story-" + std::to_string(index + 1);
  story.title =
      StoryTitle(!item.article.title.empty() ? text::CollapseWhitespace(item.article.title)
                                             : features.lead_sentence);
  stories.push_back(std::move(story));
  open.emplace(index, OpenStory{}).first->second.headline = !item.article.title.empty();
  return index;
}

void Grouper::Impl::Join(size_t story, size_t position, const StreamArticle& item,
                         const TermVector& vector, const TermVector& heaviest, int64_t time,
                         const PlaceFacts& places) {
  Story& out = StoryAt(story);
  out.articles.push_back(position);
  result.story_of.push_back(story);
  if (item.time) {
    out.first = out.first ? std::min(*out.first, *item.time) : *item.time;
    out.last = out.last ? std::max(*out.last, *item.time) : *item.time;
  }
  const auto found = open.find(story);
  if (found == open.end()) return;  // a copy of an article of a closed story
  OpenStory& s = found->second;
  if (!s.headline && !item.article.title.empty()) {
    out.title = StoryTitle(text::CollapseWhitespace(item.article.title));
    s.headline = true;
  }
  const std::string& outlet = item.outlet.empty() ? item.article.source : item.outlet;
  if (!outlet.empty() && s.outlets.insert(outlet).second) out.sources.push_back(outlet);
  // Centroid: add the unit vector, keep the heaviest terms.
  for (const auto& [term, weight] : vector) s.centroid[term] += weight;
  Trim(s);
  if (options.place_rule) AddPlaceFacts(s.places, places);
  // Index the story under the article's heaviest terms, up to index_terms.
  for (const auto& [term, weight] : heaviest) {
    if (s.indexed.size() >= options.index_terms) break;
    if (std::find(s.indexed.begin(), s.indexed.end(), term) != s.indexed.end()) continue;
    if (s.indexed.size() >= options.index_terms / 2 && weight < 0.1f) break;
    s.indexed.push_back(term);
    std::vector<size_t>& list = postings[term];
    list.push_back(story);
    if (list.size() > options.posting_limit) list.erase(list.begin());
  }
  // Age.
  // A new story is not in by_age yet: erasing its default (0, 0) would
  // erase the entry of the first story of the stream (found by the
  // 250,000-article benchmark: that story could then never be closed, and
  // closing it failed on seq_story).
  if (s.aged) {
    by_age.erase({s.last_time, s.last_seq});
    seq_story.erase(s.last_seq);
  }
  s.aged = true;
  s.last_time = time;
  s.last_seq = seq++;
  by_age.emplace(s.last_time, s.last_seq);
  seq_story[s.last_seq] = story;
}

// Keeps the heaviest `centroid_terms` terms of a centroid; sets its norm
// and by_term.
void Grouper::Impl::Trim(OpenStory& s) const {
  if (s.centroid.size() > options.centroid_terms) {
    std::vector<std::pair<float, uint32_t>> by_weight;
    for (const auto& [term, weight] : s.centroid) by_weight.emplace_back(-weight, term);
    std::sort(by_weight.begin(), by_weight.end());
    s.centroid.clear();
    for (size_t i = 0; i < options.centroid_terms; ++i) {
      s.centroid[by_weight[i].second] = -by_weight[i].first;
    }
  }
  s.norm = 0;
  for (const auto& [term, weight] : s.centroid) s.norm += static_cast<double>(weight) * weight;
  s.norm = std::sqrt(s.norm);
  s.by_term.assign(s.centroid.begin(), s.centroid.end());
  std::sort(s.by_term.begin(), s.by_term.end());
}

// Second stage, after an article joined `story`: the story merges with the
// most similar of the article's first `merge_candidates` candidates (the
// open stories sharing its heaviest terms most) when the cosine between
// their centroids reaches merge_threshold. Returns the story the articles
// of `story` are now in.
size_t Grouper::Impl::MergeSimilar(size_t story, const std::vector<Candidate>& candidates) {
  const auto found = open.find(story);
  if (found == open.end() || found->second.norm <= 0) return story;
  const OpenStory& s = found->second;
  size_t best = SIZE_MAX;
  double best_score = options.merge_threshold;
  const size_t n = std::min(candidates.size(), options.merge_candidates);
  for (size_t i = 0; i < n; ++i) {
    const size_t other = candidates[i].story;
    if (other == story) continue;
    const auto it = open.find(other);
    if (it == open.end()) continue;
    const double cosine = CentroidCosine(s, it->second);
    if (cosine > best_score || (cosine == best_score && other < best)) {
      if (options.place_rule && PlacesConflict(s.places, it->second.places)) continue;
      best_score = cosine;
      best = other;
    }
  }
  return best == SIZE_MAX ? story : Merge(story, best);
}

// Merges two open stories into the older one, which it returns: the newer
// one is left empty and closed (merged_away) and never written.
size_t Grouper::Impl::Merge(size_t a, size_t b) {
  const size_t keep = std::min(a, b);
  const size_t gone = std::max(a, b);
  Story& into = StoryAt(keep);
  Story& from = StoryAt(gone);
  for (const size_t position : from.articles) result.story_of[position] = keep;
  std::vector<size_t> articles;
  articles.reserve(into.articles.size() + from.articles.size());
  std::merge(into.articles.begin(), into.articles.end(), from.articles.begin(), from.articles.end(),
             std::back_inserter(articles));
  into.articles = std::move(articles);
  from.articles.clear();
  into.duplicates.insert(into.duplicates.end(), from.duplicates.begin(), from.duplicates.end());
  std::sort(into.duplicates.begin(), into.duplicates.end());
  from.duplicates.clear();
  if (from.first) into.first = into.first ? std::min(*into.first, *from.first) : *from.first;
  if (from.last) into.last = into.last ? std::max(*into.last, *from.last) : *from.last;
  OpenStory& k = open.at(keep);
  OpenStory& g = open.at(gone);
  if (!k.headline && g.headline) {
    into.title = from.title;
    k.headline = true;
  }
  for (const std::string& outlet : from.sources) {
    if (k.outlets.insert(outlet).second) into.sources.push_back(outlet);
  }
  for (const auto& [term, weight] : g.centroid) k.centroid[term] += weight;
  Trim(k);
  if (options.place_rule) AddPlaceFacts(k.places, g.places);
  for (const uint32_t term : g.indexed) {
    if (k.indexed.size() >= options.index_terms) break;
    if (std::find(k.indexed.begin(), k.indexed.end(), term) != k.indexed.end()) continue;
    k.indexed.push_back(term);
    std::vector<size_t>& list = postings[term];
    list.push_back(keep);
    if (list.size() > options.posting_limit) list.erase(list.begin());
  }
  // The merged story was last updated when the later of the two was.
  const bool newer = std::pair(g.last_time, g.last_seq) > std::pair(k.last_time, k.last_seq);
  if (g.aged && (!k.aged || newer)) {
    if (k.aged) {
      by_age.erase({k.last_time, k.last_seq});
      seq_story.erase(k.last_seq);
    }
    k.aged = true;
    k.last_time = g.last_time;
    k.last_seq = g.last_seq;
    by_age.emplace(k.last_time, k.last_seq);
    seq_story[k.last_seq] = keep;
    g.aged = false;
  }
  Close(gone);
  merged_away.insert(gone);
  return keep;
}

void Grouper::Impl::Close(size_t story) {
  const auto found = open.find(story);
  if (found == open.end()) return;
  for (const uint32_t term : found->second.indexed) {
    const auto list = postings.find(term);
    if (list == postings.end()) continue;
    std::erase(list->second, story);
    if (list->second.empty()) postings.erase(list);
  }
  if (found->second.aged) {
    by_age.erase({found->second.last_time, found->second.last_seq});
    seq_story.erase(found->second.last_seq);
  }
  open.erase(found);
  if (options.removable) {
    for (const size_t position : StoryAt(story).articles) vectors.erase(position);
  }
}

// Takes an article's vector back out of an open story's centroid.
void Grouper::Impl::Subtract(size_t story, const TermVector& vector) {
  const auto found = open.find(story);
  if (found == open.end()) return;
  OpenStory& s = found->second;
  for (const auto& [term, weight] : vector) {
    const auto it = s.centroid.find(term);
    if (it == s.centroid.end()) continue;  // dropped when the centroid was cut
    it->second -= weight;
    if (it->second <= 1e-6f) s.centroid.erase(it);
  }
  Trim(s);  // cuts nothing (the centroid only lost terms): the norm and by_term
}

void Grouper::Impl::ExpireStories(int64_t now) {
  const double oldest = static_cast<double>(now) - options.window_seconds;
  while (!by_age.empty()) {
    const auto [time, story_seq] = *by_age.begin();
    if (static_cast<double>(time) >= oldest && open.size() <= options.max_open_stories) break;
    Close(seq_story.at(story_seq));
  }
  const double clamped = std::max(oldest, -9.0e18);
  duplicates.Expire(static_cast<int64_t>(clamped), options.max_open_stories);
}

Grouper::Grouper(GroupOptions options) : impl_(std::make_unique<Impl>(options)) {}
Grouper::~Grouper() = default;
const GroupOptions& Grouper::options() const { return impl_->options; }

size_t Grouper::Add(const StreamArticle& item) { return Add(item, nullptr); }

size_t Grouper::Add(const StreamArticle& item, std::optional<size_t>* copy_of) {
  const PreparedArticle prepared = Prepare(item.article, impl_->options, impl_->tokenizer);
  return AddPrepared(item, prepared, copy_of);
}

size_t Grouper::AddPrepared(const StreamArticle& item, const PreparedArticle& prepared,
                            std::optional<size_t>* copy_of) {
  Impl& m = *impl_;
  if (copy_of != nullptr) copy_of->reset();
  const size_t position = m.result.story_of.size();
  int64_t time = m.clock.value_or(0);
  if (item.time) {
    if (m.clock && *item.time < *m.clock) {
      ++m.result.out_of_order;
    } else {
      time = *item.time;
    }
  }
  m.clock = time;
  m.ExpireStories(time);

  const ArticleFeatures& features = prepared.features;
  if (features.empty) {
    ++m.result.without_text;
    const size_t story = m.NewStory(item, features);
    m.Join(story, position, item, {}, {}, time, features.places);
    m.Close(story);  // nothing to match later articles against
    return story;
  }
  const TermVector vector = m.Vectorize(features);
  const TermVector heaviest = HeaviestFirst(vector);
  std::optional<size_t> copied;
  if (prepared.bands)
    copied = m.duplicates.FindAndAdd(position, features.shingles, features.copy_facts,
                                     *prepared.bands, time);
  size_t story = SIZE_MAX;
  std::vector<Impl::Candidate> candidates;  // the open stories that share its heaviest terms
  if (copied) {
    story = m.result.story_of[*copied];
    m.StoryAt(story).duplicates.emplace_back(position, *copied);
  } else {
    candidates = m.Candidates(heaviest, vector);
    story = m.BestStory(candidates, vector, features.places);
  }
  const bool opened = story == SIZE_MAX;
  if (opened) story = m.NewStory(item, features);
  m.Join(story, position, item, vector, heaviest, time, features.places);
  // A story that grew may now be close to another one.
  if (m.options.merge_threshold < 1.0 && !copied && !opened) {
    story = m.MergeSimilar(story, candidates);
  }
  if (copy_of != nullptr) *copy_of = copied;
  if (m.options.removable && m.open.count(story) > 0) m.vectors.emplace(position, vector);
  return story;
}

// Gives a story leaving the Grouper its number among the stories written
// (merged stories leave gaps in the internal numbers) and points story_of
// at it; false for a story merged into an older one, which is not written.
// Without merges the numbers do not change.
bool Grouper::Impl::Number(Story& story, size_t index) {
  if (merged_away.erase(index) > 0) return false;
  story.id = "story-" + std::to_string(written + 1);
  for (const size_t position : story.articles) result.story_of[position] = written;
  ++written;
  return true;
}

// A story is finished when no later article can join it: it is closed (out
// of the candidate index), and no article of it is left in the
// near-duplicate index (a copy of one would join it). The duplicate index
// holds the newest articles in stream order, so the story's last article
// being older than the oldest one there is enough.
bool Grouper::Impl::Finished(const Story& story, size_t index) const {
  if (open.contains(index)) return false;
  const std::optional<size_t> oldest = duplicates.oldest();
  return !oldest || story.articles.empty() || story.articles.back() < *oldest;
}

std::vector<Story> Grouper::TakeFinished(bool all) {
  Impl& m = *impl_;
  std::vector<Story> finished;
  while (!m.stories.empty() && (all || m.Finished(m.stories.front(), m.taken))) {
    if (m.Number(m.stories.front(), m.taken)) finished.push_back(std::move(m.stories.front()));
    m.stories.pop_front();
    ++m.taken;
  }
  return finished;
}

Grouping Grouper::Finish() {
  Impl& m = *impl_;
  for (size_t i = 0; i < m.stories.size(); ++i) {
    if (m.Number(m.stories[i], m.taken + i)) m.result.stories.push_back(std::move(m.stories[i]));
  }
  m.stories.clear();
  return std::move(m.result);
}

void Grouper::Remove(size_t position) {
  Impl& m = *impl_;
  if (position >= m.result.story_of.size()) return;
  const size_t story = m.result.story_of[position];
  if (story < m.taken) return;  // its story was finished and handed out
  std::vector<size_t>& articles = m.StoryAt(story).articles;
  const auto at = std::find(articles.begin(), articles.end(), position);
  if (at == articles.end()) return;  // removed before
  articles.erase(at);
  m.duplicates.Remove(position);
  if (const auto found = m.vectors.find(position); found != m.vectors.end()) {
    for (const auto& [term, weight] : found->second) {
      if (m.df[term] > 0) --m.df[term];
    }
    if (m.documents > 0) --m.documents;
    m.Subtract(story, found->second);
    m.vectors.erase(found);
  }
  if (articles.empty()) m.Close(story);
}

}  // namespace concord::group
