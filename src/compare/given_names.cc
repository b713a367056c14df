// The lists are written for concord from common usage; they are short on
// purpose: a name missing from them only leaves the gender unknown, as it
// was before they existed.
#include "compare/given_names.h"

#include <initializer_list>
#include <string_view>
#include <unordered_map>

namespace concord::compare::internal {
namespace {

const std::unordered_map<std::string_view, char>& Genders() {
  static const auto* const genders = [] {
    auto* map = new std::unordered_map<std::string_view, char>;
    const auto add = [map](std::initializer_list<std::string_view> names, char gender) {
      for (std::string_view name : names) map->emplace(name, gender);
    };
    add({"abigail",  "alice",     "alison",    "allison",  "amanda",    "amy",       "angela",
         "ann",      "anna",      "anne",      "barbara",  "betty",     "beth",      "brenda",
         "carla",    "carly",     "carmen",    "carol",    "caroline",  "catherine", "cathy",
         "cheryl",   "christina", "christine", "claire",   "cynthia",   "deborah",   "debbie",
         "denise",   "diana",     "diane",     "donna",    "dorothy",   "eleanor",   "elizabeth",
         "ellen",    "emily",     "emma",      "erin",     "eva",       "hannah",    "heather",
         "heidi",    "helen",     "hillary",   "ilse",     "irene",     "jane",      "janet",
         "janice",   "jennifer",  "jessica",   "jill",     "joanna",    "joyce",     "judith",
         "judy",     "julia",     "julie",     "karen",    "katherine", "kathleen",  "kathryn",
         "kathy",    "katie",     "laura",     "lauren",   "linda",     "lisa",      "lori",
         "louise",   "lucy",      "margaret",  "maria",    "marie",     "martha",    "mary",
         "megan",    "melania",   "melissa",   "michelle", "monica",    "nancy",     "natalie",
         "nicole",   "nikki",     "olivia",    "pamela",   "patricia",  "paula",     "rachel",
         "rebecca",  "rita",      "rosa",      "ruth",     "sally",     "samantha",  "sandra",
         "sara",     "sarah",     "sharon",    "sheila",   "sonia",     "sophie",    "stephanie",
         "susan",    "suzanne",   "tamsin",    "teresa",   "theresa",   "tina",      "valerie",
         "victoria", "virginia",  "wendy",     "yolanda"},
        'f');
    add({"aaron",    "adam",    "alan",     "albert",  "andrew",  "anthony", "arthur",   "barack",
         "benjamin", "bernard", "bill",     "bob",     "brian",   "bruce",   "carl",     "charles",
         "chuck",    "craig",   "dan",      "daniel",  "david",   "dennis",  "dick",     "donald",
         "douglas",  "edward",  "eric",     "frank",   "fred",    "gary",    "george",   "gerald",
         "gregory",  "harold",  "harry",    "henry",   "howard",  "jack",    "jacob",    "james",
         "jason",    "jeff",    "jeffrey",  "jeremy",  "jim",     "joe",     "john",     "jonathan",
         "joseph",   "joshua",  "keith",    "kenneth", "kevin",   "larry",   "lawrence", "mark",
         "martin",   "matthew", "michael",  "mike",    "mitch",   "mitt",    "nathan",   "newt",
         "nicholas", "patrick", "paul",     "peter",   "philip",  "ralph",   "raymond",  "richard",
         "rick",     "robert",  "roger",    "ronald",  "russell", "samuel",  "scott",    "sean",
         "stephen",  "steve",   "steven",   "ted",     "thomas",  "timothy", "todd",     "tom",
         "tomas",    "victor",  "vladimir", "walter",  "wayne",   "william"},
        'm');
    return map;
  }();
  return *genders;
}

}  // namespace

char GivenNameGender(std::string_view lower) {
  const auto it = Genders().find(lower);
  return it == Genders().end() ? 0 : it->second;
}

}  // namespace concord::compare::internal
