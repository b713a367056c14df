// The store of `concord serve`: articles, their stories and each story's
// summary, comparison and quotes in one SQLite file (WAL mode, a versioned
// schema, prepared statements, a busy timeout), with the story grouper of
// group.h kept in memory and rebuilt from the file on open.
//
//   Result<std::unique_ptr<Store>> store = Store::Open("concord.db");
//   Result<std::vector<Store::Added>> added = (*store)->Add(articles);
//   Result<nlohmann::json> story = (*store)->Story("s1");
//
// Articles are idempotent by id, else by url: adding one again as it is
// stored answers the story it is in and changes nothing; adding it with
// another text, title, time, source or url replaces the stored version (an
// outlet updates its story): the old one leaves its story and the grouper,
// the new one is grouped afresh under the same id, and both stories are
// recomputed. An article without an id is named "a-<16 hex digits>" after
// its url, else its text. Every Add groups the new
// articles into stories one by one and recomputes, per story touched, what
// `concord summarize`, `compare` and `quotes` print as JSON, the
// comparison's groups marked "in_summary" (api::StoryReports), inside one
// transaction: an answered Add is on disk. Delete removes an article from
// its story (recomputed, or removed when empty) and from the grouper
// (Grouper::Remove): later articles no longer join a story through it, nor
// count as its copies.
//
// Thread safety: every method may be called from any thread; they are
// serialised by one mutex (SQLite writes are serial anyway).
#ifndef CONCORD_SERVE_STORE_H_
#define CONCORD_SERVE_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "concord/article.h"
#include "concord/group.h"
#include "concord/status.h"

struct sqlite3;

namespace concord::serve {

class Store {
 public:
  // The schema version this code writes; a file with a newer one is refused,
  // one with an older one upgraded on open: every story of a version 1 or 2
  // file is computed again (2: each comparison group carries "shown", the
  // line compare's reports show for it; 3: and "in_summary", whether that
  // line repeats a summary sentence, api::StoryReports).
  static constexpr int kSchemaVersion = 3;

  // What opening a large store reports while it works: the phase
  // (kRegrouping, the stored articles grouped again; kRecomputing, every
  // story computed again for a schema upgrade) and how many of how many
  // items are done: 0 of N first, then at least every kProgressEvery
  // items, and N of N last.
  using OpenProgress = std::function<void(std::string_view phase, size_t done, size_t total)>;
  static constexpr std::string_view kRegrouping = "grouping the stored articles again";
  static constexpr std::string_view kRecomputing = "computing every story again for the new schema";
  static constexpr size_t kProgressEvery = 500;

  // Opens (creating when missing) the store at `path`; fails naming the file.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const OpenProgress& progress = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  struct Added {
    std::string id;
    std::string story;
    bool existed = false;   // already stored (by id, else url)
    bool replaced = false;  // existed with another text, title, time, source or url: replaced
    // The stored article this one is a near-duplicate of (the grouper's
    // test, group.h), else "". Only for a newly added article.
    std::string duplicate_of;
  };
  // Adds `articles` (read by api::ReadStory; `named[i]` false when the
  // request gave article i no id) in order.
  Result<std::vector<Added>> Add(std::vector<Article> articles, const std::vector<bool>& named);

  // {"total":N,"stories":[{"id","title","articles","sources","first","last","updated"}]},
  // `order` "newest" (latest article first) or "widest" (most outlets first).
  Result<nlohmann::json> Stories(const std::string& order, int64_t limit, int64_t offset);
  // {"id","title","sources","articles":[...],"summary","compare","quotes"};
  // NotFound for an unknown id.
  Result<nlohmann::json> Story(const std::string& id);
  // NotFound for an unknown id.
  Status Delete(const std::string& id);

  int64_t ArticleCount();
  int64_t StoryCount();

 private:
  explicit Store(sqlite3* db);
  Status Load(const OpenProgress& progress);
  // Upgrades a file of schema version `found` (0: new) to kSchemaVersion.
  Status Upgrade(int64_t found, const OpenProgress& progress);
  Status Exec(const std::string& sql);
  Status Recompute(const std::string& story);
  // The stored article (id, story) a new one names; `replaced`: the
  // stored version differed and was taken out (Find).
  struct Stored {
    std::string id;
    std::string story;
    bool replaced = false;
  };
  Result<Stored> Find(Article& article);
  Status Insert(const Article& article, const std::string& outlet, const std::string& story);
  // The grouper rebuilt from the file (after a rolled-back replacement).
  Status Reload();
  std::string StoryFor(size_t group_index);
  // Groups `article`; its story's grouper index, and in `*copy_of` the id
  // of the stored article it copies ("" when none).
  size_t Group(const Article& article, std::string* copy_of);
  // Takes the article `id` out of the grouper (Grouper::Remove).
  void Ungroup(const std::string& id);

  std::mutex mutex_;
  sqlite3* db_;
  std::unique_ptr<group::Grouper> grouper_;
  std::unordered_map<size_t, std::string> story_of_group_;  // grouper index -> story id
  // Grouper stream positions and article ids, both ways ("" once deleted).
  std::vector<std::string> id_of_position_;
  std::unordered_map<std::string, size_t> position_of_id_;
  int64_t next_story_ = 1;
};

}  // namespace concord::serve

#endif  // CONCORD_SERVE_STORE_H_
