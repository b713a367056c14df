// The article's block and its text (content.h).
//
// Every text run is credited to its nearest block element. A block whose
// text is running prose (a paragraph, or a long block with few links) is
// "good"; link text, short labels and menus are "junk". Good and junk are
// summed up the tree, and the element that maximizes
// good - junk_weight * junk, with a bonus for class/id words that name an
// article body, is the article's block. Its text is then written out
// without the boilerplate and link lists inside it.
#include "extract/content.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/boilerplate.h"
#include "extract/metadata.h"

namespace concord::extract::internal {
namespace {

// How much the markup vouches for element i as the article's body: 2 for
// itemprop=articleBody, 1.1 for <article>, <main> or two content words in
// its class/id, else 1.
double ArticleHint(const Dom& dom, int i) {
  std::string itemprop(dom.Attribute(i, "itemprop"));
  for (char& c : itemprop) c = static_cast<char>(AsciiLower(c));
  if (itemprop == "articlebody") return 2;
  if (dom[i].tag == GUMBO_TAG_ARTICLE || dom[i].tag == GUMBO_TAG_MAIN) return 1.1;
  return PositiveHints(dom.ClassAndId(i)) >= 2 ? 1.1 : 1;
}

int ChooseBlock(const Dom& dom, const std::vector<char>& dropped, const Scores& s,
                const ContentOptions& options) {
  int best = -1;
  double best_score = 0;
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    if (dropped[static_cast<size_t>(i)]) {
      i = node.end - 1;
      continue;
    }
    if (node.is_text || !IsBlockTag(node.tag)) continue;
    const auto u = static_cast<size_t>(i);
    double score = s.good[u] - options.junk_weight * s.junk[u];
    if (score > 0) score *= ArticleHint(dom, i);
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

// Writes blocks with the breaks between them: 1 = new line, 2 = blank line.
class TextWriter {
 public:
  void Break(int level) { pending_break_ = std::max(pending_break_, level); }
  void Space() { pending_space_ = true; }
  void Append(std::string_view text, bool preformatted) {
    if (preformatted) {
      Flush();
      out_.append(text);
      return;
    }
    std::string piece;
    bool space = pending_space_;
    AppendCollapsed(text, &piece, &space);
    if (piece.empty()) {
      pending_space_ = pending_space_ || space;
      return;
    }
    Flush();
    if ((pending_space_ || IsAsciiSpace(text.front()) || text.front() == '\xC2') && !out_.empty() &&
        out_.back() != '\n') {
      out_.push_back(' ');
    }
    pending_space_ = space;
    out_.append(piece);
  }
  std::string Finish() { return std::move(out_); }

 private:
  void Flush() {
    if (!out_.empty() && pending_break_ > 0) {
      while (!out_.empty() && out_.back() == ' ') out_.pop_back();
      out_.append(pending_break_ >= 2 ? "\n\n" : "\n");
      pending_space_ = false;
    }
    pending_break_ = 0;
  }
  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
};

int BreakLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BR:
      return 1;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return 0;  // cells of a row are separated by a space
    default:
      return IsBlockTag(tag) ? 2 : 0;
  }
}

std::string LowerCollapsed(std::string_view s) {
  std::string out = Collapse(s);
  for (char& c : out) c = static_cast<char>(AsciiLower(c));
  return out;
}

// A block inside the article's block that holds this share of its prose
// is a wrapper of the text, never left out as a link list.
constexpr double kWrapperProse = 0.5;

// True when element i, inside the article's block, is left out of its text;
// `link_cut` is the link share above which a block is a link list (over 1:
// link lists are kept).
bool SkipInside(const Dom& dom, int i, const TextCounts& counts, const std::string& title,
                double link_cut, double prose, double block_prose) {
  const Node& node = dom[i];
  const auto u = static_cast<size_t>(i);
  const double chars = counts.chars[u], links = counts.link_chars[u];
  // A wrapper that holds most of the block's prose is not a link list,
  // however many links sit beside that prose (a grid of cards).
  if (chars > 0 && links > link_cut * chars && prose < kWrapperProse * block_prose &&
      node.tag != GUMBO_TAG_P && node.tag != GUMBO_TAG_BLOCKQUOTE && node.tag != GUMBO_TAG_A &&
      IsBlockTag(node.tag) && !IsHeading(node.tag)) {
    return true;
  }
  if (node.tag == GUMBO_TAG_FIGCAPTION) return true;
  // A figure is its picture and caption; a long one holds text as well.
  if (node.tag == GUMBO_TAG_FIGURE && chars < 300) return true;
  // A block that is a date and nothing else ("November 18, 2019").
  if (IsBlockTag(node.tag) && chars > 0 && chars < 40 && !NormalizeDate(dom.Text(i)).empty()) {
    return true;
  }
  // A copyright line ("© 2024 Example Ltd. All rights reserved.").
  if (IsBlockTag(node.tag) && node.tag != GUMBO_TAG_P && chars > 0 && chars < 200) {
    const std::string text = LowerCollapsed(dom.Text(i));
    if (text.rfind("\xC2\xA9", 0) == 0 || text.rfind("copyright", 0) == 0 ||
        text.find("all rights reserved") != std::string::npos) {
      return true;
    }
  }
  if (node.tag == GUMBO_TAG_H1 && !title.empty()) {
    return LowerCollapsed(dom.Text(i)) == LowerCollapsed(title);
  }
  return false;
}

// True when element i is a container (a div, a section, a list, a table)
// whose whole text was written before: pages often hold a block twice, one
// for each screen size. Single paragraphs may repeat on purpose (the same
// question to each person interviewed) and are never skipped.
bool IsRepeat(const Dom& dom, int i, const TextCounts& counts,
              std::unordered_map<std::string, int>* written) {
  constexpr int kMinChars = 100, kMaxChars = 5000;
  const GumboTag tag = dom[i].tag;
  const int chars = counts.chars[static_cast<size_t>(i)];
  if (chars < kMinChars || chars > kMaxChars ||
      !(tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_UL ||
        tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL || tag == GUMBO_TAG_TABLE)) {
    return false;
  }
  // A wrapper and the block inside it have the same text: only a block
  // after the end of the first is a repeat.
  const auto [at, added] = written->emplace(dom.Text(i), i);
  return !added && dom[at->second].end <= i;
}

std::string WriteText(const Dom& dom, int block, const std::vector<char>& dropped,
                      const TextCounts& counts, const std::vector<double>& prose,
                      const std::string& title, double link_cut) {
  TextWriter writer;
  std::vector<int> open;  // elements whose end is still ahead
  int pre_depth = 0;
  std::unordered_map<std::string, int> written;  // paragraph texts -> first element
  for (int i = block; i < dom[block].end; ++i) {
    while (!open.empty() && dom[open.back()].end <= i) {
      const GumboTag tag = dom[open.back()].tag;
      writer.Break(BreakLevel(tag));
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) writer.Space();
      if (tag == GUMBO_TAG_PRE) --pre_depth;
      open.pop_back();
    }
    const Node& node = dom[i];
    if (dropped[static_cast<size_t>(i)] ||
        (!node.is_text && i != block &&
         SkipInside(dom, i, counts, title, link_cut, prose[static_cast<size_t>(i)],
                    prose[static_cast<size_t>(block)])) ||
        (!node.is_text && IsRepeat(dom, i, counts, &written))) {
      i = node.end - 1;
      continue;
    }
    if (node.is_text) {
      writer.Append(node.text, pre_depth > 0);
      continue;
    }
    writer.Break(BreakLevel(node.tag));
    if (node.tag == GUMBO_TAG_PRE) ++pre_depth;
    if (node.tag == GUMBO_TAG_IMG || node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH) {
      writer.Space();
    }
    if (node.end > i + 1) open.push_back(i);
  }
  return writer.Finish();
}

// The text of the article's block, with `hidden` never shown.
std::string ExtractShown(const Dom& dom, const std::vector<char>& hidden, const std::string& title,
                         const ContentOptions& options) {
  const TextCounts raw = CountText(dom, &hidden);
  const std::vector<char> dropped =
      MarkChrome(dom, hidden, ScoreBlocks(dom, hidden, raw, false).good, 0.5, options.kind);
  const TextCounts counts = CountText(dom, &dropped);
  const auto root = static_cast<size_t>(dom.body());
  Scores plain = ScoreBlocks(dom, dropped, counts, false);
  const double words = counts.chars[root] - counts.link_chars[root];
  int block = -1;
  if (plain.good[root] < options.prose_page_share * words) {
    // Little of the page is prose (a product page, a forum, a catalogue):
    // its short texts are content too.
    block = ChooseBlock(
        dom, dropped, ScoreBlocks(dom, dropped, counts, false, options.short_text_weight), options);
  } else {
    block = ChooseBlock(dom, dropped, ScoreBlocks(dom, dropped, counts, true), options);
    // A page whose prose is nearly all in teaser cards is a listing: the
    // cards are its content.
    if (block < 0 || ScoreBlocks(dom, dropped, counts, true).good[static_cast<size_t>(block)] <
                         options.listing_share * plain.good[root]) {
      block = ChooseBlock(dom, dropped, plain, options);
    }
  }
  // No prose at all (a forum of short posts, a product grid): the page's
  // text without its chrome is the best guess.
  if (block < 0) block = dom.body();
  if (block < 0) return "";
  // A page that is mostly links and has no prose block (a listing, a
  // catalogue, a hub page): the links are its content, so the body without
  // chrome is, link lists included.
  if (counts.link_chars[root] > options.link_page_share * counts.chars[root] &&
      plain.good[static_cast<size_t>(block)] < options.min_article_prose) {
    PageKind kind = options.kind;
    kind.cards_are_content = true;
    const std::vector<char> listing =
        MarkChrome(dom, hidden, ScoreBlocks(dom, hidden, raw, false).good, 0.5, kind);
    const TextCounts listed = CountText(dom, &listing);
    return WriteText(dom, dom.body(), listing, listed,
                     ScoreBlocks(dom, listing, listed, false).good, title, 2);
  }
  return WriteText(dom, block, dropped, counts, plain.good, title, options.link_density_cut);
}

int NonSpace(std::string_view text) {
  return static_cast<int>(
      std::count_if(text.begin(), text.end(), [](char c) { return !IsAsciiSpace(c); }));
}

// True when `text` is only a notice that the page needs scripts ("You need
// to enable JavaScript to run this app."): an application shell, no article.
bool IsScriptNotice(const std::string& text) {
  constexpr size_t kNotice = 160;
  return text.size() < kNotice && LowerCollapsed(text).find("javascript") != std::string::npos;
}

}  // namespace

std::string ExtractContent(const Dom& dom, const std::string& title,
                           const ContentOptions& options) {
  if (dom.body() < 0) return "";
  std::string text = ExtractShown(dom, MarkHidden(dom), title, options);
  if (IsScriptNotice(text)) text.clear();
  // The page's scripts may show its content (a wrapper hidden until the
  // page is ready, blocks streamed in hidden and moved into place): the
  // elements hidden by attribute or style are read when they hold many
  // times more text than is shown (a few hidden paragraphs beside a text
  // stay out). Counting the page's text first keeps the second reading to
  // the pages where it can win.
  const std::vector<char> revealing = MarkHidden(dom, false);
  const int shown = NonSpace(text);
  const double ratio = options.hidden_text_ratio;
  if (CountText(dom, &revealing).chars[static_cast<size_t>(dom.body())] < ratio * shown) {
    return text;
  }
  std::string revealed = ExtractShown(dom, revealing, title, options);
  const int all = NonSpace(revealed);
  return all >= options.min_shown_text && all >= ratio * shown ? revealed : text;
}

}  // namespace concord::extract::internal
