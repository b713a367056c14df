// EscapeMarkdown: user text (article sentences, outlet names) shown
// literally in Markdown output (see text.h).
#include <string>
#include <string_view>

#include "concord/text.h"

namespace concord::text {
namespace {

bool ActsAnywhere(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<':
    case '>': case '|': case '#': case '~': case '&':
      return true;
    default:
      return false;
  }
}

// Length of the leading "12" in "12. " or "12) " (an ordered list), else 0.
size_t OrderedListDigits(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits >= text.size()) return 0;
  return text[digits] == '.' || text[digits] == ')' ? digits : 0;
}

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  const size_t first = text.find_first_not_of(" \t");
  const size_t list_digits =
      first == std::string_view::npos ? 0 : OrderedListDigits(text.substr(first));
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    const bool leading = i == first && (c == '-' || c == '+' || c == '=');
    const bool list_mark = list_digits > 0 && i == first + list_digits;
    if (ActsAnywhere(c) || leading || list_mark) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace concord::text
