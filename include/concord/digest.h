// Digest: a pile of articles about many stories -> one sourced report per
// story. The articles are grouped into stories in publication order
// (group.h), each story with at least `min_articles` articles is analysed,
// compared (compare.h) and summarized with its near-copies collapsed
// (summarize.h), and the stories are listed by the number of outlets that
// carry them, as Markdown, JSON Lines or one self-contained HTML page.
// docs/digest.md shows the output.
//
//   concord::digest::DigestOptions options;
//   options.format = concord::digest::Format::kHtml;
//   concord::Result<concord::digest::DigestResult> d =
//       concord::digest::Digest(articles, options);
//   if (!d.ok()) return Fail(d.status());
//   Write(d.value().output);
//
// Deterministic: the same articles and options give the same bytes,
// whatever the number of threads. Stories are processed in parallel on the
// threads of the calling TBB arena (every core unless the caller runs in an
// arena of its own).
//
// Thread safety: Digest is thread-safe (no shared state); `progress` is
// called from one thread at a time.
#ifndef CONCORD_DIGEST_H_
#define CONCORD_DIGEST_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/compare.h"
#include "concord/group.h"
#include "concord/status.h"
#include "concord/summarize.h"

namespace concord::digest {

enum class Format { kMarkdown, kJsonLines, kHtml };

// "md"/"markdown", "jsonl"/"json", "html"; nullopt otherwise.
std::optional<Format> ParseFormat(std::string_view name);

struct DigestOptions {
  // Behaviour
  // Stories with fewer articles than this are left out (a story told once
  // is not news of the day). Default 2; 1 lists every story.
  size_t min_articles = 2;
  Format format = Format::kMarkdown;
  group::GroupOptions group;        // grouping and near-copy thresholds
  SummarizeOptions summarize;       // 100 words, copies collapsed
  compare::CompareOptions compare;  // what the outlets share and do not
  // Performance
  // Stories with more articles than this get no comparison (its alignment
  // grows faster than the summary's cost; docs/benchmarks.md). Default 100.
  size_t max_compared_articles = 100;
  // Called with (stories done, stories to do) after each story; may be
  // empty.
  std::function<void(size_t, size_t)> progress;
};

struct DigestResult {
  std::string output;   // the rendered report
  size_t articles = 0;  // read
  size_t stories = 0;   // found by grouping
  size_t listed = 0;    // in the report
  // Notes: unparsable times (the article is placed where it stands), a
  // story that could not be summarized (it is left out).
  std::vector<std::string> warnings;
};

// Groups, collapses, summarizes and compares `articles` (ids must be
// unique: `concord group`'s reader checks them) and renders the report:
// stories sorted by the number of distinct outlets, then by article count,
// then by first appearance. Fails with kInvalidArgument on bad options and
// with kEmpty when there is no article.
Result<DigestResult> Digest(std::vector<Article> articles, const DigestOptions& options = {});

// The digest in two steps, for running its stories on several processes or
// machines (concord.dask digest, docs/scaling.md): PlanDigest groups the
// whole stream and ranks the stories told often enough; DigestStories
// summarizes and compares a run of those stories and renders them as JSON
// Lines. Digest is the two in one process, so concatenating DigestStories
// over consecutive runs of a plan gives Digest's JSON Lines, provided each
// run starts at the rank after the previous run's last listed story.

// One ranked story with what summarizing it needs.
struct PlannedStory {
  std::string id;     // "story-N" of the grouping
  std::string title;  // the grouping's representative headline
  std::string first;  // ISO 8601 or ""
  std::string last;
  std::vector<Article> articles;     // in story (publication) order
  std::vector<std::string> outlets;  // each article's outlet, as grouping named it
};

struct DigestPlan {
  // Stories with at least min_articles articles: most outlets first, then
  // most articles, then first appearance.
  std::vector<PlannedStory> stories;
  size_t articles = 0;                // read
  size_t found = 0;                   // stories found by grouping
  std::vector<std::string> warnings;  // unparsable times
};

// Checks the options, groups `articles` and ranks the stories. Fails as
// Digest does.
Result<DigestPlan> PlanDigest(std::vector<Article> articles, const DigestOptions& options);

struct DigestPart {
  std::string output;                 // JSON Lines, ranks from first_rank
  size_t listed = 0;                  // stories in `output`
  std::vector<std::string> warnings;  // stories left out (not summarizable)
};

// Summarizes and compares `stories` (a run of a plan) in parallel and
// renders them as JSON Lines whatever options.format says, ranked from
// `first_rank`. A story that cannot be summarized is left out with a
// warning, as Digest leaves it out.
Result<DigestPart> DigestStories(const std::vector<PlannedStory>& stories, size_t first_rank,
                                 const DigestOptions& options);

}  // namespace concord::digest

#endif  // CONCORD_DIGEST_H_
