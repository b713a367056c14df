// FindNoise: the driver of the scraper-noise rules (include/concord/clean.h).
//
// Scraped articles carry two kinds of noise. Most of it is page chrome that
// sits on lines of its own ("Advertisement", "Share this:", "Copyright 2014
// ...", a photo credit, a web-archive banner), so the text is cut into lines
// (at "\n"; a paragraph break is a line break too) and each trimmed line is
// judged whole by ClassifyLine. A little of it is glued into lines of real
// prose (a hovercard inside a sentence, a tweet byline after the tweet, a
// photo credit after a caption), and FindInlineNoise looks for those in the
// lines that are kept.
//
// Four rules need context beyond one line and are applied here, in order:
//   1. an archive banner takes the lines right after it that continue it
//      (its metadata and lists);
//   2. a related-links header ("Related Links", "ALSO:") takes the headline
//      lines right after it;
//   3. a run of two or more headline lines at the very end of the text,
//      after a line of prose that ends like a sentence, is a related-links
//      trailer. Lines already found to be noise may sit among them;
//   4. the first line of prose (the first kept line that is no headline)
//      loses the dateline that opens it ("WASHINGTON — ", dateline.cc).
// Consecutive whole lines removed by the same rule become one removal that
// also covers the line breaks between them.
//
// Cost: every line is read a small constant number of times (a few prefix
// compares, a handful of std::string_view::find calls), so the whole run is
// linear in the text; no regular expressions.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "clean/rules.h"
#include "clean/scan.h"
#include "concord/clean.h"

namespace concord::clean {
namespace {

using internal::clean::ClassifyLine;
using internal::clean::ContinuesArchiveBanner;
using internal::clean::DatelineEnd;
using internal::clean::EndsSentence;
using internal::clean::FindInlineNoise;
using internal::clean::Hit;
using internal::clean::IsRelatedHeader;
using internal::clean::IsSpaceAscii;
using internal::clean::kArchiveBanner;
using internal::clean::kDateline;
using internal::clean::kRelatedLinks;
using internal::clean::LineFeatures;
using internal::clean::LooksLikeHeadline;

struct Line {
  size_t start = 0;  // trimmed, in the text
  size_t end = 0;
  std::string_view rule;  // "" when kept
  LineFeatures features;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    const void* found = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const size_t end =
        found ? static_cast<size_t>(static_cast<const char*>(found) - text.data())
              : text.size();
    size_t start = pos;
    size_t stop = end;
    while (start < stop && IsSpaceAscii(text[start])) ++start;
    while (stop > start && IsSpaceAscii(text[stop - 1])) --stop;
    if (stop > start) lines.push_back(Line{start, stop, {}, {}});
    pos = end + 1;
  }
  return lines;
}

std::string_view View(std::string_view text, const Line& line) {
  return text.substr(line.start, line.end - line.start);
}

// `line` as it reads once its inline noise is gone: cut at the first hit
// (a tweet byline or credit ends a line, and what precedes it is the text).
std::string_view WithoutInlineNoise(std::string_view text, const Line& line) {
  const std::string_view view = View(text, line);
  std::vector<Hit> hits;
  FindInlineNoise(view, line.features, &hits);
  if (hits.empty()) return view;
  return internal::clean::Trim(view.substr(0, hits.front().start));
}

// Rule 3 of the essay: a trailing run of headlines.
void MarkTrailingHeadlines(std::string_view text, std::vector<Line>* lines) {
  size_t headlines = 0;
  size_t index = lines->size();
  while (index > 0) {
    const Line& line = (*lines)[index - 1];
    if (!line.rule.empty()) {
      --index;
      continue;
    }
    if (!LooksLikeHeadline(WithoutInlineNoise(text, line))) break;
    ++headlines;
    --index;
  }
  // `index` is now one past the prose line that ends the article (0: none).
  if (headlines < 2 || index == 0) return;
  if (!EndsSentence(WithoutInlineNoise(text, (*lines)[index - 1]))) return;
  for (size_t i = index; i < lines->size(); ++i) {
    if ((*lines)[i].rule.empty()) (*lines)[i].rule = kRelatedLinks;
  }
}

// The first kept line that is not a headline (a title or a label above
// the report), or lines.size(): where a dateline may open the report.
size_t FirstProseLine(std::string_view text, const std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rule.empty() && !LooksLikeHeadline(View(text, lines[i]))) return i;
  }
  return lines.size();
}

}  // namespace


std::vector<Removal> FindNoise(std::string_view text,
                               const CleanOptions& options) {
  std::vector<Removal> removals;
  if (!options.enabled || text.empty()) return removals;

  std::vector<Line> lines = SplitLines(text);
  for (Line& line : lines) {
    line.features = internal::clean::ScanLine(View(text, line));
    line.rule = ClassifyLine(View(text, line), line.features);
  }

  // Rules 1 and 2: banners and link lists run on over the lines after them.
  bool in_link_list = false;
  for (size_t i = 1; i < lines.size(); ++i) {
    Line& line = lines[i];
    const Line& previous = lines[i - 1];
    const std::string_view view = View(text, line);
    if (line.rule.empty() && previous.rule == kArchiveBanner &&
        ContinuesArchiveBanner(view)) {
      line.rule = kArchiveBanner;
    }
    const bool after_header =
        previous.rule == kRelatedLinks &&
        (in_link_list || IsRelatedHeader(View(text, previous)));
    in_link_list = false;
    if (line.rule.empty() && after_header && LooksLikeHeadline(view)) {
      line.rule = kRelatedLinks;
      in_link_list = true;
    }
  }
  MarkTrailingHeadlines(text, &lines);
  const size_t prose = FirstProseLine(text, lines);

  std::vector<Hit> hits;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.rule.empty()) {
      // Rule 4: the dateline that opens the report.
      const size_t dateline = i == prose ? DatelineEnd(View(text, line)) : 0;
      if (dateline > 0) {
        removals.push_back(
            Removal{line.start, line.start + dateline, std::string(kDateline), false});
      }
      hits.clear();
      FindInlineNoise(View(text, line), line.features, &hits);
      for (const Hit& hit : hits) {
        if (hit.start < dateline) continue;
        removals.push_back(Removal{line.start + hit.start, line.start + hit.end,
                                   std::string(hit.rule), hit.inline_span});
      }
      continue;
    }
    // Whole line: extend the previous removal when it is the same rule on
    // the line just before.
    if (i > 0 && lines[i - 1].rule == line.rule && !removals.empty() &&
        removals.back().end == lines[i - 1].end && !removals.back().inline_span &&
        removals.back().rule == line.rule) {
      removals.back().end = line.end;
      continue;
    }
    removals.push_back(Removal{line.start, line.end, std::string(line.rule), false});
  }
  return removals;
}

}  // namespace concord::clean
