// English stopwords: the function words of news prose.
//
// The list was written for concord, word class by word class, rather than
// copied from a published list: articles and determiners, personal,
// possessive, reflexive, relative and interrogative pronouns, the forms of
// be/have/do and the modal verbs, prepositions, conjunctions, the common
// degree and sentence adverbs, and the contractions that news quotes use
// (written with ' since Tokenizer turns U+2019 into ').
//
// What is left out, on purpose:
//  - Verbs of saying ("said", "says", "told"). They are the most frequent
//    content verbs in news and carry attribution, which compare:: reads;
//    for salience their very low IDF already makes them weigh little, so
//    dropping them here would gain nothing and lose the signal.
//  - Numbers and number words ("one", "two", "first"): facts in news turn
//    on them.
//  - Negations count as stopwords only in the plain forms ("not", "no",
//    "nor"); a summarizer that needs polarity should read the tokens, not
//    this list.
// Lookup is a hash-set probe; the set is built once, thread-safely.
#include <string_view>
#include <unordered_set>

#include "concord/text.h"

namespace concord::text {
namespace {

const std::unordered_set<std::string_view>& Stopwords() {
  static const auto* const words = new std::unordered_set<std::string_view>{
      // Articles and determiners.
      "a", "an", "the", "this", "that", "these", "those", "some", "any",
      "each", "every", "either", "neither", "both", "all", "such", "no",
      "other", "another", "own", "same", "much", "many", "more", "most",
      "few", "fewer", "less", "least", "several", "enough",
      // Personal, possessive and reflexive pronouns.
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
      "ourselves", "you", "your", "yours", "yourself", "yourselves", "he",
      "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
      "itself", "they", "them", "their", "theirs", "themselves", "one's",
      // Relative and interrogative words.
      "who", "whom", "whose", "which", "what", "whatever", "whoever", "when",
      "where", "why", "how", "whether",
      // be, have, do and the modals.
      "be", "is", "am", "are", "was", "were", "been", "being", "have", "has",
      "had", "having", "do", "does", "did", "doing", "done", "can", "could",
      "may", "might", "must", "shall", "should", "will", "would", "ought",
      // Prepositions.
      "of", "in", "on", "at", "by", "for", "with", "without", "within",
      "from", "to", "into", "onto", "upon", "about", "above", "below",
      "over", "under", "between", "among", "through", "throughout", "during",
      "before", "after", "since", "until", "till", "against", "across",
      "along", "around", "behind", "beyond", "near", "toward", "towards",
      "via", "per", "off", "out", "up", "down", "despite", "inside",
      "outside", "beside", "besides",
      // Conjunctions.
      "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as",
      "because", "although", "though", "while", "whereas", "unless", "once",
      // Adverbs of degree, place, time and focus.
      "not", "very", "too", "also", "just", "only", "even", "still",
      "again", "already", "ever", "never", "now", "here", "there", "thus",
      "however", "rather", "quite", "almost", "perhaps", "often", "else",
      "instead", "away", "back",
      // Contractions.
      "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
      "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
      "couldn't", "shouldn't", "mustn't", "i'm", "i've", "i'd", "i'll",
      "you're", "you've", "you'd", "you'll", "he's", "he'd", "he'll",
      "she's", "she'd", "she'll", "it's", "we're", "we've", "we'd", "we'll",
      "they're", "they've", "they'd", "they'll", "that's", "there's",
      "what's", "who's", "let's"};
  return *words;
}

}  // namespace

bool IsStopword(std::string_view lower) {
  return Stopwords().count(lower) != 0;
}

}  // namespace concord::text
