// Word lists for the sentence splitter (see abbreviations.h).
//
// The lists are written for English news: the AP stylebook's titles, month
// and state abbreviations, the corporate suffixes, and the Latin and
// reference abbreviations that appear in reporting. A short list for German,
// French, Spanish and Russian news adds those languages' commonest
// abbreviations that spell no English word, so that no language need be
// known ("Mrd.", "bzw.", "Sra.", "янв."). They are small on purpose: a
// word missing here is treated as an ordinary word, so a period after it
// ends the sentence, which is the right default for prose.
#include "text/abbreviations.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace concord::internal {
namespace {

// How a word must be written to be the abbreviation.
enum class Written {
  kAny,
  kCapitalised,  // "Wm.", "WM." (not "wm.")
  kTitleCase,    // "Ing." (not "ING.", the bank, nor "ing.")
  kLowerFirst,   // "v.a.", "d.h." (not "V.A.", "D.H.": English initials)
};

struct Entry {
  AbbreviationKind kind;
  Written written;
};

using Table = std::unordered_map<std::string_view, Entry>;

Table MakeTable() {
  Table table;
  const auto add = [&table](std::initializer_list<std::string_view> words, AbbreviationKind kind,
                            bool capitalised_only, Written written = Written::kAny) {
    for (std::string_view word : words) {
      table[word] = {kind, capitalised_only ? Written::kCapitalised : written};
    }
  };
  using K = AbbreviationKind;
  // Titles and ranks before a name.
  add({"mr",   "mrs", "ms",    "messrs", "mmes",  "mme",  "dr",   "drs", "prof", "sen",
       "sens", "rep", "reps",  "gov",    "govs",  "gen",  "gens", "lt",  "col",  "capt",
       "cpt",  "sgt", "maj",   "adm",    "cmdr",  "cdr",  "brig", "cpl", "pvt",  "spc",
       "pfc",  "rev", "msgr",  "fr",     "hon",   "pres", "supt", "det", "insp", "atty",
       "amb",  "sec", "treas", "lieut",  "comdr", "mssrs"},
      K::kTitle, false);
  // First names written short in old records and deeds ("Wm. Tuttle").
  add({"wm", "chas", "thos", "jas", "benj", "robt", "geo"}, K::kTitle, true);
  // Sr. and Jr. follow a name and can end a sentence.
  add({"sr", "jr"}, K::kAmbiguous, false);
  // Never at the end of a sentence in news prose.
  add({"vs", "v", "cf", "eg", "ie", "e.g", "i.e", "approx", "viz", "ca", "incl", "esp", "ret",
       "aka", "a.k.a"},
      K::kNeverEnds, false);
  // Before a number.
  add({"no", "nos", "n\xC2\xB0", "n\xC2\xBA", "vol", "vols", "fig", "figs", "p", "pp", "ch", "chap",
       "pt", "para", "sect", "art", "ex", "ext", "ed", "eds", "rt", "hwy", "rte", "div", "bldg",
       "apt", "rm", "tbl", "chs", "secs", "sc", "paras",
       // In papers and reports: "Eq. 7", "Exp. 2", "Thm. 3", "Ref. 12".
       "eq", "eqs", "exp", "expt", "thm", "ref", "refs"},
      K::kNumbered, false);
  // Books of the Bible before chapter and verse ("Matt. 5:9"); not those
  // that spell a first name (Dan., Sam., Phil., Tim.).
  add({"matt", "rom",  "cor", "gal", "eph",  "thess", "heb", "deut", "lev", "neh",
       "prov", "eccl", "isa", "jer", "ezek", "zech",  "mk",  "lk",   "jn",  "ps"},
      K::kNumbered, true);
  // Months (AP abbreviates these before a day).
  add({"jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}, K::kMonth,
      false);
  add({"mar"}, K::kMonth, true);
  // Weekdays, written so before a date or a time ("Fri. at noon"); most
  // spell ordinary words, so capitalised only.
  add({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}, K::kMonth, true);
  // May end a sentence: companies, places, addresses, Latin.
  add({"inc", "corp", "co", "cos", "ltd", "llc", "plc", "bros", "assn", "dept", "univ", "intl",
       "natl", "mfg", "st", "ste", "ave", "blvd", "rd", "mt", "ft", "pl", "sq", "al", "est", "mins",
       "hrs", "yrs", "min", "max", "gov't", "govt",
       // In citations: "See ibid. for", "Ibid., p. 4".
       "ibid",
       // Office and measuring shorthand before a noun ("His avg. speed",
       // "The appt. is at noon", "the mgmt. team").
       "avg", "temp", "appt", "mgmt", "pkg", "qty", "mtg", "mfr", "std", "attn", "encl", "wt"},
      K::kAmbiguous, false);
  // Roles, institutions and places written short ("Asst. coach", "Esq.",
  // "Dist. judge", "Inst. of"), none of them an English word. (Taking any
  // capitalised word without a vowel for one, "Mgr", "Twp", was tried: it
  // also took time zones and states that damaged text capitalises, "5 p.m.
  // Cdt. " despite", and names such as "Qt".)
  add({"esq", "asst", "assoc", "dir", "dist", "hosp", "inst", "acad", "coll", "soc", "comm",
       "legis", "misc", "orig", "isl", "ltda", "tel", "cty", "cnty", "terr", "pkwy", "expy", "fwy",
       "hts", "dep", "prin", "secy",
       // Degrees with a long part, which IsAcronym does not take ("D.Phil.").
       "d.phil", "m.phil", "b.eng", "m.eng", "b.arch", "m.arch", "m.div", "b.tech", "m.tech"},
      K::kAmbiguous, false);
  // Ends a list: before a capital, the sentence ends too.
  add({"etc"}, K::kTrailing, false);
  // Other languages' news (see "Other languages" in sentence_splitter.cc).
  // German: "bzw." (or), "vgl." (cf.), "z. B." is two initials.
  add({"bzw", "vgl", "bspw", "zzgl", "inkl", "geb"}, K::kNeverEnds, false);
  // German writes these in lower case; "V.A." (Veterans Affairs) and "D.H."
  // (designated hitter) are English and may end a sentence.
  add({"u.a", "z.b", "d.h", "v.a"}, K::kNeverEnds, false, Written::kLowerFirst);
  add({"nr"}, K::kNumbered, false);  // "Nr. 5"
  // "20 Mrd. Euro": German capitalises every noun, so before a capital
  // these end a sentence only before an English opener, as "Inc." does.
  add({"mio", "mrd", "tsd", "str", "ggf", "evtl", "hrsg"}, K::kAmbiguous, false);
  add({"usw"}, K::kTrailing, false);  // "und so weiter", etc.
  // French: "Mlle" (title), "env." (about), months; Spanish: titles,
  // "EE. UU." (United States), "aprox.", months ("ago", "may" are English).
  // In title case only: "ING." is the Dutch bank, and may end a sentence.
  add({"mlle", "sra", "srta", "dra", "lic", "ing", "avda", "sto", "sta"}, K::kTitle, false,
      Written::kTitleCase);
  add({"env", "aprox", "ee"}, K::kNeverEnds, false);
  add({"uu", "ud", "uds"}, K::kAmbiguous, true);
  add({"p\xC3\xA1g", "n\xC3\xBAm"}, K::kNumbered, false);  // "pág.", "núm."
  add({"janv", "f\xC3\xA9vr", "avr", "juil",
       "d\xC3\xA9"
       "c",
       "ene", "abr", "dic"},
      K::kMonth, false);
  // Russian (Cyrillic, lower case). Before a name, never final: "ул."
  // (street), "им." (named after), "проф.", "акад.", "св." (saint), "т."
  // of "т. е." and "т. д."; "г." (city) unless it follows a number, when
  // it is the year (IsYearAfterNumber).
  add({"\xD1\x83\xD0\xBB", "\xD0\xB8\xD0\xBC", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x84",
       "\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB4", "\xD1\x81\xD0\xB2", "\xD1\x82", "\xD0\xB3"},
      K::kNeverEnds, false);
  // After a number or ending a list, final before a capital: "гг."
  // (years), "тыс.", "млн.", "млрд.", "руб.", "долл.", "коп.", "др." (и
  // др., et al.), "обл." (region), and the months ("1 янв. 2025").
  add({"\xD0\xB3\xD0\xB3",
       "\xD1\x82\xD1\x8B\xD1\x81",
       "\xD0\xBC\xD0\xBB\xD0\xBD",
       "\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4",
       "\xD1\x80\xD1\x83\xD0\xB1",
       "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB",
       "\xD0\xBA\xD0\xBE\xD0\xBF",
       "\xD0\xB4\xD1\x80",
       "\xD0\xBE\xD0\xB1\xD0\xBB",
       "\xD1\x8F\xD0\xBD\xD0\xB2",
       "\xD1\x84\xD0\xB5\xD0\xB2",
       "\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80",
       "\xD0\xBC\xD0\xB0\xD1\x80",
       "\xD0\xB0\xD0\xBF\xD1\x80",
       "\xD0\xB0\xD0\xB2\xD0\xB3",
       "\xD1\x81\xD0\xB5\xD0\xBD",
       "\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82",
       "\xD0\xBE\xD0\xBA\xD1\x82",
       "\xD0\xBD\xD0\xBE\xD1\x8F",
       "\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1",
       "\xD0\xB4\xD0\xB5\xD0\xBA"},
      K::kTrailing, false);
  // U.S. states in AP style; several spell ordinary words, so capitalised.
  add({"ala", "ariz", "ark",  "calif", "colo", "conn", "del",  "fla",  "ga",   "ill",
       "ind", "kan",  "kans", "ky",    "la",   "md",   "mass", "mich", "minn", "miss",
       "mo",  "mont", "neb",  "nev",   "okla", "ore",  "pa",   "tenn", "tex",  "vt",
       "va",  "wash", "wis",  "wyo",   "ont",  "que",  "alta", "sask"},
      K::kAmbiguous, true);
  return table;
}

const Table& AbbreviationTable() {
  static const Table* const table = new Table(MakeTable());
  return *table;
}

const std::unordered_set<std::string_view>& Openers() {
  static const auto* const openers = new std::unordered_set<std::string_view>{
      "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "They",
      "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet",
      "Nor", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "As", "After", "Before",
      "When", "While", "If", "Although", "Though", "Because", "Since", "Until", "During", "Despite",
      "Still", "However", "Meanwhile", "Then", "There", "Here", "Some", "Many", "Most", "All", "No",
      "Not", "None", "One", "Two", "Three", "Both", "Each", "Every", "Other", "Another", "Such",
      "What", "Who", "Why", "How", "Where", "Which", "Now", "Also", "Later", "Earlier", "Last",
      "Next", "Today", "Yesterday", "Tomorrow", "Instead", "Even", "Only", "Officials", "Police",
      "Authorities", "According", "Mr", "Mrs", "Ms", "Dr", "Under", "Over", "About", "Among",
      "Between", "Without", "Within", "Once", "Unlike", "Like", "Asked", "Several", "Few", "More",
      "Much", "Neither", "Either", "Nothing", "Everyone", "Nobody", "Someone", "Thus", "Therefore",
      "Moreover", "Nevertheless", "Indeed", "Yes", "Sources", "Critics", "Analysts", "Experts",
      "Witnesses", "Residents",
      // Verbs that open a question: "in the U.S. Is that new?"
      "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Would", "Should", "Has",
      "Have", "Had"};
  return *openers;
}

// Verbs of saying, in the base form; IsSpeechVerb also takes "-s",
// "-d" and "-ed" forms ("whispers", "argued", "laughed"), so that a quote
// followed by any way of saying it (`"Really?" Mina laughed.`) stays one
// sentence, not only the few commonest verbs.
const std::unordered_set<std::string_view>& SpeechVerbs() {
  static const auto* const verbs = new std::unordered_set<std::string_view>{
      "say",      "ask",       "tell",    "add",     "write",   "reply",  "recall",  "explain",
      "shout",    "continue",  "tweet",   "wonder",  "insist",  "note",   "yell",    "cry",
      "answer",   "joke",      "warn",    "declare", "whisper", "murmur", "scream",  "call",
      "laugh",    "sigh",      "snap",    "mutter",  "exclaim", "demand", "plead",   "beg",
      "bark",     "roar",      "hiss",    "gasp",    "groan",   "mumble", "stammer", "protest",
      "agree",    "admit",     "concede", "repeat",  "respond", "retort", "observe", "remark",
      "announce", "argue",     "chuckle", "cheer",   "sob",     "urge",   "suggest", "confirm",
      "counter",  "interrupt", "inquire", "shriek",  "bellow",  "boom",   "grumble", "complain",
      "promise",  "chant",     "giggle",  "whimper", "growl",   "grunt",  "howl",    "scoff",
      "quip",     "interject", "snarl",   "sneer"};
  return *verbs;
}

// Past forms that are not the base form plus "-d" or "-ed".
const std::unordered_set<std::string_view>& IrregularSpeechVerbs() {
  static const auto* const verbs = new std::unordered_set<std::string_view>{
      "said",    "told", "wrote", "replied", "cried", "snapped", "begged", "sobbed",
      "quipped", "sang", "spoke", "replies", "cries", "hisses",  "sobs"};
  return *verbs;
}

const std::unordered_set<std::string_view>& ClockContinuations() {
  static const auto* const words = new std::unordered_set<std::string_view>{
      "Monday",  "Tuesday", "Wednesday", "Thursday",  "Friday",   "Saturday", "Sunday",
      "Mon",     "Tue",     "Tues",      "Wed",       "Thu",      "Thurs",    "Fri",
      "Sat",     "Sun",     "January",   "February",  "March",    "April",    "May",
      "June",    "July",    "August",    "September", "October",  "November", "December",
      "Jan",     "Feb",     "Mar",       "Apr",       "Jun",      "Jul",      "Aug",
      "Sep",     "Sept",    "Oct",       "Nov",       "Dec",      "ET",       "EST",
      "EDT",     "CT",      "CST",       "CDT",       "MT",       "MST",      "MDT",
      "PT",      "PST",     "PDT",       "GMT",       "UTC",      "BST",      "CET",
      "CEST",    "IST",     "JST",       "AEST",      "Eastern",  "Central",  "Mountain",
      "Pacific", "Local",   "Tonight",   "Today",     "Tomorrow", "Yesterday"};
  return *words;
}

const std::unordered_set<std::string_view>& TimePhraseOpeners() {
  static const auto* const words = new std::unordered_set<std::string_view>{
      "At",    "By",       "Around",  "About", "Before",    "After",     "Until",   "Till",
      "Since", "From",     "Shortly", "Just",  "Starting",  "Beginning", "On",      "Early",
      "Late",  "Sometime", "Then",    "Today", "Yesterday", "Tomorrow",  "Tonight", "Last",
      "This",  "Every",    "Each",    "Near",  "Past"};
  return *words;
}

const std::unordered_set<std::string_view>& Units() {
  static const auto* const units = new std::unordered_set<std::string_view>{
      "mi",  "km",  "m",    "cm",  "mm",   "ft",  "in",   "yd", "yds", "kg",  "g",   "mg",  "lb",
      "lbs", "oz",  "t",    "l",   "ml",   "gal", "qt",   "pt", "mph", "mpg", "kph", "doz", "kmh",
      "hr",  "hrs", "h",    "min", "mins", "sec", "secs", "yr", "yrs", "mo",  "mos", "wk",  "wks",
      "deg", "cal", "kcal", "tsp", "tbsp", "pct", "pts",  "bn", "bln", "mn",  "mln", "tn",  "trn",
      "k",   "ha",  "ac",   "kw",  "kwh",  "mw",  "mbps", "gb", "mb",  "kb",  "tb"};
  return *units;
}

const std::unordered_set<std::string_view>& LabelNouns() {
  static const auto* const nouns = new std::unordered_set<std::string_view>{
      "plan",     "vitamin",   "hepatitis", "type",     "grade",  "class",    "group",  "level",
      "category", "section",   "part",      "phase",    "option", "terminal", "gate",   "exhibit",
      "appendix", "annex",     "schedule",  "wing",     "block",  "building", "tower",  "zone",
      "row",      "concourse", "pier",      "platform", "lot",    "model",    "series", "team",
      "pool",     "side",      "variant",   "strain",   "ward",   "route",    "exit",   "room",
      "floor",    "stage",     "studio",    "unit",     "line",   "shift",    "squad",  "size"};
  return *nouns;
}

// Plural nouns for the people and things news reports about: as the
// subject after a company, state or city abbreviation they start a sentence
// ("based in Washington, D.C. Investors were", "Acme Co. Shares rose") and
// seldom continue the name before them.
const std::unordered_set<std::string_view>& SubjectNouns() {
  static const auto* const nouns = new std::unordered_set<std::string_view>{
      "Investors", "Shares", "Stocks", "Prices", "Traders", "Voters", "Lawmakers", "Prosecutors",
      "Researchers", "Scientists", "Doctors", "Customers", "Employees", "Students", "Parents",
      "Tenants", "Shareholders", "Executives", "Economists", "Regulators", "Workers", "Consumers",
      "Patients", "Passengers", "Protesters", "Users", "Engineers", "Farmers", "Nurses", "Teachers",
      "Drivers", "Pilots", "Buyers", "Lenders", "Borrowers", "Homeowners", "Families", "Visitors",
      "Tourists", "Volunteers", "Firefighters", "Rescuers", "Survivors", "Victims", "Supporters",
      "Opponents", "Activists", "Jurors", "Lawyers", "Fans", "Bidders", "Retailers", "Landlords",
      "Commuters", "Talks", "Sales", "Profits", "Costs", "Members", "Crews",
      // Crowds and counts of people as the subject ("for Samuel Okoro
      // Sr. Hundreds came", "along Canal Blvd. Crowds lined the route").
      "Crowds", "Hundreds", "Thousands", "Dozens", "Millions", "Neighbors", "Neighbours", "Troops",
      "Soldiers", "Officers", "Guests", "Locals"};
  return *nouns;
}

// Sentence adverbs and indefinite pronouns: no name goes on with them
// ("in the U.S. Separately, it"; "Hollis Inc. Eventually it"), but in
// damaged text that capitalises any word after a period they also stand
// in the middle of a sentence ("trips to the u.s. Already approved").
const std::unordered_set<std::string_view>& SentenceAdverbs() {
  static const auto* const words = new std::unordered_set<std::string_view>{
      "Recently",     "Currently",    "Finally",      "Overall",    "Initially",   "Ultimately",
      "Similarly",    "Additionally", "Furthermore",  "Otherwise",  "Perhaps",     "Maybe",
      "Sometimes",    "Often",        "Usually",      "Hence",      "Besides",     "Likewise",
      "Consequently", "Accordingly",  "Specifically", "Notably",    "Importantly", "Unfortunately",
      "Fortunately",  "Clearly",      "Obviously",    "Apparently", "Reportedly",  "Separately",
      "Afterward",    "Afterwards",   "Soon",         "Already",    "Eventually",  "Previously",
      "Everything",   "Anyone",       "Everybody",    "Somebody",   "Something",   "Anything"};
  return *words;
}

// Countries and country-like names that news writes after a sentence ending
// in "U.S." or "U.K."; none of them continues an acronym the way "Army" or
// "Open" does ("the U.S. Army", "the U.S. Open").
const std::unordered_set<std::string_view>& Countries() {
  static const auto* const names = new std::unordered_set<std::string_view>{
      "Britain",   "England", "Scotland", "Wales",  "Ireland", "France",  "Germany",
      "Italy",     "Spain",   "Portugal", "Russia", "Ukraine", "Poland",  "China",
      "Japan",     "India",   "Pakistan", "Canada", "Mexico",  "Brazil",  "Argentina",
      "Australia", "Israel",  "Iran",     "Iraq",   "Syria",   "Turkey",  "Egypt",
      "Nigeria",   "Kenya",   "Europe",   "Asia",   "Africa",  "America", "Washington",
      "London",    "Beijing", "Moscow",   "Paris",  "Berlin",  "Tokyo",   "Ottawa",
      "Brussels"};
  return *names;
}

}  // namespace

AbbreviationKind LookUpAbbreviation(std::string_view word) {
  constexpr size_t kLongest = 8;  // also four Cyrillic letters, "млрд"
  if (word.empty() || word.size() > kLongest) return AbbreviationKind::kNone;
  char lower[kLongest];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  const Table& table = AbbreviationTable();
  const auto it = table.find(std::string_view(lower, word.size()));
  if (it == table.end()) return AbbreviationKind::kNone;
  const auto upper = [&word](size_t i) {
    return std::isupper(static_cast<unsigned char>(word[i]));
  };
  switch (it->second.written) {
    case Written::kAny:
      break;
    case Written::kCapitalised:
      if (!upper(0)) return AbbreviationKind::kNone;
      break;
    case Written::kTitleCase:
      if (!upper(0) || (word.size() > 1 && upper(1))) return AbbreviationKind::kNone;
      break;
    case Written::kLowerFirst:
      if (upper(0)) return AbbreviationKind::kNone;
      break;
  }
  return it->second.kind;
}

bool IsSentenceOpener(std::string_view word) {
  // In text set in capitals ("PRICES ROSE IN THE U.S. THE FED IS"), only
  // determiners and pronouns: "AND", "HAS" or "IN" go on a headline as
  // often as they open a sentence ("TALKS BETWEEN U.S. AND CHINA").
  static const auto* const capitals = new std::unordered_set<std::string_view>{
      "THE", "THIS", "THESE", "THOSE", "THEY", "SHE", "HIS", "HER", "THEIR", "OUR", "YOUR"};
  return Openers().count(word) != 0 || capitals->count(word) != 0;
}

bool IsCommonSpeechVerb(std::string_view lower_word) {
  static const auto* const verbs = new std::unordered_set<std::string_view>{
      "said",    "says",      "asked",    "asks",     "told",     "added",
      "adds",    "wrote",     "writes",   "replied",  "recalled", "explained",
      "shouted", "continued", "tweeted",  "wondered", "insisted", "noted",
      "yelled",  "cried",     "answered", "joked",    "warned",   "declared"};
  return verbs->count(lower_word) != 0;
}

bool IsSpeechVerb(std::string_view lower_word) {
  if (IrregularSpeechVerbs().count(lower_word) != 0) return true;
  const auto base_is_verb = [&lower_word](std::string_view suffix) {
    return lower_word.size() > suffix.size() + 2 &&
           lower_word.compare(lower_word.size() - suffix.size(), suffix.size(), suffix) == 0 &&
           SpeechVerbs().count(lower_word.substr(0, lower_word.size() - suffix.size())) != 0;
  };
  return SpeechVerbs().count(lower_word) != 0 || base_is_verb("ed") || base_is_verb("d") ||
         base_is_verb("s");
}

bool ContinuesClockTime(std::string_view word) {
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
    word.remove_suffix(2);  // "Monday's"
  }
  return ClockContinuations().count(word) != 0;
}

bool OpensTimePhrase(std::string_view word) { return TimePhraseOpeners().count(word) != 0; }

bool IsUnitAbbreviation(std::string_view word) { return Units().count(word) != 0; }

bool IsLetterLabelNoun(std::string_view word) {
  char lower[12];
  if (word.empty() || word.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  return LabelNouns().count(std::string_view(lower, word.size())) != 0;
}

bool IsSubjectNoun(std::string_view word) { return SubjectNouns().count(word) != 0; }

bool IsSentenceAdverb(std::string_view word) { return SentenceAdverbs().count(word) != 0; }

bool IsCountryName(std::string_view word) {
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
    word.remove_suffix(2);  // "Britain's"
  }
  return Countries().count(word) != 0;
}

bool IsDanglingWord(std::string_view word) {
  static const auto* const words = new std::unordered_set<std::string_view>{
      "the", "a", "an", "of", "to", "and", "or", "with", "by", "from", "into", "than"};
  return words->count(word) != 0;
}

bool IsPronounNoNameSpells(std::string_view word) {
  static const auto* const words = new std::unordered_set<std::string_view>{
      "We",     "We'll",  "We're",  "We've", "They", "They'll", "They're", "They've", "You",
      "You'll", "You're", "You've", "It",    "It's", "Let's",   "I'm",     "I'll",    "I've"};
  return words->count(word) != 0;
}

bool IsExclaimedName(std::string_view word) { return word == "Yahoo" || word == "Jeopardy"; }

}  // namespace concord::internal
