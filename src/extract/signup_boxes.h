// Internal to concord_extract; use concord/extract.h.
//
// Sign-up boxes: a heading and a line of pitch around a form that asks for
// an e-mail address ("Join our newsletter", "Ready for more?"), whose
// elements carry no telling class.
#ifndef CONCORD_SRC_EXTRACT_SIGNUP_BOXES_H_
#define CONCORD_SRC_EXTRACT_SIGNUP_BOXES_H_

#include <vector>

#include "extract/dom.h"

namespace concord::extract::internal {

// Marks in `dropped`, for each input that asks for an e-mail address
// (type=email, or "email" in its name, id or placeholder), the largest
// element around it that holds under `max_text` bytes of text and under
// half of the page's: the form with its heading and pitch, not the
// article beside it nor a contact page's few lines.
void MarkSignupBoxes(const Dom& dom, std::vector<char>* dropped, size_t max_text = 400);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_SIGNUP_BOXES_H_
