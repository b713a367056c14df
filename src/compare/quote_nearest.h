// Internal to concord_compare; use concord/compare.h instead.
//
// The nearest named speaker before a pronoun's quote ("…," he said), for
// ResolveSpeaker (quote_resolve.cc). Each question is answered in
// logarithmic time, so that one article written as a single long
// paragraph costs no time that grows with the square of its length: the
// speakers are kept by position for each gender a pronoun asks for, the
// paragraph breaks between two bytes come from a count of them up to each
// line break, and the names that may be a pronoun's antecedent are listed
// once per article.
#ifndef CONCORD_SRC_COMPARE_QUOTE_NEAREST_H_
#define CONCORD_SRC_COMPARE_QUOTE_NEAREST_H_

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compare/quote_resolve.h"
#include "compare/words.h"

namespace concord::compare::internal {

// The paragraph breaks of a text: between two bytes, each run of line
// breaks with only blanks (spaces, tabs, carriage returns) between them is
// one break (" \n \n " is one).
class ParagraphBreaks {
 public:
  explicit ParagraphBreaks(std::string_view text);
  // The breaks that begin in [from, to), as a scan of those bytes alone
  // counts them: the first line break of the range always opens one.
  size_t Between(size_t from, size_t to) const;

 private:
  std::vector<size_t> newlines_;  // positions of the line breaks
  // Per line break and one more: how many line breaks before it open a
  // break in a scan from byte 0 (a byte other than a blank or line break
  // since the line break before). Line break k opens one when
  // opened_before_[k + 1] > opened_before_[k].
  std::vector<size_t> opened_before_;
};

// The named speakers of an article by position: the cued ones, then each
// quote's resolved speaker as it is added.
class NearbySpeakers {
 public:
  NearbySpeakers(const TextWords& text, const ArticleNames& n, const std::vector<Speaker>& cued);

  // A quote's resolved speaker, for the quotes after it.
  void Add(const Speaker& speaker);

  // The gender of the group shown as `display` (the first such group), or
  // 0 when unknown.
  char GenderOf(std::string_view display) const;

  // The nearest named speaker before byte `at` for `pronoun` ("he", "she",
  // "i"): of a cued name or of a quote resolved earlier, else the nearest
  // earlier person-like name that names no thing; never one whose title
  // says another gender than the pronoun ("she" is not Mr. Corker).
  std::string Nearest(size_t at, std::string_view pronoun);

 private:
  // Names that may be a pronoun's antecedent, by index, in text order.
  struct Antecedents {
    std::vector<size_t> subjects;  // a person that fits, no thing, a verb after it
    std::vector<size_t> openers;   // of those, the ones that open a clause
    std::vector<size_t> persons;   // a person that fits and names no thing
  };
  void ListAntecedents();

  const TextWords& text_;
  const ArticleNames& n_;
  ParagraphBreaks breaks_;
  std::unordered_map<std::string_view, char> gender_;  // by display
  // Per gender asked (none, 'm', 'f'): the first speaker at each position
  // whose gender is not the other one.
  std::array<std::map<size_t, std::string>, 3> speakers_;
  std::optional<std::array<Antecedents, 3>> antecedents_;  // per gender asked
};

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTE_NEAREST_H_
