// Captions (caption.h). The word lists are written for concord.
#include "text/caption.h"

#include <array>
#include <string_view>
#include <unordered_set>

namespace concord::text {
namespace {

// Auxiliaries, pronouns that open a clause, plural subjects a suffix test
// misses, and common verbs in the forms a suffix test misses (irregular
// pasts, bare presents).
const std::unordered_set<std::string_view>& Verbish() {
  static const auto* const words = new std::unordered_set<std::string_view>{
      // auxiliaries and modals
      "is", "was", "are", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
      "will", "would", "can", "could", "may", "might", "must", "shall", "should", "cannot",
      // pronouns that stand as a subject
      "i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "who", "which",
      // plural subjects without an -s
      "people", "police", "children", "women", "men", "staff", "crowd", "team",
      // irregular pasts
      "said", "made", "went", "took", "came", "saw", "knew", "got", "gave", "found", "thought",
      "told", "became", "left", "felt", "brought", "began", "kept", "held", "stood", "heard",
      "meant", "met", "ran", "paid", "sat", "spoke", "led", "grew", "lost", "fell", "sent", "built",
      "understood", "drew", "broke", "spent", "rose", "drove", "bought", "wore", "chose", "sought",
      "threw", "caught", "dealt", "won", "fought", "fled", "sank", "struck", "shot", "wrote",
      "flew", "hid", "rode", "sang", "stole", "swam", "woke", "beat", "blew", "bent", "fed",
      "froze", "laid", "lit", "shook", "slept", "spun", "taught", "wept", "withdrew", "underwent",
      "upheld", "forgot", "forgave", "overcame", "sold", "set", "cut", "put", "hit", "let", "quit",
      "spread", "hurt", "shut", "cost", "read", "swept", "slid", "overtook", "tore", "bit", "swore",
      "wed", "bet", "bid", "bore", "bound", "clung", "crept", "dug", "drank", "ate", "flung",
      "forbade", "hung", "knelt", "leapt", "lent", "mistook", "oversaw", "overran", "overthrew",
      "rang", "shed", "shone", "shrank", "slew", "sped", "sprang", "stank", "stuck", "stung",
      "strode", "strove", "swung", "thrust", "trod", "undertook", "withheld", "withstood", "wove",
      "wound", "arose", "awoke", "dove", "outgrew", "rebuilt", "rewrote", "foresaw", "foretold",
      "misled",
      // bare presents of common verbs
      "say", "make", "go", "take", "come", "see", "know", "get", "give", "find", "think", "tell",
      "become", "leave", "feel", "bring", "begin", "keep", "hold", "stand", "hear", "mean", "meet",
      "run", "pay", "sit", "speak", "lead", "grow", "lose", "fall", "send", "build", "want", "need",
      "seem", "look", "try", "call", "ask", "use", "work", "plan", "hope", "help", "show",
      "believe", "expect", "remain", "stay", "continue", "face", "win", "agree", "deny", "warn",
      "urge", "claim", "refuse", "like", "love", "live", "die", "fear", "flee", "gather", "return",
      "climb", "earn", "play", "arrest", "rise", "fight", "vote", "protest", "rally", "march",
      "mourn", "celebrate", "wait", "join", "react", "blame", "spend", "tax", "oppose", "support",
      "back", "reject", "attend", "own", "disagree", "include", "consider", "accept", "allow",
      "appear", "argue", "buy", "create", "decide", "describe", "discuss", "explain", "follow",
      "happen", "involve", "learn", "move", "offer", "prefer", "provide", "reach", "receive",
      "remember", "require", "serve", "share", "start", "stop", "suggest", "suffer", "talk",
      "teach", "turn", "understand", "visit", "admit", "insist", "worry", "wonder",
      // quantifiers that stand as a subject ("Some blame the media")
      "some", "many", "most", "few", "both", "all", "several", "none", "others"};
  return *words;
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool LooksLikeCaption(std::string_view sentence) {
  size_t end = sentence.size();
  while (end > 0 && sentence[end - 1] == ' ') --end;
  if (end < 2 || sentence[end - 1] != '.' || sentence[end - 2] == '.') return false;
  if (sentence.find('"') != std::string_view::npos ||
      sentence.find("\xE2\x80\x9C") != std::string_view::npos ||
      sentence.find("\xE2\x80\x9D") != std::string_view::npos) {
    return false;
  }
  size_t words = 0;
  size_t capitals = 0;  // words of two or more letters, all capitals
  bool after_the = false;
  for (size_t i = 0; i < end;) {
    if (!IsLetter(sentence[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < end && IsLetter(sentence[j])) ++j;
    // A word with an apostrophe ("It's", "don't", "we’re", "O'Brien"):
    // most are contractions that hold a verb; the rest are let go too.
    if ((j + 1 < end && sentence[j] == '\'' && IsLetter(sentence[j + 1])) ||
        (j + 3 < end && sentence.substr(j, 3) == "\xE2\x80\x99" && IsLetter(sentence[j + 3]))) {
      return false;
    }
    // Its last (up to) 32 letters in lower case, on the stack: this runs on
    // every candidate sentence. No listed word is that long.
    std::array<char, 32> buffer;
    const size_t from = j - i > buffer.size() ? j - buffer.size() : i;
    for (size_t k = from; k < j; ++k) {
      const char c = sentence[k];
      buffer[k - from] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    const std::string_view lower(buffer.data(), j - from);
    ++words;
    // A capitalized word inside the sentence is a name ("in May", "Will
    // Smith"), except the pronoun "I"; the first word may be the subject or
    // the verb ("Protesters gather …", "Will the pier …").
    const bool lower_case = sentence[i] >= 'a' && sentence[i] <= 'z';
    bool all_capitals = j - i >= 2;
    for (size_t k = i; k < j && all_capitals; ++k) all_capitals = !(sentence[k] >= 'a');
    if (all_capitals) ++capitals;
    // "The Democrats tax …": a capitalized plural after "the" may be the
    // subject.
    const bool plural_name = after_the && !lower_case && lower.size() >= 4 &&
                             lower.ends_with("s") && !lower.ends_with("ss");
    after_the = lower == "the";
    const bool read = lower_case || words == 1 || lower == "i" || plural_name;
    if (read && Verbish().count(lower) != 0) return false;
    if (read && lower.size() >= 4 &&
        (lower.ends_with("ed") ||
         (lower.ends_with("s") && !lower.ends_with("ss") && !lower.ends_with("us")))) {
      return false;
    }
    i = j;
  }
  // A line set in capitals shows no case to read.
  return words >= 4 && capitals * 2 <= words;
}

}  // namespace concord::text
