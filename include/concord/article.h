// Article and Cluster: what concord reads.
//
// An Article is one news report as it reached us: its body text (valid
// UTF-8, owned here) and whatever metadata the input carried. Every later
// stage refers back to an article by its index in the cluster and to its
// text by byte offsets, so `text` is never modified after reading.
//
// A Cluster is a set of articles about one story, optionally with reference
// summaries (the Multi-News JSON Lines carry them; they are used by eval).
//
//   concord::Article a;
//   a.source = "Harbor Gazette";
//   a.text = "Lead sentence. Second sentence.";
//
// Thread safety: plain values.
#ifndef CONCORD_ARTICLE_H_
#define CONCORD_ARTICLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct Article {
  std::string id;         // file name, JSON "id", or "<cluster id>#<n>"
  std::string source;     // outlet shown to the reader; see OutletName
  std::string url;        // may be empty
  std::string title;      // may be empty
  std::string published;  // as given, ISO 8601 preferred; may be empty
  // The body, valid UTF-8: what every span and offset of later stages
  // counts in (io::ReadInputs leaves out a byte-order mark, front matter and
  // the title line).
  std::string text;
  // Number of invalid UTF-8 sequences replaced by U+FFFD when reading.
  size_t invalid_utf8 = 0;
};

// The outlet shown for article number `index` (from 0) of a story: the one
// naming rule every reader, stage and writer uses. Its `source`; else the
// host of its `url` without "www."; else its `id`, without the extension of
// a text file or page (".txt", ".html", ".htm": summarize's reader already
// names such a file by its stem, group's by its whole name); else "article
// <index+1>".
inline std::string OutletName(const Article& article, size_t index) {
  if (!article.source.empty()) return article.source;
  std::string_view url = article.url;
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    std::string_view host = url.substr(0, url.find_first_of("/?#:"));
    if (host.substr(0, 4) == "www.") host.remove_prefix(4);
    if (!host.empty()) return std::string(host);
  }
  if (!article.id.empty()) {
    std::string_view id = article.id;
    for (std::string_view extension : {".txt", ".html", ".htm"}) {
      if (id.size() > extension.size() && id.ends_with(extension)) {
        id.remove_suffix(extension.size());
        break;
      }
    }
    return std::string(id);
  }
  return "article " + std::to_string(index + 1);
}

struct Cluster {
  std::string id;                       // file/folder name or JSON "id"
  std::vector<Article> articles;        // in input order
  std::vector<std::string> references;  // reference summaries, may be empty
};

}  // namespace concord

#endif  // CONCORD_ARTICLE_H_
