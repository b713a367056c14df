#include "summarize/compress.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/io.h"
#include "concord/summarize.h"
#include "concord/text.h"
#include "summarize/coverage_params.h"
#include "testing/analyzed_texts.h"
#include "testing/shared_data.h"

namespace concord::summarize::internal {
namespace {

// The compressed form of the one sentence of `text`, or "" when none.
std::string Shorten(const std::string& text, unsigned rules = kAllCompressRules) {
  const std::vector<Document> documents = testing::AnalyzeTexts({text});
  EXPECT_EQ(documents[0].sentences.size(), 1u) << text;
  const std::optional<Compressed> c = Compress(documents[0].sentences[0], rules);
  return c ? c->text : std::string();
}

TEST(Compress, DropsALeadingConnective) {
  EXPECT_EQ(Shorten("But the council voted against the plan on Monday."),
            "The council voted against the plan on Monday.");
  EXPECT_EQ(Shorten("however, the council voted against the plan on monday ."),
            "the council voted against the plan on monday .");
  // "Still" and "So" only before a comma: otherwise they belong to the clause.
  EXPECT_EQ(Shorten("Still, the council voted against the plan."),
            "The council voted against the plan.");
  EXPECT_EQ(Shorten("Still photos show the council voting against the plan."), "");
  EXPECT_EQ(Shorten("But the council voted.", kAllCompressRules & ~kDropConnective), "");
}

TEST(Compress, DropsALeadingAttribution) {
  EXPECT_EQ(Shorten("According to the police, the driver fled the scene on foot."),
            "The driver fled the scene on foot.");
  EXPECT_EQ(Shorten("according to police , the driver fled the scene on foot ."),
            "the driver fled the scene on foot .");
}

// The default method's rules keep who said it: a claim stays a claim.
TEST(Compress, TheDefaultRulesKeepAttributions) {
  EXPECT_EQ(Shorten("The driver fled the scene on foot, police said on Tuesday.",
                    kDefaultCompressRules),
            "");
  EXPECT_EQ(Shorten("According to the police, the driver fled the scene on foot.",
                    kDefaultCompressRules),
            "");
  EXPECT_EQ(Shorten("But the plan will cut costs by half, the White House said.",
                    kDefaultCompressRules),
            "The plan will cut costs by half, the White House said.");
  EXPECT_EQ(CoverageParams().compress_rules, static_cast<double>(kDefaultCompressRules));
}

TEST(Compress, DropsATrailingAttribution) {
  EXPECT_EQ(Shorten("The driver fled the scene on foot, police said on Tuesday."),
            "The driver fled the scene on foot.");
  EXPECT_EQ(Shorten("the driver fled the scene on foot , the sheriff 's office said ."),
            "the driver fled the scene on foot .");
  EXPECT_EQ(Shorten("The bridge will reopen in May, said Ann Lee, a spokeswoman for the city."),
            "The bridge will reopen in May.");
  // A relative clause that holds a verb of saying is not an attribution,
  // and what it is part of stays.
  EXPECT_EQ(Shorten("He said the plan, which he announced on Monday, would fail.",
                    kDropTrailingAttribution),
            "");
  // After its verb, an attribution has circumstances, not a clause.
  EXPECT_EQ(Shorten("Marcia Fudge, a Democrat from Ohio, said the effort was not a failure.",
                    kDropTrailingAttribution),
            "");
  EXPECT_EQ(Shorten("In an interview on Tuesday, Ryan said he welcomed the debate.",
                    kDropTrailingAttribution),
            "");
  EXPECT_EQ(Shorten("The new plan failed badly, the New York Times reports."),
            "The new plan failed badly.");
}

TEST(Compress, DropsRelativeClausesAppositivesAndAges) {
  EXPECT_EQ(Shorten("The bridge, which opened in 1932, was closed on Monday."),
            "The bridge was closed on Monday.");
  EXPECT_EQ(Shorten("allan matthews , 57 , appeared in court on wednesday ."),
            "allan matthews appeared in court on wednesday .");
  EXPECT_EQ(Shorten("Ann Lee, a spokeswoman for the city, confirmed the closure."),
            "Ann Lee confirmed the closure.");
  EXPECT_EQ(Shorten("The mayor met the engineers, who found cracks in two piers."),
            "The mayor met the engineers.");
  // Dashes are left alone: a dateline's dash pairs with an aside's.
  EXPECT_EQ(Shorten("DES MOINES \xE2\x80\x93 Clinton urged the president to listen to "
                    "Democrats \xE2\x80\x93 in particular Pelosi \xE2\x80\x93 and to change the deal.",
                    kDropRelative),
            "");
  // What follows an aside must resume the clause: here it continues a list
  // of appositives.
  EXPECT_EQ(Shorten("Raul Labrador, a Mormon father of five, tea party congressman and only child, "
                    "will run.",
                    kDropRelative),
            "");
  // A period of the sentence's own stands for the stop.
  EXPECT_EQ(Shorten("Chief Justice John Roberts gave the oath at 12:00 p.m., which was noon."),
            "Chief Justice John Roberts gave the oath at 12:00 p.m.");
  // An "a ..." segment with a verb is a clause, not an appositive; a list
  // is not an aside.
  EXPECT_EQ(Shorten("In 2010, a man was arrested, and the case was closed.", kDropRelative), "");
  EXPECT_EQ(Shorten("They bought apples, a pear, and bread in the town market.", kDropRelative),
            "");
}

TEST(Compress, DropsBracketsAndTrailingParticiples) {
  EXPECT_EQ(Shorten("The Federal Aviation Administration (FAA) grounded the planes."),
            "The Federal Aviation Administration grounded the planes.");
  EXPECT_EQ(Shorten("the federal aviation administration ( faa ) grounded the planes ."),
            "the federal aviation administration grounded the planes .");
  EXPECT_EQ(Shorten("The storm hit the coast on Sunday, leaving two million homes without power."),
            "The storm hit the coast on Sunday.");
  EXPECT_EQ(Shorten("the storm hit the coast on sunday , leaving two million homes dark ."),
            "the storm hit the coast on sunday .");
  // Brackets glued to a word are part of it.
  EXPECT_EQ(Shorten("What resulted were the informal conversation(s).", kDropBrackets), "");
  // A noun in "-ing" after the last comma is not a participle.
  EXPECT_EQ(Shorten("The council met on Monday, during the morning.", kDropParticipial), "");
}

TEST(Compress, LeavesQuotationsBracketsAndFragmentsAlone) {
  // Never cut a sentence with a quotation mark, straight or curly.
  EXPECT_EQ(Shorten("\"We will reopen the bridge in May,\" the mayor said."), "");
  EXPECT_EQ(Shorten("The mayor, who called it \xE2\x80\x9C" "a disgrace\xE2\x80\x9D, resigned."),
            "");
  EXPECT_EQ(Shorten("the mayor , who called it \" a disgrace \" , resigned ."), "");
  // Unbalanced brackets: nothing is cut.
  EXPECT_EQ(Shorten("The bridge (built in 1932, was closed on Monday, police said."), "");
  // What is left must hold a verb-like word and four words.
  EXPECT_EQ(Shorten("A bridge in the north of the town, police said."), "");
  EXPECT_EQ(Shorten("It closed, police said."), "");
  // A question is not shortened.
  EXPECT_EQ(Shorten("Will the bridge reopen in May, the council asked?"), "");
}

TEST(PiecesInArticle, SpansHoldExactlyTheKeptBytes) {
  // Whitespace runs, a line break and a no-break space inside the sentence.
  const std::string article =
      "Intro line here.\n\nBut the  old bridge,\nwhich opened in 1932,\xC2\xA0was closed "
      "on Monday after engineers found cracks, police   said.";
  const std::vector<Document> documents = testing::AnalyzeTexts({article});
  ASSERT_EQ(documents[0].sentences.size(), 2u);
  const Sentence& sentence = documents[0].sentences[1];
  const std::optional<Compressed> c = Compress(sentence, kAllCompressRules);
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->text, "The old bridge was closed on Monday after engineers found cracks.");
  const std::vector<text::ByteSpan> spans =
      PiecesInArticle(article, sentence, documents[0].removed, c->pieces);
  ASSERT_EQ(spans.size(), c->pieces.size());
  for (size_t k = 0; k < spans.size(); ++k) {
    const text::ByteSpan p = c->pieces[k];
    EXPECT_EQ(text::CollapseWhitespace(article.substr(spans[k].start, spans[k].end - spans[k].start)),
              sentence.text.substr(p.start, p.end - p.start));
  }
  EXPECT_EQ(article.substr(spans.front().start, 3), "the");
  EXPECT_EQ(article.substr(spans.back().start), ".");
}

// On real articles (case, curly quotes, scraper noise, no-break spaces):
// every span of every compressed sentence holds exactly its piece (noise
// blanked, whitespace collapsed), and no form holds a quotation mark.
TEST(PiecesInArticle, RealArticlesKeepExactProvenance) {
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-full250.jsonl");
  Result<io::Inputs> in =
      io::ReadInputs({testing::SharedPath("data/multinews/validation-full250.jsonl")});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  text::Tokenizer tokenizer;
  size_t compressed = 0;
  for (size_t c = 0; c < 40 && c < in.value().clusters.size(); ++c) {
    const Cluster& cluster = in.value().clusters[c];
    const std::vector<Document> documents = text::AnalyzeArticles(cluster.articles, tokenizer);
    for (size_t a = 0; a < documents.size(); ++a) {
      const Document& d = documents[a];
      for (const Sentence& sentence : d.sentences) {
        const std::optional<Compressed> form = Compress(sentence, kAllCompressRules);
        if (!form) continue;
        ++compressed;
        EXPECT_EQ(form->text.find('"'), std::string::npos) << form->text;
        EXPECT_EQ(form->text.find("\xE2\x80\x9C"), std::string::npos) << form->text;
        EXPECT_GE(CountWords(form->text), 4u) << form->text;
        const std::vector<text::ByteSpan> spans =
            PiecesInArticle(cluster.articles[a].text, sentence, d.removed, form->pieces);
        ASSERT_EQ(spans.size(), form->pieces.size());
        for (size_t k = 0; k < spans.size(); ++k) {
          const text::ByteSpan p = form->pieces[k];
          EXPECT_EQ(text::CollapseWhitespace(std::string_view(d.masked_text)
                                                 .substr(spans[k].start,
                                                         spans[k].end - spans[k].start)),
                    sentence.text.substr(p.start, p.end - p.start))
              << sentence.text;
        }
      }
    }
  }
  EXPECT_GT(compressed, 100u);
}

// A story where the long sentence's content is worth the budget only when
// its connective, brackets and trailing participle are left out (the default
// rules): its short form holds what two sentences of the others say, in
// fewer words than the two.
Cluster Story() {
  Cluster c;
  c.id = "bridge";
  c.articles.resize(3);
  c.articles[0].id = "a";
  c.articles[0].text =
      "But the Tay bridge was closed on Monday after engineers found deep cracks in two piers "
      "(the two nearest the town), leaving commuters stranded on both banks of the river for "
      "the night. Ferries ran all night.";
  c.articles[1].id = "b";
  c.articles[1].text = "The Tay bridge was closed on Monday. Drivers waited for hours.";
  c.articles[2].id = "c";
  c.articles[2].text = "Engineers found deep cracks in two piers of the bridge. Trains stopped.";
  return c;
}

TEST(CompressedSummary, TheShorterFormIsPickedWithItsSpans) {
  SummarizeOptions options;
  options.budget = 16;
  options.collapse_copies = false;
  const Cluster story = Story();
  options.parameters = {{"compress", 0}};
  Result<Summary> plain = Summarize(story, options);
  ASSERT_TRUE(plain.ok());
  for (const SummarySentence& s : plain.value().sentences) EXPECT_TRUE(s.spans.empty());
  options.parameters = {{"compress", 1}};
  Result<Summary> shortened = Summarize(story, options);
  ASSERT_TRUE(shortened.ok());
  bool found = false;
  for (const SummarySentence& s : shortened.value().sentences) {
    if (s.spans.empty()) continue;
    found = true;
    EXPECT_EQ(s.article, 0u);
    EXPECT_EQ(s.text,
              "The Tay bridge was closed on Monday after engineers found deep cracks in two piers.");
    const std::string& article = story.articles[0].text;
    std::string joined;
    for (const auto& [start, end] : s.spans) {
      const std::string piece = article.substr(start, end - start);
      joined += (joined.empty() || piece == "." ? "" : " ") + piece;
    }
    // The pieces are "the Tay bridge ..." and "."; the form's first letter
    // is upper-cased as the sentence's ("But") was.
    EXPECT_EQ(joined.substr(0, 4), "the ");
    joined[0] = 'T';
    EXPECT_EQ(joined, s.text);
    EXPECT_EQ(s.start, s.spans.front().first);
    EXPECT_EQ(s.end, s.spans.back().second);
  }
  EXPECT_TRUE(found);
}

TEST(CompressedSummary, BadRuleBitsAreAnError) {
  SummarizeOptions options;
  options.parameters = {{"compress_rules", 64}};
  EXPECT_FALSE(CheckOptions(options).ok());
  options.parameters = {{"compress_rules", 2.5}};
  EXPECT_FALSE(CheckOptions(options).ok());
  options.parameters = {{"compress_min_words", -1}};
  EXPECT_FALSE(CheckOptions(options).ok());
  options.parameters = {{"compress_min_words", 1e30}};  // no undefined cast
  EXPECT_FALSE(CheckOptions(options).ok());
}

// Without the near-duplicate rows the exact solver may pick a sentence and
// its shorter form; only one of the two is written.
TEST(CompressedSummary, TheExactSolverNeverWritesASentenceTwice) {
  SummarizeOptions options;
  options.budget = 60;
  options.collapse_copies = false;
  options.method = "ilp";
  options.parameters = {{"ilp_duplicates", 0}, {"ilp_sentence_weight", 8}};
  Result<Summary> summary = Summarize(Story(), options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  const std::vector<SummarySentence>& picked = summary.value().sentences;
  for (size_t a = 0; a < picked.size(); ++a) {
    for (size_t b = a + 1; b < picked.size(); ++b) {
      const bool overlap = picked[a].article == picked[b].article &&
                           picked[a].start < picked[b].end && picked[b].start < picked[a].end;
      EXPECT_FALSE(overlap) << picked[a].text << " | " << picked[b].text;
    }
  }
}

}  // namespace
}  // namespace concord::summarize::internal
