// Writing a Comparison as JSON, plain text and Markdown.
//
// The three share one order: outlets, content carried by several outlets
// (most outlets first, then story order), quotes (shared first), what only
// one outlet reports (by outlet, in story order), different numbers side
// by side, and names written several ways. Output is deterministic.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_set>

#include "concord/compare.h"
#include "concord/format.h"
#include "concord/text.h"
#include "io/format/compare_passages.h"
#include "util/plural.h"
#include "util/utf8.h"

namespace concord::io {

using compare::Alignment;
using compare::Comparison;
using compare::ContentGroup;
using compare::Contradiction;
using compare::Entity;
using compare::NumberDifference;
using compare::OutletList;
using compare::Quote;
using compare::QuoteGroup;
using compare::SentenceRef;
using compare::SpeakerLabel;

namespace {

using nlohmann::json;

using internal::Passages;
using internal::SentenceOf;
using internal::Shown;
using internal::ShownMember;
using internal::ShownText;

// The groups of `order` a report lists: a group whose shown sentence's
// passage an earlier group with the same outlets showed is left out (two
// sentences of one quotation carried by the same outlets are one item).
std::vector<size_t> Distinct(const Alignment& a, const Passages& passages,
                             const std::vector<size_t>& order) {
  std::vector<size_t> out;
  std::unordered_set<std::string> seen;
  for (const size_t g : order) {
    const Shown shown = ShownMember(a.groups[g], passages);
    const std::string key =
        shown.passage ? passages.Key(shown.member, OutletList(a.groups[g].outlets)) : "";
    if (!key.empty() && !seen.insert(key).second) continue;
    out.push_back(g);
  }
  return out;
}

json SentenceJson(const Alignment& a, const std::vector<Document>& documents,
                  const Passages& passages, SentenceRef r) {
  json j;
  j["article"] = r.article;
  j["outlet"] = r.article < a.outlets.size() ? a.outlets[r.article] : "";
  j["sentence"] = r.sentence;
  if (const Sentence* s = SentenceOf(documents, r)) {
    j["start"] = s->start;
    j["end"] = s->end;
    j["text"] = s->text;
    // A sentence of a quotation over sentences, alone: with the marks it
    // lacks, which pages print ("text" is the article's, as start..end);
    // an article's last sentence cut short: with "…" (Passages::Quoted).
    if (std::string quoted = passages.Quoted(r); quoted != s->text) j["quoted"] = quoted;
    // A sentence of a quotation over sentences: the whole quotation.
    if (const text::Passage p = passages.Of(r); p.first != p.last) {
      const std::vector<Sentence>& all = documents[r.article].sentences;
      j["passage"] = {{"start", all[p.first].start},
                      {"end", all[p.last].end},
                      {"text", passages.Text(r)},
                      {"outlets", passages.Carriers(r)}};
    }
  }
  return j;
}

// The sentences of one content group, each as SentenceJson gives it.
json GroupSentencesJson(const Alignment& a, const std::vector<Document>& documents,
                        const Passages& passages, const ContentGroup& group) {
  json sentences = json::array();
  for (const SentenceRef& r : group.sentences) {
    sentences.push_back(SentenceJson(a, documents, passages, r));
  }
  return sentences;
}

std::string OutletOf(const std::vector<Article>& articles, size_t a) {
  return a < articles.size() ? OutletName(articles[a], a) : "article " + std::to_string(a + 1);
}

// Shared groups: most outlets first, then story order.
std::vector<size_t> SharedOrder(const Alignment& a) {
  std::vector<size_t> order = a.shared;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return a.groups[x].outlets.size() > a.groups[y].outlets.size();
  });
  return order;
}

// Quote groups: shared first, then by first appearance.
std::vector<size_t> QuoteOrder(const Comparison& c) {
  std::vector<size_t> order(c.quote_groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return c.quote_groups[x].outlets.size() > c.quote_groups[y].outlets.size();
  });
  return order;
}

// The code point offsets of byte offsets in the articles' texts
// (util::CodePointOffset), each text counted once in blocks so that a
// story with thousands of quotes is not counted from its start for each
// of them (that was quadratic in an article's length). Not thread-safe.
class CharOffsets {
 public:
  explicit CharOffsets(const std::vector<Article>& articles)
      : articles_(articles), blocks_(articles.size()) {}
  // Code points in article's text before `byte` (0 for an unknown article).
  size_t Of(size_t article, size_t byte) {
    if (article >= articles_.size()) return 0;
    const std::string_view text = articles_[article].text;
    std::vector<size_t>& before = blocks_[article];
    if (before.empty()) {
      // before[b]: code points before byte b * kBlock.
      before.push_back(0);
      for (size_t at = kBlock; at <= text.size(); at += kBlock) {
        before.push_back(before.back() + util::CodePointOffset(text.substr(at - kBlock), kBlock));
      }
    }
    const size_t end = std::min(byte, text.size());
    const size_t block = end / kBlock;
    return before[block] + util::CodePointOffset(text.substr(block * kBlock), end % kBlock);
  }

 private:
  static constexpr size_t kBlock = 256;
  const std::vector<Article>& articles_;
  std::vector<std::vector<size_t>> blocks_;
};

json SpanJson(CharOffsets& chars, size_t article, text::ByteSpan span) {
  json j;
  j["start"] = span.start;
  j["end"] = span.end;
  j["char_start"] = chars.Of(article, span.start);
  j["char_end"] = chars.Of(article, span.end);
  return j;
}

json QuoteJson(const Comparison& c, const std::vector<Article>& articles, CharOffsets& chars,
               size_t qi) {
  const Quote& q = c.quotes[qi];
  const std::string_view text =
      q.article < articles.size() ? std::string_view(articles[q.article].text) : "";
  json j;
  j["article"] = q.article;
  j["article_id"] = q.article < articles.size() ? articles[q.article].id : "";
  j["outlet"] = OutletOf(articles, q.article);
  json parts = json::array();
  for (const text::ByteSpan& p : q.parts) {
    json pj = SpanJson(chars, q.article, p);
    if (p.end <= text.size()) pj["text"] = std::string(text.substr(p.start, p.end - p.start));
    parts.push_back(pj);
  }
  j["parts"] = parts;
  j["text"] = q.text;
  if (!q.speaker.empty()) {
    json s = SpanJson(chars, q.article, q.speaker_span);
    s["text"] = q.speaker;
    s["name"] = q.speaker_name;
    j["speaker"] = s;
  } else {
    j["speaker"] = nullptr;
  }
  if (!q.cue.empty()) {
    json cue = SpanJson(chars, q.article, q.cue_span);
    cue["text"] = q.cue;
    j["cue"] = cue;
  } else {
    j["cue"] = nullptr;
  }
  if (q.negated) {
    json negation = SpanJson(chars, q.article, q.negation_span);
    negation["text"] = q.negation;
    j["negation"] = negation;
  } else {
    j["negation"] = nullptr;
  }
  j["negated"] = q.negated;
  j["embedded"] = q.embedded;
  j["sentence"] = q.sentence;
  j["group"] = q.group;
  j["outlets"] = q.group < c.quote_groups.size() ? c.quote_groups[q.group].outlets
                                                 : std::vector<std::string>{};
  return j;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// Article text and names shown literally in Markdown (a cell, a list item
// or a heading alike).
std::string EscapeCell(std::string_view s) { return text::EscapeMarkdown(s); }

// Unique groups by outlet, outlets in article order.
std::vector<std::pair<std::string, std::vector<size_t>>> UniqueByOutlet(const Alignment& a) {
  std::vector<std::pair<std::string, std::vector<size_t>>> out;
  for (size_t g : a.unique) {
    const std::string& outlet = a.groups[g].outlets.front();
    auto it =
        std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == outlet; });
    if (it == out.end()) {
      out.push_back({outlet, {}});
      it = out.end() - 1;
    }
    it->second.push_back(g);
  }
  std::stable_sort(out.begin(), out.end(), [&](const auto& x, const auto& y) {
    const size_t ax = std::find(a.outlets.begin(), a.outlets.end(), x.first) - a.outlets.begin();
    const size_t ay = std::find(a.outlets.begin(), a.outlets.end(), y.first) - a.outlets.begin();
    return ax < ay;
  });
  return out;
}

}  // namespace

json AlignmentToJson(const Alignment& a, const std::vector<Article>& articles,
                     const std::vector<Document>& documents, const std::vector<bool>* in_summary) {
  (void)articles;
  const Passages passages(a, documents);
  json j;
  j["outlets"] = a.outlets;
  json shared = json::array();
  for (size_t g : SharedOrder(a)) {
    json gj;
    gj["outlets"] = a.groups[g].outlets;
    gj["similarity"] = a.groups[g].similarity;
    gj["sentences"] = GroupSentencesJson(a, documents, passages, a.groups[g]);
    gj["shown"] = ShownText(a.groups[g], /*unique=*/false, passages);
    if (in_summary != nullptr) gj["in_summary"] = g < in_summary->size() && (*in_summary)[g];
    shared.push_back(gj);
  }
  j["shared"] = shared;
  json unique = json::array();
  for (size_t g : a.unique) {
    json gj;
    gj["outlet"] = a.groups[g].outlets.front();
    gj["sentences"] = GroupSentencesJson(a, documents, passages, a.groups[g]);
    gj["shown"] = ShownText(a.groups[g], /*unique=*/true, passages);
    if (in_summary != nullptr) gj["in_summary"] = g < in_summary->size() && (*in_summary)[g];
    unique.push_back(gj);
  }
  j["unique"] = unique;
  json numbers = json::array();
  for (const NumberDifference& d : a.number_differences) {
    json dj;
    dj["what"] = d.what;
    json first = SentenceJson(a, documents, passages, d.first);
    first["value"] = d.first_value;
    json second = SentenceJson(a, documents, passages, d.second);
    second["value"] = d.second_value;
    dj["first"] = first;
    dj["second"] = second;
    numbers.push_back(dj);
  }
  j["number_differences"] = numbers;
  json contradictions = json::array();
  for (const Contradiction& c : a.contradictions) {
    contradictions.push_back({{"first", SentenceJson(a, documents, passages, c.first)},
                              {"second", SentenceJson(a, documents, passages, c.second)}});
  }
  j["contradictions"] = contradictions;
  json entities = json::array();
  for (const Entity& e : a.entities) {
    json ej;
    ej["name"] = e.name;
    ej["variants"] = e.variants;
    std::vector<std::string> outlets;
    for (size_t art : e.articles) {
      if (art < a.outlets.size() &&
          std::find(outlets.begin(), outlets.end(), a.outlets[art]) == outlets.end()) {
        outlets.push_back(a.outlets[art]);
      }
    }
    ej["outlets"] = outlets;
    ej["mentions"] = e.mentions;
    entities.push_back(ej);
  }
  j["entities"] = entities;
  j["counts"] = {{"sentences", a.group_of.empty() ? 0 : [&] {
                    size_t total = 0;
                    for (const auto& v : a.group_of) total += v.size();
                    return total;
                  }()},
                 {"groups", a.groups.size()},
                 {"shared", a.shared.size()},
                 {"unique", a.unique.size()}};
  return j;
}

json QuotesToJson(const Comparison& c, const std::vector<Article>& articles) {
  CharOffsets chars(articles);
  json out = json::array();
  for (size_t i = 0; i < c.quotes.size(); ++i) out.push_back(QuoteJson(c, articles, chars, i));
  return out;
}

json ComparisonToJson(const Comparison& c, const std::vector<Article>& articles,
                      const std::vector<Document>& documents, const std::vector<bool>* in_summary) {
  json j = AlignmentToJson(c.alignment, articles, documents, in_summary);
  CharOffsets chars(articles);
  json quotes = json::array();
  for (size_t g : QuoteOrder(c)) {
    const QuoteGroup& group = c.quote_groups[g];
    json gj;
    gj["text"] = group.text;
    gj["speaker"] = group.speaker;
    gj["negated"] = group.negated;
    gj["outlets"] = group.outlets;
    json members = json::array();
    for (size_t q : group.quotes) members.push_back(QuoteJson(c, articles, chars, q));
    gj["members"] = members;
    quotes.push_back(gj);
  }
  j["quotes"] = quotes;
  return j;
}

std::string ComparisonToText(const Comparison& c, const std::vector<Article>& articles,
                             const std::vector<Document>& documents) {
  const Alignment& a = c.alignment;
  const Passages passages(a, documents);
  std::ostringstream out;
  out << "Compared " << util::Counted(a.outlets.size(), "article", "articles") << ": "
      << OutletList(a.outlets) << "\n";
  const std::vector<size_t> shared = Distinct(a, passages, SharedOrder(a));
  out << "\nCarried by several outlets (" << shared.size() << "):\n";
  for (size_t g : shared) {
    out << "  [" << OutletList(a.groups[g].outlets) << "]\n";
    // Two members in one quotation show the same passage: once.
    std::vector<std::pair<size_t, size_t>> shown;  // (article, first sentence)
    for (const SentenceRef& r : a.groups[g].sentences) {
      if (SentenceOf(documents, r) == nullptr) continue;
      const std::pair<size_t, size_t> passage{r.article, passages.Of(r).first};
      if (std::find(shown.begin(), shown.end(), passage) != shown.end()) continue;
      shown.push_back(passage);
      out << "    " << a.outlets[r.article] << ": " << passages.Text(r) << "\n";
    }
  }
  out << "\nQuotes (" << c.quote_groups.size() << "):\n";
  for (size_t g : QuoteOrder(c)) {
    const QuoteGroup& group = c.quote_groups[g];
    out << "  " << SpeakerLabel(group) << ": \"" << group.text << "\" ["
        << OutletList(group.outlets) << "]\n";
  }
  for (const auto& [outlet, all] : UniqueByOutlet(a)) {
    const std::vector<size_t> groups = Distinct(a, passages, all);
    out << "\nOnly in " << outlet << " (" << groups.size() << "):\n";
    for (size_t g : groups) {
      if (SentenceOf(documents, a.groups[g].sentences.front()) != nullptr) {
        out << "  - " << ShownText(a.groups[g], /*unique=*/true, passages) << "\n";
      }
    }
  }
  if (!a.number_differences.empty()) {
    out << "\nDifferent numbers:\n";
    for (const NumberDifference& d : a.number_differences) {
      out << "  " << d.what << ": " << a.outlets[d.first.article] << " says " << d.first_value
          << ", " << a.outlets[d.second.article] << " says " << d.second_value << "\n";
      for (const SentenceRef& r : {d.first, d.second}) {
        if (SentenceOf(documents, r) != nullptr) {
          out << "    " << a.outlets[r.article] << ": " << passages.Text(r) << "\n";
        }
      }
    }
  }
  if (!a.contradictions.empty()) {
    out << "\nStatements that contradict each other:\n";
    for (const Contradiction& pair : a.contradictions) {
      const char* lead = "  - ";
      for (const SentenceRef& r : {pair.first, pair.second}) {
        if (SentenceOf(documents, r) == nullptr) continue;
        out << lead << a.outlets[r.article] << ": " << passages.Text(r) << "\n";
        lead = "    ";
      }
    }
  }
  bool names_header = false;
  for (const Entity& e : a.entities) {
    if (e.variants.size() < 2) continue;
    if (!names_header) out << "\nNames written several ways:\n";
    names_header = true;
    out << "  " << e.name << ": " << Join(e.variants, " / ") << "\n";
  }
  (void)articles;
  return out.str();
}

std::vector<bool> ShownInSummary(const Comparison& c, const std::vector<Document>& documents,
                                 const std::vector<SentenceRef>& shown_elsewhere) {
  const Alignment& a = c.alignment;
  const Passages passages(a, documents);
  std::unordered_set<std::string_view> texts;  // an outlet's copy repeats it too
  for (const SentenceRef r : shown_elsewhere) {
    if (const Sentence* s = SentenceOf(documents, r)) texts.insert(s->text);
  }
  // True when the line of group g shows one of `shown_elsewhere` or its
  // text: its shown member, or a sentence of the passage shown with it.
  auto repeats = [&](size_t g, bool unique) {
    const ContentGroup& group = a.groups[g];
    if (group.sentences.empty()) return false;
    const Shown shown = unique ? Shown{group.sentences.front()} : ShownMember(group, passages);
    const text::Passage p = shown.passage
                                ? passages.Of(shown.member)
                                : text::Passage{shown.member.sentence, shown.member.sentence};
    for (size_t k = p.first; k <= p.last; ++k) {
      const SentenceRef r{shown.member.article, k};
      const Sentence* s = SentenceOf(documents, r);
      if (std::find(shown_elsewhere.begin(), shown_elsewhere.end(), r) != shown_elsewhere.end() ||
          (s != nullptr && texts.count(s->text) > 0)) {
        return true;
      }
    }
    return false;
  };
  std::vector<bool> marks(a.groups.size(), false);
  for (const size_t g : a.shared) marks[g] = repeats(g, /*unique=*/false);
  for (const size_t g : a.unique) marks[g] = repeats(g, /*unique=*/true);
  return marks;
}

LeftOut LeaveOutShown(Comparison& c, const std::vector<Document>& documents,
                      const std::vector<SentenceRef>& shown_elsewhere) {
  const std::vector<bool> marks = ShownInSummary(c, documents, shown_elsewhere);
  Alignment& a = c.alignment;
  LeftOut left;
  left.shared = std::erase_if(a.shared, [&](size_t g) { return marks[g]; });
  left.unique = std::erase_if(a.unique, [&](size_t g) { return marks[g]; });
  return left;
}

std::string ComparisonToMarkdown(const Comparison& c, const std::vector<Article>& articles,
                                 const std::vector<Document>& documents, LeftOut in_summary) {
  const Alignment& a = c.alignment;
  const Passages passages(a, documents);
  std::ostringstream out;
  out << "# Comparison of " << util::Counted(a.outlets.size(), "article", "articles") << "\n\n";
  out << "Outlets: " << EscapeCell(OutletList(a.outlets)) << "\n\n";
  if (in_summary.shared + in_summary.unique > 0) {
    out << "The summary's sentences are not listed again below; its brackets say which outlets "
           "carry each.\n\n";
  }
  out << "## Carried by several outlets\n\n";
  if (a.shared.empty()) {
    out << (in_summary.shared > 0 ? "Nothing else is carried by more than one outlet.\n"
                                  : "Nothing is carried by more than one outlet.\n");
  }
  for (size_t g : Distinct(a, passages, SharedOrder(a))) {
    const ContentGroup& group = a.groups[g];
    out << "- **" << EscapeCell(OutletList(group.outlets))
        << "**: " << EscapeCell(ShownText(group, /*unique=*/false, passages)) << "\n";
  }
  out << "\n## Quotes\n\n";
  if (c.quote_groups.empty()) {
    out << "No direct quotes found.\n";
  } else {
    out << "| Speaker | Quote | Outlets |\n|---|---|---|\n";
    for (size_t g : QuoteOrder(c)) {
      const QuoteGroup& group = c.quote_groups[g];
      out << "| " << EscapeCell(SpeakerLabel(group)) << " | \u201C" << EscapeCell(group.text)
          << "\u201D | " << EscapeCell(OutletList(group.outlets)) << " |\n";
    }
  }
  out << "\n## Reported by one outlet only\n";
  const auto unique = UniqueByOutlet(a);
  if (unique.empty()) {
    out << (in_summary.unique > 0 ? "\nNothing else is reported by one outlet only.\n"
                                  : "\nEvery fact is carried by more than one outlet.\n");
  }
  for (const auto& [outlet, groups] : unique) {
    out << "\n### Only in " << EscapeCell(outlet) << "\n\n";
    for (size_t g : Distinct(a, passages, groups)) {
      if (SentenceOf(documents, a.groups[g].sentences.front()) != nullptr) {
        out << "- " << EscapeCell(ShownText(a.groups[g], /*unique=*/true, passages)) << "\n";
      }
    }
  }
  if (!a.number_differences.empty()) {
    out << "\n## Different numbers\n\n| What | Outlet | Says | Outlet | Says |\n"
           "|---|---|---|---|---|\n";
    for (const NumberDifference& d : a.number_differences) {
      out << "| " << EscapeCell(d.what) << " | " << EscapeCell(a.outlets[d.first.article]) << " | "
          << EscapeCell(d.first_value) << " | " << EscapeCell(a.outlets[d.second.article]) << " | "
          << EscapeCell(d.second_value) << " |\n";
    }
  }
  if (!a.contradictions.empty()) {
    out << "\n## Statements that contradict each other\n\n| Outlet | Says | Outlet | Says |\n"
           "|---|---|---|---|\n";
    for (const Contradiction& pair : a.contradictions) {
      const SentenceRef& x = pair.first;
      const SentenceRef& y = pair.second;
      if (SentenceOf(documents, x) == nullptr || SentenceOf(documents, y) == nullptr) continue;
      out << "| " << EscapeCell(a.outlets[x.article]) << " | " << EscapeCell(passages.Text(x))
          << " | " << EscapeCell(a.outlets[y.article]) << " | " << EscapeCell(passages.Text(y))
          << " |\n";
    }
  }
  bool names_header = false;
  for (const Entity& e : a.entities) {
    if (e.variants.size() < 2) continue;
    if (!names_header) out << "\n## Names written several ways\n\n";
    names_header = true;
    out << "- **" << EscapeCell(e.name) << "**: " << EscapeCell(Join(e.variants, " / ")) << "\n";
  }
  (void)articles;
  return out.str();
}

}  // namespace concord::io
