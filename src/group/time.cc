// Publication times: ISO 8601 / RFC 3339 and RFC 2822, to seconds since the
// epoch (UTC), and back to RFC 3339 for output.
#include <array>
#include <cctype>
#include <cstdio>
#include <string>

#include "concord/group.h"

namespace concord::group {
namespace {

// Days from 1970-01-01 to year-month-day of the proleptic Gregorian
// calendar (eras of 400 years, March-based years so that February ends a
// year).
int64_t DaysFromCivil(int64_t year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

bool IsLeap(int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int64_t year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

// A cursor over the text with small parsing helpers.
struct Cursor {
  std::string_view text;
  size_t pos = 0;

  bool Done() const { return pos >= text.size(); }
  char Peek() const { return Done() ? '\0' : text[pos]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos;
    return true;
  }
  // Exactly `digits` digits.
  bool Number(size_t digits, int& out) {
    if (pos + digits > text.size()) return false;
    int value = 0;
    for (size_t i = 0; i < digits; ++i) {
      const char c = text[pos + i];
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      value = value * 10 + (c - '0');
    }
    pos += digits;
    out = value;
    return true;
  }
  void SkipSpaces() {
    while (Peek() == ' ') ++pos;
  }
};

// "Z", "UTC", "GMT", "+02:00", "+0200", "-05"; none means UTC.
bool ParseZone(Cursor& c, int64_t& offset, bool rfc2822) {
  c.SkipSpaces();
  offset = 0;
  if (c.Done()) return true;
  const std::string_view rest = c.text.substr(c.pos);
  if (rest == "Z" || rest == "z" || rest == "UTC" || rest == "GMT") return true;
  if (rfc2822) {
    // RFC 2822's obsolete zone names (section 4.3), which feeds still
    // write: "UT" and the North American ones.
    static constexpr std::array<std::pair<std::string_view, int>, 9> kZones = {{{"UT", 0},
                                                                                {"EST", -5},
                                                                                {"EDT", -4},
                                                                                {"CST", -6},
                                                                                {"CDT", -5},
                                                                                {"MST", -7},
                                                                                {"MDT", -6},
                                                                                {"PST", -8},
                                                                                {"PDT", -7}}};
    for (const auto& [name, hours] : kZones) {
      if (rest == name) {
        offset = int64_t{hours} * 3600;
        return true;
      }
    }
  }
  const char sign = c.Peek();
  if (sign != '+' && sign != '-') return false;
  ++c.pos;
  int hours = 0;
  int minutes = 0;
  if (!c.Number(2, hours)) return false;
  if (!c.Done()) {
    c.Eat(':');
    if (!c.Number(2, minutes)) return false;
  }
  if (!c.Done() || hours > 23 || minutes > 59) return false;
  offset = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
  return true;
}

// "HH:MM[:SS[.fff]]".
bool ParseClock(Cursor& c, int& hour, int& minute, int& second) {
  if (!c.Number(2, hour) || !c.Eat(':') || !c.Number(2, minute)) return false;
  second = 0;
  if (c.Eat(':')) {
    if (!c.Number(2, second)) return false;
    if (c.Eat('.') || c.Eat(',')) {
      while (std::isdigit(static_cast<unsigned char>(c.Peek()))) ++c.pos;
    }
  }
  return hour <= 23 && minute <= 59 && second <= 60;
}

Result<int64_t> Assemble(int year, int month, int day, int hour, int minute, int second,
                         int64_t offset, std::string_view text) {
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return Status::ParseError("no such date: \"" + std::string(text) + "\"");
  }
  return DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

Result<int64_t> ParseIso(std::string_view text) {
  const Status bad =
      Status::ParseError("not an ISO 8601 or RFC 2822 time: \"" + std::string(text) + "\"");
  Cursor c{text};
  int year = 0;
  int month = 0;
  int day = 0;
  if (!c.Number(4, year) || !c.Eat('-') || !c.Number(2, month) || !c.Eat('-') ||
      !c.Number(2, day)) {
    return bad;
  }
  int hour = 0;
  int minute = 0;
  int second = 0;
  int64_t offset = 0;
  if (!c.Done()) {
    if (!c.Eat('T') && !c.Eat('t') && !c.Eat(' ')) return bad;
    if (!ParseClock(c, hour, minute, second) || !ParseZone(c, offset, false)) return bad;
  }
  return Assemble(year, month, day, hour, minute, second, offset, text);
}

// "Wed, 01 May 2024 10:20:30 GMT" (the weekday is optional and not checked).
Result<int64_t> ParseRfc2822(std::string_view text) {
  const Status bad =
      Status::ParseError("not an ISO 8601 or RFC 2822 time: \"" + std::string(text) + "\"");
  static constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  Cursor c{text};
  if (const size_t comma = text.find(','); comma != std::string_view::npos && comma < 10) {
    c.pos = comma + 1;
  }
  c.SkipSpaces();
  int day = 0;
  if (!c.Number(2, day) && !c.Number(1, day)) return bad;
  c.SkipSpaces();
  int month = 0;
  for (size_t m = 0; m < kMonthAbbreviations.size(); ++m) {
    if (text.substr(c.pos, 3) == kMonthAbbreviations[m]) month = static_cast<int>(m) + 1;
  }
  if (month == 0) return bad;
  c.pos += 3;
  c.SkipSpaces();
  int year = 0;
  if (!c.Number(4, year)) return bad;
  c.SkipSpaces();
  int hour = 0;
  int minute = 0;
  int second = 0;
  int64_t offset = 0;
  if (!c.Done() && (!ParseClock(c, hour, minute, second) || !ParseZone(c, offset, true))) {
    return bad;
  }
  return Assemble(year, month, day, hour, minute, second, offset, text);
}

}  // namespace

Result<int64_t> ParseTime(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty()) return Status::ParseError("empty time");
  if (std::isdigit(static_cast<unsigned char>(text.front())) && text.size() >= 10 &&
      text[4] == '-') {
    return ParseIso(text);
  }
  return ParseRfc2822(text);
}

std::string FormatTime(int64_t seconds) {
  int64_t days = seconds / 86400;
  int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  // Inverse of DaysFromCivil.
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t mp = (5 * day_of_year + 2) / 153;
  const int64_t day = day_of_year - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                static_cast<long long>(year), static_cast<long long>(month),
                static_cast<long long>(day), static_cast<long long>(rest / 3600),
                static_cast<long long>(rest % 3600 / 60), static_cast<long long>(rest % 60));
  return buffer;
}

}  // namespace concord::group
