// Internal to concord_extract; use concord/extract.h.
//
// Finding the article's block in a parsed page and writing its text.
#ifndef CONCORD_SRC_EXTRACT_CONTENT_H_
#define CONCORD_SRC_EXTRACT_CONTENT_H_

#include <string>

#include "extract/boilerplate.h"
#include "extract/dom.h"

namespace concord::extract::internal {

struct ContentOptions {
  // Weight of link text and short fragments against running text when the
  // article's block is chosen (docs/extract.md).
  double junk_weight = 0.5;
  // Blocks inside the article whose text is mostly links are left out when
  // their link share is above this.
  double link_density_cut = 0.6;
  // When the block chosen with teaser cards counted as junk holds less
  // than this share of the page's prose, the page is a listing and the
  // cards are its content.
  double listing_share = 0.25;
  // A page whose prose is less than this share of its text (links aside)
  // is not an article; its short texts then count `short_text_weight`
  // good when the block is chosen.
  double prose_page_share = 0.5;
  double short_text_weight = 0.6;
  // A page whose text (chrome aside) is more than this share link text,
  // and whose chosen block holds under `min_article_prose` characters of
  // prose, is a listing, a catalogue or a hub: its content is its body
  // without the chrome, lists of links included.
  double link_page_share = 0.25;
  double min_article_prose = 500;
  // When the text read with the elements hidden by the `hidden` attribute
  // or a display:none style is at least `min_shown_text` long (non-space
  // bytes) and `hidden_text_ratio` times longer than the text shown, the
  // hidden elements are read: the page's scripts show them.
  int min_shown_text = 200;
  double hidden_text_ratio = 4;
  // What the metadata says the page is (a discussion, a product).
  PageKind kind;
};

// The article text of `dom` ("" when none), with blank lines between
// paragraphs; `title` (may be empty) is left out when a heading repeats it.
std::string ExtractContent(const Dom& dom, const std::string& title,
                           const ContentOptions& options = {});

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_CONTENT_H_
