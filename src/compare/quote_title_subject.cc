// A pronoun whose sentence, or the sentence before, has a bare title as
// its subject (quote_resolve.h, TitledSubjectHolder): "The president
// stepped in on Friday. The next day, he said" is the president, not the
// last person cued before him.
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "compare/name_variants.h"
#include "compare/quote_resolve.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {
namespace {

bool Blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// True when the text before byte `k` (blanks after it) ends a sentence: a
// ".", "!" or "?", perhaps inside a closing quotation mark, not after an
// initial, a title ("Mr.", "Sen.") or an abbreviation the splitter holds
// ("No. 3": AbbreviationHoldsPeriod).
bool SentenceEndBefore(std::string_view t, size_t k) {
  if (k == 0 || !Blank(t[k - 1])) return false;
  size_t e = k;
  while (e > 0 && Blank(t[e - 1])) --e;
  if (e > 0 && t[e - 1] == '"') --e;
  if (e >= 3 && t.substr(e - 3, 3) == "\xE2\x80\x9D") e -= 3;
  if (e == 0) return false;
  const char mark = t[e - 1];
  if (mark == '!' || mark == '?') return true;
  if (mark != '.') return false;
  size_t w = e - 1;
  while (w > 0 && std::isalpha(static_cast<unsigned char>(t[w - 1]))) --w;
  const std::string_view word = t.substr(w, e - 1 - w);
  return word.size() > 1 && !IsTitleWord(text::LowerWord(word)) &&
         !AbbreviationHoldsPeriod(t, e - 1);
}

// The longest sentence read for its subject. No sentence of the data is
// near it; one that never ends (a page without punctuation, hostile text)
// would be read again for each pronoun's quote in it, a cost that grows
// with the square of its length.
constexpr size_t kMaxSentenceBytes = 2000;

// Where the sentence holding the byte before `pos` starts: after the last
// sentence end or line break before `pos`; nothing when that is
// kMaxSentenceBytes or more before `pos`.
std::optional<size_t> SentenceStart(std::string_view t, size_t pos) {
  const size_t floor = pos > kMaxSentenceBytes ? pos - kMaxSentenceBytes : 0;
  for (size_t k = pos; k > floor; --k) {
    if (t[k - 1] == '\n') return k;
    if (k < pos && SentenceEndBefore(t, k)) return k;
  }
  if (floor > 0) return std::nullopt;
  return 0;
}

// The start of the sentence before the one starting at `start`, blanks
// and line breaks between skipped.
std::optional<size_t> SentenceBefore(std::string_view t, size_t start) {
  size_t e = start;
  while (e > 0 && Blank(t[e - 1])) --e;
  return e == 0 ? 0 : SentenceStart(t, e);
}

// The bare title ("the president", "the vice president") that is the
// subject of the reporter's words text[from, to), or nothing; `*pronoun`
// is set when the subject is a pronoun instead.
std::optional<std::pair<size_t, size_t>> TitleSubject(const TextWords& text, const ArticleNames& n,
                                                      size_t from, size_t to, Clause* c,
                                                      bool* pronoun) {
  *c = MakeClause(text, from, to);
  if (c->words.empty()) return std::nullopt;
  // A sentence that opens with a quotation has its subject after it.
  const std::string_view opening = text.text().substr(from, c->words[0].start - from);
  if (opening.find('"') != std::string_view::npos ||
      opening.find("\xE2\x80\x9C") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto np = SubjectNp(text.text(), *c, c->words.size(), n.lowercase);
  if (!np) return std::nullopt;
  *pronoun = np->first == np->second && IsPronoun(c->lower[np->first]);
  if (c->lower[np->first] != "the") return std::nullopt;
  return TheTitle(*c, np->first, c->words.size());
}

}  // namespace

std::optional<std::string> TitledSubjectHolder(const TextWords& text, const ArticleNames& n,
                                               const Quote& quote, size_t at) {
  const std::string_view t = text.text();
  size_t end = quote.speaker_span.end;
  const bool after_quote = !quote.parts.empty() && quote.parts.front().start < at;
  if (after_quote) {
    // `"…," he said`: the reporter's words before the opening mark.
    end = quote.parts.front().start;
    while (end > 0 && !Blank(t[end - 1]) && !std::isalnum(static_cast<unsigned char>(t[end - 1]))) {
      --end;
    }
  }
  // (A sentence too long to read has no title for its subject.)
  const std::optional<size_t> sentence = SentenceStart(t, end);
  if (!sentence) return std::nullopt;
  const size_t start = *sentence;
  Clause c;
  bool pronoun = false;
  auto title = TitleSubject(text, n, start, end, &c, &pronoun);
  // "The next day, he clarified", or a quote opening the sentence: the
  // sentence before.
  if (after_quote ? c.words.empty() : pronoun) {
    const std::optional<size_t> before = SentenceBefore(t, start);
    if (!before || *before >= start) return std::nullopt;
    title = TitleSubject(text, n, *before, start, &c, &pronoun);
  }
  if (!title) return std::nullopt;
  // A person named between the title and the pronoun may be the one meant
  // ("The former president spoke after Ada Okafor, who said he …").
  const size_t title_end = c.words[title->second].end;
  for (size_t i = n.FirstFrom(title_end); i < n.names.size() && n.names[i].start < at; ++i) {
    if (n.IsPerson(i)) return std::nullopt;
  }
  const size_t head = title->second;
  return TitleHolder(n, c.lower[head], head > title->first ? c.lower[head - 1] : "", at);
}

}  // namespace concord::compare::internal
