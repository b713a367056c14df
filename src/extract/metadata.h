// Internal to concord_extract; use concord/extract.h.
//
// A page's metadata: JSON-LD (NewsArticle and kin, @graph included),
// OpenGraph and other <meta> tags, <time> and byline elements.
#ifndef CONCORD_SRC_EXTRACT_METADATA_H_
#define CONCORD_SRC_EXTRACT_METADATA_H_

#include <string>
#include <string_view>

#include "extract/dom.h"

namespace concord::extract::internal {

struct Metadata {
  std::string title;
  std::string author;
  std::string published;  // ISO 8601
  std::string site;
  std::string language;
  std::string url;           // canonical or og:url
  std::string article_body;  // JSON-LD articleBody, whitespace collapsed
  // The page is a discussion (JSON-LD DiscussionForumPosting or QAPage):
  // its comments are its content.
  bool discussion = false;
  // The page sells one thing (JSON-LD Product, og:type product).
  bool product = false;
};

Metadata ReadMetadata(const Dom& dom);

// "2024-03-05T10:00:00Z" and "March 5, 2024" -> ISO 8601 ("2024-03-05T10:00:00Z",
// "2024-03-05"); "" when `text` holds no date.
std::string NormalizeDate(std::string_view text);

// `s` without leading and trailing whitespace, inner runs collapsed.
std::string Collapse(std::string_view s);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_METADATA_H_
