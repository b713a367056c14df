// Internal to io/format: use concord/format.h instead.
//
// The quotation passages of a story's documents as compare's reports show
// them, and the one rule of which member a content group shows on a line
// of its own (ShownText): the text and Markdown reports, the JSON's
// "shown" field, and through it the digest page and the web page, read it.
#ifndef CONCORD_IO_FORMAT_COMPARE_PASSAGES_H_
#define CONCORD_IO_FORMAT_COMPARE_PASSAGES_H_

#include <string>
#include <string_view>
#include <vector>

#include "concord/compare.h"
#include "concord/document.h"

namespace concord::io::internal {

// The sentence r of `documents`, or nullptr when r is out of range.
const Sentence* SentenceOf(const std::vector<Document>& documents, compare::SentenceRef r);

// The quotation passages of a story's documents (text::QuotationPassages):
// a listed sentence is shown with the sentences its quotation runs over,
// so that no item of a report is half a quotation. A sentence of a
// quotation too long to show whole (over the six sentences a passage
// holds, up to text::kLongQuotation) is shown alone with the marks it
// lacks (text::MarksLacking: one before, one after, in the quotation's
// style), so that it never reads as the outlet's own words. Borrows `a`
// and `documents`, which must outlive it.
class Passages {
 public:
  Passages(const compare::Alignment& a, const std::vector<Document>& documents);
  // The passage of sentence r: itself when it is in none.
  text::Passage Of(compare::SentenceRef r) const;
  // What a report shows for sentence r: the passage's sentences joined by
  // a space (a sentence of a long quotation with its marks), or "" when r
  // is out of range. Either ends as a cut sentence
  // (text::WithCutShortEnding: "…") when its article's text ends inside
  // its last sentence, as a summary prints that sentence.
  std::string Text(compare::SentenceRef r) const;
  // Sentence r alone with the marks it lacks when it is in a quotation
  // over sentences (up to text::kLongQuotation of them), else its text;
  // "" when r is out of range.
  std::string Quoted(compare::SentenceRef r) const;
  // The outlets that carry every sentence of r's passage (each sentence's
  // content group's outlets, in outlet order); its own outlet at least.
  std::vector<std::string> Carriers(compare::SentenceRef r) const;
  // A key for "this passage was shown already": "" for a one-sentence one.
  std::string Key(compare::SentenceRef r, std::string_view outlets) const;

 private:
  // True when `outlet` carries sentence r: it is r's own, or in r's group.
  bool Carries(const std::string& outlet, compare::SentenceRef r) const;
  // `text`, shown for a run of r's article ending at sentence `last`,
  // ended as a cut sentence when `last` is the article's last sentence.
  std::string EndedWhenCut(compare::SentenceRef r, size_t last, std::string text) const;

  const compare::Alignment& alignment_;
  const std::vector<Document>& documents_;
  std::vector<std::vector<text::Passage>> of_;
  // Each sentence's quotation followed up to text::kLongQuotation sentences.
  std::vector<std::vector<text::Passage>> long_;
};

// What a one-line report shows for a group: a member and whether with its
// whole quotation (else the member's sentence alone).
struct Shown {
  compare::SentenceRef member;
  bool passage = true;
};

// For a group carried by several outlets: the first member whose sentence
// is whole by itself; else the first whose whole quotation every outlet of
// the group carries (Passages::Carriers); else the first member's sentence
// alone, with the quotation marks it lacks (Passages::Quoted): part of a
// quotation rather than a sentence behind an outlet that does not carry it.
Shown ShownMember(const compare::ContentGroup& group, const Passages& passages);

// The text one line shows for `group`: for a shared group its ShownMember's
// (its passage, or its sentence alone and quoted), for one outlet's (`unique`) its
// first member's passage. REQUIRES: `group` is a group of the alignment
// `passages` was built on.
std::string ShownText(const compare::ContentGroup& group, bool unique, const Passages& passages);

}  // namespace concord::io::internal

#endif  // CONCORD_IO_FORMAT_COMPARE_PASSAGES_H_
