// Scoring extracted quotes against gold attributions (PolNeAR).
//
// PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions in
// brat standoff: Source, Cue and Content spans tied by an E line, offsets
// in Unicode code points. Direct quotes are the attributions whose Content
// parts are each enclosed in quotation marks (the marks inside the span or
// right outside it). Spans are compared after trimming whitespace,
// quotation marks and edge punctuation, so `“Yes,”` and `Yes` are equal.
//
// A predicted quote (non-embedded ones only; embedded quotes are partial
// quotes inside reported speech, which PolNeAR annotates as indirect
// content) and a gold quote are paired one-to-one, greedily by the number
// of words they share. A pair counts as
//   exact    when their trimmed parts are identical;
//   overlap  when the shared words are at least half of each side's words;
//   speaker  when it counts as overlap and the predicted speaker span
//            overlaps the gold source span (so "he" and "Pat Caddell" are
//            checked where the text has them, not after resolution).
// Precision is over predicted quotes (with a speaker, for speakers) and
// recall over gold quotes (with a source, for speakers).
#include "concord/quote_score.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "concord/io.h"
#include "concord/text.h"
#include "util/fnv1a.h"
#include "util/utf8.h"

namespace concord::eval {
namespace {

using compare::Quote;

bool IsMarkCp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 ||
         cp == 0xAB || cp == 0xBB || cp == '`';
}

bool IsEdgeCp(int32_t cp) {
  return IsMarkCp(cp) || cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 ||
         cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' ||
         cp == 0x2026 || cp == 0x2014 || cp == 0x2013 || cp == '-';
}

size_t CharStart(std::string_view text, size_t pos) {
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

text::ByteSpan TrimEdges(std::string_view text, text::ByteSpan span) {
  size_t start = span.start;
  size_t end = std::min(span.end, text.size());
  while (start < end) {
    size_t next = start;
    if (!IsEdgeCp(util::NextCodePoint(text, &next))) break;
    start = next;
  }
  while (end > start) {
    const size_t back = CharStart(text, end - 1);
    size_t probe = back;
    if (!IsEdgeCp(util::NextCodePoint(text, &probe))) break;
    end = back;
  }
  return {start, end};
}

// Starting offsets of the words of the trimmed parts.
std::vector<size_t> WordStarts(std::string_view text, const std::vector<text::ByteSpan>& parts) {
  std::vector<size_t> out;
  for (const text::ByteSpan& p : parts) {
    const std::string_view part = text.substr(p.start, p.end - p.start);
    for (const concord::text::Word& w : concord::text::ScanWords(part).words) {
      out.push_back(p.start + w.start);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

size_t Intersection(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  size_t n = 0;
  size_t x = 0;
  size_t y = 0;
  while (x < a.size() && y < b.size()) {
    if (a[x] < b[y]) {
      ++x;
    } else if (a[x] > b[y]) {
      ++y;
    } else {
      ++n;
      ++x;
      ++y;
    }
  }
  return n;
}

// Whether a content part opens with a quotation mark (its first character,
// or the last one before it) and whether it closes with one (its last
// character before trailing punctuation, or the first one after it).
struct PartMarks {
  bool empty = true;
  bool opens = false;
  bool closes = false;
  size_t open_at = 0;  // where the opening mark starts
};

PartMarks MarksOf(std::string_view text, text::ByteSpan span) {
  PartMarks marks;
  // Trim whitespace.
  size_t start = span.start;
  size_t end = span.end;
  while (start < end && (text[start] == ' ' || text[start] == '\n')) ++start;
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (start >= end) return marks;
  marks.empty = false;
  size_t probe = start;
  bool opens = IsMarkCp(util::NextCodePoint(text, &probe));
  marks.open_at = start;
  // Strip trailing punctuation after a closing mark.
  size_t close_end = end;
  while (close_end > start && (text[close_end - 1] == '.' || text[close_end - 1] == ',' ||
                               text[close_end - 1] == ';' || text[close_end - 1] == ':')) {
    --close_end;
  }
  bool closes = false;
  if (close_end > start) {
    const size_t back = CharStart(text, close_end - 1);
    probe = back;
    closes = IsMarkCp(util::NextCodePoint(text, &probe));
  }
  if (!opens && start > 0) {  // a mark right outside the span
    size_t before = start;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before > 0) {
      probe = CharStart(text, before - 1);
      marks.open_at = probe;
      opens = IsMarkCp(util::NextCodePoint(text, &probe));
    }
  }
  if (!closes && end < text.size()) {
    size_t after = end;
    while (after < text.size() && (text[after] == ',' || text[after] == '.')) ++after;
    probe = after;
    closes = after < text.size() && IsMarkCp(util::NextCodePoint(text, &probe));
  }
  marks.opens = opens;
  marks.closes = closes;
  return marks;
}

// Whether every word of a content is inside quotation marks. brat splits a
// long quotation into parts (at sentence ends), so a part may open a
// quotation that a later part closes ("I'm not a climatologist. | I'm not a
// scientist. | I'm not an economist," | "But I know ..."): reading the parts
// in order, each starts inside an open quotation or opens one, and the last
// closes. A part that starts outside without a mark ("…," | only with
// violent extremists | "…") makes the content indirect.
bool Quoted(std::string_view text, std::vector<text::ByteSpan> parts) {
  std::sort(parts.begin(), parts.end(),
            [](const text::ByteSpan& a, const text::ByteSpan& b) { return a.start < b.start; });
  bool inside = false;
  size_t previous_end = 0;
  for (const text::ByteSpan& part : parts) {
    const PartMarks marks = MarksOf(text, part);
    // The mark before a part may be the one that closed the previous part.
    const bool opens = marks.opens && (previous_end == 0 || marks.open_at >= previous_end);
    if (marks.empty || (!inside && !opens)) return false;
    inside = !marks.closes;
    previous_end = part.end;
  }
  return !parts.empty() && !inside;
}

}  // namespace

double PrfCounts::Precision() const {
  return predicted == 0 ? 0.0
                        : static_cast<double>(true_positives) / static_cast<double>(predicted);
}
double PrfCounts::Recall() const {
  return gold == 0 ? 0.0 : static_cast<double>(true_positives) / static_cast<double>(gold);
}
double PrfCounts::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
PrfCounts& PrfCounts::operator+=(const PrfCounts& other) {
  true_positives += other.true_positives;
  predicted += other.predicted;
  gold += other.gold;
  return *this;
}

namespace {

// A brat text-bound annotation (T line): its type and byte spans.
struct BratSpan {
  std::string type;
  std::vector<text::ByteSpan> parts;
};

// Parses "Type START END[;START END]" of a T line; offsets count code
// points and become bytes through `byte_of`. Returns an error message, or
// "" when it parsed.
std::string ParseBratSpan(std::string_view head, const std::vector<size_t>& byte_of,
                          BratSpan* span) {
  const size_t space = head.find(' ');
  if (space == std::string_view::npos) return "no offsets";
  span->type = std::string(head.substr(0, space));
  std::string_view ranges = head.substr(space + 1);
  while (!ranges.empty()) {
    const size_t semi = ranges.find(';');
    std::string_view range = ranges.substr(0, semi);
    ranges = semi == std::string_view::npos ? std::string_view() : ranges.substr(semi + 1);
    const size_t sp = range.find(' ');
    if (sp == std::string_view::npos) return "bad range";
    size_t a = 0;
    size_t b = 0;
    const auto ra = std::from_chars(range.data(), range.data() + sp, a);
    const auto rb = std::from_chars(range.data() + sp + 1, range.data() + range.size(), b);
    if (ra.ec != std::errc() || rb.ec != std::errc() || a > b) return "bad range";
    if (b >= byte_of.size()) return "offset past the end of the text";
    span->parts.push_back({byte_of[a], byte_of[b]});
  }
  return "";
}

// The roles of an E line ("Attribution:T4 Content:T1 Cue:T2"), digits at
// the end of a role name dropped.
std::map<std::string, std::string> ParseBratEvent(std::string_view rest) {
  std::map<std::string, std::string> roles;
  size_t p = 0;
  while (p < rest.size()) {
    size_t q = rest.find(' ', p);
    if (q == std::string_view::npos) q = rest.size();
    std::string_view item = rest.substr(p, q - p);
    p = q + 1;
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos) continue;
    std::string role(item.substr(0, colon));
    while (!role.empty() && role.back() >= '0' && role.back() <= '9') role.pop_back();
    roles[role] = std::string(item.substr(colon + 1));
  }
  return roles;
}

// The events whose Content parts are each quoted, with their Source.
std::vector<GoldQuote> DirectQuotes(std::string_view text,
                                    const std::map<std::string, BratSpan>& spans,
                                    const std::vector<std::map<std::string, std::string>>& events) {
  std::vector<GoldQuote> out;
  for (const auto& roles : events) {
    auto content = roles.find("Content");
    if (content == roles.end() || spans.count(content->second) == 0) continue;
    const BratSpan& c = spans.at(content->second);
    if (!Quoted(text, c.parts)) continue;
    GoldQuote g;
    g.parts = c.parts;
    auto source = roles.find("Source");
    if (source != roles.end() && spans.count(source->second) > 0 &&
        !spans.at(source->second).parts.empty()) {
      const BratSpan& s = spans.at(source->second);
      g.source = {s.parts.front().start, s.parts.back().end};
    }
    out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(), [](const GoldQuote& a, const GoldQuote& b) {
    return a.parts.front().start < b.parts.front().start;
  });
  return out;
}

}  // namespace

Result<std::vector<GoldQuote>> ReadBratDirectQuotes(std::string_view text, std::string_view ann) {
  // Code point offsets to bytes.
  std::vector<size_t> byte_of;
  byte_of.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of.push_back(i);
  }
  byte_of.push_back(text.size());
  std::map<std::string, BratSpan> spans;
  std::vector<std::map<std::string, std::string>> events;
  size_t line_number = 0;
  size_t pos = 0;
  bool after_span_text = false;
  while (pos < ann.size()) {
    size_t eol = ann.find('\n', pos);
    if (eol == std::string_view::npos) eol = ann.size();
    std::string_view line = ann.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const auto error = [&](const std::string& what) {
      return Status::ParseError("line " + std::to_string(line_number) + ": " + what);
    };
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      // A span's text may hold a line break: the rest of it is on this line.
      if (after_span_text) continue;
      return error("no tab");
    }
    after_span_text = line[0] == 'T';
    const std::string id(line.substr(0, tab));
    std::string_view rest = line.substr(tab + 1);
    if (id[0] == 'T') {
      BratSpan span;
      const std::string problem = ParseBratSpan(rest.substr(0, rest.find('\t')), byte_of, &span);
      if (!problem.empty()) return error(problem);
      spans[id] = std::move(span);
    } else if (id[0] == 'E') {
      events.push_back(ParseBratEvent(rest));
    }
  }
  return DirectQuotes(text, spans, events);
}

QuoteScores ScoreQuotes(std::string_view text, const std::vector<Quote>& predicted,
                        const std::vector<GoldQuote>& gold, std::vector<QuoteMatch>* matches) {
  QuoteScores scores;
  std::vector<const Quote*> pred;
  std::vector<size_t> pred_index;  // index in `predicted`
  for (size_t i = 0; i < predicted.size(); ++i) {
    if (predicted[i].embedded) continue;
    pred.push_back(&predicted[i]);
    pred_index.push_back(i);
  }
  std::vector<std::vector<text::ByteSpan>> pred_parts;
  std::vector<std::vector<size_t>> pred_words;
  for (const Quote* q : pred) {
    std::vector<text::ByteSpan> parts;
    for (const text::ByteSpan& p : q->parts) parts.push_back(TrimEdges(text, p));
    pred_words.push_back(WordStarts(text, parts));
    pred_parts.push_back(std::move(parts));
  }
  std::vector<std::vector<text::ByteSpan>> gold_parts;
  std::vector<std::vector<size_t>> gold_words;
  for (const GoldQuote& g : gold) {
    std::vector<text::ByteSpan> parts;
    for (const text::ByteSpan& p : g.parts) parts.push_back(TrimEdges(text, p));
    gold_words.push_back(WordStarts(text, parts));
    gold_parts.push_back(std::move(parts));
  }
  struct Pair {
    size_t shared;
    size_t p;
    size_t g;
  };
  std::vector<Pair> pairs;
  for (size_t p = 0; p < pred.size(); ++p) {
    for (size_t g = 0; g < gold.size(); ++g) {
      const size_t shared = Intersection(pred_words[p], gold_words[g]);
      if (shared > 0) pairs.push_back({shared, p, g});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    if (a.shared != b.shared) return a.shared > b.shared;
    return a.p != b.p ? a.p < b.p : a.g < b.g;
  });
  std::vector<bool> pred_used(pred.size(), false);
  std::vector<bool> gold_used(gold.size(), false);
  for (const Pair& pair : pairs) {
    if (pred_used[pair.p] || gold_used[pair.g]) continue;
    pred_used[pair.p] = true;
    gold_used[pair.g] = true;
    if (pred_parts[pair.p] == gold_parts[pair.g]) ++scores.exact.true_positives;
    const bool overlap = 2 * pair.shared >= pred_words[pair.p].size() &&
                         2 * pair.shared >= gold_words[pair.g].size();
    QuoteMatch match{pred_index[pair.p], pair.g, overlap, false};
    if (overlap) {
      ++scores.overlap.true_positives;
      const Quote& q = *pred[pair.p];
      const text::ByteSpan source = gold[pair.g].source;
      if (q.speaker_span.end > q.speaker_span.start && source.end > source.start &&
          q.speaker_span.start < source.end && source.start < q.speaker_span.end) {
        ++scores.speaker.true_positives;
        match.speaker = true;
      }
    }
    if (matches != nullptr) matches->push_back(match);
  }
  if (matches != nullptr) {
    for (size_t p = 0; p < pred.size(); ++p) {
      if (!pred_used[p]) matches->push_back({pred_index[p], QuoteMatch::kNone, false, false});
    }
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!gold_used[g]) matches->push_back({QuoteMatch::kNone, g, false, false});
    }
  }
  scores.exact.predicted = scores.overlap.predicted = pred.size();
  scores.exact.gold = scores.overlap.gold = gold.size();
  for (const Quote* q : pred) scores.speaker.predicted += q->speaker.empty() ? 0 : 1;
  for (const GoldQuote& g : gold) scores.speaker.gold += g.source.end > g.source.start ? 1 : 0;
  return scores;
}

PolnearSplit ParsePolnearSplit(std::string_view split) {
  PolnearSplit out;
  const size_t n = split.size();
  if (n > 2 && split[n - 2] == '-' && (split[n - 1] == 'a' || split[n - 1] == 'b')) {
    out.part = split[n - 1];
    split.remove_suffix(2);
  }
  out.folder = std::string(split);
  return out;
}

bool InPolnearSplit(const PolnearSplit& split, std::string_view article) {
  if (split.part == 0) return true;
  const bool in_b = util::Fnv1a(article) % 10 >= 7;
  return in_b == (split.part == 'b');
}

std::string PolnearArticle(const std::string& annotation_path) {
  std::string stem = std::filesystem::path(annotation_path).stem().string();
  const size_t underscore = stem.rfind('_');
  if (underscore != std::string::npos) stem.resize(underscore);
  return stem;
}

Result<PolnearFiles> ListPolnearSplit(const std::string& dir, const PolnearSplit& split) {
  const std::filesystem::path ann_dir = std::filesystem::path(dir) / split.folder / "attributions";
  const std::filesystem::path text_dir = std::filesystem::path(dir) / split.folder / "text";
  std::error_code ec;
  if (!std::filesystem::is_directory(ann_dir, ec) || !std::filesystem::is_directory(text_dir, ec)) {
    return Status::InvalidArgument(ann_dir.string() + " or " + text_dir.string() +
                                   " is not a folder");
  }
  PolnearFiles files;
  files.text_dir = text_dir.string();
  for (const auto& entry : std::filesystem::directory_iterator(ann_dir, ec)) {
    if (entry.path().extension() != ".ann") continue;
    if (InPolnearSplit(split, PolnearArticle(entry.path().string()))) {
      files.annotations.push_back(entry.path().string());
    }
  }
  std::sort(files.annotations.begin(), files.annotations.end());
  return files;
}

Result<std::vector<PolnearFile>> ReadPolnearSplit(const std::string& dir,
                                                  const std::string& split_name) {
  Result<PolnearFiles> files = ListPolnearSplit(dir, ParsePolnearSplit(split_name));
  if (!files.ok()) return files.status();
  const std::filesystem::path text_dir = files.value().text_dir;
  std::vector<PolnearFile> out;
  for (const std::string& ann_path : files.value().annotations) {
    const std::string stem = PolnearArticle(ann_path);
    Result<std::string> text = io::ReadFile((text_dir / (stem + ".txt")).string());
    if (!text.ok()) return text.status();
    Result<std::string> ann = io::ReadFile(ann_path);
    if (!ann.ok()) return ann.status();
    if (!text::IsValidUtf8(text.value())) continue;
    PolnearFile file;
    file.article.id = stem;
    file.article.text = std::move(text).value();
    Result<std::vector<GoldQuote>> gold = ReadBratDirectQuotes(file.article.text, ann.value());
    if (!gold.ok()) return Status::ParseError(ann_path + ": " + gold.status().message());
    file.gold = std::move(gold).value();
    out.push_back(std::move(file));
  }
  return out;
}

}  // namespace concord::eval
