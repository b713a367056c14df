// The learned speaker choice: candidates, features and the pick
// (speaker_model.h). The features are deliberately plain, so that what
// train teaches carries to other articles: where the candidate stands
// against the quote (side, words and sentences between, same paragraph),
// whether a cue verb is next to it, whether it opens its sentence, whether
// it is a person's name, a pronoun or an object ("of Trump", "Trump's"),
// how often the article names it, and whether it spoke the quote before.
#include "compare/speaker_model.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "compare/name_variants.h"
#include "compare/quote_speakers.h"

namespace concord::compare::internal {

const std::array<const char*, kSpeakerFeatures> kSpeakerFeatureNames = {"before",
                                                                        "log_words_between",
                                                                        "same_sentence",
                                                                        "sentences_between",
                                                                        "same_paragraph",
                                                                        "cue_after",
                                                                        "cue_before",
                                                                        "opens_sentence",
                                                                        "person",
                                                                        "pronoun",
                                                                        "log_mentions",
                                                                        "previous_speaker",
                                                                        "after_preposition",
                                                                        "colon_to_quote",
                                                                        "quote_opens_paragraph",
                                                                        "log_quote_words",
                                                                        "quote_has_cue",
                                                                        "nearest_before"};

namespace {

bool IsSpeakingPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "they" || lower == "we";
}

bool IsPreposition(std::string_view lower) {
  return lower == "of" || lower == "to" || lower == "with" || lower == "for" || lower == "about" ||
         lower == "against" || lower == "by" || lower == "from" || lower == "on" || lower == "at" ||
         lower == "in" || lower == "than" || lower == "like";
}

bool InsideQuote(const std::vector<QuotedSpan>& spans, text::ByteSpan span) {
  for (const QuotedSpan& s : spans) {
    if (s.open > span.start) break;
    if (span.start >= s.content_start && span.start < std::max(s.close, s.content_end)) return true;
  }
  return false;
}

// Index of the first word starting at or after `pos`.
size_t WordAt(const std::vector<Word>& words, size_t pos) {
  return static_cast<size_t>(std::lower_bound(words.begin(), words.end(), pos,
                                              [](const Word& w, size_t p) { return w.start < p; }) -
                             words.begin());
}

size_t SentenceOf(const Document& document, size_t pos) {
  const auto it = std::upper_bound(document.sentences.begin(), document.sentences.end(), pos,
                                   [](size_t p, const Sentence& s) { return p < s.start; });
  return it == document.sentences.begin()
             ? 0
             : static_cast<size_t>(it - document.sentences.begin()) - 1;
}

// The first name starting at or after `pos` (names are in text order).
size_t FirstNameFrom(const ArticleNames& n, size_t pos) {
  return static_cast<size_t>(
      std::lower_bound(n.names.begin(), n.names.end(), pos,
                       [](const FoundName& f, size_t p) { return f.start < p; }) -
      n.names.begin());
}

// The group of the name overlapping `span`, or SIZE_MAX.
size_t GroupOf(const ArticleNames& n, text::ByteSpan span) {
  const size_t from = FirstNameFrom(n, span.start);
  for (size_t i = from > 0 ? from - 1 : 0; i < n.names.size() && n.names[i].start < span.end; ++i) {
    if (span.start < n.names[i].end) return n.groups[i];
  }
  return SIZE_MAX;
}

struct RawCandidate {
  text::ByteSpan span;
  size_t name = SIZE_MAX;  // index in ArticleNames::names, SIZE_MAX for a pronoun
};

// Names and speaking pronouns outside quotes in [begin, end).
std::vector<RawCandidate> Gather(const QuoteContext& c, size_t begin, size_t end) {
  std::vector<RawCandidate> out;
  for (size_t i = FirstNameFrom(c.names, begin); i < c.names.names.size(); ++i) {
    const FoundName& f = c.names.names[i];
    if (f.start >= end) break;
    if (f.end > end || InsideQuote(c.spans, {f.start, f.end})) continue;
    const text::ByteSpan checked = CheckSpeaker(c.words, {f.start, f.end}, c.names.lowercase);
    if (checked.end > checked.start) out.push_back({checked, i});
  }
  const std::vector<Word>& words = c.words.words();
  for (size_t w = WordAt(words, begin); w < words.size() && words[w].end <= end; ++w) {
    if (!IsSpeakingPronoun(c.words.Lower(words[w]))) continue;
    if (InsideQuote(c.spans, {words[w].start, words[w].end})) continue;
    out.push_back({{words[w].start, words[w].end}, SIZE_MAX});
  }
  std::sort(out.begin(), out.end(), [](const RawCandidate& a, const RawCandidate& b) {
    return a.span.start < b.span.start;
  });
  return out;
}

// A cue word among the `count` words from word index `from` on (forward)
// or before it (backward), within its sentence.
bool CueNear(const QuoteContext& c, size_t from, size_t count, bool forward, size_t sentence) {
  const std::vector<Word>& words = c.words.words();
  for (size_t k = 0; k < count; ++k) {
    if (forward ? from + k >= words.size() : k + 1 > from) return false;
    const Word& w = words[forward ? from + k : from - k - 1];
    if (SentenceOf(c.document, w.start) != sentence) return false;
    const std::string lower = c.words.Lower(w);
    if (IsCueWord(lower) && !IsObjectCue(lower)) return true;
  }
  return false;
}

bool EndsPossessive(std::string_view s) {
  const auto ends = [s](std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  return ends("'s") || ends("\xE2\x80\x99s") || ends("s'") || ends("s\xE2\x80\x99");
}

// True when a colon after `from` introduces the quote whose content starts
// at `open`: only spaces and quotation marks between the two.
bool ColonBefore(std::string_view text, size_t from, size_t open) {
  size_t p = open;
  while (p > from) {
    const size_t before = p;
    const int32_t cp = PrevCodePoint(text, p);
    if (cp == ':') return true;
    if (cp != ' ' && cp != '\n' && !IsQuoteCp(cp)) return false;
    p = before - 1;
    while (p > from && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  }
  return false;
}

// True when the name at `span` qualifies a noun rather than names a
// speaker: a possessive ("Stone's attorney said") or a name right before a
// lower-case word that is no verb of speech or auxiliary ("the Russia
// investigation", "the U.S. code", "the GOP campaign committee"). Pronouns
// are never qualifiers.
bool Qualifier(const QuoteContext& c, text::ByteSpan span) {
  const std::string_view text = c.words.text();
  const std::string_view after = text.substr(span.end, std::min<size_t>(4, text.size() - span.end));
  if (EndsPossessive(text.substr(span.start, span.end - span.start)) || after.rfind("'s", 0) == 0 ||
      after.rfind("\xE2\x80\x99s", 0) == 0) {
    return true;
  }
  // The modifier reading needs an article before the name ("Rex Oldham met"
  // is a subject and its verb).
  const std::vector<Word>& words = c.words.words();
  const size_t first = WordAt(words, span.start);
  const auto article = [&](size_t w) {
    const std::string lower = c.words.Lower(words[w]);
    return lower == "the" || lower == "a" || lower == "an";
  };
  if (first >= words.size() || !(article(first) || (first > 0 && article(first - 1)))) {
    return false;
  }
  const size_t next = WordAt(words, span.end);
  if (next >= words.size() || !OnlySpace(text, span.end, words[next].start) ||
      words[next].capitalized || words[next].is_number) {
    return false;
  }
  const std::string lower = c.words.Lower(words[next]);
  return !IsCueWord(lower) && !IsSkippable(lower);
}

SpeakerVector Features(const QuoteContext& c, const RawCandidate& r, const Quote& quote,
                       size_t previous_group, std::string_view previous_lower) {
  const std::vector<Word>& words = c.words.words();
  const std::string_view text = c.words.text();
  const size_t open = quote.parts.front().start;
  const size_t close = quote.parts.back().end;
  const bool before = r.span.end <= open;
  const size_t first = WordAt(words, r.span.start);
  const size_t last_end = WordAt(words, r.span.end);  // one past the candidate's words
  // Words between the candidate and the quote (none for a candidate
  // between two parts of the quote: "…," Kerry said, "…").
  const size_t open_word = WordAt(words, open);
  const size_t close_word = WordAt(words, close);
  const size_t between = before                ? open_word - std::min(open_word, last_end)
                         : first >= close_word ? first - close_word
                                               : 0;
  const size_t sentence = SentenceOf(c.document, r.span.start);
  const size_t quote_sentence = SentenceOf(c.document, before ? open : close);
  const size_t sentences =
      sentence > quote_sentence ? sentence - quote_sentence : quote_sentence - sentence;
  SpeakerVector x{};
  x[0] = before ? 1 : 0;
  x[1] = std::log1p(static_cast<double>(between));
  x[2] = sentences == 0 ? 1 : 0;
  x[3] = static_cast<double>(std::min<size_t>(sentences, 3)) / 3.0;
  x[4] = ParagraphOf(c.paragraphs, r.span.start) == ParagraphOf(c.paragraphs, open) ? 1 : 0;
  x[5] = CueNear(c, last_end, 4, true, sentence) ? 1 : 0;
  x[6] = CueNear(c, first, 3, false, sentence) ? 1 : 0;
  x[7] = first == 0 || SentenceOf(c.document, words[first - 1].start) != sentence ? 1 : 0;
  const bool pronoun = r.name == SIZE_MAX;
  x[8] = !pronoun && c.names.IsPerson(r.name) ? 1 : 0;
  x[9] = pronoun ? 1 : 0;
  if (!pronoun) {
    const size_t group = c.names.groups[r.name];
    x[10] = std::log1p(static_cast<double>(c.mentions[group]));
    x[11] = group == previous_group ? 1 : 0;
  } else {
    x[11] = c.words.Lower(words[first]) == previous_lower ? 1 : 0;
  }
  x[12] = first > 0 && IsPreposition(c.words.Lower(words[first - 1])) ? 1 : 0;
  x[13] = before && ColonBefore(text, r.span.end, open) ? 1 : 0;
  // The quote's own: they move every candidate of a quote together, so they
  // weigh whether it speaks at all.
  size_t quote_words = 0;
  for (const text::ByteSpan& part : quote.parts)
    quote_words += c.words.In(part.start, part.end).size();
  const size_t paragraph_start = c.paragraphs[ParagraphOf(c.paragraphs, open)];
  x[14] = OnlySpace(text, paragraph_start, open) || ColonBefore(text, paragraph_start, open) ||
                  WordAt(words, paragraph_start) == WordAt(words, open)
              ? 1
              : 0;
  x[15] = std::log1p(static_cast<double>(quote_words));
  x[16] = quote.cue.empty() ? 0 : 1;
  return x;
}

}  // namespace

std::vector<size_t> GroupMentions(const ArticleNames& names) {
  std::vector<size_t> out(names.display.size(), 0);
  for (size_t g : names.groups) {
    if (g < out.size()) ++out[g];
  }
  return out;
}

std::vector<SpeakerCandidate> SpeakerCandidates(const QuoteContext& c, const Quote& quote,
                                                text::ByteSpan previous) {
  const size_t open = quote.parts.front().start;
  const size_t paragraph = ParagraphOf(c.paragraphs, open);
  const size_t begin = c.paragraphs[paragraph > 0 ? paragraph - 1 : 0];
  const size_t end = ParagraphEnd(c.words.text(), c.paragraphs, paragraph);
  const std::vector<RawCandidate> raw = Gather(c, begin, end);
  const size_t previous_group =
      previous.end > previous.start ? GroupOf(c.names, previous) : SIZE_MAX;
  const std::string previous_lower =
      previous.end > previous.start
          ? text::LowerWord(c.words.text().substr(previous.start, previous.end - previous.start))
          : std::string();
  std::vector<SpeakerCandidate> out;
  size_t nearest = SIZE_MAX;
  for (const RawCandidate& r : raw) {
    if (r.name != SIZE_MAX && Qualifier(c, r.span)) continue;
    SpeakerCandidate candidate{r.span, Features(c, r, quote, previous_group, previous_lower)};
    if (candidate.x[0] > 0) nearest = out.size();
    out.push_back(candidate);
  }
  if (nearest != SIZE_MAX) out[nearest].x[17] = 1;
  return out;
}

double SpeakerScore(const SpeakerModel& model, const SpeakerVector& x) {
  double s = model.weights.size() > kSpeakerFeatures ? model.weights[kSpeakerFeatures] : 0.0;
  for (size_t i = 0; i < kSpeakerFeatures && i < model.weights.size(); ++i) {
    s += model.weights[i] * x[i];
  }
  return s;
}

size_t ChooseSpeaker(const SpeakerModel& model, const std::vector<SpeakerCandidate>& candidates) {
  size_t best = candidates.size();
  double best_score = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const double s = SpeakerScore(model, candidates[i].x);
    if (best == candidates.size() || s > best_score) {
      best = i;
      best_score = s;
    }
  }
  if (best == candidates.size()) return best;
  const double probability = 1.0 / (1.0 + std::exp(-best_score));
  return probability >= model.threshold ? best : candidates.size();
}

namespace {

// True when the rules left the quote without a speaker on purpose: its cue
// is a passive "asked" or "told" ("Roe was asked: "…"": the one who asks is
// someone else).
bool PassiveCue(const QuoteContext& c, const Quote& quote) {
  if (quote.cue != "asked" && quote.cue != "told") return false;
  const size_t from = quote.cue_span.start > 80 ? quote.cue_span.start - 80 : 0;
  const std::vector<Word> before = c.words.In(from, quote.cue_span.start);
  for (size_t i = before.size(); i-- > 0;) {
    const std::string lower = c.words.Lower(before[i]);
    if (IsPassiveAux(lower)) return true;
    if (!IsSkippable(lower)) return false;
  }
  return false;
}

}  // namespace

void LearnedSpeakers(const QuoteContext& c, const SpeakerModel& model, std::vector<Quote>& quotes) {
  text::ByteSpan previous;
  for (Quote& quote : quotes) {
    if (!quote.embedded && quote.speaker.empty() && !PassiveCue(c, quote)) {
      const std::vector<SpeakerCandidate> candidates = SpeakerCandidates(c, quote, previous);
      const size_t pick = ChooseSpeaker(model, candidates);
      if (pick < candidates.size()) {
        quote.speaker_span = candidates[pick].span;
        const std::string_view text = c.words.text();
        quote.speaker = std::string(text.substr(quote.speaker_span.start,
                                                quote.speaker_span.end - quote.speaker_span.start));
      }
    }
    if (!quote.speaker.empty()) previous = quote.speaker_span;
  }
}

std::vector<std::vector<SpeakerCandidate>> CandidatesOfQuotes(const QuoteContext& c,
                                                              const std::vector<Quote>& quotes,
                                                              bool all) {
  std::vector<std::vector<SpeakerCandidate>> out(quotes.size());
  text::ByteSpan previous;
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (!quotes[q].embedded && (all || quotes[q].speaker.empty())) {
      out[q] = SpeakerCandidates(c, quotes[q], previous);
    }
    if (!quotes[q].speaker.empty()) previous = quotes[q].speaker_span;
  }
  return out;
}

}  // namespace concord::compare::internal
