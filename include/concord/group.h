// Story grouping of a stream of articles, and near-duplicate detection.
//
// A Grouper reads articles one at a time, in publication order, and puts
// each one in a story: the open story whose centroid (tf-idf of titles and
// leads, names, dates, numbers) is most similar, when that similarity
// reaches `join_threshold`, else a new story. A near-duplicate (MinHash-LSH
// over word shingles of the lead, checked by exact resemblance) joins the
// story of the article it copies and is reported as a duplicate. Only the
// stories active within `window_seconds` of the newest article keep their
// features, so memory stays bounded however long the stream; what is kept
// for every story (ids, outlets, times) is a few bytes an article.
// docs/group.md explains the features and every threshold.
//
//   concord::group::Grouper grouper;
//   for (const concord::group::StreamArticle& a : stream) grouper.Add(a);
//   concord::group::Grouping result = grouper.Finish();
//   for (const concord::group::Story& s : result.stories) print(s);
//
// Thread safety: a Grouper is thread-compatible (one thread at a time). The
// free functions are thread-safe.
#ifndef CONCORD_GROUP_H_
#define CONCORD_GROUP_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/document.h"
#include "concord/status.h"

namespace concord::group {

struct GroupOptions {
  // Behaviour
  // Stories with no article newer than this before the newest article are
  // closed: no later article joins them. Articles without a time take the
  // time of the article before them in the stream.
  double window_seconds = 72 * 3600.0;
  // An article joins the most similar open story when the cosine between
  // its vector and the story's centroid reaches this.
  double join_threshold = 0.2;
  // Second stage: after an article joins a story that was open before it,
  // the story is merged with the most similar of the article's first
  // `merge_candidates` candidate stories when the cosine between their
  // centroids reaches this; 1 turns it off. The merged story keeps the
  // older one's place: story_of and the ids are final only when a story
  // is taken out.
  double merge_threshold = 0.4;
  // An article is a near-duplicate of an earlier one when the resemblance
  // (Jaccard) of their lead shingle sets reaches this, or when the smaller
  // set is at least `duplicate_containment` contained in the other (a
  // truncated copy).
  double duplicate_threshold = 0.6;
  double duplicate_containment = 0.9;
  bool find_duplicates = true;
  // The place rule (docs/group.md, "Places that exclude each other"): an
  // article does not join a story, nor do two stories merge, when their
  // titles and leads state their events in places that exclude each other
  // ("a fire in Lyon" / "a fire in Hamburg", "LYON —" / "HAMBURG —") and
  // neither writes any place the other states.
  bool place_rule = true;
  // Features: the lead is the first `lead_words` words of the body; title
  // terms count `title_weight` times, names `name_weight` times.
  size_t lead_words = 200;
  double title_weight = 2.0;
  double name_weight = 1.5;
  // Shingles for near-duplicates come from the first `shingle_words` words.
  size_t shingle_words = 200;
  // Performance (bounds the cost per article)
  size_t query_terms = 12;      // the article's heaviest terms looked up
  size_t index_terms = 24;      // terms a story is indexed under, at most
  size_t posting_limit = 256;   // stories kept per index term (newest)
  size_t candidates = 48;       // stories scored in full per article
  size_t centroid_terms = 120;  // terms kept in a story's centroid
  size_t merge_candidates = 8;  // stories the merge stage compares a story with
  // Memory bound when times are missing or dense: at most this many open
  // stories (the least recently updated are closed first).
  size_t max_open_stories = 200000;
  // Keep the vector of every article of an open story, so that
  // Grouper::Remove can take it back out of its story's centroid (costs
  // one term vector an article in the window).
  bool removable = false;
};

// One article of the stream. `time` is seconds since the epoch (UTC), when
// known.
struct StreamArticle {
  Article article;
  std::optional<int64_t> time;
  std::string outlet;  // shown in "sources"; empty: Article::source
};

struct Story {
  std::string id;                    // "story-1", "story-2"... by first appearance
  std::vector<size_t> articles;      // stream positions (0-based), in order
  std::string title;                 // a representative headline or lead sentence
  std::vector<std::string> sources;  // outlets, in order of appearance
  std::optional<int64_t> first;      // earliest and latest known times
  std::optional<int64_t> last;
  // (article, the earlier article it copies), stream positions.
  std::vector<std::pair<size_t, size_t>> duplicates;
};

struct Grouping {
  std::vector<Story> stories;    // in order of first appearance
  std::vector<size_t> story_of;  // stream position -> index in `stories`
  size_t out_of_order = 0;       // articles older than the stream clock
  size_t without_text = 0;       // articles with neither text nor title
};

struct PreparedArticle;  // internal: what Add computes of an article alone

class Grouper {
 public:
  explicit Grouper(GroupOptions options = {});
  ~Grouper();
  Grouper(const Grouper&) = delete;
  Grouper& operator=(const Grouper&) = delete;

  // Checks the options: thresholds in [0, 1], a positive window, non-zero
  // limits.
  static Status Validate(const GroupOptions& options);

  // Adds the next article and returns the index of its story (internal: a
  // later merge can move the article into an older story; with
  // merge_threshold 1 the index is the story's final number). An article
  // older than the newest one so far is grouped at the stream clock (it is
  // counted in out_of_order); one with neither text nor title is a story of
  // its own.
  size_t Add(const StreamArticle& article);
  // The same; `copy_of` (when not null) is set to the stream position of
  // the earlier article this one is a near-duplicate of, else nullopt.
  size_t Add(const StreamArticle& article, std::optional<size_t>* copy_of);

  // Adds the articles `next` hands out, in order, as Add(article, &copy_of)
  // one at a time would, with the same stories, whatever the threads. What
  // depends on an article alone (cleaning, terms, shingles and their
  // MinHash: a third of Add's time) is computed ahead, in parallel, by the
  // other threads of the calling TBB arena, at most 8 articles a thread
  // ahead of the grouper; the grouper itself takes them one at a time on
  // the calling thread. With a one-thread arena it is the loop of Add.
  // `next(slot)` returns the next article, either moved into `slot`
  // (returning `&slot`) or one of the caller's that stays valid until its
  // `added` call; null at the end (the articles read before are still
  // added). `added(article, story, copy_of)` is called in stream order,
  // right after the article's Add (`story` is what Add returns). Both are
  // called on the calling thread only.
  using NextArticle = std::function<const StreamArticle*(StreamArticle& slot)>;
  using AddedArticle = std::function<void(const StreamArticle& article, size_t story,
                                          const std::optional<size_t>& copy_of)>;
  void AddAll(const NextArticle& next, const AddedArticle& added);

  // Takes the article at stream `position` back out: it leaves its story's
  // articles, its near-duplicate signature is forgotten (copies of it now
  // name their earliest remaining copy), its terms leave the document
  // frequencies and, with `removable`, its vector leaves the story's
  // centroid; a story left with no article is closed. The story's sources
  // and times are not recomputed. Positions of later articles do not
  // change. Unknown or already removed positions are ignored.
  void Remove(size_t position);

  // Streaming output: moves out the stories no later article can join (out
  // of the window, and no article of theirs left in the near-duplicate
  // index), in order of first appearance: a finished story waits for every
  // older story to finish. With `all`, every story not taken yet (the end
  // of the stream). Story::articles are stream positions, as Add counts
  // them. Taking stories as they finish keeps the Grouper's memory bounded
  // by the window, but for the story of every article (8 bytes an article).
  std::vector<Story> TakeFinished(bool all = false);

  // The stories so far, but for those TakeFinished took (Grouping::stories
  // then starts at the first story not taken; story_of still counts every
  // story). The Grouper may be used no more after it.
  Grouping Finish();

 private:
  struct Impl;
  // Add with the article's features already computed (Prepare).
  size_t AddPrepared(const StreamArticle& article, const PreparedArticle& prepared,
                     std::optional<size_t>* copy_of);
  const GroupOptions& options() const;
  std::unique_ptr<Impl> impl_;
};

// Parses an ISO 8601 / RFC 3339 time: "2024-05-01", "2024-05-01T10:20",
// "2024-05-01T10:20:30Z", "2024-05-01 10:20:30.5+02:00", and RFC 2822
// ("Wed, 01 May 2024 10:20:30 GMT", also with its obsolete zone names UT,
// EST, EDT, CST, CDT, MST, MDT, PST and PDT). Returns seconds since the epoch (UTC).
Result<int64_t> ParseTime(std::string_view text);

// "2024-05-01T10:20:30Z".
std::string FormatTime(int64_t seconds);

// The near-copies among the articles of one story, already analysed
// (documents[i] is articles[i] analysed): copy_of[i] is the earliest article
// that article i copies (the Grouper's test: MinHash-LSH over the shingles
// of the first `options.shingle_words` tokens, then the exact resemblance
// or containment thresholds), else i itself. O(articles) signatures.
// REQUIRES: documents.size() == articles.size().
std::vector<size_t> FindCopies(const std::vector<Article>& articles,
                               const std::vector<Document>& documents,
                               const GroupOptions& options = {});

// Groups a whole stream in order (Grouper::AddAll over every article: the
// same stories for any number of threads).
Grouping GroupStream(const std::vector<StreamArticle>& stream, const GroupOptions& options = {});

}  // namespace concord::group

#endif  // CONCORD_GROUP_H_
