// Internal to concord_compare.
//
// The word lists behind name finding and grouping (name_variants.cc):
// particles, connectors, function words, calendar words, titles, roles,
// parties and the head words of organisations and places. Lower case.
#ifndef CONCORD_SRC_COMPARE_NAME_WORDS_H_
#define CONCORD_SRC_COMPARE_NAME_WORDS_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace concord::compare::internal {

template <size_t N>
inline bool In(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

inline constexpr std::array<std::string_view, 14> kParticles = {
    "al", "el", "bin", "ibn", "abu", "de", "da", "del", "van", "von", "la", "le", "du", "der"};

inline bool IsParticle(std::string_view lower) { return In(kParticles, lower); }

inline bool IsPronounWord(std::string_view lower) {
  return lower == "i" || lower == "he" || lower == "she" || lower == "we" || lower == "they" ||
         lower == "you" || lower == "it";
}

inline bool IsConnector(std::string_view lower) {
  return lower == "of" || lower == "in" || lower == "and" || lower == "for";
}

// Words that open sentences capitalized without being names.
inline constexpr std::array<std::string_view, 102> kFunctionWords = {
    "the",       "a",        "an",      "in",      "on",      "at",        "of",      "for",
    "to",        "from",     "by",      "with",    "and",     "but",       "or",      "so",
    "he",        "she",      "it",      "they",    "we",      "i",         "you",     "this",
    "that",      "these",    "those",   "his",     "her",     "their",     "its",     "our",
    "my",        "after",    "before",  "when",    "while",   "since",     "as",      "if",
    "though",    "although", "because", "during",  "until",   "there",     "here",    "what",
    "who",       "why",      "how",     "where",   "some",    "many",      "most",    "no",
    "not",       "yes",      "all",     "one",     "two",     "last",      "next",    "then",
    "now",       "still",    "whether", "once",    "even",    "only",      "just",    "also",
    "meanwhile", "however",  "instead", "like",    "unlike",  "according", "despite", "among",
    "about",     "over",     "under",   "without", "within",  "through",   "both",    "each",
    "every",     "either",   "neither", "any",     "such",    "few",       "several", "much",
    "more",      "less",     "asked",   "while",   "another", "other"};

// Discourse words that open a sentence capitalized before a name ("Plus
// Obama is nominating …", "Yet Ada Okafor …"): no part of the name. Not
// "rather" (Dan Rather), "hope", "will" or "frank"; "absolutely",
// "besides", "perhaps", "maybe", "certainly", "furthermore", "likewise"
// and "similarly" were tried and left out (docs/compare.md, stop 19).
inline constexpr std::array<std::string_view, 32> kOpeningWords = {
    "plus",         "yet",        "indeed",     "moreover",   "otherwise",    "nonetheless",
    "nevertheless", "thus",       "hence",      "therefore",  "surely",       "clearly",
    "obviously",    "finally",    "ultimately", "eventually", "initially",    "afterward",
    "afterwards",   "already",    "again",      "separately", "additionally", "specifically",
    "notably",      "ironically", "frankly",    "honestly",   "apparently",   "actually",
    "anyway",       "later"};

inline constexpr std::array<std::string_view, 40> kCalendar = {
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february",  "march",    "april",     "may",      "june",   "july",     "august", "september",
    "october",   "november", "december",  "jan",      "feb",    "mar",      "apr",    "jun",
    "jul",       "aug",      "sep",       "sept",     "oct",    "nov",      "dec",    "today",
    "yesterday", "tomorrow", "mon",       "tue",      "wed",    "thu",      "fri",    "sat"};

inline constexpr std::array<std::string_view, 66> kTitles = {
    "secretary", "president",  "vice",      "prime",          "minister",   "gen",      "general",
    "sen",       "senator",    "rep",       "representative", "gov",        "governor", "mr",
    "mrs",       "ms",         "dr",        "chairman",       "chairwoman", "chief",    "judge",
    "justice",   "mayor",      "pope",      "king",           "queen",      "prince",   "lt",
    "col",       "colonel",    "adm",       "admiral",        "sgt",        "capt",     "captain",
    "speaker",   "ambassador", "spokesman", "spokeswoman",    "former",     "leader",   "commander",
    "sheikh",    "ayatollah",  "prof",      "professor",      "maj",        "director", "rev",
    "reverend",  "msgr",       "cpl",       "atty",           "det",        "cmdr",     "pvt",
    "spc",       "supt",       "rabbi",     "bishop",         "archbishop", "cardinal", "imam",
    "sergeant",  "corporal",   "father"};

// What an office is of, opening the run of capitalized words after a title
// and "of the": "Secretary of the Interior Ryan Zinke" is Ryan Zinke, with
// the title "secretary of the interior" (name_variants.cc, FindNames).
inline constexpr std::array<std::string_view, 16> kOfficeObjects = {
    "interior",       "intelligence", "homeland", "national", "defense",     "defence",
    "treasury",       "energy",       "commerce", "labor",    "agriculture", "education",
    "transportation", "veterans",     "housing",  "health"};

// Words that end a title standing before a name inside a longer run:
// "White House Chief of Staff Rahm Emanuel", "Weekly Standard Editor Bill
// Kristol", "North Carolina Rep. Bob Etheridge". What comes before them is
// the person's affiliation, part of the title, not of the name.
inline constexpr std::array<std::string_view, 34> kRoleWords = {"representatives",
                                                                "senators",
                                                                "reps",
                                                                "sens",
                                                                "editor",
                                                                "counsel",
                                                                "aide",
                                                                "adviser",
                                                                "advisor",
                                                                "attorney",
                                                                "host",
                                                                "anchor",
                                                                "founder",
                                                                "ceo",
                                                                "congressman",
                                                                "congresswoman",
                                                                "strategist",
                                                                "correspondent",
                                                                "analyst",
                                                                "candidate",
                                                                "nominee",
                                                                "commissioner",
                                                                "sheriff",
                                                                "chancellor",
                                                                "columnist",
                                                                "economist",
                                                                "pollster",
                                                                "staff",
                                                                "whip",
                                                                "chair",
                                                                "spokesperson",
                                                                "historian",
                                                                "journalist",
                                                                "tem"};

// Occupations that stand before a full name like a title in a run of
// capitalized words (at a sentence's start, "Baker Ruth Lindqvist said", or
// inside a run, "Obama Deputy Campaign Manager Stephanie Cutter"): dropped
// only before a name of two or more words, since several are surnames or
// first names themselves ("Baker Mayfield", "Dean Baquet"). A capitalized
// title of a thing that opens with one is misread ("Resident Evil
// Village", "Coach Outlet Stores"): those runs were no person before
// either.
inline constexpr std::array<std::string_view, 40> kOccupationWords = {
    "baker",       "farmer",       "teacher",    "nurse",    "resident",  "shopkeeper",
    "student",     "driver",       "lawyer",     "engineer", "fisherman", "owner",
    "manager",     "worker",       "activist",   "pastor",   "coach",     "artist",
    "writer",      "author",       "actor",      "actress",  "singer",    "witness",
    "neighbor",    "neighbour",    "retiree",    "veteran",  "tenant",    "landlord",
    "firefighter", "paramedic",    "physician",  "surgeon",  "scientist", "researcher",
    "councilman",  "councilwoman", "councillor", "councilor"};

// A party word before a name is a title ("Republican Linda McMahon"); in
// "Democrat of North Carolina" it describes, and only the place is a name;
// as a person key's last word it is no surname ("Arizona Republican").
inline constexpr std::array<std::string_view, 8> kPartyWords = {
    "republican", "republicans", "democrat",     "democrats",
    "democratic", "independent", "conservative", "liberal"};

// Heads of organisations and places beyond kNotPersonWords, for the
// initials rule (a name of two to four capitalized words without any of
// them reads as a person, "Dick Cheney", and a person is not spelled by an
// acronym, "D.C."), for PersonAfterTitle and, with kNotPersonWords, for a
// title word before one such word ("Justice Department", SplitTitle).
inline constexpr std::array<std::string_view, 31> kOrganisationWords = {
    "chamber", "district",   "capitol",  "organization", "organisation", "watch",    "service",
    "forces",  "force",      "army",     "navy",         "corps",        "board",    "authority",
    "fund",    "federation", "alliance", "coalition",    "movement",     "front",    "reserve",
    "guard",   "police",     "nations",  "ministry",     "parliament",   "congress", "assembly",
    "command", "republic",   "kingdom"};

// First words of place names: a name that opens with one is no person
// ("New Jersey", "Los Angeles"), though a person's name may hold one
// further in ("Aung San Suu Kyi").
inline constexpr std::array<std::string_view, 4> kPlaceFirstWords = {"new", "los", "las", "san"};

// Head words of organisations, places and things named with capitals: a
// name holding one is not a person ("Fox News", "Oval Office", "First
// Amendment"), so "he" never resolves to it.
inline constexpr std::array<std::string_view, 77> kNotPersonWords = {
    "news",       "office",     "committee",    "agency",     "association", "party",
    "department", "amendment",  "institute",    "conference", "act",         "house",
    "senate",     "court",      "times",        "post",       "journal",     "council",
    "union",      "foundation", "center",       "university", "company",     "corp",
    "inc",        "group",      "republicans",  "democrats",  "street",      "east",
    "west",       "north",      "south",        "county",     "city",        "state",
    "states",     "bureau",     "commission",   "network",    "campaign",    "administration",
    "church",     "club",       "press",        "magazine",   "bank",        "security",
    "rights",     "liberties",  "constitution", "tower",      "towers",      "library",
    "airport",    "memorial",   "museum",       "stadium",    "arena",       "hotel",
    "building",   "school",     "academy",      "college",    "hospital",    "prize",
    "award",      "doctrine",   "plaza",        "centre",     "theater",     "theatre",
    "boulevard",  "avenue",     "hurricane",    "typhoon",    "cyclone"};

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_NAME_WORDS_H_
