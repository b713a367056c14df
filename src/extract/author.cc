// Author values that name no one (author.h).
#include "extract/author.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "extract/metadata.h"
#include "util/calendar.h"

namespace concord::extract::internal {
namespace {

bool IsMonth(std::string_view w) {
  if (w.size() < 3) return false;
  // "jun", "sept", "june": a month's name (util/calendar.h) or its first letters.
  return std::any_of(util::kMonthNames.begin(), util::kMonthNames.end(),
                     [w](std::string_view m) { return m.starts_with(w); });
}

// "Jun 2", "2 June", "Sept. 14": words that are months or numbers only,
// at least one of each (NormalizeDate wants a year).
bool IsShortDate(std::string_view s) {
  int months = 0, numbers = 0, others = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (!std::isalnum(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    std::string w(s.substr(i, e - i));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const size_t digits = w.find_first_not_of("0123456789");
    if (digits == std::string::npos ||
        (digits > 0 && (w.substr(digits) == "st" || w.substr(digits) == "nd" ||
                        w.substr(digits) == "rd" || w.substr(digits) == "th"))) {
      ++numbers;
    } else if (IsMonth(w)) {
      ++months;
    } else {
      ++others;
    }
    i = e;
  }
  return months > 0 && numbers > 0 && others == 0;
}

// "{{author}}", "${author}", "page.head.extra.author": a template's
// placeholder left unfilled.
bool IsTemplateKey(std::string_view s) {
  if (s.find("{{") != std::string_view::npos || s.find("${") != std::string_view::npos) {
    return true;
  }
  // "page.head.extra.author": a dotted key whose last part names the field
  // ("sara.r.peter" is a user name).
  const size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || s.find(' ') != std::string_view::npos) return false;
  const std::string_view last = s.substr(dot + 1);
  return last == "author" || last == "authors" || last == "name" || last == "byline" ||
         last == "creator";
}

bool IsEmail(std::string_view s) {
  const size_t at = s.find('@');
  return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos;
}

}  // namespace

bool IsNoAuthor(std::string_view value) {
  if (value.empty()) return false;
  // ", USA TODAY": a separator whose name before it was left blank.
  if (std::string_view(",;:.|/\\)]}").find(value.front()) != std::string_view::npos) return true;
  return IsTemplateKey(value) || IsShortDate(value) || !NormalizeDate(value).empty();
}

bool IsHandle(std::string_view value) {
  if (value.size() < 2) return false;
  if (IsEmail(value)) return true;
  bool capital = false, inner_mark = false;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (std::isupper(static_cast<unsigned char>(c))) {
      capital = true;
    } else if (c == '.' || c == '_') {
      inner_mark = inner_mark || (i > 0 && i + 1 < value.size());
    } else if (!std::islower(static_cast<unsigned char>(c)) &&
               !std::isdigit(static_cast<unsigned char>(c)) && c != '-') {
      return false;  // a space, a letter beyond ASCII: a name
    }
  }
  return !capital || inner_mark;
}

}  // namespace concord::extract::internal
