// Internal to concord_extract; use concord/extract.h.
//
// Readers' comments told by the heading above them ("Reader responses",
// "12 Comments", "3 thoughts on ...") where their elements carry no class
// that names them ("posts" > "post": the content word "post").
#ifndef CONCORD_SRC_EXTRACT_COMMENT_SECTIONS_H_
#define CONCORD_SRC_EXTRACT_COMMENT_SECTIONS_H_

#include <string_view>
#include <vector>

#include "extract/dom.h"

namespace concord::extract::internal {

// True for the text of a heading over readers' comments: "Comments",
// "Reader responses", "12 Comments", "Comments (3)", "3 thoughts on
// “Title”", "Discussion about this post", "Leave a reply". Not
// "Discussion" (a paper's section).
bool IsCommentHeading(std::string_view text);

// Marks in `dropped` each heading (h2-h6) that IsCommentHeading, with the
// wrappers that hold only it, and the list of posts that follows it: the
// next siblings that are a list (`ul`, `ol`) or hold two or more elements
// of one class, alone or inside single-child wrappers. Other siblings end
// the section (a documentation page's "Comments" section goes on with
// paragraphs and code, and stays).
void MarkCommentSections(const Dom& dom, std::vector<char>* dropped);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_COMMENT_SECTIONS_H_
