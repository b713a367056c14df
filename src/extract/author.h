// Internal to concord_extract; use concord/extract.h.
//
// Which values of a page's author fields are no one's name: a template's
// placeholder, a date, a fragment of a longer byline; and which are a user
// name (a handle) or an e-mail address that a real name elsewhere on the
// page should replace.
#ifndef CONCORD_SRC_EXTRACT_AUTHOR_H_
#define CONCORD_SRC_EXTRACT_AUTHOR_H_

#include <string_view>

namespace concord::extract::internal {

// True for an author value that names no one and is left out, so that the
// next source of the author is read: a template's placeholder
// ("{{author}}", "page.head.extra.author"), a date ("Jun 2", "March 5, 2024"), a value opening with
// a separator (", USA TODAY": a byline whose name was left blank).
bool IsNoAuthor(std::string_view value);

// True for a user name or an address rather than a person's name: an
// e-mail address, or one word of ASCII letters, digits, '.', '_' or '-'
// with no capital ("kffnirmitap") or with a '.' or '_' inside
// ("andrew.keaveney", "sara.r.peter"). It is the author only
// when no other source of the page names one (on many pages it is all the
// page gives, and right).
bool IsHandle(std::string_view value);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_AUTHOR_H_
