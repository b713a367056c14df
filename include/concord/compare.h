// Compare sources: what the outlets agree on, what only one of them reports,
// and who said what.
//
// Given the articles of one story and their Documents (text::Analyze, one
// per article, same order), concord::compare finds
//   - an Alignment: the sentences of all articles grouped by meaning (shared
//     content words and bigrams, names, numbers), so that each group says
//     which outlets carry that piece of content; groups carried by a single
//     outlet are that outlet's unique facts; related sentences that give
//     different numbers for the same thing are listed side by side;
//   - Entities: the spellings of one name grouped ("Nuri al-Maliki" /
//     "Nouri al-Maliki" / "Maliki"; "ISIS" / "the Islamic State in Iraq and
//     Syria"; "Secretary of State John Kerry" / "Kerry");
//   - Quotes: direct quotes with their speaker and cue verb, pronouns and
//     titles resolved to a named speaker in simple cases, and the same quote
//     merged across outlets even when one outlet trims or splits it.
//
//   std::vector<concord::Document> docs;  // text::Analyze of each article
//   concord::Result<concord::compare::Comparison> c =
//       concord::compare::Compare(cluster.articles, docs);
//   if (!c.ok()) return c.status();
//   for (size_t g : c.value().alignment.unique) { ... }
//   std::cout << concord::io::ComparisonToMarkdown(c.value(), articles, docs);
//   (format.h renders a Comparison; quote_score.h scores quotes.)
//
// The summarizer's attribution step only needs the Alignment:
//   concord::compare::Alignment a = concord::compare::Align(articles, docs);
//   std::vector<size_t> backers = SupportingArticles(a, article, sentence);
//
// Offsets: every span is a byte range [start, end) into Article::text of the
// article it names (the Documents' sentence spans are in the same frame).
// Outlets: an article's outlet is OutletName (article.h); two articles of
// one outlet count once.
//
// Thread safety: every function is a pure function of its arguments and is
// thread-safe; results are plain values.
#ifndef CONCORD_COMPARE_H_
#define CONCORD_COMPARE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/document.h"
#include "concord/status.h"
#include "concord/text.h"

namespace concord::compare {

// A learned choice of speaker for a quote the rules leave without one: a
// logistic model over features of the names and pronouns around the quote
// (src/compare/speaker_model.h lists them). The shipped model is what
// `concord train --task speakers` learns on PolNeAR train.
struct SpeakerModel {
  std::vector<double> weights;  // one per feature, then the bias
  // The best candidate speaks when its probability is at least this.
  double threshold = 0.5;
};

// The model concord ships (learned on PolNeAR train, docs/compare.md).
SpeakerModel ShippedSpeakerModel();

// ---- Options -------------------------------------------------------------

struct CompareOptions {
  // Behaviour
  // Two sentences of different articles say the same thing when their
  // weighted feature similarity (cosine over idf-weighted content stems,
  // stem bigrams, entities and numbers) is at least this. Lower finds more
  // paraphrases and more false agreements. Default 0.23, chosen on ECB+'s
  // even topics (`concord eval --task align`, docs/compare.md).
  double match_threshold = 0.23;
  // And they must share at least this many content features (stems,
  // entities, numbers; bigrams do not count). Default 3.
  size_t min_shared_features = 3;
  // A sentence carried by one outlet is listed as a unique fact only when
  // it has at least this many content words... Default 5.
  size_t min_unique_words = 5;
  // ...and less than this share of its content weight appears anywhere in
  // the other outlets' articles (so a sentence whose words are all reported
  // elsewhere, merely split differently, is not "unique"). Default 0.6.
  double max_unique_coverage = 0.6;
  // Related sentences (similarity at least this, below match_threshold too)
  // are checked for different numbers attached to the same word. Default 0.2.
  double number_pair_threshold = 0.2;
  // Quotes with fewer words than this and no speaker are not reported
  // (scare quotes such as a single "reset", titles, slogans). Default 8,
  // chosen on PolNeAR train (3: overlap F1 0.847, 6: 0.854, 8: 0.856,
  // 10: 0.857, losing more real quotes; docs/compare.md).
  size_t min_unattributed_quote_words = 8;
  // A quote the rules leave without a speaker gets one from a learned model
  // (SpeakerModel) when its best candidate is likely enough. Default on.
  bool learned_speakers = true;
  // The model to use instead of the shipped one (training, tests); not owned.
  const SpeakerModel* speaker_model = nullptr;

  // Performance
  // Candidate sentences are found through an inverted index of each
  // sentence's rarest features; a feature found in more sentences than this
  // is not used to look up candidates (it still counts in the similarity).
  // Keeps alignment near-linear instead of all-pairs. Default 50.
  size_t max_postings = 50;
  // Number of rarest features of a sentence used for lookup. Default 8.
  size_t lookup_features = 8;
};

// ---- Entities ------------------------------------------------------------

// One name as written in a sentence.
struct NameMention {
  size_t article = 0;
  size_t sentence = 0;  // index in Document::sentences
  std::string surface;  // as written, titles included ("Gen. Martin Dempsey")
  std::string name;     // titles and a leading "the" removed ("Martin Dempsey")
  std::string title;    // the removed title, lower case ("gen."), may be empty
  size_t entity = 0;    // index in Alignment::entities
};

// One entity and its spellings.
struct Entity {
  std::string name;                   // display form: the longest name
  std::vector<std::string> variants;  // distinct names as written, sorted
  std::vector<size_t> articles;       // articles that mention it, sorted
  size_t mentions = 0;
};

// True when the names `a` and `b` (as written, titles removed) look like
// spellings of one entity on their own: equal up to case and punctuation,
// one the surname or prefix of the other, a surname shared with first names
// within a small edit distance, or an acronym of the other. Compare() also
// refuses a surname-only link when the surname fits several full names.
bool SameName(std::string_view a, std::string_view b);

// ---- Alignment -----------------------------------------------------------

struct SentenceRef {
  size_t article = 0;   // index in the articles given
  size_t sentence = 0;  // index in that article's Document::sentences
  bool operator==(const SentenceRef&) const = default;
  auto operator<=>(const SentenceRef&) const = default;
};

// One piece of content: the sentences, across articles, that say it.
struct ContentGroup {
  std::vector<SentenceRef> sentences;  // sorted
  std::vector<size_t> articles;        // distinct articles, sorted
  std::vector<std::string> outlets;    // distinct outlets, in article order
  // Lowest similarity of the links that joined the group (1 for a single
  // sentence).
  double similarity = 1.0;
};

// Two related sentences of different outlets that give different numbers
// for the same thing ("at least 1,700 Shiites" / "1,500 Shiites").
struct NumberDifference {
  std::string what;  // the word the numbers count ("shiites")
  SentenceRef first;
  SentenceRef second;
  std::string first_value;   // as written ("1,700")
  std::string second_value;  // as written ("1,500")
};

// Two similar sentences of different outlets of which one negates what
// the other states ("The mayor resigned on Monday." / "The mayor did not
// resign on Monday."; text::NegateEachOther). Neither is grouped with the
// other, so a reader sees the disagreement here.
struct Contradiction {
  SentenceRef first;  // the earlier sentence of the story
  SentenceRef second;
};

struct Alignment {
  std::vector<std::string> outlets;  // per article
  std::vector<ContentGroup> groups;  // every sentence is in exactly one
  // group_of[article][sentence]: index in `groups`.
  std::vector<std::vector<size_t>> group_of;
  std::vector<size_t> shared;  // groups carried by two or more outlets
  std::vector<size_t> unique;  // single-outlet groups that pass the
                               // unique-fact filters, in article order
  std::vector<NumberDifference> number_differences;
  std::vector<Contradiction> contradictions;  // in story order, each pair once
  std::vector<Entity> entities;
  std::vector<NameMention> mentions;
};

// Aligns the sentences of `articles` (documents[i] is the Document of
// articles[i]). Never fails: sizes that do not match are truncated to the
// shorter, and articles without sentences simply add nothing.
Alignment Align(const std::vector<Article>& articles, const std::vector<Document>& documents,
                const CompareOptions& options = {});

// The articles (sorted indices, `article` itself included) that carry the
// content of sentence `sentence` of article `article`. Returns just
// {article} for content only that article has, and {} when the reference is
// out of range.
std::vector<size_t> SupportingArticles(const Alignment& alignment, size_t article, size_t sentence);

// `outlets` each once, in first-seen order (two articles of one outlet
// name it once): what JSON lists as a sentence's "sources".
std::vector<std::string> DistinctOutlets(const std::vector<std::string>& outlets);

// `outlets` as a reader sees them in text, Markdown and HTML: each name
// once, in first-seen order, ", "-separated; past `max` distinct names the
// rest is counted ("A, B, C + 1,243 more"). JSON output lists every outlet
// instead (DistinctOutlets). summarize and digest both write their lists
// with it.
std::string OutletList(const std::vector<std::string>& outlets, size_t max = 10);

// The outlets behind a summary sentence and those that say otherwise
// (SummarySentence::disputed_by), as text, Markdown and HTML print them:
// "Courier, Herald; disputed by Bulletin". `disputing` names already in
// `outlets` are left out (an outlet with articles on both sides backs it).
std::string SourcesLine(const std::vector<std::string>& outlets,
                        const std::vector<std::string>& disputing);

// `disputing` (outlet names) each once, without those in `outlets`: what
// JSON lists as a summary sentence's "disputed_by".
std::vector<std::string> DisputingOutlets(const std::vector<std::string>& outlets,
                                          const std::vector<std::string>& disputing);

// ---- Quotes --------------------------------------------------------------

// One direct quote in one article. A quote interrupted by its attribution
// ("..., " he said, "...") or continued right after it in the next sentence
// is one Quote with several parts.
struct Quote {
  size_t article = 0;
  // The quoted words, quotation marks excluded, in Article::text; at least
  // one part, sorted, non-overlapping.
  std::vector<text::ByteSpan> parts;
  std::string text;  // the parts joined by " ", whitespace collapsed
  // The speaker as written ("he", "the secretary", "Kerry"); empty when none
  // was found. speaker_span is empty (start == end) then.
  std::string speaker;
  text::ByteSpan speaker_span;
  // The named speaker after resolving a pronoun or a title to the nearest
  // fitting name ("John Kerry"); empty when unresolved.
  std::string speaker_name;
  std::string cue;  // the cue verb as written ("said", "according to")
  text::ByteSpan cue_span;
  // True when the cue is negated: the text reports that the speaker did NOT
  // say these words ("did not say", "never said", "denied saying"). The
  // speaker is still found, so a reader sees whose words they are said not
  // to be; writers show the quote as "not said by" the speaker, never as
  // the speaker's plain quote. `negation` is the negating words with the cue
  // as written ("did not say"); empty (and negation_span empty) when not
  // negated.
  bool negated = false;
  std::string negation;
  text::ByteSpan negation_span;
  // True when the quote sits inside the reporter's clause (is "not about
  // Maliki") rather than standing as the speaker's utterance.
  bool embedded = false;
  size_t sentence = 0;  // Document sentence holding the first part
  size_t group = 0;     // index in Comparison::quote_groups
};

// Extracts the direct quotes of one article: straight ("), curly (“ ”) and
// doubled single ('' '') double marks, single marks (‘ ’ or ') outside
// double ones, single quotes nested in double ones kept as content,
// multi-sentence quotes, and an unclosed quote ending at its paragraph.
// Quotes inside scraper noise (document.removed) are skipped. Never fails.
std::vector<Quote> ExtractQuotes(const Article& article, const Document& document,
                                 const CompareOptions& options = {});

// ---- Training the speaker model (speaker_learn.cc) -------------------------
// A gold quote for training: its parts and its source (byte spans in the
// article text; the source is empty when the gold names none).
struct SourcedQuote {
  std::vector<text::ByteSpan> parts;
  text::ByteSpan source;
};
struct SpeakerTrainingArticle {
  const Article* article = nullptr;    // not owned
  const Document* document = nullptr;  // its analysis; not owned
  std::vector<SourcedQuote> gold;
};
struct SpeakerTrainOptions {
  double l2 = 1.0;  // L2 penalty on the weights (not the bias)
  // Learn from the quotes the rules leave without a speaker only (the ones
  // the model will see), else from every quote with a gold source.
  bool only_unattributed = false;
  double threshold = 0.5;  // copied into the model
};
// Fits the model: every candidate (speaker_model.h) of every extracted,
// non-embedded quote whose first part overlaps a gold quote with a source is
// an example, positive when it overlaps that source. Newton's method on the
// L2-penalized log loss, so the result does not depend on an order or seed.
SpeakerModel TrainSpeakerModel(const std::vector<SpeakerTrainingArticle>& data,
                               const SpeakerTrainOptions& options = {});
// The model as the C++ initializer the shipped weights are written in.
std::string FormatSpeakerModel(const SpeakerModel& model);

// The same quote in one or more articles.
struct QuoteGroup {
  std::vector<size_t> quotes;        // indices in Comparison::quotes, sorted
  std::string text;                  // the longest member's text
  std::string speaker;               // the named speaker (members never have two),
                                     // else the most frequent speaker as written
                                     // that is not a pronoun
  std::vector<size_t> articles;      // sorted
  std::vector<std::string> outlets;  // in article order
  bool negated = false;              // its quotes are reported as not said (Quote::negated)
};

// How text and Markdown name whose quote group `g` is: its speaker, or
// "(unattributed)"; "not said by …" (or "(reported as not said)") when its
// quotes are reported as not said (QuoteGroup::negated), so the words never
// read as the speaker's.
std::string SpeakerLabel(const QuoteGroup& g);

// The same for one quote, with its cue: "Kerry (said)", "? (said)" when
// no speaker was found or it is a pronoun left unresolved ("It said"), "not said by Dana Okafor
// (did not say)".
std::string SpeakerLabel(const Quote& q);

// Groups `quotes` (of any articles): two quotes are one when the shorter's
// words (lower case, contractions expanded) are mostly found in the longer
// (at least 60% and three words, two of them content words), or when a
// short quote of one to five words appears in the longer as a phrase.
// Two quotes with different named speakers (Quote::speaker_name) are never
// in one group, not even through a chain of similar quotes, nor are a quote
// reported as not said (Quote::negated) and one that was. Sets
// Quote::group.
std::vector<QuoteGroup> MergeQuotes(std::vector<Quote>& quotes,
                                    const std::vector<Article>& articles);

// The same, reading the quotes' words from the story analysis (documents[i]
// analyses articles[i]) instead of scanning each Quote::text again; the
// groups are the same.
std::vector<QuoteGroup> MergeQuotes(std::vector<Quote>& quotes,
                                    const std::vector<Article>& articles,
                                    const std::vector<Document>& documents);

// ---- Everything ----------------------------------------------------------

struct Comparison {
  Alignment alignment;
  std::vector<Quote> quotes;  // by article, then position
  std::vector<QuoteGroup> quote_groups;
};

// Aligns, extracts and merges quotes. Fails with InvalidArgument when
// documents.size() != articles.size(), and with Empty when there are no
// articles.
Result<Comparison> Compare(const std::vector<Article>& articles,
                           const std::vector<Document>& documents,
                           const CompareOptions& options = {});

}  // namespace concord::compare

#endif  // CONCORD_COMPARE_H_
