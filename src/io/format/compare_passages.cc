// Passages and the line a group shows (compare_passages.h).
#include "io/format/compare_passages.h"

#include <algorithm>

#include "concord/text.h"
#include "text/lacking_marks.h"

namespace concord::io::internal {

using compare::ContentGroup;
using compare::SentenceRef;

const Sentence* SentenceOf(const std::vector<Document>& documents, SentenceRef r) {
  if (r.article >= documents.size() || r.sentence >= documents[r.article].sentences.size()) {
    return nullptr;
  }
  return &documents[r.article].sentences[r.sentence];
}

Passages::Passages(const compare::Alignment& a, const std::vector<Document>& documents)
    : alignment_(a), documents_(documents) {
  of_.reserve(documents.size());
  long_.reserve(documents.size());
  for (const Document& d : documents) {
    of_.push_back(text::QuotationPassages(d.sentences));
    long_.push_back(text::QuotationPassages(d.sentences, text::kLongQuotation));
  }
}

text::Passage Passages::Of(SentenceRef r) const {
  if (r.article >= of_.size() || r.sentence >= of_[r.article].size()) {
    return {r.sentence, r.sentence};
  }
  return of_[r.article][r.sentence];
}

std::string Passages::Text(SentenceRef r) const {
  const Sentence* s = SentenceOf(documents_, r);
  if (s == nullptr) return {};
  const text::Passage p = Of(r);
  if (p.first == p.last) return Quoted(r);
  std::string text;
  for (size_t k = p.first; k <= p.last; ++k) {
    text += (k > p.first ? " " : "") + documents_[r.article].sentences[k].text;
  }
  return EndedWhenCut(r, p.last, std::move(text));
}

std::string Passages::Quoted(SentenceRef r) const {
  const Sentence* s = SentenceOf(documents_, r);
  if (s == nullptr) return {};
  return EndedWhenCut(
      r, r.sentence,
      text::WithLackingMarks(documents_[r.article].sentences, long_[r.article][r.sentence],
                             {r.sentence, r.sentence}, s->text));
}

// A summary prints its article's last sentence ended as a cut one when it
// has no stop (summarize.cc MarkCuts); a report's line shows it the same.
std::string Passages::EndedWhenCut(SentenceRef r, size_t last, std::string text) const {
  if (last + 1 != documents_[r.article].sentences.size()) return text;
  return text::WithCutShortEnding(text);
}

std::vector<std::string> Passages::Carriers(SentenceRef r) const {
  const text::Passage p = Of(r);
  std::vector<std::string> out;
  for (const std::string& outlet : alignment_.outlets) {
    bool all = true;
    for (size_t k = p.first; k <= p.last && all; ++k) all = Carries(outlet, {r.article, k});
    if (all && std::find(out.begin(), out.end(), outlet) == out.end()) out.push_back(outlet);
  }
  return out;
}

std::string Passages::Key(SentenceRef r, std::string_view outlets) const {
  const text::Passage p = Of(r);
  if (p.first == p.last) return {};
  return std::string(outlets) + "\n" + std::to_string(r.article) + ":" + std::to_string(p.first) +
         "-" + std::to_string(p.last);
}

bool Passages::Carries(const std::string& outlet, SentenceRef r) const {
  if (r.article < alignment_.outlets.size() && alignment_.outlets[r.article] == outlet) {
    return true;
  }
  if (r.article >= alignment_.group_of.size() ||
      r.sentence >= alignment_.group_of[r.article].size()) {
    return false;
  }
  const size_t g = alignment_.group_of[r.article][r.sentence];
  if (g >= alignment_.groups.size()) return false;
  const std::vector<std::string>& outlets = alignment_.groups[g].outlets;
  return std::find(outlets.begin(), outlets.end(), outlet) != outlets.end();
}

Shown ShownMember(const ContentGroup& group, const Passages& passages) {
  for (const SentenceRef& r : group.sentences) {
    if (const text::Passage p = passages.Of(r); p.first == p.last) return {r};
  }
  for (const SentenceRef& r : group.sentences) {
    const std::vector<std::string> carriers = passages.Carriers(r);
    if (std::all_of(group.outlets.begin(), group.outlets.end(), [&](const std::string& o) {
          return std::find(carriers.begin(), carriers.end(), o) != carriers.end();
        })) {
      return {r};
    }
  }
  return {group.sentences.front(), false};
}

std::string ShownText(const ContentGroup& group, bool unique, const Passages& passages) {
  if (group.sentences.empty()) return {};
  if (unique) return passages.Text(group.sentences.front());
  const Shown shown = ShownMember(group, passages);
  if (shown.passage) return passages.Text(shown.member);
  return passages.Quoted(shown.member);  // alone, with the marks it lacks
}

}  // namespace concord::io::internal
