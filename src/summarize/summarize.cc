// Summarize: the driver. Reads like its table of contents.
#include "concord/summarize.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "concord/group.h"
#include "concord/text.h"
#include "summarize/attribute.h"
#include "summarize/collapse.h"
#include "summarize/compress.h"
#include "summarize/corpus.h"
#include "summarize/coverage_params.h"
#include "summarize/method.h"
#include "summarize/name_order.h"
#include "text/lacking_marks.h"
#include "text/thread_tokenizer.h"

namespace concord {
namespace {

using summarize::internal::Budget;
using summarize::internal::Corpus;
using summarize::internal::Pick;

Status CheckBudget(const SummarizeOptions& options) {
  if (options.budget == 0) {
    return Status::InvalidArgument("the budget must be positive (got 0)");
  }
  if (!(options.duplicate_threshold > 0 && options.duplicate_threshold <= 1)) {
    return Status::InvalidArgument("the duplicate threshold must be in (0, 1]");
  }
  return Status::Ok();
}

// The budget, and the parameters: they belong to the default method, but a
// misspelt or out-of-range one is an error whatever the method.
Status CheckBudgetAndParameters(const SummarizeOptions& options) {
  if (Status s = CheckBudget(options); !s.ok()) return s;
  summarize::internal::CoverageParams scratch;
  return summarize::internal::ApplyParameters(options.parameters, scratch);
}

// Cutting by words: a word longer than this many bytes (a URL, a 2 MB
// token, text without spaces such as Chinese) counts as one word per
// started kCutWordBytes, so a words budget bounds the bytes too (at most
// budget * (kCutWordBytes + 1)) and a giant token is cut, not printed whole.
constexpr size_t kCutWordBytes = 64;

// The first `units` words or bytes of `text`, cut at a character boundary.
std::string Cut(const std::string& text, size_t units, BudgetUnit unit) {
  if (unit == BudgetUnit::kBytes) {
    size_t end = std::min(units, text.size());
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    return text.substr(0, end);
  }
  if (unit == BudgetUnit::kSentences) return text;
  size_t words = 0;
  size_t word_bytes = 0;  // of the current word since it was last counted
  size_t kept = 0;        // end of the last non-space byte so far
  bool in_word = false;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == ' ') {
      in_word = false;
      continue;
    }
    const bool starts_character = (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
    if (!in_word || (starts_character && word_bytes >= kCutWordBytes)) {
      if (++words > units) return text.substr(0, kept);
      word_bytes = 0;
    }
    in_word = true;
    ++word_bytes;
    kept = pos + 1;
  }
  return text;
}

// The method's picks; with truncation, when no sentence qualifies (all too
// long for the method's filters, or all fragments), the first sentence cut
// to the budget, which is what truncation promises.
summarize::internal::Selection PickSentences(const summarize::internal::Method& method,
                                             const Corpus& corpus,
                                             const SummarizeOptions& options) {
  const Budget budget{options.unit, options.budget, options.truncate, options.duplicate_threshold};
  summarize::internal::Selection selection = method.Select(corpus, budget);
  if (!selection.picks.empty() || !options.truncate) return selection;
  for (uint32_t i = 0; i < corpus.size(); ++i) {
    if (!corpus.sentence[i]->text.empty()) {
      selection.picks = {Pick{i, 0.0, options.budget}};
      return selection;
    }
  }
  return selection;
}

// Why no sentence was picked, for the error that stands in for an empty
// summary (an empty summary with success would look like a bug).
std::string EmptyReason(const Corpus& corpus, const SummarizeOptions& options) {
  const char* unit = options.unit == BudgetUnit::kBytes   ? " bytes"
                     : options.unit == BudgetUnit::kWords ? " words"
                                                          : " sentences";
  const std::string budget = std::to_string(options.budget) + unit;
  if (options.truncate) {
    return "the budget of " + budget + " holds no whole word or character of any sentence";
  }
  size_t shortest = SIZE_MAX;
  size_t most_words = 0;
  for (uint32_t i = 0; i < corpus.size(); ++i) {
    shortest = std::min(shortest, summarize::internal::Cost(corpus, i, options.unit));
    most_words = std::max(most_words, size_t{corpus.words[i]});
  }
  if (shortest > options.budget) {
    return "every sentence is longer than the budget of " + budget + " (the shortest has " +
           std::to_string(shortest) + unit + "); raise the budget or truncate (--truncate)";
  }
  if (most_words < 4) {
    return "no sentence has the 4 words a summary sentence needs (words are split at "
           "spaces, so text without them, such as Chinese or Japanese, is one word a "
           "sentence); truncate (--truncate) to cut the first sentence to the budget";
  }
  return "no sentence is a summary candidate for this method within " + budget +
         " (fragments, run-ons and page furniture are left out, and a sentence that leans on "
         "the one before it, such as \"He said ...\" or \"Officially, this ...\", is taken "
         "only with that one, which must fit too); raise the budget or truncate (--truncate) "
         "to cut the first sentence to the budget";
}

// Puts the picks in reading order so that the story reads from its
// beginning: each article's picks together and in their order (a pronoun
// or a quotation stays beside the sentence it leans on), the articles by
// their earliest pick (a lead sentence opens the summary), ties by article
// order; but an article whose earliest pick opens the story
// (summarize::internal::OpensStory: no quotation opens it) comes before
// those whose earliest pick does not, so that the summary says what
// happened before a quotation reacts to it. Then, with `full_names_first`,
// the article blocks after the first move so that a person is named in
// full before by surname (name_order.h).
void ReadingOrder(const Cluster& cluster, const Corpus& corpus, std::vector<Pick>& picks,
                  bool full_names_first) {
  const std::vector<size_t> article_order = summarize::internal::ArticleOrder(cluster);
  std::vector<size_t> rank(article_order.size());
  for (size_t r = 0; r < article_order.size(); ++r) rank[article_order[r]] = r;
  std::vector<size_t> earliest(article_order.size(), SIZE_MAX);
  std::vector<uint32_t> first_pick(article_order.size(), UINT32_MAX);
  for (const Pick& pick : picks) {
    const size_t a = corpus.article[pick.candidate];
    if (corpus.index[pick.candidate] < earliest[a]) {
      earliest[a] = corpus.index[pick.candidate];
      first_pick[a] = pick.candidate;
    }
  }
  std::vector<bool> opens(article_order.size(), false);
  for (size_t a = 0; a < opens.size(); ++a) {
    opens[a] =
        first_pick[a] != UINT32_MAX && summarize::internal::OpensStory(corpus, first_pick[a]);
  }
  std::sort(picks.begin(), picks.end(), [&](const Pick& x, const Pick& y) {
    const size_t ax = corpus.article[x.candidate];
    const size_t ay = corpus.article[y.candidate];
    if (ax != ay) {
      if (opens[ax] != opens[ay]) return static_cast<bool>(opens[ax]);
      return earliest[ax] != earliest[ay] ? earliest[ax] < earliest[ay] : rank[ax] < rank[ay];
    }
    return corpus.index[x.candidate] < corpus.index[y.candidate];
  });
  if (full_names_first) summarize::internal::FullNamesFirst(corpus, opens, picks);
}

// The summary sentence of `pick` (its text cut to the budget when the pick
// says so), without its sources.
SummarySentence SentenceOfPick(const Cluster& cluster, const Corpus& corpus,
                               const std::vector<Document>& documents, const Pick& pick,
                               BudgetUnit unit) {
  const Sentence& s = *corpus.sentence[pick.candidate];
  SummarySentence out;
  out.text = pick.keep_units > 0 ? Cut(s.text, pick.keep_units, unit) : s.text;
  out.truncated = pick.keep_units > 0 && out.text.size() < s.text.size();
  out.article = corpus.article[pick.candidate];
  out.sentence = corpus.index[pick.candidate];
  out.start = s.start;
  out.end = s.end;
  if (pick.candidate >= corpus.originals) {
    // A shorter form: the article's bytes it keeps, piece by piece.
    const uint32_t whole = corpus.origin[pick.candidate];
    const size_t a = corpus.article[whole];
    for (const text::ByteSpan& span : summarize::internal::PiecesInArticle(
             cluster.articles[a].text, *corpus.sentence[whole], documents[a].removed,
             corpus.pieces[pick.candidate - corpus.originals])) {
      out.spans.emplace_back(span.start, span.end);
    }
    out.start = out.spans.front().first;
    out.end = out.spans.back().second;
  }
  out.score = pick.score;
  return out;
}

// Sets SummarySentence::continues: a sentence continues the passage before
// it when it is the next sentence of the same article and both are in one
// quotation passage of that article (text::QuotationPassages, the reading
// compare's report shows: a quotation may run over sentences, the middle
// one without a mark, into a next paragraph only when that opens with a
// mark; one never closed, or open past the limit, joins nothing, so a
// stray or lost mark does not run the rest of an article into one line).
// Linear: each article's passages are read once, when first needed.
void MarkPassages(const std::vector<Document>& documents, std::vector<SummarySentence>& sentences) {
  std::vector<std::vector<text::Passage>> passages(documents.size());
  for (size_t i = 1; i < sentences.size(); ++i) {
    SummarySentence& s = sentences[i];
    const SummarySentence& before = sentences[i - 1];
    if (s.article != before.article || s.sentence != before.sentence + 1 || before.truncated ||
        s.article >= documents.size()) {
      continue;
    }
    std::vector<text::Passage>& of = passages[s.article];
    if (of.empty()) of = text::QuotationPassages(documents[s.article].sentences);
    s.continues = s.sentence < of.size() && of[s.sentence].first <= before.sentence;
  }
}

// Prints the summary's quoted words as quoted: a run of sentences printed
// together (one and those that continue it) inside a quotation over more
// sentences than it carries (up to text::kLongQuotation: a quotation too
// long for a passage, or one whose other sentences the summary left out)
// gets the marks it lacks (text::MarksLacking, the rule compare's reports
// show such a sentence by) added to its first and last sentence's text, so
// that a speaker's words never read as the outlets' own. start..end still
// name the source sentence. A compressed sentence is left as it is (its
// forms are never inside a quotation, compress.h). A budget in bytes
// counts the marks too: a run whose marks would take the summary past it
// keeps its text as selected, so the summary never exceeds the budget.
void AddLackingMarks(const std::vector<Document>& documents, const SummarizeOptions& options,
                     std::vector<SummarySentence>& sentences) {
  size_t bytes = 0;
  for (const SummarySentence& s : sentences) bytes += s.text.size();
  std::vector<std::vector<text::Passage>> quotations(documents.size());
  for (size_t i = 0; i < sentences.size();) {
    size_t j = i + 1;
    while (j < sentences.size() && sentences[j].continues) ++j;
    SummarySentence& first = sentences[i];
    SummarySentence& last = sentences[j - 1];
    const size_t article = first.article;
    i = j;
    if (article >= documents.size() || !first.spans.empty() || !last.spans.empty()) continue;
    const std::vector<Sentence>& all = documents[article].sentences;
    std::vector<text::Passage>& of = quotations[article];
    if (of.empty()) of = text::QuotationPassages(all, text::kLongQuotation);
    if (last.sentence >= of.size()) continue;
    const text::Passage quotation = of[first.sentence];
    if (quotation.first == quotation.last || last.sentence > quotation.last) continue;
    const text::LackingMarks marks =
        text::MarksLacking(all, quotation, {first.sentence, last.sentence});
    const size_t added = marks.before.size() + marks.after.size();
    if (options.unit == BudgetUnit::kBytes && bytes + added > options.budget) continue;
    bytes += added;
    first.text.insert(0, marks.before);
    last.text.append(marks.after);
  }
}

// Ends each cut sentence with what a cut sentence lacks
// (text::WithCutShortEnding: "…", and the closing marks of the quotations
// it leaves open), so that a reader sees the cut: a sentence cut at the
// budget (--truncate), and one its article's text is cut inside (its
// article's last, with no final stop; `cut_short`). A budget in bytes
// counts the added characters as AddLackingMarks does: a sentence they
// would take past it stays as it is (a sentence cut at a byte budget
// fills it, so it always does).
void MarkCuts(const std::vector<Document>& documents, const SummarizeOptions& options,
              std::vector<SummarySentence>& sentences) {
  size_t bytes = 0;
  for (const SummarySentence& s : sentences) bytes += s.text.size();
  for (SummarySentence& s : sentences) {
    const bool source_cut = !s.truncated && s.article < documents.size() &&
                            s.sentence + 1 == documents[s.article].sentences.size();
    if (!s.truncated && !source_cut) continue;
    std::string ended = text::WithCutShortEnding(s.text, s.truncated);
    const size_t added = ended.size() - s.text.size();
    if (added == 0) continue;
    if (options.unit == BudgetUnit::kBytes && bytes + added > options.budget) continue;
    bytes += added;
    s.text = std::move(ended);
    s.cut_short = source_cut;
  }
}

// The input's side of the statistics (the output's words are counted as
// the sentences are made).
void AddInputStats(const Cluster& cluster, const Corpus& corpus,
                   const std::vector<Document>& documents, SummaryStats& stats) {
  stats.articles = cluster.articles.size();
  stats.sentences = corpus.originals;
  for (size_t i = 0; i < corpus.originals; ++i) stats.input_words += corpus.words[i];
  for (size_t a = 0; a < documents.size(); ++a) {
    stats.removed_spans += documents[a].removed.size();
    stats.invalid_utf8 += cluster.articles[a].invalid_utf8;
  }
}

}  // namespace

Status CheckOptions(const SummarizeOptions& options) {
  if (Status s = CheckBudgetAndParameters(options); !s.ok()) return s;
  Result<std::unique_ptr<summarize::internal::Method>> method =
      summarize::internal::CreateMethod(options);
  return method.ok() ? Status::Ok() : method.status();
}

Result<Summary> Summarize(const Cluster& cluster, const SummarizeOptions& options) {
  if (Status s = CheckOptions(options); !s.ok()) return s;
  text::AnalyzeOptions analyze = options.analyze;
  analyze.deadline = options.deadline;  // a big story stops between its articles
  std::vector<Document> documents =
      text::AnalyzeArticles(cluster.articles, text::ThreadTokenizer(), analyze);
  // Articles left unread when the limit passed: the check fails, nothing is
  // summarized from them.
  if (Status s = CheckDeadline(options.deadline, "building the candidates"); !s.ok()) return s;
  return SummarizeDocuments(cluster, std::move(documents), options);
}

Result<Summary> SummarizeDocuments(const Cluster& cluster, std::vector<Document> documents,
                                   const SummarizeOptions& options) {
  // CreateMethod below checks the method's name.
  if (Status s = CheckBudgetAndParameters(options); !s.ok()) return s;
  const std::string name = cluster.id.empty() ? "input" : cluster.id;
  if (cluster.articles.empty()) return Status::Empty(name + ": no articles");
  if (documents.size() != cluster.articles.size()) {
    return Status::InvalidArgument(name + ": one document per article is required");
  }
  // Near-copies of whole articles are ranked once (collapse.cc).
  if (options.collapse_copies && cluster.articles.size() >= 2) {
    const std::vector<size_t> copy_of =
        summarize::internal::KeepFullest(documents, group::FindCopies(cluster.articles, documents));
    for (size_t i = 0; i < copy_of.size(); ++i) {
      if (copy_of[i] == i) continue;
      SummarizeOptions plain = options;
      plain.collapse_copies = false;
      return summarize::internal::SummarizeCollapsed(
          cluster, std::move(documents), copy_of,
          [&plain](const Cluster& originals, std::vector<Document> kept) {
            return SummarizeDocuments(originals, std::move(kept), plain);
          });
    }
  }
  Result<std::unique_ptr<summarize::internal::Method>> method =
      summarize::internal::CreateMethod(options);
  if (!method.ok()) return method.status();
  if (Status s = CheckDeadline(options.deadline, "building the candidates"); !s.ok()) return s;

  // Number the candidates and build their vectors.
  Corpus corpus = summarize::internal::BuildCorpus(documents);
  if (corpus.size() == 0) {
    return Status::Empty(name + ": no sentences left after cleaning");
  }
  method.value()->AddCandidates(corpus);
  if (Status s = CheckDeadline(options.deadline, "selecting sentences"); !s.ok()) return s;

  // Pick sentences within the budget.
  summarize::internal::Selection selection = PickSentences(*method.value(), corpus, options);
  std::vector<Pick>& picks = selection.picks;
  ReadingOrder(cluster, corpus, picks, options.full_names_first);
  if (Status s = CheckDeadline(options.deadline, "naming the outlets"); !s.ok()) return s;

  // Name the outlets that back each sentence: each pick is compared with
  // every article, independently, so the picks share the caller's threads.
  // And the articles that say otherwise.
  std::vector<std::vector<size_t>> sources(picks.size());
  std::vector<std::vector<size_t>> disputing(picks.size());
  const summarize::internal::Attributor attributor(corpus, options.duplicate_threshold);
  tbb::parallel_for(tbb::blocked_range<size_t>(0, picks.size()),
                    [&](const tbb::blocked_range<size_t>& range) {
                      summarize::internal::Attributor::Scratch scratch;
                      for (size_t p = range.begin(); p != range.end(); ++p) {
                        sources[p] = attributor.Sources(picks[p].candidate, scratch);
                        disputing[p] =
                            attributor.Disputing(picks[p].candidate, sources[p], scratch);
                      }
                    });
  Summary summary;
  for (size_t p = 0; p < picks.size(); ++p) {
    SummarySentence out = SentenceOfPick(cluster, corpus, documents, picks[p], options.unit);
    out.sources = std::move(sources[p]);
    out.disputed_by = std::move(disputing[p]);
    if (out.text.empty()) continue;
    summary.stats.output_words += summarize::internal::CountWords(out.text);
    summary.sentences.push_back(std::move(out));
  }

  MarkPassages(documents, summary.sentences);
  AddLackingMarks(documents, options, summary.sentences);
  MarkCuts(documents, options, summary.sentences);
  summary.stats.method_note = std::move(selection.note);
  AddInputStats(cluster, corpus, documents, summary.stats);
  if (summary.sentences.empty()) {
    return Status::Empty(name + ": empty summary: " + EmptyReason(corpus, options));
  }
  summary.documents = std::move(documents);
  return summary;
}

}  // namespace concord
