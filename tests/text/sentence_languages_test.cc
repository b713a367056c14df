// The sentence splitter on quoted "!" and "?" before a speaker's title or
// name, and on news in other languages than English (foreign_cues.h and
// the other languages' abbreviations in abbreviations.cc). The golden file
// tests/data/sentences/categories_ninth_own.txt holds more cases.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/text.h"

namespace concord::text {
namespace {

using Pieces = std::vector<std::string>;

Pieces SplitPieces(const std::string& text) {
  const Normalized normalized = Normalize(text);
  Pieces out;
  for (const ByteSpan& span : SplitSentences(normalized.text)) {
    out.push_back(normalized.text.substr(span.start, span.end - span.start));
  }
  return out;
}

TEST(SentenceLanguages, QuoteGoesOnBeforeATitleOrANameAndAVerbOfSaying) {
  EXPECT_EQ(SplitPieces("\"We will never pay for that wall!\" Mr. Calderon told CNBC on Tuesday."),
            Pieces{"\"We will never pay for that wall!\" Mr. Calderon told CNBC on Tuesday."});
  EXPECT_EQ(SplitPieces("\"Why now?\" Senator Ann Lee asked on Tuesday. Nobody answered."),
            (Pieces{"\"Why now?\" Senator Ann Lee asked on Tuesday.", "Nobody answered."}));
  EXPECT_EQ(SplitPieces("\"We won!\" Calder\xC3\xB3n told CNBC."),
            Pieces{"\"We won!\" Calder\xC3\xB3n told CNBC."});
  // A sentence of its own: no verb of saying, or a capital that is no name.
  EXPECT_EQ(SplitPieces("\"Why now?\" The council met at noon."),
            (Pieces{"\"Why now?\"", "The council met at noon."}));
  EXPECT_EQ(SplitPieces("\"Is it over?\" Mr. Diaz left the room."),
            (Pieces{"\"Is it over?\"", "Mr. Diaz left the room."}));
  EXPECT_EQ(SplitPieces("\"Get out!\" Police cleared the square."),
            (Pieces{"\"Get out!\"", "Police cleared the square."}));
}

TEST(SentenceLanguages, InitialsOfAnyCasedScriptGoOn) {
  EXPECT_EQ(SplitPieces("Президент В. В. Путин подписал закон. Он доволен."),
            (Pieces{"Президент В. В. Путин подписал закон.", "Он доволен."}));
  EXPECT_EQ(SplitPieces("Ł. Nowak i J. Kowalski wygrali. To koniec."),
            (Pieces{"Ł. Nowak i J. Kowalski wygrali.", "To koniec."}));
}

TEST(SentenceLanguages, ReadsOtherLanguagesDatesAndAbbreviations) {
  EXPECT_EQ(SplitPieces("Der Bundestag stimmt am 3. Mai ab. Ca. 20 Mrd. Euro sind z. B. genug."),
            (Pieces{"Der Bundestag stimmt am 3. Mai ab.", "Ca. 20 Mrd. Euro sind z. B. genug."}));
  EXPECT_EQ(SplitPieces("Sie kam am 3. April zurück. Es regnete."),
            (Pieces{"Sie kam am 3. April zurück.", "Es regnete."}));
  // English: a small number ending a sentence before a month.
  EXPECT_EQ(SplitPieces("The vote was 9 to 3. April was calm."),
            (Pieces{"The vote was 9 to 3.", "April was calm."}));
  // The year "г." after a number ends a sentence before a capital, not
  // before a lower-case word; a month before a number never does.
  EXPECT_EQ(
      SplitPieces("Закон вступит в силу 1 янв. 2025 г. и затронет всех. Выборы прошли в 2024 г. "
                  "Явка была высокой."),
      (Pieces{"Закон вступит в силу 1 янв. 2025 г. и затронет всех.", "Выборы прошли в 2024 г.",
              "Явка была высокой."}));
  EXPECT_EQ(
      SplitPieces("El presidente de EE. UU. visitó México el 5 de ene. de 2025. La Sra. García lo "
                  "recibió."),
      (Pieces{"El presidente de EE. UU. visitó México el 5 de ene. de 2025.",
              "La Sra. García lo recibió."}));
}

// Other languages' abbreviations that English writes as initials or a
// name end an English sentence as before: "V.A." (Veterans Affairs),
// "D.H." (designated hitter), "ING." (the bank); German writes "v.a.",
// "d.h." in lower case and the title "Ing." in title case (found by the
// review of stop 29).
TEST(SentenceLanguages, EnglishInitialsAndNamesSpelledLikeForeignAbbreviationsEnd) {
  EXPECT_EQ(SplitPieces("He complained to the V.A. The agency did not respond."),
            (Pieces{"He complained to the V.A.", "The agency did not respond."}));
  EXPECT_EQ(SplitPieces("He played as the D.H. The Yankees won."),
            (Pieces{"He played as the D.H.", "The Yankees won."}));
  EXPECT_EQ(SplitPieces("Shares fell at ING. The bank said profit dropped."),
            (Pieces{"Shares fell at ING.", "The bank said profit dropped."}));
  EXPECT_EQ(SplitPieces("Es kam v.a. Regen, d.h. Wasser. Dr. Ing. Karl Braun sprach."),
            (Pieces{"Es kam v.a. Regen, d.h. Wasser.", "Dr. Ing. Karl Braun sprach."}));
}

}  // namespace
}  // namespace concord::text
