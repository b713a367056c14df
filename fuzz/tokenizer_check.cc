// Target tokenizer: Tokenizer::Tokenize over any bytes. Tokens are ordered,
// non-empty spans inside the text holding no whitespace; `lower` and `stem`
// are non-empty valid UTF-8; a number starts with a digit and is its own
// stem; is_stopword agrees with IsStopword; equal forms are one term of the
// input's Vocabulary (the same bytes), which is freed with it, so memory
// stays flat over a campaign (only the Tokenizer's bounded stem cache
// carries over).
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {

std::string CheckTokenizer(std::string_view data) {
  static text::Tokenizer tokenizer;  // the stem cache carries over, as in use
  text::Vocabulary vocabulary;
  const std::vector<text::Token> tokens = tokenizer.Tokenize(data, vocabulary);
  if (vocabulary.size() > tokens.size()) return "more terms than tokens";
  std::vector<text::ByteSpan> spans;
  for (const text::Token& t : tokens) spans.push_back(t.span);
  if (std::string e = SpansOrdered(spans, data.size()); !e.empty()) return e;
  for (const text::Token& t : tokens) {
    const std::string_view word = data.substr(t.span.start, t.span.end - t.span.start);
    const std::string which = "token '" + Shown(word) + "'";
    if (word.find_first_of(" \t\r\n\f\v") != std::string_view::npos) {
      return which + " holds whitespace";
    }
    if (t.lower.empty() || !text::IsValidUtf8(t.lower)) return which + ": bad lower form";
    if (t.stem.empty() || !text::IsValidUtf8(t.stem)) return which + ": bad stem";
    const bool digit = word[0] >= '0' && word[0] <= '9';
    if (digit && !t.is_number) return which + " starts with a digit but is no number";
    if (t.is_number && t.stem != t.lower) return which + ": a number that is not its own stem";
    if (t.is_stopword != text::IsStopword(t.lower)) return which + ": wrong stopword flag";
    const uint32_t id = vocabulary.Find(t.lower);
    if (id == text::Vocabulary::kNotFound) return which + ": form not in the vocabulary";
    const text::Vocabulary::Term& term = vocabulary.term(id);
    if (term.lower.data() != t.lower.data() || term.stem.data() != t.stem.data()) {
      return which + ": forms are not the vocabulary's";
    }
  }
  return "";
}

}  // namespace concord::fuzz
