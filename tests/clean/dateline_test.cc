// The dateline rule of FindNoise (src/clean/dateline.cc): the place (and
// state, and news agency) before a dash that opens the first line of prose
// is removed; prose that opens with a few words and a dash is kept.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "concord/clean.h"

namespace concord::clean {
namespace {

// The dateline removed from `text`, or "" when none is.
std::string Dateline(std::string_view text) {
  for (const Removal& r : FindNoise(text)) {
    if (r.rule == "dateline") return std::string(text.substr(r.start, r.end - r.start));
  }
  return "";
}

// Cased news opens the report's sentence with a capital.
constexpr std::string_view kReport =
    "The council closed the harbor bridge on Monday after finding a crack.";

std::string Opening(std::string_view dateline) {
  return std::string(dateline) + std::string(kReport);
}

TEST(Dateline, RemovesThePlaceAndTheDash) {
  for (std::string_view dateline :
       {"WASHINGTON — ", "WASHINGTON -- ", "WASHINGTON - ", "WASHINGTON ― ", "WASHINGTON –- ",
        "FERGUSON, Mo. -- ", "AMHERST, N.H. — ", "KANSAS CITY, Mo. — ", "Denver (AP) – ",
        "New York – ", "SÃO PAULO — ", "МОСКВА — ", "PORT ALDER, March 14 (Northcoast Wire) - ",
        "WASHINGTON, Dec. 3 -- "}) {
    EXPECT_EQ(Dateline(Opening(dateline)), dateline);
  }
}

TEST(Dateline, ReadsLowerCaseTrainingTextByItsStateOrAgency) {
  for (std::string_view dateline :
       {"Des moines, iowa ( ap ) — ", "Salt lake city ( ap ) — ", "Washington ( reuters ) - ",
        "Nashville, tenn. - ", "Sochi, february 6 ( ria novosti ) \xE2\x80\x93 ",
        "Los angeles, sept. 9 ( upi ) -- "}) {
    EXPECT_EQ(Dateline(Opening(dateline)), dateline);
  }
}

TEST(Dateline, CapitalsNeedNoSpacesAroundALongDash) {
  EXPECT_EQ(Dateline("WASHINGTON\xE2\x80\x94" + std::string(kReport)), "WASHINGTON\xE2\x80\x94");
  EXPECT_EQ(Dateline("WASHINGTON \xE2\x80\x95" + std::string(kReport)), "WASHINGTON \xE2\x80\x95");
  // A hyphen glued to a word is a compound, not a dash.
  EXPECT_EQ(Dateline("WASHINGTON-" + std::string(kReport)), "");
}

TEST(Dateline, KeepsProseThatOpensWithAFewWordsAndADash) {
  for (std::string_view prose : {
           "His chances were slim — of the thousands of appeals filed each year, few win.",
           "John Boehner is setting expectations high -- but apparently not too high for him.",
           "Stephen K. Bannon — the former adviser — said on Monday he would not testify.",
           "Rihanna dramatically fell ill — the singer left the stage after two songs tonight.",
           "Carpooling -- which has never really taken off -- is about to get a little help.",
           "FILE - In this Jan. 30, 2018 photo, a woman fills out a form in a county office.",
           "\"We will rebuild,\" he said — and the crowd cheered for a long time after that.",
           "WASHINGTON — Live updates",
           // A number after the second word is a date only after a month.
           "Obama, Romney 47 - 45 in the new poll of likely voters in Ohio.",
           // A title names a person; a place in mixed case followed by a
           // lower-case word in cased text is the sentence's subject.
           "Mr. Smith — a former senator — said on Monday he would run again.",
           "Sen. Ted Cruz -- the Texas Republican -- said on Monday he would vote no.",
           "Paris — the city of light — is hosting the Olympic Games this summer.",
           "Apple — the company that makes the iPhone — said it would cut prices.",
           // The same in Cyrillic: Russian's dash says "is".
           "Москва — столица России и крупнейший город страны.",
       }) {
    EXPECT_EQ(Dateline(prose), "") << prose;
  }
}

TEST(Dateline, OnlyTheFirstLineOfProseIsRead) {
  // A headline above the report is skipped; the report's dateline goes.
  EXPECT_EQ(Dateline("Harbor bridge closed for repairs\n\nWASHINGTON — " + std::string(kReport)),
            "WASHINGTON — ");
  // A dateline-shaped opening of a later paragraph stays.
  EXPECT_EQ(Dateline(std::string("The council met on Monday. It voted to close the bridge.\n\n") +
                     "BOSTON — " + std::string(kReport)),
            "");
}

TEST(Dateline, TheRestOfTheLineStays) {
  const std::string text =
      "WASHINGTON - And on the second day of Republican rule, the House "
      "read the Constitution. Members took turns.";
  const std::vector<Removal> removals = FindNoise(text);
  ASSERT_EQ(removals.size(), 1u);
  EXPECT_EQ(removals[0].start, 0u);
  EXPECT_EQ(text.substr(removals[0].end), text.substr(text.find("And on")));
  EXPECT_FALSE(removals[0].inline_span);
}

}  // namespace
}  // namespace concord::clean
