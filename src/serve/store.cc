// The SQLite store of `concord serve` (see store.h).
#include "serve/store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <set>

#include "concord/api.h"
#include "util/fnv1a.h"

namespace concord::serve {
namespace {

using nlohmann::json;

constexpr int kBusyTimeoutMs = 5000;

// One prepared statement, finalised when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Statement& Bind(int index, const std::string& text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int index, int64_t number) {
    sqlite3_bind_int64(stmt_, index, number);
    return *this;
  }
  // True while there is a row; false at the end or on an error (Done()).
  bool Row() {
    if (stmt_ == nullptr) return false;
    last_ = sqlite3_step(stmt_);
    return last_ == SQLITE_ROW;
  }
  // Runs a statement that returns no row.
  Status Run() {
    if (stmt_ == nullptr) return Error();
    last_ = sqlite3_step(stmt_);
    return last_ == SQLITE_DONE || last_ == SQLITE_ROW ? Status::Ok() : Error();
  }
  std::string Text(int column) const {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    return text == nullptr ? std::string()
                           : std::string(reinterpret_cast<const char*>(text),
                                         static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
  }
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  bool Null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  Status Error() const { return Status::IoError(std::string("store: ") + sqlite3_errmsg(db_)); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int last_ = SQLITE_OK;
};

std::string NowIso() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof(buffer), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

// FNV-1a, 64 bits, as 16 hex digits: the name of an article given no id.
std::string Fingerprint(std::string_view bytes) {
  // This seed (one digit short of FNV's) names every stored article: kept.
  const uint64_t hash = util::Fnv1a(bytes, 1469598103934665603ULL);
  char buffer[24];
  std::snprintf(buffer, sizeof(buffer), "a-%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

json ParsedOrNull(const std::string& text) {
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? json() : parsed;
}

const char* const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT NOT NULL,
  text TEXT NOT NULL,
  story TEXT NOT NULL,
  grouped INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  updated TEXT NOT NULL,
  summary TEXT NOT NULL,
  compare TEXT NOT NULL,
  quotes TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
)sql";

constexpr size_t kTitleBytes = 120;

// Reports one phase of Store::Open to its caller (Store::OpenProgress):
// 0 of `total` when made, every kProgressEvery items, `total` of `total`
// when done. Nothing without a callback or items.
class Progress {
 public:
  Progress(const Store::OpenProgress& report, std::string_view phase, size_t total)
      : report_(report), phase_(phase), total_(total) {
    if (report_ && total_ > 0) report_(phase_, 0, total_);
  }
  void Done() {
    ++done_;
    if (report_ && total_ > 0 && (done_ % Store::kProgressEvery == 0 || done_ == total_)) {
      report_(phase_, done_, total_);
    }
  }

 private:
  const Store::OpenProgress& report_;
  std::string_view phase_;
  size_t total_;
  size_t done_ = 0;
};

// The title of a story none of whose articles has one: the first line of
// its first article, cut after a whole word within kTitleBytes and marked
// "…" when longer.
std::string TitleFromText(std::string_view text) {
  std::string_view line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (line.size() <= kTitleBytes) return std::string(line);
  size_t cut = line.rfind(' ', kTitleBytes);
  if (cut == std::string_view::npos || cut == 0) {
    cut = kTitleBytes;  // one long word: cut it, at a character's start
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  }
  line = line.substr(0, cut);
  while (!line.empty() && std::string_view(" ,;:-").find(line.back()) != std::string_view::npos) {
    line.remove_suffix(1);
  }
  return std::string(line) + "\u2026";
}

// What names an article in its story: its outlet, else (an article with no
// source, url or id of its own, stored with outlet "") "article N", N its
// place in the story from 1, as OutletName names an article with nothing.
std::string ShownOutlet(const std::string& outlet, size_t place) {
  return outlet.empty() ? OutletName(Article{}, place) : outlet;
}

group::StreamArticle ToStream(const Article& article) {
  group::StreamArticle stream;
  stream.article = article;
  if (Result<int64_t> time = group::ParseTime(article.published); time.ok()) {
    stream.time = time.value();
  }
  return stream;
}

group::GroupOptions StoreGroupOptions() {
  group::GroupOptions options;
  options.removable = true;  // Delete takes an article back out
  // A story id is handed out as an article is added (StoryFor): no later
  // merge may move the articles already stored under it.
  options.merge_threshold = 1.0;
  return options;
}

}  // namespace

Store::Store(sqlite3* db)
    : db_(db), grouper_(std::make_unique<group::Grouper>(StoreGroupOptions())) {}

Store::~Store() { sqlite3_close(db_); }

Status Store::Exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    return Status::IoError("store: " + message);
  }
  return Status::Ok();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenProgress& progress) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    const std::string message = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open the store: " + message);
  }
  std::unique_ptr<Store> store(new Store(db));
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  int64_t found = 0;
  {
    Statement version(db, "PRAGMA user_version");  // finalised before the next statement
    if (!version.Row()) return Status::IoError(path + ": not a concord store (not SQLite?)");
    found = version.Int(0);
  }
  if (found > kSchemaVersion) {
    return Status::InvalidArgument(path + ": schema version " + std::to_string(found) +
                                   " is newer than this concord's " +
                                   std::to_string(kSchemaVersion));
  }
  for (const std::string& sql : {std::string("PRAGMA journal_mode=WAL"),
                                 std::string("PRAGMA synchronous=FULL"), std::string(kSchema)}) {
    if (Status s = store->Exec(sql); !s.ok()) {
      return Status::IoError(path + ": " + s.message());
    }
  }
  if (Status s = store->Load(progress); !s.ok()) {
    return Status::IoError(path + ": " + s.message());
  }
  if (Status s = store->Upgrade(found, progress); !s.ok()) {
    return Status::IoError(path + ": " + s.message());
  }
  return store;
}

// Version 1 stored comparisons whose groups lack "shown" (the line a
// report shows for a group, computed by compare), version 2 ones whose
// groups lack "in_summary" (whether that line repeats a summary sentence):
// every story is computed again, once, in one transaction with the new
// version number, so that the web page never has to derive either itself.
Status Store::Upgrade(int64_t found, const OpenProgress& progress) {
  const std::string version = "PRAGMA user_version=" + std::to_string(kSchemaVersion);
  if (found < 1 || found >= kSchemaVersion) return Exec(version);
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  std::vector<std::string> stories;
  {
    Statement rows(db_, "SELECT id FROM stories ORDER BY id");
    while (rows.Row()) stories.push_back(rows.Text(0));
  }
  Status failed = Status::Ok();
  Progress step(progress, kRecomputing, stories.size());
  for (const std::string& story : stories) {
    if (!failed.ok()) break;
    failed = Recompute(story);
    step.Done();
  }
  if (failed.ok()) failed = Exec(version);
  if (failed.ok()) failed = Exec("COMMIT");
  if (!failed.ok()) (void)Exec("ROLLBACK");
  return failed;
}

// Rebuilds the grouper: every stored article again, in the order added.
Status Store::Load(const OpenProgress& progress) {
  Statement next(db_, "SELECT value FROM meta WHERE key='next_story'");
  if (next.Row()) next_story_ = next.Int(0);
  size_t total = 0;
  {
    Statement count(db_, "SELECT COUNT(*) FROM articles");
    if (count.Row()) total = static_cast<size_t>(count.Int(0));
  }
  Progress step(progress, kRegrouping, total);
  Statement rows(
      db_, "SELECT id, url, source, title, published, text, story FROM articles ORDER BY seq");
  if (!rows.ok()) return rows.Error();
  while (rows.Row()) {
    Article article;
    article.id = rows.Text(0);
    article.url = rows.Text(1);
    article.source = rows.Text(2);
    article.title = rows.Text(3);
    article.published = rows.Text(4);
    article.text = rows.Text(5);
    std::string unused;
    const size_t group = Group(article, &unused);
    story_of_group_.emplace(group, rows.Text(6));  // the first article's story names it
    step.Done();
  }
  return Status::Ok();
}

size_t Store::Group(const Article& article, std::string* copy_of) {
  std::optional<size_t> copied;
  const size_t group = grouper_->Add(ToStream(article), &copied);
  copy_of->clear();
  if (copied && *copied < id_of_position_.size()) *copy_of = id_of_position_[*copied];
  position_of_id_[article.id] = id_of_position_.size();
  id_of_position_.push_back(article.id);
  return group;
}

std::string Store::StoryFor(size_t group_index) {
  auto found = story_of_group_.find(group_index);
  if (found != story_of_group_.end()) return found->second;
  const std::string id = "s" + std::to_string(next_story_++);
  story_of_group_.emplace(group_index, id);
  return id;
}

namespace {

// The stored outlet of an article: OutletName, or "" for one with no
// source, url or id of its own (`given` false), which is then shown as
// "article N" by its place in its story (ShownOutlet).
std::string StoredOutlet(const Article& article, bool given) {
  Article probe = article;
  if (!given) probe.id.clear();
  const std::string outlet = OutletName(probe, 0);
  return !given && article.source.empty() && outlet == OutletName(Article{}, 0) ? "" : outlet;
}

}  // namespace

Status Store::Insert(const Article& article, const std::string& outlet, const std::string& story) {
  Statement insert(db_,
                   "INSERT INTO articles (id, url, source, outlet, title, published, text, "
                   "story, grouped) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)");
  insert.Bind(1, article.id).Bind(2, article.url).Bind(3, article.source);
  insert.Bind(4, outlet).Bind(5, article.title).Bind(6, article.published);
  insert.Bind(7, article.text).Bind(8, story);
  return insert.Run();
}

// The stored article that `article` names (by id, else by url): an empty
// id when there is none; `replaced` false when it is stored just as given;
// else the old version is taken out of the file and the grouper, `article`
// takes its id, and the caller stores the new version.
Result<Store::Stored> Store::Find(Article& article) {
  Stored found;
  {
    Statement existing(db_,
                       "SELECT id, story, url, source, title, published, text FROM articles "
                       "WHERE id=?1 OR (?2 <> '' AND url=?2)");
    existing.Bind(1, article.id).Bind(2, article.url);
    if (!existing.Row()) return found;
    found = {existing.Text(0), existing.Text(1), false};
    if (existing.Text(2) == article.url && existing.Text(3) == article.source &&
        existing.Text(4) == article.title && existing.Text(5) == article.published &&
        existing.Text(6) == article.text) {
      return found;  // the same article again: nothing changes
    }
  }
  // An outlet's update of its story: the new version replaces the old one,
  // under the stored id, as DELETE then POST would.
  found.replaced = true;
  article.id = found.id;
  Statement remove(db_, "DELETE FROM articles WHERE id=?1");
  if (Status s = remove.Bind(1, found.id).Run(); !s.ok()) return s;
  Ungroup(found.id);
  return found;
}

Result<std::vector<Store::Added>> Store::Add(std::vector<Article> articles,
                                             const std::vector<bool>& named) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  std::vector<Added> added;
  std::set<std::string> touched;
  bool replaced = false;
  Status failed = Status::Ok();
  for (size_t i = 0; i < articles.size() && failed.ok(); ++i) {
    Article& article = articles[i];
    const bool given = i < named.size() && named[i];
    const std::string outlet = StoredOutlet(article, given);
    if (!given) article.id = Fingerprint(article.url.empty() ? article.text : article.url);
    Result<Stored> stored = Find(article);
    if (!stored.ok()) {
      failed = stored.status();
      break;
    }
    if (!stored.value().id.empty() && !stored.value().replaced) {
      added.push_back({stored.value().id, stored.value().story, true, false, ""});
      continue;
    }
    std::string duplicate_of;
    const size_t group = Group(article, &duplicate_of);
    if (stored.value().replaced) {
      replaced = true;
      touched.insert(stored.value().story);
      // A story the old version was alone in keeps its id for the new one.
      Statement left(db_, "SELECT COUNT(*) FROM articles WHERE story=?1");
      left.Bind(1, stored.value().story);
      if (left.Row() && left.Int(0) == 0) story_of_group_.emplace(group, stored.value().story);
    }
    const std::string story = StoryFor(group);
    failed = Insert(article, outlet, story);
    touched.insert(story);
    added.push_back(
        {article.id, story, stored.value().replaced, stored.value().replaced, duplicate_of});
  }
  for (const std::string& story : touched) {
    if (failed.ok()) failed = Recompute(story);
  }
  Statement next(db_, "INSERT OR REPLACE INTO meta (key, value) VALUES ('next_story', ?1)");
  next.Bind(1, next_story_);
  if (failed.ok()) failed = next.Run();
  if (failed.ok()) failed = Exec("COMMIT");
  if (!failed.ok()) {
    (void)Exec("ROLLBACK");
    // The grouper forgets what the file does not keep: the new articles,
    // or (when a replaced one left it) everything, read again from the file.
    if (replaced) {
      (void)Reload();
    } else {
      for (const Added& a : added) {
        if (!a.existed) Ungroup(a.id);
      }
    }
    return failed;
  }
  return added;
}

Status Store::Reload() {
  grouper_ = std::make_unique<group::Grouper>(StoreGroupOptions());
  story_of_group_.clear();
  id_of_position_.clear();
  position_of_id_.clear();
  return Load({});
}

// Summary, comparison and quotes of `story` as the commands print them in
// JSON; the story row is removed when it has no article left.
Status Store::Recompute(const std::string& story) {
  json request = {{"id", story}, {"articles", json::array()}};
  std::string title;
  Statement rows(db_,
                 "SELECT id, source, url, title, published, text, outlet FROM articles WHERE "
                 "story=?1 ORDER BY seq");
  rows.Bind(1, story);
  while (rows.Row()) {
    if (title.empty()) title = rows.Text(3);
    const std::string outlet = rows.Text(6);
    const size_t place = request["articles"].size();
    request["articles"].push_back(
        {{"id", rows.Text(0)},
         {"source", outlet.empty() ? ShownOutlet("", place) : rows.Text(1)},
         {"url", rows.Text(2)},
         {"title", rows.Text(3)},
         {"published", rows.Text(4)},
         {"text", rows.Text(5)}});
  }
  if (request["articles"].empty()) {
    Statement remove(db_, "DELETE FROM stories WHERE id=?1");
    return remove.Bind(1, story).Run();
  }
  if (title.empty()) {
    title = TitleFromText(request["articles"][0]["text"].get_ref<const std::string&>());
  }
  // The comparison's groups carry "in_summary" (api::StoryReports): the web
  // page reads the mark rather than deciding again what repeats the summary.
  Result<Cluster> read = api::ReadStory(request);
  const api::StoredReports reports =
      read.ok() ? api::StoryReports(read.value()) : api::StoredReports{"null", "null", "null"};
  Statement upsert(db_,
                   "INSERT OR REPLACE INTO stories (id, title, updated, summary, compare, quotes) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  upsert.Bind(1, story).Bind(2, title).Bind(3, NowIso());
  upsert.Bind(4, reports.summary).Bind(5, reports.compare).Bind(6, reports.quotes);
  return upsert.Run();
}

namespace {

// The outlets of `story`'s articles, each once, in order of appearance.
json Sources(sqlite3* db, const std::string& story) {
  Statement rows(db, "SELECT outlet FROM articles WHERE story=?1 ORDER BY seq");
  rows.Bind(1, story);
  json sources = json::array();
  std::set<std::string> seen;
  for (size_t place = 0; rows.Row(); ++place) {
    const std::string outlet = ShownOutlet(rows.Text(0), place);
    if (seen.insert(outlet).second) sources.push_back(outlet);
  }
  return sources;
}

}  // namespace

Result<json> Store::Stories(const std::string& order, int64_t limit, int64_t offset) {
  std::lock_guard<std::mutex> lock(mutex_);
  const char* const newest =
      "SELECT s.id, s.title, COUNT(a.seq), MIN(NULLIF(a.published, '')), "
      "MAX(NULLIF(a.published, '')), s.updated FROM stories s JOIN articles a ON a.story = s.id "
      "GROUP BY s.id ORDER BY MAX(NULLIF(a.published, '')) DESC, MAX(a.seq) DESC, s.id "
      "LIMIT ?1 OFFSET ?2";
  const char* const widest =
      "SELECT s.id, s.title, COUNT(a.seq), MIN(NULLIF(a.published, '')), "
      "MAX(NULLIF(a.published, '')), s.updated FROM stories s JOIN articles a ON a.story = s.id "
      "GROUP BY s.id ORDER BY COUNT(DISTINCT CASE a.outlet WHEN '' THEN a.id ELSE a.outlet END) "
      "DESC, COUNT(a.seq) DESC, MAX(a.seq) DESC, "
      "s.id LIMIT ?1 OFFSET ?2";
  Statement rows(db_, order == "widest" ? widest : newest);
  rows.Bind(1, limit).Bind(2, offset);
  if (!rows.ok()) return rows.Error();
  json stories = json::array();
  while (rows.Row()) {
    stories.push_back({{"id", rows.Text(0)},
                       {"title", rows.Text(1)},
                       {"articles", rows.Int(2)},
                       {"sources", json()},
                       {"first", rows.Null(3) ? json() : json(rows.Text(3))},
                       {"last", rows.Null(4) ? json() : json(rows.Text(4))},
                       {"updated", rows.Text(5)}});
  }
  for (json& story : stories) story["sources"] = Sources(db_, story["id"].get<std::string>());
  Statement total(db_, "SELECT COUNT(*) FROM stories");
  return json{{"total", total.Row() ? total.Int(0) : 0}, {"stories", std::move(stories)}};
}

Result<json> Store::Story(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement row(db_, "SELECT title, summary, compare, quotes FROM stories WHERE id=?1");
  row.Bind(1, id);
  if (!row.Row()) return Status::NotFound("no story '" + id + "'");
  json story = {{"id", id}, {"title", row.Text(0)}, {"sources", Sources(db_, id)}};
  json articles = json::array();
  Statement rows(db_,
                 "SELECT id, outlet, url, title, published FROM articles WHERE story=?1 ORDER BY "
                 "seq");
  rows.Bind(1, id);
  while (rows.Row()) {
    articles.push_back({{"id", rows.Text(0)},
                        {"source", ShownOutlet(rows.Text(1), articles.size())},
                        {"url", rows.Text(2)},
                        {"title", rows.Text(3)},
                        {"published", rows.Text(4)}});
  }
  story["articles"] = std::move(articles);
  story["summary"] = ParsedOrNull(row.Text(1));
  story["compare"] = ParsedOrNull(row.Text(2));
  story["quotes"] = ParsedOrNull(row.Text(3));
  return story;
}

Status Store::Delete(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement find(db_, "SELECT story FROM articles WHERE id=?1");
  find.Bind(1, id);
  if (!find.Row()) return Status::NotFound("no article '" + id + "'");
  const std::string story = find.Text(0);
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Statement remove(db_, "DELETE FROM articles WHERE id=?1");
  Status failed = remove.Bind(1, id).Run();
  if (failed.ok()) failed = Recompute(story);
  if (!failed.ok()) {
    (void)Exec("ROLLBACK");
    return failed;
  }
  if (Status s = Exec("COMMIT"); !s.ok()) return s;
  Ungroup(id);
  return Status::Ok();
}

void Store::Ungroup(const std::string& id) {
  const auto found = position_of_id_.find(id);
  if (found == position_of_id_.end()) return;
  grouper_->Remove(found->second);
  id_of_position_[found->second].clear();
  position_of_id_.erase(found);
}

int64_t Store::ArticleCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement count(db_, "SELECT COUNT(*) FROM articles");
  return count.Row() ? count.Int(0) : 0;
}

int64_t Store::StoryCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement count(db_, "SELECT COUNT(*) FROM stories");
  return count.Row() ? count.Int(0) : 0;
}

}  // namespace concord::serve
