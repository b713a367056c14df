// Features of one article for grouping (see features.h and docs/group.md).
#include "group/features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "concord/clean.h"
#include "concord/document.h"
#include "util/calendar.h"

namespace concord::group {
namespace {

// A day of the month written as a number ("5", "21st").
bool IsDay(const text::Token& token) {
  if (!token.is_number) return false;
  int day = 0;
  size_t i = 0;
  for (; i < token.lower.size() && std::isdigit(static_cast<unsigned char>(token.lower[i])); ++i) {
    day = day * 10 + (token.lower[i] - '0');
    if (day > 31) return false;
  }
  const std::string_view rest = std::string_view(token.lower).substr(i);
  return day >= 1 && (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

bool HasLetter(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80);
  });
}

bool Capitalized(std::string_view sentence, const text::Token& token) {
  const char first = sentence[token.span.start];
  return first >= 'A' && first <= 'Z';
}

// Adds the terms of one run of tokens; `in_title` selects the weights and
// leaves names out (titles are often in title case).
void AddTokens(const std::vector<text::Token>& tokens, std::string_view sentence, double weight,
               bool in_title, const GroupOptions& options, std::map<std::string, double>& terms) {
  size_t name_start = 0;
  size_t name_length = 0;
  auto close_name = [&](size_t end) {
    if (!in_title && name_length >= 2) {
      std::string name = "n:";
      for (size_t i = name_start; i < end; ++i) {
        if (i > name_start) name.push_back(' ');
        name += tokens[i].lower;
      }
      terms[name] += options.name_weight;
    }
    name_length = 0;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& token = tokens[i];
    const bool capital = !token.is_stopword && Capitalized(sentence, token);
    if (capital) {
      if (name_length == 0) name_start = i;
      ++name_length;
    } else {
      close_name(i);
    }
    if (const int month = util::MonthOf(token.lower);
        month >= 0 && i + 1 < tokens.size() && IsDay(tokens[i + 1])) {
      terms["d:" + std::string(util::kMonthNames[static_cast<size_t>(month)]) + " " +
            std::to_string(std::stoi(std::string(tokens[i + 1].lower)))] += weight;
    }
    if (token.is_number) {
      if (token.lower.size() >= 2) terms["#" + std::string(token.lower)] += weight;
      continue;
    }
    if (token.is_stopword || token.stem.size() < 2 || !HasLetter(token.stem)) continue;
    terms[std::string(token.stem)] += weight;
  }
  close_name(tokens.size());
}

}  // namespace


std::string_view LeadPrefix(std::string_view text, size_t words) {
  size_t pos = 0;
  size_t count = 0;
  while (pos < text.size()) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos >= text.size()) break;
    if (count == words) return text.substr(0, pos);
    ++count;
    while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
  }
  return text;
}

std::vector<uint64_t> LeadShingles(const std::vector<Sentence>& sentences, size_t shingle_words,
                                   std::string_view text) {
  std::vector<uint64_t> word_hashes;
  for (const Sentence& sentence : sentences) {
    for (const text::Token& token : sentence.tokens) {
      if (word_hashes.size() >= shingle_words) break;
      word_hashes.push_back(Fnv1a(token.lower));
    }
  }
  std::vector<uint64_t> shingles;
  for (size_t i = 0; i + 2 < word_hashes.size(); ++i) {
    shingles.push_back(word_hashes[i] * 0x9e3779b97f4a7c15ULL ^
                       (word_hashes[i + 1] * 31 + word_hashes[i + 2]));
  }
  if (word_hashes.size() > 0 && word_hashes.size() < 3) shingles.push_back(Fnv1a(text));
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

ArticleFeatures ExtractFeatures(const Article& article, const GroupOptions& options,
                                text::Tokenizer& tokenizer) {
  ArticleFeatures features;
  std::map<std::string, double> terms;
  text::Vocabulary title_vocabulary;  // the title's tokens' forms, for this call
  const std::vector<text::Token> title = tokenizer.Tokenize(article.title, title_vocabulary);
  AddTokens(title, article.title, options.title_weight, /*in_title=*/true, options, terms);

  // The lead: enough words for both the terms and the shingles (the
  // cleaner may drop a few), analysed once.
  Article lead;
  lead.text = std::string(
      LeadPrefix(article.text, std::max(options.lead_words, options.shingle_words) + 40));
  const Document doc = text::Analyze(lead, tokenizer);
  size_t words = 0;
  for (const Sentence& sentence : doc.sentences) {
    if (features.lead_sentence.empty()) features.lead_sentence = sentence.text;
    if (words < options.lead_words) {
      AddTokens(sentence.tokens, sentence.text, 1.0, /*in_title=*/false, options, terms);
    }
    words += sentence.tokens.size();
  }
  features.shingles = LeadShingles(doc.sentences, options.shingle_words, article.text);
  features.copy_facts = LeadFacts(doc.sentences, options.shingle_words);
  if (options.place_rule) {
    // The cleaner takes a dateline off the lead; it still says where
    // the report was filed.
    std::string_view dateline;
    for (const clean::Removal& removal : doc.removed) {
      if (removal.rule == "dateline" && removal.end <= lead.text.size()) {
        dateline = std::string_view(lead.text).substr(removal.start, removal.end - removal.start);
      }
    }
    text::Vocabulary dateline_vocabulary;
    std::vector<text::Token> dateline_tokens;
    if (!dateline.empty()) dateline_tokens = tokenizer.Tokenize(dateline, dateline_vocabulary);
    features.places = ReadPlaceFacts(article.title, title, dateline, dateline_tokens, doc.sentences,
                                     options.lead_words);
    features.places.leads = FoldLeads(features.copy_facts.lead_words);
  }
  features.terms.assign(terms.begin(), terms.end());
  features.empty = title.empty() && words == 0;
  return features;
}

PreparedArticle Prepare(const Article& article, const GroupOptions& options,
                        text::Tokenizer& tokenizer) {
  PreparedArticle prepared;
  prepared.features = ExtractFeatures(article, options, tokenizer);
  const std::vector<uint64_t>& shingles = prepared.features.shingles;
  if (options.find_duplicates && !prepared.features.empty && !shingles.empty()) {
    prepared.bands = DuplicateIndex::Bands(shingles);
  }
  return prepared;
}

}  // namespace concord::group
